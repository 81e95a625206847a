package main

import "fmt"

func permute(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		permute(append(prefix, rest[i]), next, out)
	}
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := [][]int{}
	for _, s := range rest {
		out = append(out, s)
		with := append([]int{xs[0]}, s...)
		out = append(out, with)
	}
	return out
}

func main() {
	var perms []string
	permute(nil, []byte("abc"), &perms)
	fmt.Println(perms)
	fmt.Println(subsets([]int{1, 2, 3}))
}
