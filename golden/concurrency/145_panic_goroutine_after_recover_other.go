package main

import (
	"errors"
	"fmt"
	"time"
)

func safe(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", name, r)
		}
	}()
	f()
	return nil
}

func main() {
	errs := make(chan error, 3)
	for _, n := range []string{"a", "b", "c"} {
		go func(n string) {
			errs <- safe(n, func() {
				if n == "b" {
					panic(errors.New("bad input"))
				}
			})
		}(n)
	}
	failed := 0
	for i := 0; i < 3; i++ {
		if err := <-errs; err != nil {
			fmt.Println("error:", err)
			failed++
		}
	}
	fmt.Println("failed:", failed)
	go func() {
		panic(fmt.Sprintf("unrecovered in %s", "worker"))
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
