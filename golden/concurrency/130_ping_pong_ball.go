package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, max int) {
	for ball := range in {
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits >= max {
			done <- name
			return
		}
		out <- ball
	}
}

func main() {
	pingCh := make(chan *Ball)
	pongCh := make(chan *Ball)
	done := make(chan string)
	go player("ping", pingCh, pongCh, done, 7)
	go player("pong", pongCh, pingCh, done, 7)
	pingCh <- new(Ball)
	fmt.Println("last hit by", <-done)
}
