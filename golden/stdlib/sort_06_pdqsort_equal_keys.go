package main

import (
	"fmt"
	"math"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	// Many equal keys: unstable order must match Go's pdqsort exactly.
	var people []Person
	for i := 0; i < 100; i++ {
		people = append(people, Person{fmt.Sprintf("p%02d", i), (i * 37) % 7})
	}
	p2 := append([]Person(nil), people...)
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Sort(ByAge(p2))
	fmt.Println(p2)
	p3 := append([]Person(nil), p2...)
	sort.Sort(sort.Reverse(ByAge(p3)))
	fmt.Println(p3)
	sort.SliceStable(p3, func(i, j int) bool { return p3[i].Age < p3[j].Age })
	fmt.Println(p3)
	sort.Stable(sort.Reverse(ByAge(p3)))
	fmt.Println(p3)

	small := []Person{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}, {"e", 0}}
	sort.Slice(small, func(i, j int) bool { return small[i].Age < small[j].Age })
	fmt.Println(small)

	xs := make([]int, 200)
	for i := range xs {
		xs[i] = (i * 7919) % 101
	}
	sort.Ints(xs)
	fmt.Println(xs[:20], sort.IntsAreSorted(xs), sort.SearchInts(xs, 50))
	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), 2.5, math.NaN(), math.Inf(-1)}
	sort.Float64s(fs)
	fmt.Println(fs)
	ss := []string{"banana", "apple", "Cherry", "apple", "", "äpfel"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "b"))
	sort.Sort(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss)
	// descending input of size > 50 triggers the reverse path
	ds := make([]int, 60)
	for i := range ds {
		ds[i] = 60 - i
	}
	sort.Sort(sort.IntSlice(ds))
	fmt.Println(ds[:5], ds[55:])
	calls := 0
	big := make([]Person, 500)
	for i := range big {
		big[i] = Person{fmt.Sprint(i), (i * 7) % 13}
	}
	sort.Slice(big, func(i, j int) bool { calls++; return big[i].Age < big[j].Age })
	fmt.Println(big[:15], calls)
	i, found := sort.Find(len(xs), func(i int) int { return 50 - xs[i] })
	fmt.Println(i, found)
	fmt.Println(sort.SliceIsSorted(big, func(i, j int) bool { return big[i].Age < big[j].Age }))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	defer func() { fmt.Println(recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
