package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
