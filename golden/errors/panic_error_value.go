package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("disk quota exceeded")
	fmt.Println("got error:", err)
	panic(err)
}
