package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	arr := [3]int{7, 8, 9}
	for _, v := range arr {
		fmt.Print(v)
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	var i int
	var v string
	for i, v = range s {
	}
	fmt.Println(i, v)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for range make([]struct{}, 5) {
		count++
	}
	fmt.Println(count)
}
