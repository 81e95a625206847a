package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println()
	removed := r.Unlink(2)
	fmt.Println(removed.Len(), r.Len())
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println()
	sum := 0
	r.Do(func(v interface{}) { sum += v.(int) })
	fmt.Println("sum", sum, "prev", r.Prev().Value)
}
