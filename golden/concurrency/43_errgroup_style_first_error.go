package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
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
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	gate := make(chan struct{})
	for i := 0; i < 4; i++ {
		i := i
		g.Go(func() error {
			if i == 2 {
				close(gate)
				return errors.New("task 2 failed")
			}
			<-gate
			<-ctx.Done()
			return fmt.Errorf("task %d: %w", i, ctx.Err())
		})
	}
	fmt.Println("first error:", g.Wait())
	fmt.Println("ctx:", ctx.Err())
}
