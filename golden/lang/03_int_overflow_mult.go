package main

import "fmt"

func main() {
	var a int32 = 100000
	fmt.Println(a * a)
	var b int64 = 3037000500
	fmt.Println(b * b)
	var c uint32 = 1
	for i := 0; i < 40; i++ {
		c *= 3
	}
	fmt.Println(c)
	var h uint64 = 14695981039346656037
	for _, ch := range []byte("hello") {
		h ^= uint64(ch)
		h *= 1099511628211
	}
	fmt.Println(h)
	var h32 uint32 = 2166136261
	for _, ch := range []byte("hello") {
		h32 ^= uint32(ch)
		h32 *= 16777619
	}
	fmt.Println(h32)
	var i16 int16 = 200
	fmt.Println(i16 * 200)
}
