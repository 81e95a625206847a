package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	delays := []int{300, 100, 500, 200, 400}
	for _, d := range delays {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprintf("slept %dms", d)
		}(d)
	}
	for range delays {
		fmt.Println(<-out)
	}
}
