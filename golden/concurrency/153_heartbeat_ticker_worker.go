package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, pulse time.Duration) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(results)
		tick := time.NewTicker(pulse)
		defer tick.Stop()
		work := time.NewTicker(3 * pulse)
		defer work.Stop()
		n := 0
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				select {
				case heartbeat <- struct{}{}:
				default:
				}
			case <-work.C:
				n++
				select {
				case results <- n:
				case <-done:
					return
				}
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	hb, res := worker(done, 100*time.Millisecond)
	beats := 0
	for got := 0; got < 3; {
		select {
		case <-hb:
			beats++
		case r := <-res:
			fmt.Println("result", r)
			got++
		}
	}
	close(done)
	fmt.Println("heartbeats seen >= 3:", beats >= 3)
}
