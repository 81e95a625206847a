package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64},
		{"128", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"zz", 36, 64}, {"12", 2, 64},
		{"1_000", 0, 64}, {"1_000", 10, 64},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	_, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("300", 10, 8)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	}
	_, err = strconv.Atoi("x")
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
}
