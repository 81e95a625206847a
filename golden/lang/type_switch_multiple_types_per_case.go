package main

import "fmt"

type Stringer interface{ String() string }
type T struct{}

func (T) String() string { return "T!" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Stringer:
		return "stringer " + x.String()
	case []int, map[string]int:
		return fmt.Sprintf("container %v", x)
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "héllo", T{}, []int{1}, map[string]int{"a": 1}, fmt.Errorf("e"), 1.5, struct{}{}} {
		fmt.Println(classify(v))
	}
}
