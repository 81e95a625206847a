package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	type kv struct {
		K string
		V int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].V != list[j].V {
			return list[i].V > list[j].V
		}
		return list[i].K < list[j].K
	})
	fmt.Printf("%d words, %d distinct\n", total, len(list))
	for i, e := range list {
		if i == 8 {
			break
		}
		bar := strings.Repeat("█", e.V)
		fmt.Printf("%-8s %3d %5.1f%% %s\n", e.K, e.V, 100*float64(e.V)/float64(total), bar)
	}
	fmt.Printf("%v\n%+v\n", list[:2], list[len(list)-1])
}
