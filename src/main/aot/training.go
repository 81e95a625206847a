// A program that exercises the common paths of gosub once, so that the launcher can record
// a JDK AOT cache (class loading and profiles) that makes every later start faster.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

// fibT and sumT run hot enough to be compiled to bytecode (see exec/Jit), so that the
// class-file machinery joins the cache instead of loading cold at a program's first hot code.
func fibT(n int) int {
	if n < 2 {
		return n
	}
	return fibT(n-1) + fibT(n-2)
}

func sumT(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += fibT(i % 3)
	}
	return s
}

func main() {
	_ = fibT(20) + sumT(6000)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
			ch <- n
		}(i)
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		_ = v
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
	case <-time.After(time.Second):
	}
	m := map[string][]int{"a": {1, 2}}
	var s shape = sq{2}
	err := fmt.Errorf("wrap: %w", errors.New("x"))
	fmt.Fprintln(os.Stderr, total, m, s.area(), err, errors.Unwrap(err) != nil, time.Duration(1500)*time.Millisecond)
	fmt.Printf("%5.2f %q %v %T\n", 3.14159, "s", []string{"x"}, s)
}
