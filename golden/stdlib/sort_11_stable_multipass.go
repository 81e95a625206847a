package main

import (
	"fmt"
	"sort"
)

type card struct {
	rank int
	suit string
}

func main() {
	hand := []card{{10, "h"}, {3, "s"}, {10, "c"}, {7, "h"}, {3, "d"}, {7, "s"}, {12, "h"}, {3, "h"}}
	// sort by suit first, then stably by rank: suits stay ordered within equal ranks
	sort.SliceStable(hand, func(i, j int) bool { return hand[i].suit < hand[j].suit })
	fmt.Println(hand)
	sort.SliceStable(hand, func(i, j int) bool { return hand[i].rank < hand[j].rank })
	fmt.Println(hand)

	// Stable with sort.Interface on many equal keys
	words := byLen{"ccc", "a", "bb", "ddd", "e", "ff", "g", "hhh", "ii", "j"}
	sort.Stable(words)
	fmt.Println(words)
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
