package main

func main() {
	var x int8
	x = 300
	_ = x
}
