package main

import "fmt"

func main() {
	block := make(chan bool)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered in goroutine:", r)
			panic(fmt.Sprint("re-panic: ", r))
		}()
		var s []int
		_ = s[3]
	}()
	<-block
}
