// Goroutines started by a goroutine: the deadlock report says which goroutine created each
// (current Go: "created by main.spawner in goroutine 6").
package main

import "fmt"

func leaf(ch chan int) {
	ch <- 1
}

func spawner(ch chan int) {
	go leaf(ch)
	go leaf(ch)
	<-make(chan bool)
}

func main() {
	ch := make(chan int)
	go spawner(ch)
	fmt.Println(<-ch)
	select {}
}
