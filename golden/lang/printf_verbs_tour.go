package main

import "fmt"

type P struct {
	X int
	S *string
	L []int
	M map[string]int
}

func main() {
	s := "str"
	p := P{1, &s, []int{1}, map[string]int{"k": 2}}
	fmt.Printf("%v\n%+v\n", p.L, p.M)
	fmt.Printf("%T %T %T\n", p, &p, p.M)
	fmt.Printf("%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U\n", 42, 42, 42, 255, 255, 8, 5, 'A', 'A')
	fmt.Printf("%8.3f|%-8.2f|%e|%g|%g\n", 3.14159, 2.5, 123456.789, 1e21, 0.000001)
	fmt.Printf("%s|%q|%10s|%-10s|%x\n", "go", "go", "go", "go", "go")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Printf("%d %s\n", "x", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	var ip *int
	fmt.Println(ip, []string(nil), map[int]int(nil), error(nil))
	fmt.Printf("%v %+v\n", struct {
		A int
		B string
	}{1, "x"}, struct{ A *int }{nil})
}
