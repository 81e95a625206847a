package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("%d: %q %v\n", i, v, ok)
	}
	nums := make(chan int, 2)
	nums <- 7
	close(nums)
	fmt.Println(<-nums, <-nums, <-nums)

	type point struct{ x, y int }
	pts := make(chan point)
	close(pts)
	p, ok := <-pts
	fmt.Printf("%+v %v\n", p, ok)

	ptrs := make(chan *int)
	close(ptrs)
	fmt.Println(<-ptrs == nil)
}
