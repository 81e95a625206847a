// A syntax error learners make, with current Go's wording ("expected", tokens named as Go names them).
package main

import "fmt"

func main() {
	fmt.Println(1, 2 3)
}
