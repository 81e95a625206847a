package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "0", " 1", "1.5", "", "abc", "99999999999999999999", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	fmt.Println(strconv.Itoa(-99), strconv.Itoa(0))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatUint(1<<63, 10))
}
