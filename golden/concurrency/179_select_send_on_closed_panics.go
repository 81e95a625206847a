// A select whose only ready case sends on a closed channel panics; recovered, a nil channel's send is never ready.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	defer func() {
		fmt.Println("recovered:", recover())
		var nilch chan int
		select {
		case nilch <- 1:
			fmt.Println("impossible")
		default:
			fmt.Println("send to nil channel never ready")
		}
		v, ok := <-ch
		fmt.Println(v, ok)
	}()
	select {
	case ch <- 1:
		fmt.Println("sent")
	}
}
