package main

func consume(in <-chan string) {
	close(in)
}

func main() {
	consume(make(chan string))
}
