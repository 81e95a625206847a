package main

func main() {
	x := 1
	f := func() {
		y := 2
	}
	f()
}
