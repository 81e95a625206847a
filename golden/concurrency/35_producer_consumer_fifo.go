package main

import "fmt"

func main() {
	queue := make(chan string, 4)
	done := make(chan []string)
	go func() {
		var got []string
		for item := range queue {
			got = append(got, item)
		}
		done <- got
	}()
	for _, s := range []string{"one", "two", "three", "four", "five", "six"} {
		queue <- s
	}
	close(queue)
	got := <-done
	fmt.Println(len(got), got)
}
