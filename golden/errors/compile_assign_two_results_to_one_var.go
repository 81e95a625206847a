package main

func two() (int, int) { return 1, 2 }

func main() {
	var n int
	n = two()
	a, b := 1
	_, _, _ = n, a, b
}
