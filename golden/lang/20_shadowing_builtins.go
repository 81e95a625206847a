package main

import "fmt"

type int32 = string

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	var v int32 = "I am a string"
	fmt.Println(v)
	true := false
	fmt.Println(true)
	nil := 5
	fmt.Println(nil + 1)
	{
		fmt := "shadowed fmt"
		_ = fmt
	}
	string := 3
	fmt.Println(string * 2)
	iota := 9
	fmt.Println(iota)
}
