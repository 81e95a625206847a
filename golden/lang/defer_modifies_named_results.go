package main

import (
	"errors"
	"fmt"
)

func triple(x int) (r int) {
	defer func() { r *= 3 }()
	return x + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	return a / b, nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
}

func args() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
}

func main() {
	fmt.Println(triple(4))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	order()
	args()
	var e error = errors.New("boom")
	fmt.Println(e)
}
