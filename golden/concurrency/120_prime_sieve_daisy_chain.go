package main

import "fmt"

func generate(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func filter(done <-chan struct{}, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		for {
			select {
			case v := <-in:
				if v%prime != 0 {
					select {
					case out <- v:
					case <-done:
						return
					}
				}
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	ch := generate(done)
	var primes []int
	for i := 0; i < 25; i++ {
		p := <-ch
		primes = append(primes, p)
		ch = filter(done, ch, p)
	}
	close(done)
	fmt.Println(primes)
}
