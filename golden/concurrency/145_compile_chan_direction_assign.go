package main

func main() {
	var r <-chan int
	var b chan int = r
	_ = b
}
