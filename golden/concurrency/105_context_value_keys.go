package main

import (
	"context"
	"fmt"
)

type ctxKey string

type userKey struct{}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, ctxKey("id"), 42)
	ctx = context.WithValue(ctx, "id", "plain string key")
	ctx = context.WithValue(ctx, userKey{}, "gopher")
	fmt.Println(ctx.Value(ctxKey("id")))
	fmt.Println(ctx.Value("id"))
	fmt.Println(ctx.Value(userKey{}))
	fmt.Println(ctx.Value(ctxKey("missing")))
	inner := context.WithValue(ctx, ctxKey("id"), 43)
	fmt.Println(inner.Value(ctxKey("id")), ctx.Value(ctxKey("id")))
	cctx, cancel := context.WithCancel(inner)
	defer cancel()
	fmt.Println(cctx.Value(userKey{}))
	if name, ok := cctx.Value(userKey{}).(string); ok {
		fmt.Println("hello,", name)
	}
}
