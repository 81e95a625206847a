package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(1e21, -1e-7), 3i} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 128), strconv.FormatComplex(c, 'e', 3, 64))
	}
	for _, s := range []string{"1+2i", "(1+2i)", "3i", "-4", "1e3-2.5e-1i", "i", "+i", "1+i", "NaN+Infi", "(1+2i", "1+2j", "abc", "1e400+1i", ""} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(s, c, err)
	}
	c, err := strconv.ParseComplex("1.00000001+1i", 64)
	fmt.Println(c, err)
}
