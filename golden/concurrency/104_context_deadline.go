package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past := time.Now().Add(-time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	fmt.Println("past deadline err:", ctx.Err())
	d, ok := ctx.Deadline()
	fmt.Println("deadline set:", ok, d.Equal(past))

	far := time.Now().Add(time.Hour)
	parent, cancelP := context.WithDeadline(context.Background(), far)
	child, cancelC := context.WithTimeout(parent, 2*time.Hour)
	defer cancelC()
	cd, _ := child.Deadline()
	fmt.Println("child keeps earlier parent deadline:", cd.Equal(far))
	cancelP()
	<-child.Done()
	fmt.Println("child after parent cancel:", child.Err())

	short, cancelS := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancelS()
	start := time.Now()
	<-short.Done()
	fmt.Println("short:", short.Err(), time.Since(start) >= 30*time.Millisecond)
}
