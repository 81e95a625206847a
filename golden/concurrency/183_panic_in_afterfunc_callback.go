// A panic in an AfterFunc callback: it runs in its own goroutine, so the program dies (created by
// time.goFunc, not by main).
package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(10*time.Millisecond, func() {
		panic("in AfterFunc")
	})
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
