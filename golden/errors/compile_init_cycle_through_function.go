// Current Go (types2) wording; Go 1.19 printed "initialization loop for".
package main

import "fmt"

var x = f()

func f() int { return x * 2 }

func main() { fmt.Println(x) }
