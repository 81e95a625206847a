package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1234.5678, 1e6, 1e21, 1e-6, 1e-7,
		123456789012345678, 5e-324, math.MaxFloat64, math.Pi, math.E, 0.000123, 9.995, 0.5, 1.5, 2.5, math.Inf(1), math.Inf(-1), math.NaN()}
	fmts := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'}
	precs := []int{-1, 0, 1, 3, 10}
	for _, v := range vals {
		fmt.Printf("== %v\n", v)
		for _, f := range fmts {
			line := string(f) + ":"
			for _, p := range precs {
				line += " " + strconv.FormatFloat(v, f, p, 64)
			}
			fmt.Println(line)
		}
		line := "32:"
		for _, f := range fmts {
			line += " " + strconv.FormatFloat(v, f, -1, 32)
		}
		fmt.Println(line)
	}
	b := []byte("v=")
	b = strconv.AppendFloat(b, 3.25, 'f', 1, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1e100, 'g', -1, 64)
	fmt.Println(string(b))
}
