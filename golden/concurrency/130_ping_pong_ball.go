package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string) {
	for ball := range in {
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits == 9 {
			done <- name
			return
		}
		out <- ball
	}
}

func main() {
	toPing := make(chan *Ball)
	toPong := make(chan *Ball)
	done := make(chan string)
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- new(Ball)
	winner := <-done
	fmt.Println("last hit by", winner)
}
