package main

type Reason string

func main() {
	panic(Reason("out of cheese"))
}
