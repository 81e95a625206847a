package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args) >= 1, len(os.Args[1:]))
	os.Setenv("GOSUB_TEST_VAR", "hello=world")
	fmt.Println(os.Getenv("GOSUB_TEST_VAR"))
	v, ok := os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GOSUB_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("GOSUB_EMPTY", "")
	v, ok = os.LookupEnv("GOSUB_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	os.Unsetenv("GOSUB_TEST_VAR")
	fmt.Printf("%q\n", os.Getenv("GOSUB_TEST_VAR"))
	found := false
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOSUB_EMPTY=") {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.ExpandEnv("[$GOSUB_EMPTY|${GOSUB_SURELY_UNSET_VAR}]"))
	fmt.Println(os.Expand("$a-${b}-$c", func(k string) string { return strings.ToUpper(k) }))
}
