package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine finished")
		done <- true
	}()
	<-done
	select {}
}
