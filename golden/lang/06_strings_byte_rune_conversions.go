package main

import "fmt"

func main() {
	s := "Go语言"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'g'
	fmt.Println(string(b), s)
	r[2] = '世'
	fmt.Println(string(r))
	fmt.Println(string(r[3]), string(rune(65)), string(rune(0x4e16)))
	fmt.Println(string(b[2:5]))
	fmt.Printf("%q\n", string(b[2:4]))
	fmt.Println(string([]rune{0x1F600, 'x'}))
	fmt.Println(string(rune(-1)) == "\uFFFD")
	e := []byte("")
	fmt.Println(len(e), e == nil)
}
