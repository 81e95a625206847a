package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "-Inf", "NaN", "1e400", "abc", ".5", "0x1p-2", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	v := 1234.5678
	for _, fm := range []byte{'f', 'e', 'E', 'g', 'G'} {
		fmt.Println(string(fm), strconv.FormatFloat(v, fm, -1, 64), strconv.FormatFloat(v, fm, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456789, 'g', 4, 64))
}
