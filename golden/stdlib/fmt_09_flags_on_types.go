package main

import "fmt"

type S struct {
	Name string
	N    int
}

func main() {
	s := S{"n", 5}
	fmt.Printf("[%10v] [%-10v]\n", s, s)
	fmt.Printf("[%6v] [%-6v]\n", []int{1, 2}, []int{1, 2})
	fmt.Printf("[%5v] [%5t]\n", true, false)
	fmt.Printf("[%08.3v]\n", 3.14159)
	fmt.Printf("[%3c] [%-3c]\n", 'x', 'y')
	fmt.Printf("[%5.1q]\n", "abc")
	fmt.Printf("[%x] [%X]\n", "Hello", "Hello")
	fmt.Printf("[%+v]\n", []S{{"a", 1}, {"b", 2}})
	fmt.Printf("[%v]\n", [][]int{{1}, {2, 3}, nil})
	fmt.Printf("[%03d] [%3d] [%-3d]\n", []int{1, 22}, []int{1, 22}, []int{1, 22})
	fmt.Printf("[%6.2f]\n", []float64{1, 2.345})
	fmt.Printf("[%q]\n", map[string]string{"k": "v"})
}
