// A syntax error learners make, with current Go's wording ("expected", tokens named as Go names them).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v in s {
		fmt.Println(i, v)
	}
}
