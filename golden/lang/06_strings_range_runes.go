package main

import "fmt"

func main() {
	s := "aé世🎉"
	for i, r := range s {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
}
