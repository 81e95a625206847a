package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 0)
	defer cancel()
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println(err)
	fmt.Println(err == context.DeadlineExceeded, errors.Is(err, context.Canceled))
	var te interface{ Timeout() bool }
	if errors.As(err, &te) {
		fmt.Println("Timeout():", te.Timeout())
	}
	c2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(c2.Err() == context.Canceled, c2.Err().Error())
	_, isTimeout := c2.Err().(interface{ Timeout() bool })
	fmt.Println("canceled has Timeout:", isTimeout)
}
