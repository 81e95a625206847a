package main

import "fmt"

func main() {
	const size = 600
	const maxIter = 50
	inside := 0
	for py := 0; py < size; py++ {
		ci := float64(py)*2.0/size - 1.0
		for px := 0; px < size; px++ {
			cr := float64(px)*3.0/size - 2.0
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < maxIter; i++ {
				zr2, zi2 := zr*zr, zi*zi
				if zr2+zi2 > 4.0 {
					break
				}
				zi = 2*zr*zi + ci
				zr = zr2 - zi2 + cr
			}
			if i == maxIter {
				inside++
			}
		}
	}
	fmt.Println("mandelbrot 600x600 points in set:", inside)
}
