package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)))
	fmt.Println(strconv.Itoa(n))
	fmt.Println(fmt.Sprint(n))
	f := 2.75
	fmt.Println(int(f), int(-f), int64(f*100))
	u := uint8(250)
	fmt.Println(int(u)+10, u+10)
	var i32 int32 = -5
	fmt.Println(uint32(i32), int64(i32), float64(i32))
	big := int64(1<<53 + 1)
	fmt.Println(float64(big) == float64(big-1))
	fmt.Println(float32(0.1) == 0.1)
	r := 'Z'
	fmt.Println(r, string(r), r+1, string(r+1))
	b := byte('a')
	fmt.Println(b, string(b), string(rune(b)-32))
}
