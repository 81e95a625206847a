package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string, 3)
	delays := []int{300, 10, 150}
	for i, d := range delays {
		go func(i, d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprintf("task%d(%dms)", i, d)
		}(i, d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
}
