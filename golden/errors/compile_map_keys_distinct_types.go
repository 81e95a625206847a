package main

import "fmt"

func main() {
	m := map[interface{}]string{3: "int", int8(3): "int8", 3.0: "float", "3": "string", uint(3): "uint"}
	fmt.Println(len(m), m[3], m[int8(3)], m[3.0], m["3"], m[uint(3)])
}
