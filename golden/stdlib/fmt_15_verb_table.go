package main

import (
	"errors"
	"fmt"
)

type point struct {
	X, Y int
}

type named string

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type boom struct{}

func (boom) String() string { panic("kaboom") }

type inner struct {
	A []int
	M map[string]int
	P *point
}

func main() {
	values := []any{
		0, 42, -42, 255, int8(-128), int16(1234), int32(-7), int64(1) << 40,
		uint(7), uint8(200), uint16(65535), uint32(1) << 31, uint64(1<<64 - 1), uintptr(4096),
		'A', 'é', '世', rune(0x1F600),
		true, false,
		0.0, 1.0, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789.0, float32(2.5), float32(0.1),
		complex(1, 2), complex64(complex(-1.5, 0.25)),
		"", "hi", "héllo", "tab\there", "quote\"d", "\x00\xff",
		[]byte("go"), []int{1, 2, 3}, [2]string{"a", "b"}, []string(nil),
		map[string]int{"b": 2, "a": 1}, point{1, -2}, &point{3, 4},
		named("nm"), celsius(21.5), errors.New("an error"), nil,
		struct{}{}, inner{A: []int{1}, M: map[string]int{"k": 1}},
	}
	verbs := []string{
		"%v", "%+v", "%#v", "%T", "%t", "%d", "%b", "%o", "%O", "%x", "%X", "%c",
		"%q", "%U", "%e", "%E", "%f", "%F", "%g", "%G", "%s",
	}
	for i, v := range values {
		fmt.Printf("--- value %d: %T\n", i, v)
		for _, verb := range verbs {
			fmt.Printf("%-4s|"+verb+"|\n", verb, v)
		}
	}

	flagged := []string{
		"%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "%x", "%#x", "%#X", "%#o", "%#b",
		"%08.3f", "%-8.2f|", "%+.2e", "% .3g", "%#g", "%#.3g", "%10.4s", "%-10s", "%.0f",
		"%6.2f%%", "%#v", "%#q", "%+q", "%x", "% x", "%#x", "% #x", "%X", "%08b", "%.3d",
		"%10.3d", "%-+7d", "%U", "%#U", "%c", "%.1q", "%5t", "%-6t|", "%x", "%.2x",
	}
	samples := []any{7, -7, 3.14159, "héllo, world", []byte{1, 0xab, 255}, 'x', true, 1 << 20, -0.0, uint8(9)}
	for _, f := range flagged {
		fmt.Printf("%-8s", f)
		for _, s := range samples {
			fmt.Printf(" ["+f+"]", s)
		}
		fmt.Println()
	}

	// star arguments and explicit indexes
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828)
	fmt.Printf("[%*d] [%.*d]\n", -6, 42, -1, 42)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[1]v %[1]T %[1]q\n", "again")
	fmt.Printf("%6.2[1]f|%[1]*[2]d\n", 3, 1.5)

	// error forms
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 3)
	fmt.Printf("%t %x\n", 1, true)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("%s %s\n", "only")
	fmt.Printf("%v\n", boom{})
	fmt.Printf("%s|%d\n", boom{}, boom{})
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", "p", 5)
	fmt.Printf("%d %")
	fmt.Println()
	fmt.Printf("%[5]d %[0]d %[x]d\n", 1)
	fmt.Printf("%[2]d\n", 1)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z %é\n", 1, 2)
	fmt.Printf("%w\n", errors.New("e"))
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v %d\n", []any{nil}, []error{nil}, map[string]any{"n": nil})
	fmt.Printf("%.2s|%.5d|%x\n", []string{"abc", "de"}, []int{1, -2}, []string{"hi", "yo"})
	fmt.Printf("%d %s\n", point{1, 2}, point{1, 2})
	fmt.Printf("%x %X\n", "hello", 3.5)
	fmt.Printf("%%d %d%%\n", 5)
}
