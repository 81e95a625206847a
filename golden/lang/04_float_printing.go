package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 1.5, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 0.000001234, 3.0e100, 2.5}
	for _, v := range vals {
		fmt.Println(v)
	}
	f32s := []float32{0.1, 1e20, 1e21, 3.4e38, 16777217}
	for _, v := range f32s {
		fmt.Println(v)
	}
}
