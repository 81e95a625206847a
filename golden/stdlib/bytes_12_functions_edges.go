package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func show(name string, bs [][]byte) {
	fmt.Printf("%s: nil=%v len=%d cap=%d [", name, bs == nil, len(bs), cap(bs))
	for _, b := range bs {
		fmt.Printf(" %q/%d", b, cap(b))
	}
	fmt.Println(" ]")
}

// mk copies in to a slice of exactly its length, so capacities printed below depend only on
// the bytes package.
func mk(in string) []byte {
	b := make([]byte, len(in))
	copy(b, in)
	return b
}

func one(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v\n", name, b, b == nil)
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

type shortW struct{}

func (shortW) Write(p []byte) (int, error) { return len(p) - 1, nil }

type countW struct{ n int }

func (c *countW) Write(p []byte) (int, error) { c.n += len(p); return len(p), errors.New("stop") }

func main() {
	inputs := []string{"", "a", "a,b,c", ",a,,b,", "日本,語", "\xff,\xfe", "abc", ",,,"}
	for _, in := range inputs {
		s := mk(in)
		show(fmt.Sprintf("Split(%q)", in), bytes.Split(s, []byte(",")))
		show("SplitAfter", bytes.SplitAfter(s, []byte(",")))
		show("SplitN 2", bytes.SplitN(s, []byte(","), 2))
		show("SplitN 0", bytes.SplitN(s, []byte(","), 0))
		show("SplitN 10", bytes.SplitN(s, []byte(","), 10))
		show("SplitAfterN 3", bytes.SplitAfterN(s, []byte(","), 3))
		show("Split empty", bytes.Split(s, nil))
		show("SplitN empty 2", bytes.SplitN(s, []byte{}, 2))
		show("SplitAfter empty", bytes.SplitAfter(s, nil))
	}
	show("Split nil", bytes.Split(nil, []byte(",")))
	show("Split long sep", bytes.Split([]byte("ab"), []byte("abc")))
	for _, in := range []string{"", "   ", " a  b\tc\n", "x", "  日本  語 ", "a\u00a0b\u2003c", "\xffa b\xfe", "\v\f\r a"} {
		show(fmt.Sprintf("Fields(%q)", in), bytes.Fields(mk(in)))
		show("FieldsFunc", bytes.FieldsFunc(mk(in), func(r rune) bool { return r == 'a' || unicode.IsSpace(r) }))
	}
	show("Fields nil", bytes.Fields(nil))

	j := bytes.Join(nil, []byte(","))
	fmt.Printf("Join nil %q %v %d\n", j, j == nil, cap(j))
	j = bytes.Join([][]byte{[]byte("a")}, []byte(","))
	fmt.Printf("Join one %q %v\n", j, j == nil)
	j = bytes.Join([][]byte{nil}, []byte(","))
	fmt.Printf("Join one nil %q %v\n", j, j == nil)
	j = bytes.Join([][]byte{[]byte("a"), nil, []byte("bc")}, []byte(", "))
	fmt.Printf("Join %q %d\n", j, cap(j))

	for _, in := range []string{"", "   ", "  x  ", "\u00a0x\u3000", "x", " \t\n", "a b", "\u2003", "\xff "} {
		one(fmt.Sprintf("TrimSpace(%q)", in), bytes.TrimSpace([]byte(in)))
		one("Trim", bytes.Trim([]byte(in), " x"))
		one("TrimLeft", bytes.TrimLeft([]byte(in), " "))
		one("TrimRight", bytes.TrimRight([]byte(in), " "))
		one("Trim uni", bytes.Trim([]byte(in), " \u00a0x\u3000"))
		one("TrimLeft uni", bytes.TrimLeft([]byte(in), "\u00a0 x"))
		one("TrimRight uni", bytes.TrimRight([]byte(in), "\u3000 x"))
		one("TrimFunc", bytes.TrimFunc([]byte(in), unicode.IsSpace))
		one("TrimLeftFunc", bytes.TrimLeftFunc([]byte(in), unicode.IsSpace))
		one("TrimRightFunc", bytes.TrimRightFunc([]byte(in), unicode.IsSpace))
		one("Trim empty cutset", bytes.Trim([]byte(in), ""))
		one("TrimLeft empty cutset", bytes.TrimLeft([]byte(in), ""))
		one("TrimRight empty cutset", bytes.TrimRight([]byte(in), ""))
	}
	one("Trim nil", bytes.Trim(nil, "x"))
	one("TrimRight nil", bytes.TrimRight(nil, "x"))
	one("TrimLeft nil", bytes.TrimLeft(nil, "x"))
	one("TrimRight empty", bytes.TrimRight([]byte{}, "x"))
	one("TrimLeft empty", bytes.TrimLeft([]byte{}, "x"))
	one("Trim empty", bytes.Trim([]byte{}, "x"))
	one("TrimSpace empty", bytes.TrimSpace([]byte{}))
	one("TrimFunc empty", bytes.TrimFunc([]byte{}, unicode.IsSpace))
	one("Trim bad", bytes.Trim([]byte("\xffab\xff"), "\xff"))
	one("Trim fffd", bytes.Trim([]byte("\xffab\xfe"), "\ufffd"))
	one("TrimPrefix", bytes.TrimPrefix([]byte("abc"), []byte("ab")))
	one("TrimPrefix no", bytes.TrimPrefix([]byte("abc"), []byte("b")))
	one("TrimSuffix", bytes.TrimSuffix([]byte("abc"), []byte("bc")))
	one("TrimSuffix all", bytes.TrimSuffix([]byte("abc"), []byte("abc")))

	for _, in := range []string{"", "hello", "HeLLo wORLD", "ǆemal ǳ", "straße", "ⅰⅱ", "\xffab", "ΣΑΣ σας", "i̇"} {
		s := []byte(in)
		u, l, t := bytes.ToUpper(s), bytes.ToLower(s), bytes.ToTitle(s)
		fmt.Printf("%q: up %q low %q title %q Title %q nil %v %v\n", in, u, l, t, bytes.Title(s), u == nil, l == nil)
		fmt.Printf("  special %q %q %q\n", bytes.ToUpperSpecial(unicode.TurkishCase, s), bytes.ToLowerSpecial(unicode.TurkishCase, s), bytes.ToTitleSpecial(unicode.TurkishCase, s))
	}
	fmt.Printf("%q\n", bytes.Title([]byte("hello wor_ld x-ray o'neil 3am ça")))
	m := bytes.Map(func(r rune) rune {
		switch {
		case r == 'a':
			return -1
		case r == 'b':
			return 0x1F600
		case r == 'c':
			return 0xD800
		case r == 'd':
			return 0x110000
		}
		return r
	}, []byte("abcd e\xff日"))
	fmt.Printf("Map %q\n", m)
	m = bytes.Map(func(r rune) rune { return -1 }, []byte("xyz"))
	fmt.Printf("Map drop %q %v\n", m, m == nil)
	m = bytes.Map(unicode.ToUpper, nil)
	fmt.Printf("Map nil %q %v\n", m, m == nil)

	for _, in := range []string{"", "abc", "a\xffb", "\xff\xfe\xfdx", "a\xed\xa0\x80b", "日\xe6\x97", "\xc0\xaf"} {
		v := bytes.ToValidUTF8([]byte(in), []byte("<?>"))
		fmt.Printf("ToValidUTF8(%q) = %q %q nil=%v\n", in, v, bytes.ToValidUTF8([]byte(in), nil), v == nil)
		fmt.Printf("  Runes %q\n", bytes.Runes([]byte(in)))
	}

	for _, c := range []struct{ s, old, new string; n int }{
		{"aaa", "a", "b", -1}, {"aaa", "a", "b", 2}, {"aaa", "a", "b", 0}, {"aaa", "x", "b", -1},
		{"abc", "", "-", -1}, {"abc", "", "-", 2}, {"日本", "", "|", -1}, {"", "", "x", -1},
		{"a\xffb", "", ".", -1}, {"banana", "ana", "A", -1}, {"abab", "ab", "", -1}, {"", "a", "b", -1},
	} {
		r := bytes.Replace([]byte(c.s), []byte(c.old), []byte(c.new), c.n)
		fmt.Printf("Replace(%q,%q,%q,%d) = %q nil=%v\n", c.s, c.old, c.new, c.n, r, r == nil)
	}
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("a.b.c"), []byte("."), []byte("::")))
	src := []byte("xyz")
	cp := bytes.Replace(src, []byte("q"), []byte("w"), -1)
	cp[0] = 'X'
	fmt.Printf("%q %q\n", src, cp)

	fmt.Printf("Repeat %q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Repeat([]byte("ab"), 0))
	fmt.Println(bytes.Repeat(nil, 5) == nil, bytes.Repeat([]byte("x"), 0) == nil)
	try("Repeat -1", func() { bytes.Repeat([]byte("x"), -1) })
	try("Repeat huge", func() { bytes.Repeat([]byte("xy"), 1<<62) })

	for _, c := range [][2]string{{"a=b", "="}, {"a", "="}, {"=", "="}, {"abc", ""}, {"", "x"}, {"a==b", "=="}} {
		b, a, f := bytes.Cut([]byte(c[0]), []byte(c[1]))
		fmt.Printf("Cut(%q,%q) = %q %q %v nil=%v,%v\n", c[0], c[1], b, a, f, b == nil, a == nil)
	}
	fmt.Println(bytes.IndexFunc([]byte("ab日c"), func(r rune) bool { return r > 127 }), bytes.LastIndexFunc([]byte("日ab日c"), func(r rune) bool { return r > 127 }))
	fmt.Println(bytes.IndexFunc([]byte("a\xffb"), func(r rune) bool { return r == unicode.ReplacementChar }), bytes.LastIndexFunc([]byte("a\xffb\xe6\x97"), func(r rune) bool { return r == unicode.ReplacementChar }))
	fmt.Println(bytes.ContainsRune([]byte("a\xffb"), unicode.ReplacementChar), bytes.ContainsRune([]byte("ab"), -1), bytes.ContainsAny([]byte("abc"), ""), bytes.ContainsAny(nil, "a"))
	fmt.Println(bytes.Contains(nil, nil), bytes.Contains([]byte("abc"), []byte("bc")), bytes.HasPrefix(nil, nil), bytes.HasSuffix([]byte("a"), []byte("ba")))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("σ"), []byte("ς")))

	// Reader.
	rd := bytes.NewReader([]byte("héllo"))
	fmt.Println(rd.Len(), rd.Size(), rd.UnreadRune(), rd.UnreadByte())
	ch, sz, err := rd.ReadRune()
	fmt.Println(string(ch), sz, err, rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	rd.ReadRune()
	ch, sz, err = rd.ReadRune()
	fmt.Println(string(ch), sz, err)
	rd.ReadByte()
	fmt.Println(rd.UnreadRune(), rd.UnreadByte(), rd.Len())
	p := make([]byte, 10)
	n, err := rd.ReadAt(p, 1)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = rd.ReadAt(p[:2], 0)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = rd.ReadAt(p, 6)
	fmt.Println(n, err)
	n, err = rd.ReadAt(p, -1)
	fmt.Println(n, err)
	for _, sk := range []struct {
		off    int64
		whence int
	}{{2, io.SeekStart}, {1, io.SeekCurrent}, {-1, io.SeekEnd}, {10, io.SeekStart}, {-20, io.SeekCurrent}, {0, 7}} {
		pos, err := rd.Seek(sk.off, sk.whence)
		fmt.Println("seek", pos, err, rd.Len())
	}
	n, err = rd.Read(p)
	fmt.Println(n, err, rd.UnreadByte(), rd.Len())
	rd.Seek(0, io.SeekStart)
	ch, _, _ = rd.ReadRune()
	n, err = rd.Read(p[:0])
	fmt.Println(string(ch), n, err, rd.UnreadRune())
	var sb strings.Builder
	m64, err := rd.WriteTo(&sb)
	fmt.Println(m64, err, sb.String(), rd.Len())
	m64, err = rd.WriteTo(&sb)
	fmt.Println(m64, err)
	rd.Reset([]byte("again"))
	m64, err = rd.WriteTo(shortW{})
	fmt.Println(m64, err, rd.Len())
	rd.Reset([]byte("again"))
	cw := &countW{}
	m64, err = rd.WriteTo(cw)
	fmt.Println(m64, err, rd.Len())
	rd.Reset(nil)
	bb, err := rd.ReadByte()
	fmt.Println(bb, err, rd.UnreadByte())
	ch, sz, err = rd.ReadRune()
	fmt.Println(ch, sz, err)
	var zr bytes.Reader
	fmt.Println(zr.Len(), zr.UnreadRune())
	n, err = zr.Read(p)
	fmt.Println(n, err)
	rd.Reset([]byte("xy"))
	rd.Seek(5, io.SeekStart)
	fmt.Println(rd.Len())
	n, err = rd.Read(p)
	fmt.Println(n, err)
	bb, err = rd.ReadByte()
	fmt.Println(bb, err, rd.UnreadByte())
	ch, sz, err = rd.ReadRune()
	fmt.Println(ch, sz, err, rd.UnreadRune())
}
