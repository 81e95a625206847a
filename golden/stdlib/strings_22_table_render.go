package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type row struct {
	name  string
	qty   int
	price float64
}

func pad(s string, w int, right bool) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	if right {
		return strings.Repeat(" ", w-n) + s
	}
	return s + strings.Repeat(" ", w-n)
}

func main() {
	rows := []row{{"Äpfel", 3, 1.2}, {"Birnen", 12, 0.75}, {"日本茶", 1, 12.5}, {"Zucchini", 100, 0.05}}
	headers := []string{"Item", "Qty", "Price", "Total"}
	cells := [][]string{headers}
	for _, r := range rows {
		cells = append(cells, []string{r.name, fmt.Sprint(r.qty), fmt.Sprintf("%.2f", r.price), fmt.Sprintf("%.2f", float64(r.qty)*r.price)})
	}
	widths := make([]int, len(headers))
	for _, c := range cells {
		for i, v := range c {
			if n := utf8.RuneCountInString(v); n > widths[i] {
				widths[i] = n
			}
		}
	}
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	fmt.Println(sep)
	for ri, c := range cells {
		var line strings.Builder
		line.WriteString("|")
		for i, v := range c {
			line.WriteString(" " + pad(v, widths[i], i > 0 && ri > 0) + " |")
		}
		fmt.Println(line.String())
		if ri == 0 {
			fmt.Println(strings.ReplaceAll(sep, "-", "="))
		}
	}
	fmt.Println(sep)
	centered := func(s string, w int) string {
		n := utf8.RuneCountInString(s)
		left := (w - n) / 2
		return strings.Repeat(".", left) + s + strings.Repeat(".", w-n-left)
	}
	for _, s := range []string{"a", "ab", "abc", "日本", ""} {
		fmt.Printf("[%s]\n", centered(s, 8))
	}
}
