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
	failed := make(chan struct{})
	var mu sync.Mutex
	cancelled := 0
	for i := 0; i < 4; i++ {
		i := i
		g.Go(func() error {
			if i == 2 {
				defer close(failed)
				return fmt.Errorf("task %d: %w", i, errors.New("disk full"))
			}
			<-ctx.Done()
			mu.Lock()
			cancelled++
			mu.Unlock()
			return ctx.Err()
		})
	}
	err := g.Wait()
	<-failed
	fmt.Println("first error:", err)
	fmt.Println("others cancelled:", cancelled)
	fmt.Println("ctx:", ctx.Err())

	g2, _ := WithContext(context.Background())
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println("all ok:", g2.Wait())
}
