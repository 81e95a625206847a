// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

func main() {
	fmt.Println("about to panic(nil)")
	panic(nil)
}
