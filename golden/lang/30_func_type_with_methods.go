package main

import (
	"fmt"
	"strings"
)

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			return prefix + "(" + next.Handle(req) + ")"
		})
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	base := HandlerFunc(strings.ToUpper)
	h := chain(base, logging("A"), logging("B"))
	fmt.Println(h.Handle("req"))
	fmt.Println(base.Handle("x"))
	var hs []Handler = []Handler{base, h, HandlerFunc(func(s string) string { return s + s })}
	for _, x := range hs {
		fmt.Println(x.Handle("go"))
	}
}
