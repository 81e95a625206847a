package main

import (
	"fmt"
	"strings"
)

func center(s string, w int) string {
	if len(s) >= w {
		return s
	}
	total := w - len(s)
	left := total / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", total-left)
}

func main() {
	rows := [][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "10", "12.00"}, {"fig", "120", "0.50"}}
	widths := make([]int, 3)
	for _, r := range rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	fmt.Println(sep)
	for i, r := range rows {
		fmt.Printf("| %-*s | %*s | %*s |\n", widths[0], r[0], widths[1], r[1], widths[2], r[2])
		if i == 0 {
			fmt.Println(sep)
		}
	}
	fmt.Println(sep)
	fmt.Printf("[%s]\n", center("title", 11))
	fmt.Printf("[%s]\n", center("even", 9))
}
