package main

import (
	"fmt"
	"io"
)

func main() {
	var n int
	fmt.Scan(&n)
	total := 0.0
	for i := 0; i < n; i++ {
		var name string
		var qty int
		var price float64
		c, err := fmt.Scan(&name, &qty, &price)
		if err != nil {
			fmt.Println("scan error:", c, err)
			return
		}
		total += float64(qty) * price
		fmt.Printf("%-8s %3d x %7.2f = %8.2f\n", name, qty, price, float64(qty)*price)
	}
	fmt.Printf("total %.2f\n", total)
	var a, b int
	c, err := fmt.Scanln(&a, &b)
	fmt.Println("scanln rest of line:", c, err)
	c, err = fmt.Scanln(&a, &b)
	fmt.Println("scanln:", c, err, a, b)
	var h, m int
	c, err = fmt.Scanf("%d:%d\n", &h, &m)
	fmt.Println("scanf:", c, err, h, m)
	var hex, oct int
	var ok bool
	c, err = fmt.Scan(&hex, &oct, &ok)
	fmt.Println("prefixes:", c, err, hex, oct, ok)
	var words []string
	for {
		var w string
		_, err := fmt.Scan(&w)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Println(len(words), words)
}
