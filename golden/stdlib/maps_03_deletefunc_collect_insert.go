package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	scores := map[string]int{"ann": 91, "bob": 45, "cy": 78, "dee": 30, "eli": 66}
	maps.DeleteFunc(scores, func(name string, s int) bool { return s < 50 })
	fmt.Println(scores)

	// index → value map from a slice
	m := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(m)

	maps.Insert(m, slices.All([]string{"ZERO", "ONE"}))
	fmt.Println(m)

	// invert a map
	inv := map[int]string{}
	for k, v := range maps.All(scores) {
		inv[v] = strings.ToUpper(k)
	}
	fmt.Println(inv)

	words := map[string]int{}
	maps.Insert(words, func(yield func(string, int) bool) {
		for _, w := range strings.Fields("to be or not to be") {
			if !yield(w, len(w)) {
				return
			}
		}
	})
	fmt.Println(words)
}
