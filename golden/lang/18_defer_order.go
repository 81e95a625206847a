package main

import "fmt"

func main() {
	fmt.Println("start")
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	func() {
		defer fmt.Println("inner defer 1")
		defer fmt.Println("inner defer 2")
		fmt.Println("inner body")
	}()
	defer func() {
		fmt.Println("closure defer")
	}()
	fmt.Println("end")
}
