package main

import "fmt"

func main() {
	var x, age int
	var s1, s2 string
	n, err := fmt.Sscanf("1\n2", "%d %d", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("one\ntwo", &s1, &s2)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 \n2", "%d %d", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d  %d", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2\n", "%d %d\n\n", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n\n2", "%d\n%d", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 x", "%d\n%d", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("a\n", "%s", &s1)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("a b", "%s%s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	n, err = fmt.Sscanf("ab", "a%sb", &s1)
	fmt.Println(n, err, s1)
	n, err = fmt.Sscanf("a  b", "a b", )
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ab", "a b", )
	fmt.Println(n, err)
	n, err = fmt.Sscanf("a\tb", "a b", )
	fmt.Println(n, err)
	n, err = fmt.Sscanf("xy", "xz", )
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &x, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 ", &x, &age)
	fmt.Println(n, err)
}
