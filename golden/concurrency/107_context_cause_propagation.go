// expected output derived from the context package docs (Go 1.19 oracle predates causes)

package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	errQuota := errors.New("quota exhausted")
	parent, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	grand := context.WithValue(child, "k", "v")

	cancel(errQuota)
	fmt.Println(child.Err(), "|", context.Cause(child))
	fmt.Println(grand.Err(), "|", context.Cause(grand))
	fmt.Println(errors.Is(context.Cause(grand), errQuota))

	plain, cancelPlain := context.WithCancel(context.Background())
	cancelPlain()
	fmt.Println(context.Cause(plain))

	own, cancelOwn := context.WithCancelCause(parent)
	cancelOwn(errors.New("too late"))
	fmt.Println(context.Cause(own))
}
