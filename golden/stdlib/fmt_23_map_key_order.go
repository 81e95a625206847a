package main

import (
	"fmt"
	"math"
)

type pair struct {
	A int
	B string
}

type level int

func (l level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 0: "a", 100: "x", -50: "y"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0, "ab": 4, "é": 5})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.Inf(-1): 4, 0: 5, math.NaN(): 6})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[pair]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[uint8]int{255: 1, 0: 2, 128: 3})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
	fmt.Println(map[rune]bool{'z': true, 'a': false, 'é': true})
	fmt.Println(map[level]int{2: 20, 0: 0, 1: 10})
	fmt.Println(map[any]int{3: 1, 1: 2, 2: 3}, map[any]bool{"b": true, "a": false})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, 1): 2, complex(0, 5): 3})
	fmt.Printf("%v\n%+v\n%#v\n", map[pair]level{{1, "x"}: 2}, map[string]pair{"k": {1, "v"}}, map[string][]int{"b": {2}, "a": nil})
	fmt.Printf("%d %x %q\n", map[string]int{"z": 26, "a": 1}, map[int]string{255: "ff", 16: "10"}, map[string]string{"k": "v"})
	big := map[int]int{}
	for i := 0; i < 40; i++ {
		big[(i*37)%41] = i
	}
	fmt.Println(big)
	nested := map[string]map[string]int{"y": {"b": 1, "a": 2}, "x": {"d": 4, "c": 3}}
	fmt.Println(nested)
	fmt.Println(map[string]any{"i": 1, "s": "str", "l": []int{1}, "m": map[int]int{2: 1, 1: 2}})
}
