package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&sb, "w%d ", i%37)
		if i%10 == 9 {
			sb.WriteString("\n")
		}
	}
	text := sb.String()
	fmt.Println(len(text), strings.Count(text, "\n"), strings.Count(text, "w1"), strings.Count(text, "w1 "))
	fields := strings.Fields(text)
	fmt.Println(len(fields), fields[0], fields[len(fields)-1])
	lines := strings.Split(strings.TrimSpace(text), "\n")
	fmt.Println(len(lines), lines[0], "|", lines[len(lines)-1])
	seen := map[string]int{}
	for _, f := range fields {
		seen[f]++
	}
	fmt.Println(len(seen), seen["w0"], seen["w36"])
	fmt.Println(strings.Index(text, "w36 w0"), strings.LastIndex(text, "w36"), strings.Contains(text, "w37"))
	up := strings.ToUpper(text)
	fmt.Println(strings.Count(up, "W"), strings.EqualFold(up, text))
	r := strings.NewReplacer("w1", "X", "w2", "Y")
	out := r.Replace(text)
	fmt.Println(strings.Count(out, "X"), strings.Count(out, "Y"), len(out))
}
