package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	count := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;!?"))
		freq[w]++
		count++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println("words:", count, "distinct:", len(keys))
	for _, k := range keys[:5] {
		fmt.Printf("%-6s %d\n", k, freq[k])
	}
}
