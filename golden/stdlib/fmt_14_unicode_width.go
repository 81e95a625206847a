package main

import "fmt"

func main() {
	for _, s := range []string{"abc", "héé", "日本", "🎉x"} {
		fmt.Printf("[%6s] [%-6s] [%.2s] [%6.1s]\n", s, s, s, s)
	}
	fmt.Printf("[%5c] [%-3c]\n", '世', 'é')
	fmt.Printf("[%8q]\n", "é")
	fmt.Printf("[%8x]\n", "é")
	fmt.Printf("[%-10v]|\n", []string{"日", "本"})
}
