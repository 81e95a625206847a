package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrBase = errors.New("base failure")

func level1() error { return fmt.Errorf("level1: %w", ErrBase) }
func level2() error { return fmt.Errorf("level2(%d): %w", 2, level1()) }
func level3() error { return fmt.Errorf("level3: %v", level2()) }

func main() {
	e2 := level2()
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase))
	for e := error(e2); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	e3 := level3()
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Unwrap(e3) == nil)

	_, err := os.Open("/definitely/not/here.txt")
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(wrapped, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(fmt.Errorf("no wrap %d", 5), errors.Unwrap(fmt.Errorf("no wrap")) == nil)
}
