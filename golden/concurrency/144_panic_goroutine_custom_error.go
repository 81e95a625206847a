package main

import (
	"fmt"
	"sync"
)

type QueryError struct {
	Query string
	Code  int
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query %q failed with code %d", e.Query, e.Code)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		var err error = &QueryError{"SELECT 1", 42}
		panic(err)
	}()
	wg.Wait()
}
