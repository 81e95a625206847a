package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("both channels nil")
	select {
	case v := <-in:
		fmt.Println(v)
	case out <- "x":
		fmt.Println("sent")
	}
}
