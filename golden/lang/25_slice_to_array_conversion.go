// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(a, s)
	b := [2]int(s[1:3])
	fmt.Println(b)
	var e [0]int = [0]int(s[:0])
	fmt.Println(len(e))
	bs := []byte("hello")
	arr := [5]byte(bs)
	fmt.Println(string(arr[:]), arr == [5]byte{'h', 'e', 'l', 'l', 'o'})
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = [8]int(s)
}
