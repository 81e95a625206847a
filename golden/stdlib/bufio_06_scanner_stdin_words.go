package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	var order []string
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;!?"))
		if w == "" {
			continue
		}
		if counts[w] == 0 {
			order = append(order, w)
		}
		counts[w]++
		total++
	}
	fmt.Println("words:", total, "distinct:", len(order))
	for _, w := range order {
		if counts[w] > 1 {
			fmt.Println(w, counts[w])
		}
	}
}
