// A generic function used as a value needs a function type to infer its type arguments from.
package main

import "fmt"

func Double[T int | float64](x T) T { return x * 2 }

func main() {
	f := Double
	var a any = Double
	fmt.Println(f, a)
}
