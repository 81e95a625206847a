package main

import "fmt"

type Point struct{ X, Y int }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice sum %d", sum(x))
	case Point:
		return fmt.Sprintf("point %d", x.X+x.Y)
	case *Point:
		return fmt.Sprintf("point ptr %d", x.X)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", []int{1, 2, 3}, Point{1, 2}, &Point{5, 6},
		fmt.Errorf("oops"), 3.5, func() int { return 7 }, map[int]int{}}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
}
