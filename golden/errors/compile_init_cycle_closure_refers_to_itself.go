// Current Go (types2) wording; Go 1.19 printed "initialization loop for".
package main

import "fmt"

var fib = func(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { fmt.Println(fib(10)) }
