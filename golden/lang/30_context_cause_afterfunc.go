// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(ctx.Err(), context.Cause(ctx))
	cancel(ErrShutdown)
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), ErrShutdown))
	cancel(errors.New("second cause ignored"))
	fmt.Println(context.Cause(ctx))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(ctx2.Err(), context.Cause(ctx2))

	parent, pcancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(parent, func() { ran <- "afterfunc executed" })
	pcancel()
	fmt.Println(<-ran)
	fmt.Println("stop after run:", stop())

	p2, p2cancel := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(p2, func() { fmt.Println("never printed") })
	fmt.Println("stop before cancel:", stop2())
	p2cancel()

	base, bcancel := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	detached := context.WithoutCancel(base)
	bcancel()
	fmt.Println(base.Err(), detached.Err(), detached.Value("k"))
	fmt.Println(context.Cause(context.Background()))
}
