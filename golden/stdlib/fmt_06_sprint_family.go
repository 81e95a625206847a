package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, nil, true))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1), fmt.Sprint(1, "x"))
	fmt.Println(fmt.Sprintln("a", 1, true) == "a 1 true\n")
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d items", 3)
	fmt.Println(sb.String(), n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprint(os.Stdout, "no newline", 2, "\n")
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Errorf("code=%d msg=%q", 404, "nf"))
	n, _ = fmt.Println("count me")
	fmt.Println(n)
}
