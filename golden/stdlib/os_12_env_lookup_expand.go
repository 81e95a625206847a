package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("BAR_GOSUB_UNSET"))
	v, ok := os.LookupEnv("BAR_GOSUB_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("EMPTY_GOSUB", "")
	v, ok = os.LookupEnv("EMPTY_GOSUB")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "FOO" {
			found = true
			fmt.Println(pair)
		}
	}
	fmt.Println(found)
	os.Unsetenv("FOO")
	fmt.Printf("%q\n", os.Getenv("FOO"))
	fmt.Println(os.ExpandEnv("home=${EMPTY_GOSUB}x $NOPE_GOSUB."), os.Expand("$a-${b}", func(s string) string { return strings.ToUpper(s) }))
	err := os.Setenv("", "x")
	fmt.Println(err)
	err = os.Setenv("A=B", "x")
	fmt.Println(err)
}
