package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("reset active timer:", t.Reset(50*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("reset fired timer:", t.Reset(50*time.Millisecond))
	fmt.Println("stop active timer:", t.Stop())
	fmt.Println("reset stopped timer:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	var zero time.Timer
	_ = zero
	d := time.NewTimer(0)
	<-d.C
	fmt.Println("zero-duration timer fires")
	n := time.NewTimer(-time.Second)
	<-n.C
	fmt.Println("negative-duration timer fires")
}
