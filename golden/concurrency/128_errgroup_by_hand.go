package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	cancelled := 0
	for i := 1; i <= 5; i++ {
		i := i
		g.Go(func() error {
			if i == 3 {
				time.Sleep(50 * time.Millisecond)
				return fmt.Errorf("task %d failed", i)
			}
			select {
			case <-ctx.Done():
				mu.Lock()
				cancelled++
				mu.Unlock()
				return ctx.Err()
			case <-time.After(5 * time.Second):
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("others cancelled:", cancelled)
	fmt.Println("ctx:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	g2, _ := WithContext(context.Background())
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println("all ok:", g2.Wait())
}
