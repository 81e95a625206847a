package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	_, ok := os.LookupEnv("GOSUB_TEST_UNLIKELY_VAR")
	fmt.Println(ok, os.Getenv("GOSUB_TEST_UNLIKELY_VAR") == "")
	fmt.Println(os.Setenv("GOSUB_TEST_UNLIKELY_VAR", "hello world"))
	v, ok := os.LookupEnv("GOSUB_TEST_UNLIKELY_VAR")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("GOSUB_TEST_EMPTY", "")
	v, ok = os.LookupEnv("GOSUB_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOSUB_TEST_") {
			mine = append(mine, kv)
		}
	}
	sort.Strings(mine)
	fmt.Println(mine)
	fmt.Println(os.Unsetenv("GOSUB_TEST_UNLIKELY_VAR"))
	_, ok = os.LookupEnv("GOSUB_TEST_UNLIKELY_VAR")
	fmt.Println(ok)
	fmt.Println(os.ExpandEnv("[$GOSUB_TEST_EMPTY][${GOSUB_TEST_NONE}]"))
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	fmt.Println(os.Expand("$$ $1 ${} $", func(k string) string { return "<" + k + ">" }))
	fmt.Println(os.Expand("$a-${b}-$c", func(k string) string { return strings.ToUpper(k) + k }))
}
