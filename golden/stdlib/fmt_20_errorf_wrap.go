package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type notFound struct{ name string }

func (e *notFound) Error() string { return e.name + ": not found" }

var errBase = errors.New("base failure")

func find(name string) error {
	if name == "" {
		return fmt.Errorf("find: %w", io.EOF)
	}
	return fmt.Errorf("find %q: %w", name, &notFound{name})
}

func main() {
	e1 := fmt.Errorf("layer1: %w", errBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	e3 := fmt.Errorf("layer3 (%v)", e2)
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(e3)
	fmt.Println(errors.Is(e2, errBase), errors.Is(e3, errBase), errors.Unwrap(e2) == e1, errors.Unwrap(e3) == nil)
	fmt.Printf("%T %T\n", e3, errors.New("x"))

	err := find("cfg")
	var nf *notFound
	fmt.Println(err, errors.As(err, &nf), nf.name)
	fmt.Println(find(""), errors.Is(find(""), io.EOF))

	_, perr := strconv.Atoi("12a")
	w := fmt.Errorf("parse config: %w", perr)
	var ne *strconv.NumError
	fmt.Println(w)
	fmt.Println(errors.As(w, &ne), ne.Func, ne.Num, ne.Err, errors.Is(w, strconv.ErrSyntax))

	_, oerr := os.Open("/definitely/not/here.txt")
	wo := fmt.Errorf("open: %w", oerr)
	fmt.Println(wo, errors.Is(wo, os.ErrNotExist))

	// %w with non-error and nil operands
	fmt.Println(fmt.Errorf("bad %w", "string"))
	fmt.Println(fmt.Errorf("nil %w", nil))
	fmt.Println(errors.Unwrap(fmt.Errorf("nil %w", nil)) == nil)
	// %w is printed like %v, with flags
	fmt.Println(fmt.Errorf("%+w|%10v|%q", errBase, io.EOF, "q"))
	// Errorf without %w
	plain := fmt.Errorf("code %d: %s", 500, "internal")
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	// wrapping chains of different kinds
	chain := error(&notFound{"leaf"})
	for i := 0; i < 4; i++ {
		chain = fmt.Errorf("level%d: %w", i, chain)
	}
	fmt.Println(chain)
	for e := chain; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T %q\n", e, e.Error())
	}
	fmt.Printf("%v|%s|%q|%x\n", errBase, errBase, errBase, errBase)
	fmt.Printf("%w\n", errBase)
	fmt.Println(fmt.Sprintf("%w", errBase))
}
