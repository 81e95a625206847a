package main

import "fmt"

func sum(label string, nums ...int) int {
	fmt.Print(label, len(nums), " ")
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func modify(xs ...int) { xs[0] = 100 }

func main() {
	fmt.Println(sum("a"))
	fmt.Println(sum("b", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("c", xs...))
	modify(xs...)
	fmt.Println(xs)
	var any []interface{} = []interface{}{1, "x", nil}
	fmt.Println(any...)
	fmt.Printf("%d-%s-%v\n", any...)
}
