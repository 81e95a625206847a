package main

import "fmt"

func process(items []string) (log []string) {
	for _, it := range items {
		item := it
		defer func() { log = append(log, "cleanup "+item) }()
		log = append(log, "open "+item)
	}
	return log
}

func deferInLoopArgs() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("arg", n) }(i * 10)
	}
}

func main() {
	for _, l := range process([]string{"a", "b", "c"}) {
		fmt.Println(l)
	}
	deferInLoopArgs()
	var f func()
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered nil func defer:", r != nil)
		}()
		defer f()
		fmt.Println("before return")
	}()
}
