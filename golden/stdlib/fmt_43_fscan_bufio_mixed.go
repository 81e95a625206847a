package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	nums := make([]int, n)
	for i := range nums {
		fmt.Fscan(in, &nums[i])
	}
	fmt.Println(n, nums)
	line, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	var name string
	var age int
	c, err := fmt.Fscanf(in, "%s %d\n", &name, &age)
	fmt.Println(c, err, name, age)
	rest, _ := in.ReadString('\n')
	fmt.Printf("%q\n", rest)
	var w1, w2 string
	c, err = fmt.Fscanln(in, &w1, &w2)
	fmt.Println(c, err, w1, w2)
	r := strings.NewReader("10 20 30")
	var a, b int
	fmt.Fscan(r, &a)
	fmt.Fscan(r, &b)
	fmt.Println(a, b, r.Len())
	for {
		var x int
		_, err := fmt.Fscan(in, &x)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println("x", x)
	}
}
