package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	fmt.Println("empty:", len(ch), cap(ch))
	for _, s := range []string{"a", "b", "c"} {
		ch <- s
		fmt.Println("after send", s, "len", len(ch))
	}
	fmt.Println(<-ch, len(ch))
	ch <- "d"
	ch <- "e"
	fmt.Println("full:", len(ch) == cap(ch))
	select {
	case ch <- "f":
		fmt.Println("sent f")
	default:
		fmt.Println("buffer full, f dropped")
	}
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	var nilCh chan int
	fmt.Println("nil chan len/cap:", len(nilCh), cap(nilCh))
}
