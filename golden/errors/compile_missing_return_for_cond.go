package main

func f(x int) int {
	for x > 0 {
		return x
	}
}

func main() { f(1) }
