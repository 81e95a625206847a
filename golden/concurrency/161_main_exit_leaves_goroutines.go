package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main leaves goroutines blocked and exits")
	for i := 0; i < 3; i++ {
		go func() { select {} }()
	}
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never")
	}()
}
