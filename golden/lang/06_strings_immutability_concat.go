package main

import "fmt"

func main() {
	a := "hello"
	b := a
	a += " world"
	fmt.Println(a, "|", b)
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	fmt.Println("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
	fmt.Println("x" + "y" == "xy")
	multi := `raw\n
line`
	fmt.Println(multi)
	fmt.Println(len(multi))
	fmt.Println("tab\tquote\"backslash\\")
	fmt.Println("\u00e9" == "é", "\xe4\xb8\x96")
}
