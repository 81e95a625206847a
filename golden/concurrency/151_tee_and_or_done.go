package main

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func tee(in <-chan int) (<-chan int, <-chan int) {
	o1, o2 := make(chan int), make(chan int)
	go func() {
		defer close(o1)
		defer close(o2)
		for v := range in {
			a, b := o1, o2
			for i := 0; i < 2; i++ {
				select {
				case a <- v:
					a = nil
				case b <- v * 10:
					b = nil
				}
			}
		}
	}()
	return o1, o2
}

func main() {
	src := make(chan int)
	go func() {
		defer close(src)
		for i := 1; i <= 4; i++ {
			src <- i
		}
	}()
	done := make(chan struct{})
	x, y := tee(orDone(done, src))
	for v := range x {
		fmt.Println(v, <-y)
	}
	close(done)
}
