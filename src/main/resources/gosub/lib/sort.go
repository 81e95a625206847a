// Package sort, as gosub provides it. The algorithms are Go's (pdqsort for Sort and Slice,
// insertion sort and SymMerge for Stable), run natively (Pdqsort.java) with the same
// sequence of Less and Swap calls, so results match Go's even among equal elements.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func pdqsort(data Interface, n int)

func stable(data Interface, n int)

func Sort(data Interface) {
	switch d := data.(type) {
	case IntSlice:
		Ints(d)
		return
	case StringSlice:
		Strings(d)
		return
	case Float64Slice:
		Float64s(d)
		return
	}
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, n)
}

func Stable(data Interface) { stable(data, data.Len()) }

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (p IntSlice) Search(x int) int   { return SearchInts(p, x) }

type StringSlice []string

func (x StringSlice) Len() int              { return len(x) }
func (x StringSlice) Less(i, j int) bool    { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)         { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()                 { Strings(x) }
func (p StringSlice) Search(x string) int   { return SearchStrings(p, x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Float64s(x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool { return f != f }

func Ints(x []int)

func Strings(x []string)

func Float64s(x []float64)

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// Slice sorts the slice x given the provided less function (x must be a slice).
func Slice(x any, less func(i, j int) bool)

func SliceStable(x any, less func(i, j int) bool)

func sliceLen(x any) int

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
