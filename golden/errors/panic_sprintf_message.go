package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		if i == 3 {
			panic(fmt.Sprintf("bad index %d of %d", i, 5))
		}
		fmt.Println("ok", i)
	}
}
