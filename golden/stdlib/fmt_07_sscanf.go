package main

import "fmt"

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("alice 30 1.68", "%s %d %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	var a, b int
	n, err = fmt.Sscan("10 20", &a, &b)
	fmt.Println(n, err, a+b)
	var x int
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	var k string
	var v int
	n, err = fmt.Sscanf("key=42", "key=%d", &v)
	fmt.Println(n, err, v, k == "")
	var w1, w2 string
	n, _ = fmt.Sscanln("one two\nthree", &w1, &w2)
	fmt.Println(n, w1, w2)
	var hx int
	fmt.Sscanf("ff", "%x", &hx)
	fmt.Println(hx)
}
