package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey int

func handle(ctx context.Context) {
	fmt.Println("user:", ctx.Value(ctxKey("user")))
	fmt.Println("request:", ctx.Value(ctxKey("request")))
	fmt.Println("missing:", ctx.Value(ctxKey("missing")))
	fmt.Println("int key:", ctx.Value(otherKey(1)))
	fmt.Println("plain string key:", ctx.Value("user"))
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ana")
	ctx = context.WithValue(ctx, ctxKey("request"), 42)
	ctx = context.WithValue(ctx, otherKey(1), "one")
	handle(ctx)
	shadow := context.WithValue(ctx, ctxKey("user"), "bo")
	fmt.Println(shadow.Value(ctxKey("user")), ctx.Value(ctxKey("user")))
	c, cancel := context.WithCancel(shadow)
	cancel()
	fmt.Println("value survives cancel:", c.Value(ctxKey("request")), c.Err())
}
