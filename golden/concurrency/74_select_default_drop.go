package main

import "fmt"

func main() {
	queue := make(chan int, 3)
	dropped := []int{}
	for i := 1; i <= 6; i++ {
		select {
		case queue <- i:
			fmt.Println("queued", i)
		default:
			dropped = append(dropped, i)
		}
	}
	fmt.Println("dropped", dropped)
	for {
		select {
		case v := <-queue:
			fmt.Println("took", v)
			continue
		default:
			fmt.Println("queue empty")
		}
		break
	}
	var never chan int
	select {
	case never <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel send not ready")
	}
}
