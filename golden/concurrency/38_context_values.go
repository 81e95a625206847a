package main

import (
	"context"
	"fmt"
)

type ctxKey string

func handler(ctx context.Context) {
	user, _ := ctx.Value(ctxKey("user")).(string)
	reqID, ok := ctx.Value(ctxKey("reqid")).(int)
	fmt.Println("user:", user, "reqid:", reqID, ok)
	missing := ctx.Value(ctxKey("missing"))
	fmt.Println("missing:", missing)
	fmt.Println("string key not found:", ctx.Value("user"))
}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("reqid"), 42)
	handler(ctx)
	shadow := context.WithValue(ctx, ctxKey("user"), "bob")
	handler(shadow)
	handler(ctx)
}
