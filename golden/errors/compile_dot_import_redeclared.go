// Current Go's wording and position (the import's name when it has one).
package main

import (
	. "fmt"
)

func Println(s string) {}

func main() {
	Printf("x\n")
}
