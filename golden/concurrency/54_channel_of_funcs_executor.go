package main

import "fmt"

func main() {
	tasks := make(chan func() string)
	results := make(chan string)
	go func() {
		for t := range tasks {
			results <- t()
		}
		close(results)
	}()
	go func() {
		for i := 1; i <= 4; i++ {
			n := i
			tasks <- func() string { return fmt.Sprintf("task %d -> %d", n, n*n) }
		}
		close(tasks)
	}()
	for r := range results {
		fmt.Println(r)
	}
}
