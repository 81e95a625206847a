package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

func Abs[T ~int | ~int64 | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Bits[T Integer](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Concat[S ~[]E, E any](a, b S) S {
	out := make(S, 0, len(a)+len(b))
	out = append(out, a...)
	return append(out, b...)
}

type Path []string

func main() {
	fmt.Println(Abs(-3), Abs(int64(-9)), Abs(-2.5))
	fmt.Println(GCD(48, 18), GCD(uint8(255), uint8(85)))
	fmt.Println(Bits(255), Bits(uint64(1<<63)), Bits(int8(-1)))
	p := Concat(Path{"a", "b"}, Path{"c"})
	fmt.Printf("%T %v\n", p, p)
}
