package main

import "fmt"

func main() {
	s := []float64{1.5, 2.5}
	t := 0.0
	for _, v := range s {
		t += v
	}
	n := 0
	for i := range []byte("abc") {
		n += i
	}
	var u8 uint8
	for i, v := range []uint8{200, 100} {
		u8 += v + uint8(i)
	}
	bs := [3]bool{true, false, true}
	c := 0
	for _, b := range bs {
		if b {
			c++
		}
	}
	for i, b := range []byte("hé") {
		fmt.Print(i, b, " ")
	}
L:
	for _, x := range []int{1, 2, 3, 4} {
		switch {
		case x == 2:
			continue L
		case x == 4:
			break L
		}
		fmt.Print(x)
	}
	fmt.Println(t, n, u8, c)
}
