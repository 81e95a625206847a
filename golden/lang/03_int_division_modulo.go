package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b)
	}
	var m int8 = -128
	var n int8 = -1
	fmt.Println(m/n, m%n)
	var u uint = 7
	fmt.Println(u/2, u%2)
	var ua uint8 = 250
	fmt.Println(ua/3, ua%3)
	var i64 int64 = -9223372036854775808
	fmt.Println(i64 / -1)
}
