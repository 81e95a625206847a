// append grows a slice as Go's runtime does: doubling below 256 elements, then by about a
// quarter, each time rounded up to the memory allocator's size class for the element size.
package main

import "fmt"

type point struct{ x, y int32 }

type rgb struct{ r, g, b byte }

type empty struct{}

func growth[T any](label string, n int, v T) {
	var s []T
	last := -1
	fmt.Print(label, ":")
	for i := 0; i < n; i++ {
		s = append(s, v)
		if cap(s) != last {
			fmt.Print(" ", cap(s))
			last = cap(s)
		}
	}
	fmt.Println()
}

func main() {
	growth("int", 3000, 0)
	growth("byte", 5000, byte(0))
	growth("int32", 2000, int32(0))
	growth("int16", 2000, int16(0))
	growth("float64", 1500, 0.0)
	growth("point", 1500, point{})
	growth("rgb", 1500, rgb{})
	growth("[5]int", 300, [5]int{})
	growth("empty", 10, empty{})
	growth("small strings", 32, "s")

	fmt.Println(cap(append([]int{1, 2, 3}, 4, 5, 6, 7)))
	fmt.Println(cap(append([]int{1, 2, 3}, 4)))
	fmt.Println(cap(append([]byte{}, "hello, world, this is long"...)))
	fmt.Println(cap(append(make([]int, 5, 5), 1)))
	fmt.Println(cap(append(make([]int, 0, 1000), make([]int, 1001)...)))
	fmt.Println(cap(append([]int(nil), make([]int, 5000)...)))

	s := append([]int{1, 2, 3}, 4)
	fmt.Println(len(s), cap(s), s[:cap(s)])
	ps := append([]point{{1, 2}}, point{3, 4})
	ps = append(ps, point{5, 6})
	fmt.Println(len(ps), cap(ps), ps[:cap(ps)])
}
