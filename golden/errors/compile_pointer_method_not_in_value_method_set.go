package main

import "fmt"

type S struct{}

func (s *S) String() string { return "S" }

func main() {
	var st fmt.Stringer = S{}
	fmt.Println(st)
}
