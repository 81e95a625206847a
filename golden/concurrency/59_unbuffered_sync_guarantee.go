package main

import "fmt"

var msg string

func main() {
	ch := make(chan struct{})
	go func() {
		msg = "written before send"
		ch <- struct{}{}
	}()
	<-ch
	fmt.Println(msg)
	done := make(chan bool)
	data := make([]int, 0)
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		close(done)
	}()
	<-done
	fmt.Println(data)
}
