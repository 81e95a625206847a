package main

func main() {
	var a [3]int
	a[5] = 1
}
