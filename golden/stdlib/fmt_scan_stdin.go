package main

import "fmt"

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscan("Alice 30 1.75", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	var a, b int
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	var w1, w2 string
	fmt.Scanln(&w1, &w2)
	var k int
	fmt.Scan(&k)
	fmt.Println(w1, w2, k*2)
}
