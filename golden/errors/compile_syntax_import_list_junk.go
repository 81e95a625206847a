// A statement pasted into the import list: go/parser wants an import path there.
package main

import (
	"fmt"
	x := 3
)

func main() {
	fmt.Println("hi")
}
