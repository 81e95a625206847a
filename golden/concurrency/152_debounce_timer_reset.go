package main

import (
	"fmt"
	"time"
)

func main() {
	input := make(chan string)
	go func() {
		for _, w := range []string{"h", "he", "hel", "hell", "hello"} {
			input <- w
			time.Sleep(30 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
		input <- "hello w"
		time.Sleep(300 * time.Millisecond)
		close(input)
	}()
	var timer *time.Timer
	var fire <-chan time.Time
	latest := ""
	for {
		select {
		case s, ok := <-input:
			if !ok {
				fmt.Println("input closed")
				return
			}
			latest = s
			if timer == nil {
				timer = time.NewTimer(100 * time.Millisecond)
			} else {
				if !timer.Stop() {
					select {
					case <-timer.C:
					default:
					}
				}
				timer.Reset(100 * time.Millisecond)
			}
			fire = timer.C
		case <-fire:
			fmt.Println("search for", latest)
			fire = nil
		}
	}
}
