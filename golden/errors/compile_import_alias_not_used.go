// Current Go's wording and position (the import's name when it has one).
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("x")
}
