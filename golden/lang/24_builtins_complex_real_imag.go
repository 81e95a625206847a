package main

import "fmt"

func main() {
	var f32a, f32b float32 = 1.5, -2
	c64 := complex(f32a, f32b)
	fmt.Printf("%T %v\n", c64, c64)
	c128 := complex(1.0, 2.0)
	fmt.Printf("%T %v\n", c128, c128)
	fmt.Println(real(c128)*2, imag(c128)*2)
	const k = complex(3, 0)
	var fl float64 = real(k)
	fmt.Println(fl)
	z := c128 * complex(0, 1)
	fmt.Println(z, real(z), imag(z))
	conj := complex(real(c128), -imag(c128))
	fmt.Println(c128 * conj)
	fmt.Println(complex(1, 1) == 1+1i)
}
