package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

func parseAll(inputs []string) ([]int, []error) {
	type res struct {
		i   int
		v   int
		err error
	}
	ch := make(chan res)
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func(i int, s string) {
			defer wg.Done()
			v, err := strconv.Atoi(s)
			ch <- res{i, v, err}
		}(i, s)
	}
	go func() { wg.Wait(); close(ch) }()
	vals := make([]int, len(inputs))
	var errs []error
	for r := range ch {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("input %d: %w", r.i, r.err))
			continue
		}
		vals[r.i] = r.v
	}
	sort.Slice(errs, func(a, b int) bool { return errs[a].Error() < errs[b].Error() })
	return vals, errs
}

func main() {
	vals, errs := parseAll([]string{"12", "x7", "40", "", "-3"})
	fmt.Println(vals)
	for _, e := range errs {
		fmt.Println(e)
		var ne *strconv.NumError
		fmt.Println("  is NumError:", errors.As(e, &ne), errors.Is(e, strconv.ErrSyntax))
	}
}
