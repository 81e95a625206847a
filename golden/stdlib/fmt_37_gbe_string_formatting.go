package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("pointer: %T\n", &p)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")
	fmt.Printf("%08.3f|%+d|% d|%x|%X|%#x|%#o|%O|%U|%#U\n", 3.14159, 5, 5, -255, "Hi", 255, 8, 8, 0x1F600, 'x')
	fmt.Printf("%5t|%-5t|%q|%v|%d\n", true, false, 'x', 'x', "s")
	fmt.Printf("%6.2v|%.3s|%.0f|%.1e|%g|%G\n", 3.14159, "abcdef", 2.5, 1234.5678, 1e21, 1e-7)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%v %v\n", []byte("hi"), [3]bool{true})
	fmt.Printf("%s %x % x %X\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 171})
	fmt.Printf("%t\n", 1)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%v %+v\n", nil, nil)
	fmt.Printf("%x %X\n", 3.5, -1.0)
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%5.1q|%-8q|%+q|%#q\n", "abc", "a", "é", "back`tick")
	fmt.Printf("%c|%c|%c\n", 0x10FFFF+1, -1, 65)
	fmt.Printf("%v|%.2f|%8.3v\n", 1+2i, 1.5-2.25i, complex64(3))
}
