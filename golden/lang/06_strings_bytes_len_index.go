package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[2])
	fmt.Printf("%T %c %x\n", s[0], s[0], s[1])
	fmt.Println(s[:2], s[7:], s[1:3])
	fmt.Println(len("世"), len(""), len("\x00"))
	for i := 0; i < 6; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[len(s)-3:])
	b := s[1:3]
	fmt.Println(b == "é")
}
