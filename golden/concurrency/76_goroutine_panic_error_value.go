package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("main waits")
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred in goroutine runs")
		var m map[string]int
		if len(m) == 0 {
			panic(errors.New("bad state"))
		}
		done <- true
	}()
	<-done
}
