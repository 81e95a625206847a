// A statement where Go's parser wants a struct field or a case: current Go's wording ("keyword for", "name fmt").
package main

import "fmt"

func main() {
	c := make(chan int)
	select {
	fmt.Println(1)
	case <-c:
	}
}
