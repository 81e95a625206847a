package main

import "fmt"

func main() {
	var name string
	var age int
	var f float64
	var b bool
	var r rune
	var u uint8
	var x int
	n, err := fmt.Sscanf("Alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Sscanf("age: 42, ratio=3.5 ok", "age: %d, ratio=%f %t", &age, &f, &b)
	fmt.Println(n, err, age, f, b)
	n, err = fmt.Sscanf("age: 42, ratio=3.5 true", "age: %d, ratio=%g %t", &age, &f, &b)
	fmt.Println(n, err, age, f, b)
	n, err = fmt.Sscanf("ff 0x1F 0b101 077", "%x %v %v %v", &x, &age, &u, &r)
	fmt.Println(n, err, x, age, u, r)
	n, err = fmt.Sscanf("300", "%d", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12abc", "%d%s", &x, &name)
	fmt.Println(n, err, x, name)
	n, err = fmt.Sscanf("5-7", "%d-%d", &x, &age)
	fmt.Println(n, err, x, age)
	n, err = fmt.Sscanf("5 - 7", "%d-%d", &x, &age)
	fmt.Println(n, err, x, age)
	n, err = fmt.Sscanf("x", "%c", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &x, &age, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2 3", "%d %d", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("hello", "%5s", &name)
	fmt.Println(n, err, name)
	n, err = fmt.Sscanf("123456", "%3d%3d", &x, &age)
	fmt.Println(n, err, x, age)
	n, err = fmt.Sscanf("", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &x, &age)
	fmt.Println(n, err, x, age)
	var s1, s2 string
	n, err = fmt.Sscan("  one\n two  ", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	n, err = fmt.Sscanln("one\ntwo", &s1, &s2)
	fmt.Println(n, err)
	n, err = fmt.Sscan("3.5e2 -7 true", &f, &x, &b)
	fmt.Println(n, err, f, x, b)
	var p *int = new(int)
	n, err = fmt.Sscan("5", p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("%5", "%%%d", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("3", "%q", &name)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"quoted str"`, "%q", &name)
	fmt.Println(n, err, name)
	var by []byte
	n, err = fmt.Sscanf("bytes!", "%s", &by)
	fmt.Println(n, err, by)
	n, err = fmt.Sscanf("1.5", "%d", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("true", "%d", &b)
	fmt.Println(n, err)
}
