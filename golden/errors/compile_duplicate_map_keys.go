package main

func main() {
	_ = map[bool]int{true: 1, true: 2}
	_ = map[interface{}]int{1: 1, 1: 2}
	_ = map[float64]int{1: 1, 1.0: 2}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[rune]int{97: 1, 'a': 2}
}
