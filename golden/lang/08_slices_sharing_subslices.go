package main

import "fmt"

func main() {
	data := make([]int, 10)
	for i := range data {
		data[i] = i
	}
	left := data[:5]
	right := data[5:]
	for i := range left {
		left[i] *= 10
	}
	right[0] = -1
	fmt.Println(data)
	chunks := [][]int{}
	for i := 0; i < len(data); i += 3 {
		end := i + 3
		if end > len(data) {
			end = len(data)
		}
		chunks = append(chunks, data[i:end])
	}
	fmt.Println(chunks)
	chunks[1][0] = 777
	fmt.Println(data[3])
	stack := []int{}
	for i := 1; i <= 4; i++ {
		stack = append(stack, i)
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []string{"a", "b", "c"}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue, len(queue))
}
