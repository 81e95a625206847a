// An if whose body lost its braces: Go reads the next line as the condition and wants { after it.
package main

import "fmt"

func main() {
	x := 5
	if x == 5
		fmt.Println(x)
}
