package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int:%d", x)
	case string:
		return fmt.Sprintf("string:%q", x)
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer:" + x.String()
	}
	return fmt.Sprintf("other:%T", v)
}

type S struct{}

func (S) String() string { return "S!" }

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(S{}))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe([]int{1}))
}
