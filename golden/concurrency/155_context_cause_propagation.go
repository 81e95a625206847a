// Expected output derived by hand from the context package docs (Go 1.21 APIs).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errQuota = errors.New("quota exhausted")
var errSlow = errors.New("backend too slow")

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	grandchild := context.WithValue(child, "k", 1)
	cancel(errQuota)
	fmt.Println(parent.Err(), "|", context.Cause(parent))
	fmt.Println(child.Err(), "|", context.Cause(child))
	fmt.Println(grandchild.Err(), "|", context.Cause(grandchild))
	fmt.Println(errors.Is(context.Cause(child), errQuota))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 50*time.Millisecond, errSlow)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), "|", context.Cause(tctx))

	early, ecancel := context.WithTimeoutCause(context.Background(), time.Hour, errSlow)
	ecancel()
	fmt.Println(early.Err(), "|", context.Cause(early))

	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errSlow)
	defer dcancel()
	fmt.Println(dctx.Err(), "|", context.Cause(dctx))

	detached := context.WithoutCancel(parent)
	fmt.Println(detached.Err(), context.Cause(detached), detached.Done() == nil)
	_, hasDeadline := context.WithoutCancel(tctx).Deadline()
	fmt.Println("detached deadline:", hasDeadline)
}
