package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(s) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
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
	for _, k := range keys[:8] {
		fmt.Printf("%-12s %s %d\n", k, strings.Repeat("*", freq[k]), freq[k])
	}
	for i, l := range wrap(text, 28) {
		fmt.Printf("%2d |%-28s|%28s|\n", i, l, l)
	}
	for _, l := range strings.Split(text, "\n") {
		mid := (30 - len(l)/3)
		if mid < 0 {
			mid = 0
		}
		fmt.Println(strings.Repeat(" ", mid/4) + strings.ToUpper(l[:1]) + l[1:20] + "...")
	}
	// reverse words, palindromes, acronyms
	ws := strings.Fields("never odd or even")
	for i, j := 0, len(ws)-1; i < j; i, j = i+1, j-1 {
		ws[i], ws[j] = ws[j], ws[i]
	}
	fmt.Println(strings.Join(ws, " "))
	isPal := func(s string) bool {
		s = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			if rs[i] != rs[j] {
				return false
			}
		}
		return true
	}
	for _, s := range []string{"Never odd or even", "A man, a plan, a canal: Panama", "gopher", "Ésé"} {
		fmt.Println(s, isPal(s))
	}
	var acr strings.Builder
	for _, w := range strings.Fields("portable network graphics") {
		acr.WriteRune(unicode.ToUpper([]rune(w)[0]))
	}
	fmt.Println(acr.String())
	fmt.Println(strings.Title("deprecated but works"))
}
