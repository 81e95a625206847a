package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg, todo)
	fmt.Println(bg.Err(), bg.Done() == nil, bg.Value("k"))
	_, ok := bg.Deadline()
	fmt.Println("deadline set:", ok)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx)
	cancel()
	cancel()
	fmt.Println(ctx.Err())
	fmt.Println(context.Canceled, context.DeadlineExceeded)
}
