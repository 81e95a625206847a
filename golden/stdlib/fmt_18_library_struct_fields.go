// Printing the standard library's own structs shows their unexported fields as Go lays them out:
// a Buffer value, a bytes.Reader, a strings.Reader, list elements and lists.
package main

import (
	"bytes"
	"container/list"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hi")
	fmt.Println(b)
	b.ReadByte()
	fmt.Printf("%v %+v\n", b, b)
	b.ReadRune()
	fmt.Printf("%#v\n", b)
	r := bytes.NewReader([]byte("xyz"))
	r.ReadRune()
	fmt.Printf("%v %+v\n", *r, *r)
	sr := strings.NewReader("abc")
	sr.ReadByte()
	fmt.Printf("%+v\n", *sr)
	l := list.New()
	l.PushBack(1)
	fmt.Printf("%+v\n", l.Front().Value)
	var e list.Element
	fmt.Printf("%#v\n", e)
	var lz list.List
	fmt.Printf("%v\n", lz)
}
