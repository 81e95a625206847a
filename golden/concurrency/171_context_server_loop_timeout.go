// A server loop without HTTP: requests arrive on a channel, each takes longer, and a context deadline cancels the one in flight and then the loop.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type request struct {
	id    int
	reply chan string
}

func server(ctx context.Context, reqs <-chan request) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r := <-reqs:
			select {
			case <-time.After(time.Duration(r.id) * 30 * time.Millisecond):
				r.reply <- fmt.Sprintf("done %d", r.id)
			case <-ctx.Done():
				r.reply <- fmt.Sprintf("cancelled %d", r.id)
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	reqs := make(chan request)
	errc := make(chan error, 1)
	go func() { errc <- server(ctx, reqs) }()
	for i := 1; i <= 4; i++ {
		r := request{i, make(chan string)}
		reqs <- r
		fmt.Println(<-r.reply)
		if ctx.Err() != nil {
			break
		}
	}
	err := <-errc
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
}
