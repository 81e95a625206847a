// Go by Example's tickers on the playground clock (--fake-time). Expected output derived from the
// playground's rules, not an oracle (real time differs per run): the clock starts at
// 2009-11-10 23:00:00 UTC and monotonic readings count from 1 ns before start (m=+0.500000001).
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(500 * time.Millisecond)
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-done:
				return
			case t := <-ticker.C:
				fmt.Println("Tick at", t)
			}
		}
	}()
	time.Sleep(1600 * time.Millisecond)
	ticker.Stop()
	done <- true
	fmt.Println("Ticker stopped")
	fmt.Println(time.Now())
}
