package main

func main() {
	panic(false)
}
