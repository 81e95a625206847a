package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	d := 1 + 2i
	fmt.Println(c+d, c-d, c*d, c/d)
	fmt.Println(c == complex(3, 4), c != d)
	var c64 complex64 = complex64(c)
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Printf("%T %T\n", real(c64), imag(c))
	var z complex128
	fmt.Println(z)
	i := 1i
	fmt.Println(i * i)
	fmt.Printf("%.2f %g\n", c, d)
	const k = 2i * 2i
	fmt.Println(k, real(k))
}
