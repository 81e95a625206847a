// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after:", r)
		panic(r)
	}()
	panic("boom")
}
