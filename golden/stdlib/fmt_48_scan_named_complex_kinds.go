package main

import (
	"fmt"
	"time"
)

type MyS string
type MyB []byte
type MyI int8

func main() {
	var d time.Duration
	var s MyS
	var b MyB
	var i MyI
	var c complex128
	var c64 complex64
	var u uintptr
	n, err := fmt.Sscan("1500 word bytes 100 (1+2i) 3.5 77", &d, &s, &b, &i, &c, &c64, &u)
	fmt.Println(n, err, d, s, b, i, c, c64, u)
	n, err = fmt.Sscan("200", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1+2i", "%v", &c)
	fmt.Println(n, err, c)
	var arr [2]int
	n, err = fmt.Sscan("1", &arr)
	fmt.Println(n, err)
	var st struct{ A int }
	n, err = fmt.Sscan("1", &st)
	fmt.Println(n, err)
	var f32 float32
	n, err = fmt.Sscan("1e39", &f32)
	fmt.Println(n, err, f32)
	var ip *int
	n, err = fmt.Sscan("1", &ip)
	fmt.Println(n, err)
}

func init() {
	var c complex128
	for _, in := range []string{"(3-4.5i)", "2+3i", "-1e3-0i", "(1+2i", "1", "1+2", "(1+2j)", "NaN+Infi", "0x1p2+0x1p-1i"} {
		n, err := fmt.Sscan(in, &c)
		fmt.Println(in, n, err, c)
	}
	var c64 complex64
	n, err := fmt.Sscanf("1.1+2.2i", "%g", &c64)
	fmt.Println(n, err, c64)
	n, err = fmt.Sscanf("1+1i", "%d", &c64)
	fmt.Println(n, err)
}
