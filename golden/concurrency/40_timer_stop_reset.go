package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	stopped := t.Stop()
	fmt.Println("stopped active timer:", stopped)
	fmt.Println("stop again:", t.Stop())
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired")
	fmt.Println("stop after fire:", t2.Stop())
	t2.Reset(5 * time.Millisecond)
	<-t2.C
	fmt.Println("fired after reset")
	fired := make(chan string, 1)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
}
