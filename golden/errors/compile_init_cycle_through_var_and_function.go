// Current Go (types2) wording; Go 1.19 printed "initialization loop for".
package main

import "fmt"

var (
	total = count + 1
	count = size()
	other = 5
)

func size() int { return total }

func main() { fmt.Println(total, count, other) }
