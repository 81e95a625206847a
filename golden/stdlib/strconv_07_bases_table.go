package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Printf("%6s %10s %5s %4s %4s\n", "dec", "bin", "oct", "hex", "b36")
	for _, n := range []int64{0, 1, 7, 8, 15, 16, 255, 1000, -42} {
		fmt.Printf("%6d %10s %5s %4s %4s\n", n,
			strconv.FormatInt(n, 2), strconv.FormatInt(n, 8), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10), strconv.FormatInt(-9223372036854775808, 16))
	fmt.Println(strconv.FormatUint(18446744073709551615, 2))
	for _, s := range []string{"-9223372036854775808", "9223372036854775808", "18446744073709551615"} {
		i, err1 := strconv.ParseInt(s, 10, 64)
		u, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Println(i, err1 == nil, u, err2 == nil)
	}
}
