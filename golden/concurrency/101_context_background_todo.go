package main

import (
	"context"
	"fmt"
)

func main() {
	for _, ctx := range []context.Context{context.Background(), context.TODO()} {
		_, has := ctx.Deadline()
		fmt.Println(ctx, ctx.Err(), has, ctx.Done() == nil, ctx.Value("k"))
	}
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	cancel()
	cancel()
	fmt.Println(ctx.Err())
	v := context.WithValue(context.TODO(), "user", "ann")
	fmt.Println(v.Value("user"), v.Err())
	fmt.Println(context.Canceled, "|", context.DeadlineExceeded)
}
