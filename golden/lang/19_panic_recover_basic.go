package main

import "fmt"

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
	return n
}

func try(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("recovered: %v (error=%t)\n", r, isErr)
	}()
	f()
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	try(func() { mustPositive(-3) })
	try(func() { panic(42) })
	try(func() { panic(fmt.Errorf("an error")) })
	try(func() {
		var a []int
		_ = a[3]
	})
	try(func() {
		var m map[string]int
		m["x"] = 1
	})
	try(func() {})
	fmt.Println("end")
}
