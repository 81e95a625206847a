package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaa"))
	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("cat chases dog"))
	empty := strings.NewReplacer("", "-")
	fmt.Println(empty.Replace("abc"))
	bytesR := strings.NewReplacer("\n", "\\n", "\t", "\\t")
	fmt.Println(bytesR.Replace("a\tb\nc"))
	var sb strings.Builder
	n, _ := swap.WriteString(&sb, "dog dog cat")
	fmt.Println(sb.String(), n)
}
