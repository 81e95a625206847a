package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	close(a)
	close(b)
	na, nb := 0, 0
	for i := 0; i < 2000; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println("both chosen:", na > 500 && nb > 500, na+nb)
	ready := make(chan int, 1)
	picks := map[string]int{}
	for i := 0; i < 1000; i++ {
		ready <- i
		select {
		case <-ready:
			picks["recv"]++
		default:
			picks["default"]++
		}
	}
	fmt.Println(picks["recv"], picks["default"])
}
