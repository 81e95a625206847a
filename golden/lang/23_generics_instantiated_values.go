package main

import "fmt"

func Identity[T any](v T) T { return v }

func Swap[A, B any](a A, b B) (B, A) { return b, a }

type Numeric interface{ ~int | ~float64 }

func Scale[T Numeric](k T) func(T) T {
	return func(x T) T { return x * k }
}

func main() {
	idInt := Identity[int]
	idStr := Identity[string]
	fmt.Println(idInt(4), idStr("s"))
	fmt.Printf("%T\n", idInt)
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	double := Scale(2)
	half := Scale(0.5)
	fmt.Println(double(21), half(3))
	fs := []func(int) int{Scale(3), Identity[int], double}
	for _, f := range fs {
		fmt.Print(f(5), " ")
	}
	fmt.Println()
}
