package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	input := "12, -7, 3.5, abc, 0x1F, 1e3, , 42 , 9999999999999999999"
	var ints []int
	var floats []float64
	var bad []string
	for _, tok := range strings.Split(input, ",") {
		tok = strings.TrimSpace(tok)
		if i, err := strconv.Atoi(tok); err == nil {
			ints = append(ints, i)
			continue
		}
		if i, err := strconv.ParseInt(tok, 0, 64); err == nil {
			ints = append(ints, int(i))
			continue
		}
		if f, err := strconv.ParseFloat(tok, 64); err == nil {
			floats = append(floats, f)
			continue
		} else {
			bad = append(bad, fmt.Sprintf("%q(%v)", tok, err.(*strconv.NumError).Err))
		}
	}
	fmt.Println(ints)
	fmt.Println(floats)
	fmt.Println(strings.Join(bad, " "))
}
