package main

type P struct{}

func main() {
	var p P
	_ = p == nil
}
