package main

import "fmt"

func v(name string, x int) int {
	fmt.Print(name, " ")
	return x
}

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println("=", r)
	arr := []int{v("e0", 0), v("e1", 1), v("e2", 2)}
	fmt.Println(arr)
	m := map[int]int{v("k1", 1): v("v1", 10), v("k2", 2): v("v2", 20)}
	fmt.Println(len(m))
	f := func(a, b, c int) int { return a + b + c }
	fmt.Println(f(v("x", 1), v("y", 2), v("z", 3)))
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	ok := v("L", 0) == 1 && v("R", 1) == 1
	fmt.Println(ok)
	ok = v("L", 1) == 1 || v("R", 1) == 1
	fmt.Println(ok)
}
