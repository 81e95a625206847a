package main

import "fmt"

func main() {
	var a, b, c int
	var s, t string
	var f float64
	var u uint
	n, err := fmt.Sscanf("123456", "%3d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("20240615", "%4d%2d%2d", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("abcdef", "%2s%s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("1.5e3", "%g", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("-12", "%d", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscanf("12", "%s", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%q", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("  5", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("9", "%v", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("1_000 0x_1F", "%v %v", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1_000", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	var i8 int8
	n, err = fmt.Sscan("-129", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err)
	var f32 float32
	n, err = fmt.Sscan("3.4e39", &f32)
	fmt.Println(n, err)
	n, err = fmt.Sscan("12abc", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscan("-0x10 +7", &a, &b)
	fmt.Println(n, err, a, b)
	var ok bool
	n, err = fmt.Sscan("T F", &ok, &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscan("yes", &ok)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &ok)
	fmt.Println(n, err)
}
