package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	d := start.Add(80 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("deadline ok:", ok, dl.Equal(d))

	child, cancelChild := context.WithTimeout(ctx, time.Hour)
	defer cancelChild()
	cdl, _ := child.Deadline()
	fmt.Println("child keeps earlier deadline:", cdl.Equal(d))

	<-child.Done()
	fmt.Println(child.Err(), ctx.Err())
	fmt.Println("waited at least 80ms:", time.Since(start) >= 80*time.Millisecond)

	past, cancelPast := context.WithDeadline(context.Background(), start.Add(-time.Second))
	defer cancelPast()
	fmt.Println("past deadline:", past.Err())
}
