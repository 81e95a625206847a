package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(100 * time.Millisecond)
	fmt.Println("stop before fire:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop after fire:", t.Stop())

	fired := make(chan string, 1)
	af := time.AfterFunc(30*time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
	fmt.Println("stop afterfunc after run:", af.Stop())
	af2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending afterfunc:", af2.Stop())
}
