// A deferred call blocks while main panics: the deadlock is reported (in the deferred function), and the panic never is.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred call blocks during the panic")
		ch := make(chan int)
		<-ch
	}()
	panic("boom")
}
