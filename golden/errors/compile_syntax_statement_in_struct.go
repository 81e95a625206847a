// A statement where Go's parser wants a struct field or a case: current Go's wording ("keyword for", "name fmt").
package main

import "fmt"

type reader struct {
	n int
	for i := 0; i < 3; i++ {
	}
}

func main() {
	fmt.Println(reader{})
}
