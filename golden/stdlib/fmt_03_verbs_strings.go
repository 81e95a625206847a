package main

import "fmt"

func main() {
	s := "héllo\tworld\n"
	fmt.Printf("%s|\n", "plain")
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%#q\n", "back`tick")
	fmt.Printf("%#q\n", "raw ok")
	fmt.Printf("%x\n", "hi")
	fmt.Printf("% x\n", "hi!")
	fmt.Printf("%X\n", []byte("abc"))
	fmt.Printf("%10s|%-10s|%.3s|%10.2s|\n", "go", "go", "golang", "golang")
	fmt.Printf("%5q|%-7q|\n", "a", "b")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%c|%c|%q|%q\n", 'G', 0x4E16, 'x', '\n')
	fmt.Printf("%s\n", 42)
	fmt.Printf("%.0s|%.1s|\n", "abc", "世界")
}
