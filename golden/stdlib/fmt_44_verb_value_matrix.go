package main

import (
	"errors"
	"fmt"
	"math"
)

type S struct {
	A int
	B string
}

type St int

func (s St) String() string { return fmt.Sprintf("St<%d>", int(s)) }

type E struct{}

func (*E) Error() string { return "E!" }

func main() {
	vals := []interface{}{0, -7, 42, uint8(200), int64(math.MinInt64), uint64(math.MaxUint64), 3.0, -2.5, 1e-9, 123456.789, float32(0.1), math.Inf(-1), math.NaN(),
		"", "héllo", "\x00\xff", []byte("ab"), true, 'x', 2 + 3i, S{1, "s"}, &S{2, "p"}, []int{1, -2}, [2]string{"a", "b"}, map[string]int{"z": 1, "a": 2},
		St(5), []St{1, 2}, errors.New("boom"), &E{}, nil, []interface{}{1, "a", nil}, struct{}{}, uintptr(10), []string(nil), map[int]bool(nil)}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%b", "%e", "%f", "%g", "%c", "%U", "%t", "%p"[:0] + "%5v", "%-6v|", "%06v", "%+d", "% d", "%#x", "% x", "%.2v", "%8.3f", "%-8.2e|", "%#o", "%#q", "%+q", "%x"}
	for _, v := range vals {
		for _, vb := range verbs {
			fmt.Printf(vb+" ", v)
		}
		fmt.Println()
		fmt.Print(v, v, "x", 1, 2, "y", "z", 3.5, nil, "\n")
		fmt.Println(v, v)
	}
}
