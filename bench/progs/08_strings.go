package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Builds a string of 1M comma-separated numbers, splits it and parses it back.
func main() {
	var b strings.Builder
	for i := 0; i < 1000000; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(i * 7))
	}
	s := b.String()
	parts := strings.Split(s, ",")
	sum := 0
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			panic(err)
		}
		sum += n
	}
	fmt.Println("length:", len(s), "parts:", len(parts), "sum:", sum)
}
