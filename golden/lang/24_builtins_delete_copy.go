package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	delete(m, "zzz")
	fmt.Println(m)
	var nm map[string]int
	delete(nm, "x")
	fmt.Println(len(nm))
	mk := map[[2]int]bool{{1, 2}: true}
	delete(mk, [2]int{1, 2})
	fmt.Println(len(mk))
	src := []string{"x", "y", "z"}
	dst := make([]string, 2)
	fmt.Println(copy(dst, src), dst)
	buf := make([]byte, 3)
	fmt.Println(copy(buf, "abcdef"), string(buf))
	overlap := []int{1, 2, 3, 4, 5}
	copy(overlap[1:], overlap[:4])
	fmt.Println(overlap)
}
