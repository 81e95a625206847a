package main

import "fmt"

func main() {
	ms := make([]map[string]int, 3)
	ms[0] = map[string]int{}
	ms[0]["a"] = 1
	fmt.Println(ms)
	ms[1]["b"] = 2
}
