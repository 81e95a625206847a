package main

import "fmt"

func main() {
	high := make(chan string, 10)
	low := make(chan string, 10)
	for i := 1; i <= 3; i++ {
		low <- fmt.Sprint("low-", i)
	}
	for i := 1; i <= 2; i++ {
		high <- fmt.Sprint("high-", i)
	}
	for n := 0; n < 5; n++ {
		select {
		case m := <-high:
			fmt.Println(m)
			continue
		default:
		}
		select {
		case m := <-high:
			fmt.Println(m)
		case m := <-low:
			fmt.Println(m)
		}
	}
}
