package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Second)
	defer func() { fmt.Println("recovered:", recover()) }()
	t.Reset(-5)
}
