package main

import "fmt"

func main() {
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int, 10)
		for j := 0; j < 5; j++ {
			chans[i] <- (i + 1) * 100
		}
		close(chans[i])
	}
	counts := make([]int, 4)
	sum := 0
	open := 4
	for open > 0 {
		select {
		case v, ok := <-chans[0]:
			if !ok {
				chans[0] = nil
				open--
				continue
			}
			counts[0]++
			sum += v
		case v, ok := <-chans[1]:
			if !ok {
				chans[1] = nil
				open--
				continue
			}
			counts[1]++
			sum += v
		case v, ok := <-chans[2]:
			if !ok {
				chans[2] = nil
				open--
				continue
			}
			counts[2]++
			sum += v
		case v, ok := <-chans[3]:
			if !ok {
				chans[3] = nil
				open--
				continue
			}
			counts[3]++
			sum += v
		}
	}
	fmt.Println(counts, sum)
}
