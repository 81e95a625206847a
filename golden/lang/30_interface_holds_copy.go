package main

import "fmt"

type Box struct{ V int }

func (b Box) Get() int { return b.V }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.V = 2
	fmt.Println(g.Get(), b.Get())
	var gp Getter = &b
	b.V = 3
	fmt.Println(gp.Get())
	arr := [2]int{1, 2}
	var ia interface{} = arr
	arr[0] = 100
	fmt.Println(ia, arr)
	sl := []int{1, 2}
	var is interface{} = sl
	sl[0] = 100
	fmt.Println(is)
	copyOut := ia.([2]int)
	copyOut[1] = 50
	fmt.Println(ia, copyOut)
}
