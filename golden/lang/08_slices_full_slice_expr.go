package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr)
	s = append(s, 200)
	fmt.Println(arr, s)
	t := arr[:0]
	fmt.Println(len(t), cap(t))
	u := arr[5:]
	fmt.Println(u, cap(u))
	v := u[:cap(u)]
	fmt.Println(v)
	w := arr[1:3]
	fmt.Println(w[:5])
	str := "abcdef"
	fmt.Println(str[2:], str[:3], str[1:4])
}
