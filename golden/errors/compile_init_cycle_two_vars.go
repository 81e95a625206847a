// Current Go (types2) wording; Go 1.19 printed "initialization loop for".
package main

var a = b + 1
var b = a + 1

func main() {}
