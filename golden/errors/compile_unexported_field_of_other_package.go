// Current Go wording (types2 lookupError) for an unexported field of another package.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.buf)
}
