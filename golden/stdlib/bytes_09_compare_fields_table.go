package main

import (
	"bytes"
	"fmt"
	"sort"
)

func main() {
	words := [][]byte{[]byte("pear"), []byte("Apple"), []byte("apple"), []byte(""), []byte("äpfel"), []byte("zebra"), []byte("app")}
	sort.Slice(words, func(i, j int) bool { return bytes.Compare(words[i], words[j]) < 0 })
	fmt.Printf("%q\n", words)
	for i := 0; i < len(words); i++ {
		for j := 0; j < len(words); j++ {
			fmt.Print(bytes.Compare(words[i], words[j])+1, bytes.EqualFold(words[i], words[j]), " ")
		}
		fmt.Println()
	}
	in := []byte(" alpha\tbeta  gamma\n delta ")
	for i, f := range bytes.Fields(in) {
		fmt.Println(i, string(f), bytes.IndexByte(in, f[0]), bytes.HasPrefix(f, []byte("ga")))
	}
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a.b.c.d"), []byte("."), 3))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Println(bytes.ContainsAny([]byte("abc"), ""), bytes.IndexAny([]byte("héllo"), "lé"), bytes.LastIndexAny([]byte("héllo"), "hé"))
}
