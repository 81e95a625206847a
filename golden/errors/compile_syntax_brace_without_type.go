// A syntax error learners make, with the message of current Go's parser ("expected", not 1.19's "expecting").
package main

import "fmt"

func main() {
	var a []int = {1, 2}
	fmt.Println(a)
}
