package main

import (
	"fmt"
	"sort"
)

type Track struct {
	Title  string
	Artist string
	Year   int
	Length int
}

type multiSorter struct {
	tracks []Track
	less   []func(a, b *Track) int
}

func (ms *multiSorter) Len() int      { return len(ms.tracks) }
func (ms *multiSorter) Swap(i, j int) { ms.tracks[i], ms.tracks[j] = ms.tracks[j], ms.tracks[i] }
func (ms *multiSorter) Less(i, j int) bool {
	a, b := &ms.tracks[i], &ms.tracks[j]
	for _, f := range ms.less {
		if c := f(a, b); c != 0 {
			return c < 0
		}
	}
	return false
}

func byYear(a, b *Track) int   { return a.Year - b.Year }
func byArtist(a, b *Track) int {
	switch {
	case a.Artist < b.Artist:
		return -1
	case a.Artist > b.Artist:
		return 1
	}
	return 0
}
func byLengthDesc(a, b *Track) int { return b.Length - a.Length }

func main() {
	tracks := []Track{
		{"Go", "Delilah", 2012, 225}, {"Go", "Moby", 1992, 270}, {"Ready", "Martin", 2011, 260},
		{"Go Ahead", "Keys", 2007, 271}, {"Flow", "Moby", 1992, 200}, {"Zen", "Delilah", 2012, 300},
	}
	sort.Sort(&multiSorter{tracks, []func(a, b *Track) int{byYear, byArtist, byLengthDesc}})
	for _, t := range tracks {
		fmt.Printf("%d %-8s %-8s %d\n", t.Year, t.Artist, t.Title, t.Length)
	}
}
