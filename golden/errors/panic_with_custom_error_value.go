package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	defer fmt.Println("deferred runs")
	var err error = E{42}
	if errors.Is(err, E{42}) {
		panic(err)
	}
}
