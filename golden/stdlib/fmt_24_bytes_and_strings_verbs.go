package main

import "fmt"

type blob []byte

type word string

func main() {
	b := []byte("Hello, 世界\n\x00\xff")
	fmt.Printf("%s|\n", b)
	fmt.Printf("%q\n", b)
	fmt.Printf("%+q\n", b)
	fmt.Printf("%#q\n", []byte("back`tick"))
	fmt.Printf("%#q\n", []byte("raw ok"))
	fmt.Printf("%x\n", b)
	fmt.Printf("%X\n", b)
	fmt.Printf("% x\n", b)
	fmt.Printf("% X\n", b)
	fmt.Printf("%#x\n", b)
	fmt.Printf("%# x\n", b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%d\n", b)
	fmt.Printf("%#v\n", b)
	fmt.Printf("%o %b\n", b[:3], b[:2])
	fmt.Printf("%c|%U\n", b[:5], b[:3])
	fmt.Printf("[%20s] [%-20x] [%.3s] [%.4x] [%10.2q]\n", b[:5], b[:3], b, b, b)
	arr := [4]byte{'g', 'o', 0, 1}
	fmt.Printf("%s %x %v %q %#v\n", arr, arr, arr, arr, arr)
	fmt.Printf("%s %x %v %#v\n", &arr, &arr, &arr, blob("hi"))
	fmt.Printf("%s %v %x %T\n", blob("yo"), blob("yo"), blob("yo"), blob(nil))
	fmt.Println(b[:5], blob("ab"), arr)

	s := "tab\t\"quote\" \\ é \u00a0 \U0001F600 \x7f"
	fmt.Printf("%s\n%q\n%+q\n%#q\n%x\n% X\n", s, s, s, s, s, s)
	fmt.Printf("%#q %#q %#+q\n", "plain", "with`tick", "é")
	fmt.Printf("[%8s] [%-8s] [%.2s] [%8.2s] [%08s]\n", "héllo", "héllo", "héllo", "héllo", "ab")
	fmt.Printf("[%8q] [%-8q] [%.3q] [%x] [%.1x] [% .2x]\n", "ab", "ab", "abcdef", "", "abc", "abc")
	fmt.Printf("%s %q %v %x\n", word("w"), word("w"), word("w"), word("w"))
	fmt.Printf("%s\n", []string{"a", "b c"})
	fmt.Printf("%q\n", []string{"a", "b\"c"})
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("% x\n", []string{"ab", "cd"})
	fmt.Printf("%5s|%-5s|\n", []string{"a", "bb"}, [2]string{"c", "dd"})
	fmt.Printf("%q %+q %c %U %#U\n", 'x', 'é', 'é', 'é', '😀')
	fmt.Printf("%q %q %q %q\n", '\n', '\'', 0x7f, 0x10FFFF+1)
	fmt.Printf("%c%c%c|%5c|%-5c|\n", 72, 105, 0x1F600, 'x', 'y')
	fmt.Printf("%U %#U %08U %-10U|\n", 0x41, 0x41, 0x41, 0x1F600)
}
