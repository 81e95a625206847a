// A syntax error learners make, with the message of current Go's parser ("expected", not 1.19's "expecting").
package main

import "fmt"

func main() {
	m := map[string]int{
		"a": 1,
		"b": 2
	}
	fmt.Println(m)
}
