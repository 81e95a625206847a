package main

import "fmt"

func main() {
	c := make(chan any, 3)
	c <- nil
	c <- 1
	var e error
	ec := make(chan error, 2)
	ec <- e
	fmt.Println(<-c, <-c, <-ec)
	m := make(chan map[string]int, 1)
	m <- nil
	fmt.Println(<-m == nil)
}
