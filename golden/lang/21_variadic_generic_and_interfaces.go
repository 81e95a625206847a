package main

import (
	"fmt"
	"strings"
)

func Max[T int | float64 | string](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func logf(format string, args ...interface{}) string {
	return "[log] " + fmt.Sprintf(format, args...)
}

func wrap(args ...interface{}) string {
	return logf(strings.Repeat("%v ", len(args)), args...)
}

func main() {
	fmt.Println(Max(3), Max(1, 9, 4), Max("b", "a", "c"), Max(1.5, -2.0))
	fmt.Println(logf("%d-%s", 1, "x"))
	fmt.Println(wrap(1, true, "s", nil))
	fmt.Println(logf("no args"))
}
