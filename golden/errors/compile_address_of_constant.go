package main

const K = 5

func main() {
	p := &K
	_ = p
}
