// Every form of a failed slice expression, with Go's runtime error texts: a negative bound is
// reported alone, slices report their capacity, strings and arrays their length.
package main

import "fmt"

func try(label string, f func()) {
	defer func() { fmt.Println(label, "->", recover()) }()
	f()
}

func main() {
	s := make([]int, 2, 4)
	a := [3]int{}
	str := "abc"
	n, m, k := -1, 5, 2
	try("s[:5]", func() { _ = s[:m] })
	try("s[:-1]", func() { _ = s[:n] })
	try("s[3:2]", func() { _ = s[m-2 : k] })
	try("s[-1:]", func() { _ = s[n:] })
	try("s[::5]", func() { _ = s[0:1:m] })
	try("s[::-1]", func() { _ = s[0:1:n] })
	try("s[:3:2]", func() { _ = s[0 : m-2 : k] })
	try("s[:-1:2]", func() { _ = s[0:n:k] })
	try("s[2:1:3]", func() { _ = s[k : k-1 : 3] })
	try("s[-1:1:2]", func() { _ = s[n:1:k] })
	try("a[:5]", func() { _ = a[:m] })
	try("a[1:5:5]", func() { _ = a[1:m:m] })
	try("p[:5]", func() { p := &a; _ = p[:m] })
	try("str[:5]", func() { _ = str[:m] })
	try("str[-1:]", func() { _ = str[n:] })
	try("str[2:1]", func() { _ = str[k : k-1] })
	try("s[5]", func() { _ = s[m] })
	try("s[-1]", func() { _ = s[n] })
	try("str[5]", func() { _ = str[m] })
	var nilSlice []int
	try("nil[:1]", func() { _ = nilSlice[:k-1] })
}
