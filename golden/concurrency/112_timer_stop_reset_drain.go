package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("reset active:", t.Reset(100*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("fired after reset:", time.Since(start) >= 100*time.Millisecond)
	fmt.Println("reset expired:", t.Reset(20*time.Millisecond))
	if !t.Stop() {
		<-t.C
	}
	fmt.Println("stopped before firing")
	select {
	case <-t.C:
		fmt.Println("unexpected value")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("channel stays empty after Stop")
	}
	count := 0
	var af *time.Timer
	af = time.AfterFunc(10*time.Millisecond, func() {
		count++
		if count < 3 {
			af.Reset(10 * time.Millisecond)
		}
	})
	time.Sleep(200 * time.Millisecond)
	fmt.Println("afterfunc runs:", count)
	never := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending afterfunc:", never.Stop())
}
