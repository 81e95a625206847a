package main

import "fmt"

// 8 producers send 125k values each on their own channel; main selects over all 8.
func main() {
	const producers, per = 8, 125000
	chans := make([]chan int, producers)
	for p := range chans {
		chans[p] = make(chan int)
		go func(ch chan int, base int) {
			for i := 0; i < per; i++ {
				ch <- base + i
			}
			close(ch)
		}(chans[p], p*per)
	}
	c0, c1, c2, c3, c4, c5, c6, c7 := chans[0], chans[1], chans[2], chans[3], chans[4], chans[5], chans[6], chans[7]
	sum, count, open := 0, 0, producers
	for open > 0 {
		var v int
		var ok bool
		select {
		case v, ok = <-c0:
			if !ok {
				c0 = nil
			}
		case v, ok = <-c1:
			if !ok {
				c1 = nil
			}
		case v, ok = <-c2:
			if !ok {
				c2 = nil
			}
		case v, ok = <-c3:
			if !ok {
				c3 = nil
			}
		case v, ok = <-c4:
			if !ok {
				c4 = nil
			}
		case v, ok = <-c5:
			if !ok {
				c5 = nil
			}
		case v, ok = <-c6:
			if !ok {
				c6 = nil
			}
		case v, ok = <-c7:
			if !ok {
				c7 = nil
			}
		}
		if ok {
			sum += v
			count++
		} else {
			open--
		}
	}
	fmt.Println("fan-in received:", count, "sum:", sum)
}
