package main

func main() {
	ch := make(chan int, 1)
	var r <-chan int = ch
	r <- 1
}
