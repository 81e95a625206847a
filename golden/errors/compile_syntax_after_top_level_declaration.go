// Something after a complete top-level declaration on the same line.
package main

import "fmt"

func main() {
	fmt.Println("hi")
})
