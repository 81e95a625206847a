// Go 1.22+ wording for an integer constant converted to a smaller integer type (go.dev/issue/63563).
package main

import "fmt"

func main() {
	const c = 256
	fmt.Println(byte(c))
}
