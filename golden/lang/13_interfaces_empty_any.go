package main

import "fmt"

func describe(v interface{}) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	vals := []interface{}{42, "hi", 3.5, true, nil, []int{1}, map[string]int{"a": 1}, struct{}{}, 'x', byte(7)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var a any = 5
	var b any = 5
	var c any = int64(5)
	fmt.Println(a == b, a == c)
	a = "x"
	fmt.Println(a)
}
