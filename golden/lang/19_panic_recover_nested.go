package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("unreachable")
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("level1 caught: ", r)
		}
	}()
	level2()
	return "normal"
}

func repanic() {
	defer func() {
		r := recover()
		fmt.Println("outer caught:", r)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner caught:", r)
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
}

func main() {
	fmt.Println(level1())
	repanic()
	fmt.Println(recover())
	fmt.Println("done")
}
