package main

import "fmt"

type T struct{ X int }

func main() {
	t := T{1}
	fmt.Println(t.Y)
}
