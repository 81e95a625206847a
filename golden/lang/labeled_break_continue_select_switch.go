package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			switch {
			case v%2 == 0:
				continue loop
			case v == 3:
				break loop
			}
			fmt.Println("odd", v)
		}
	}
	fmt.Println("after loop")
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break outer
		}
		fmt.Println("i", i)
	}
sw:
	switch {
	case true:
		for j := 0; j < 3; j++ {
			if j == 1 {
				break sw
			}
			fmt.Println("j", j)
		}
		fmt.Println("not reached")
	}
}
