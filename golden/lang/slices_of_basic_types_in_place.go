package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Flags [3]bool

type point struct {
	xy  [2]int
	tag []byte
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func bump(p *int) { *p += 100 }

func twice() (int, int) { return 3, 4 }

func main() {
	// integer kinds wrap in place
	i8 := []int8{127, -128}
	i8[0]++
	i8[1]--
	u16 := []uint16{65535}
	u16[0] += 2
	u8 := []uint8{250}
	u8[0] += 10
	u32 := make([]uint32, 2)
	u32[1] -= 1
	u64 := []uint64{1 << 63}
	u64[0] <<= 1
	sh := []int{1, 1}
	sh[0] <<= 62
	sh[1] >>= 1
	fmt.Println(i8, u16, u8, u32, u64, sh)

	// floats, float32 rounding, named element types
	f32 := []float32{0.1}
	f32[0] += 0.2
	cs := []Celsius{36.6}
	cs[0] *= 2
	fmt.Println(f32, cs, f32[0] == 0.3)
	fmt.Printf("%T %T %v %.2f\n", f32, cs, cs, cs)

	// pointers to elements alias the backing array, also across re-slicing
	a := []int{1, 2, 3, 4}
	p := &a[2]
	b := a[1:3]
	bump(p)
	b[0] = -2
	fmt.Println(a, b, *p, len(b), cap(b))

	// arrays copy; pointers to arrays and slices of arrays share
	var arr [4]float64
	cp := arr
	arr[1] = 2.5
	sl := arr[:]
	sl[2] = 3.5
	pa := &arr
	pa[3] = 4.5
	fmt.Println(arr, cp, sl, arr == cp, *pa)
	ap := (*[2]int)(a[2:])
	ap[1] = 44
	av := *(*[2]int)(a[:2])
	av[0] = 1000
	fmt.Println(a, *ap, av)

	// append: in place while capacity lasts, growth as Go computes it
	var bs []byte
	caps := []int{}
	for i := 0; i < 40; i++ {
		bs = append(bs, byte('a'+i%26))
		caps = append(caps, cap(bs))
	}
	fmt.Println(string(bs), caps)
	var is []int64
	for i := 0; i < 20; i++ {
		is = append(is, int64(i))
	}
	fmt.Println(len(is), cap(is))
	base := make([]int, 3, 10)
	x1 := append(base, 1)
	x2 := append(base, 2)
	fmt.Println(x1, x2, x1[3] == x2[3])
	bools := append([]bool(nil), true, false, true)
	fmt.Println(bools, len(bools), cap(bools))
	fl := append([]float64{}, 1, 2)
	fl = append(fl, fl...)
	fmt.Println(fl, cap(fl))
	self := []int{1, 2, 3, 4, 5}
	self = append(self[:1], self[2:]...)
	fmt.Println(self, len(self), cap(self))

	// copy with overlap, from strings
	o := []int{1, 2, 3, 4, 5}
	n := copy(o[1:], o)
	fmt.Println(n, o)
	o2 := []int{1, 2, 3, 4, 5}
	copy(o2, o2[2:])
	fmt.Println(o2)
	buf := make([]byte, 5)
	n = copy(buf, "héllo")
	fmt.Println(n, buf, string(buf[:n]))

	// conversions
	s := "héllo, 世界"
	rs := []rune(s)
	rs[0] = 'H'
	fmt.Println(len(rs), string(rs), rs[7:])
	by := []byte(s)
	by[0] = 'J'
	fmt.Println(string(by), s, bytes.ToUpper(by[:3]))
	var nilb []byte
	fmt.Println(string(nilb) == "", nilb == nil, len(append(nilb, ""...)))

	// variadic packing, spread, multi-value into variadic
	fmt.Println(sum(), sum(1, 2, 3), sum(a...), sum(twice()))

	// range: the slice header is read once; arrays are copied
	r := []int{1, 2, 3}
	for i, v := range r {
		if i == 0 {
			r[2] = 30
			r = append(r, 4)
		}
		fmt.Print(v, " ")
	}
	ra := [3]int{1, 2, 3}
	for i, v := range ra {
		ra[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	for i := range []bool{true, false} {
		fmt.Print(i)
	}
	var fsum float64
	for _, f := range []float64{0.5, 0.25} {
		fsum += f
	}
	var any []interface{}
	for _, b := range []byte("ab") {
		any = append(any, b)
	}
	fmt.Println(fsum, any)
	fmt.Printf("%T %v\n", any[0], any)

	// structs and maps holding arrays of basic types
	pt := point{xy: [2]int{1, 2}, tag: []byte("t")}
	q := pt
	q.xy[0] = 9
	q.tag[0] = 'T'
	fmt.Println(pt.xy, q.xy, string(pt.tag), pt.xy == [2]int{1, 2})
	m := map[[2]int]Flags{{1, 2}: {true}}
	m[[2]int{1, 2}] = Flags{false, true}
	fl2 := m[[2]int{1, 2}]
	fl2[2] = true
	fmt.Println(m, fl2, len(m))
	fmt.Printf("%v %x %X %s %q\n", [3]byte{1, 2, 255}, []byte("hi"), [2]byte{10, 11}, []byte("go"), []byte("q"))
	fmt.Printf("%#v %#v %#v\n", []int{1}, [2]bool{}, []float64(nil))

	// sorting and the strings/bytes packages on []byte and []int
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	fl3 := []float64{2.5, -1, 0}
	sort.Float64s(fl3)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	var sb strings.Builder
	sb.WriteString("abc")
	sb.WriteByte('!')
	var bb bytes.Buffer
	bb.Write([]byte("xyz"))
	bb.WriteByte('?')
	fmt.Println(ints, fl3, sb.String(), bb.String(), bytes.Equal([]byte("a"), []byte{'a'}))
	fields := strings.Fields(" a b  c ")
	fmt.Println(fields, len(fields), strings.Join(fields, "+"))

	// index panics on stores, op-stores and loads, recovered
	try(func() { var z []bool; z[0] = true })
	try(func() { z := []float64{1}; k := 1; z[k] += 2 })
	try(func() { z := make([]byte, 2, 5); k := -1; _ = z[k+0] })
	try(func() { z := []int{1}; k := 3; z = z[:k] })
	try(func() { var z []int; k := 0; fmt.Println(z[k]) })
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
