package main

import "fmt"

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	for i, v := range arr {
		arr[4] = 999
		if i == 4 {
			fmt.Println("range copy:", v)
		}
	}
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 300
		if i == 2 {
			fmt.Println("range ptr:", v)
		}
	}
	type key [2]int
	m := map[key]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[key{1, 2}], m[key{3, 4}], m[key{0, 0}] == "")
	var counts [26]int
	for _, ch := range "hello world" {
		if ch >= 'a' && ch <= 'z' {
			counts[ch-'a']++
		}
	}
	for i, c := range counts {
		if c > 0 {
			fmt.Printf("%c=%d ", 'a'+i, c)
		}
	}
	fmt.Println()
}
