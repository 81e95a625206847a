package main

import "fmt"

func main() {
	defer fmt.Println("deferred: never printed")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	ch := make(chan bool)
	fmt.Println("about to block forever")
	ch <- true
}
