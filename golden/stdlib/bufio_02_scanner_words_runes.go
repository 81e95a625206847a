package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%d %q\n", len(words), words)
	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	bs := bufio.NewScanner(strings.NewReader("ab"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()
	nums := bufio.NewScanner(strings.NewReader("10 20 x 30"))
	nums.Split(bufio.ScanWords)
	sum := 0
	for nums.Scan() {
		var v int
		if _, err := fmt.Sscan(nums.Text(), &v); err != nil {
			fmt.Println("skip", nums.Text())
			continue
		}
		sum += v
	}
	fmt.Println("sum", sum)
}
