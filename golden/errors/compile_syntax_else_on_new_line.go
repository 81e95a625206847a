// A syntax error learners make, with the message of current Go's parser ("expected", not 1.19's "expecting").
package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fmt.Println("a")
	}
	else {
		fmt.Println("b")
	}
}
