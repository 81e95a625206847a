package main

import "fmt"

func main() {
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	const parts = 4
	partial := make(chan int, parts)
	size := len(nums) / parts
	for p := 0; p < parts; p++ {
		go func(chunk []int) {
			s := 0
			for _, v := range chunk {
				s += v
			}
			partial <- s
		}(nums[p*size : (p+1)*size])
	}
	total := 0
	for p := 0; p < parts; p++ {
		total += <-partial
	}
	fmt.Println(total, total == 1000*1001/2)
}
