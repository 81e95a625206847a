package main

import "fmt"

func main() {
	chs := make([]chan int, 5)
	for i := range chs {
		chs[i] = make(chan int, 1)
	}
	order := []int{3, 0, 4, 1, 2, 2, 0}
	for _, k := range order {
		chs[k] <- k * 100
		select {
		case v := <-chs[0]:
			fmt.Println("case 0 got", v)
		case v := <-chs[1]:
			fmt.Println("case 1 got", v)
		case v := <-chs[2]:
			fmt.Println("case 2 got", v)
		case v := <-chs[3]:
			fmt.Println("case 3 got", v)
		case v := <-chs[4]:
			fmt.Println("case 4 got", v)
		}
	}
}
