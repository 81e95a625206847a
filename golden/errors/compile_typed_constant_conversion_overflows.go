// Go 1.22+ wording for a typed integer constant converted to an integer type it does not fit.
package main

import "fmt"

func main() {
	fmt.Println(uint16(int8(-1)))
}
