package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Temp struct {
	City string
	C    Celsius
	P    *Celsius
}

func main() {
	fmt.Println(strings.Title("hello wide world"), strings.Title("ünïcode-test o'neil"))
	c := Celsius(21.456)
	t := Temp{"Oslo", c, &c}
	fmt.Printf("%v|%+v|%s|%.2f|%6.1f|%x\n", t, t, c, c, c, c)
	fmt.Println([]Celsius{1, 2}, map[string]Celsius{"a": 3})
	fmt.Printf("%v %d\n", []*Celsius{nil}, []Celsius{1})
	var pe *fs.PathError
	_, err := os.ReadFile("missing.txt")
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err == fs.ErrNotExist, errors.Is(err, fs.ErrNotExist))
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, fs.ErrExist, fs.ErrPermission, os.ErrClosed)
	n, err := strconv.ParseInt("-0x1F", 0, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("0x80", 0, 8)
	fmt.Println(n, err)
	un, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(un, err)
	fmt.Println(strconv.Quote("\u2028\ufeff\U0001F600\x7f"), strconv.QuoteToASCII("日本\t"), strconv.Quote(string([]byte{0xed, 0xa0, 0x80})))
	cnt := map[string]int{}
	for _, w := range strings.FieldsFunc("The cat; the DOG, the end.", func(r rune) bool { return !unicode.IsLetter(r) }) {
		cnt[strings.ToLower(w)]++
	}
	fmt.Println(cnt)
	fmt.Printf("%-10s|%10s|\n", "日本語", "ü")
	fmt.Printf("%5.2s|%-5c|%05s\n", "日本語", '日', "ab")
	fmt.Printf("%v %v\n", int64(-1)<<63, ^uint64(0))
	fmt.Printf("%08b %o %#b %x\n", -5, -8, 5, -1<<63)
	fmt.Printf("%.3g %.10g %g %g %g\n", 1234567.0, 1.0/3, 1e-5, 123456789.0, float32(1e-5))
	fmt.Printf("%e %.0e %#.0e %#g %#.3x\n", 0.0, 15.0, 15.0, 1.0, 1.0)
	fmt.Println(float32(0.1), 0.1+0.2, 1e100, -0.0, 100000000.0, 1e21, 123456789012345678.0)
	os.Exit(3)
}
