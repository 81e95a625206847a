package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	s := []byte("  Hello, World! Hello, Go!  ")
	fmt.Println(bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")), bytes.IndexByte(s, 'W'), bytes.Count(s, []byte("l")), bytes.Count(s, nil))
	fmt.Println(bytes.Contains(s, []byte("Go")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'W'), bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("!  ")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.Trim(s, " !"), bytes.TrimLeft(s, " H"))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim(nil, "x") == nil, bytes.Trim([]byte("xx"), "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil, len(bytes.TrimRight([]byte("xx"), "x")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  bb ccc ")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a\u00a0bb ccc ")))
	parts := bytes.Split([]byte("a,b,c"), []byte(","))
	fmt.Printf("%q %d %d\n", parts, len(parts[0]), cap(parts[0]))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("abc"), nil))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("hello ß")), bytes.ToLower([]byte("HELLO Ä")), bytes.Title([]byte("hello world")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s|%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexAny([]byte("golang"), "ny"), bytes.LastIndexAny([]byte("golang"), "go"))
	fmt.Println(bytes.IndexFunc([]byte("Hello, 世界"), func(c rune) bool { return c > unicode.MaxASCII }), bytes.LastIndexFunc([]byte("go123"), unicode.IsLetter))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, []byte("banana")))
	fmt.Println(bytes.Runes([]byte("héllo")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Printf("%s\n", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")))
	fmt.Printf("%s\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")))

	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.String() == "")
	buf.WriteString("hello")
	fmt.Println(buf.Len(), buf.Cap())
	buf.Write([]byte(" world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len(), buf.Cap())
	buf.WriteString(strings.Repeat("x", 100))
	fmt.Println(buf.Len(), buf.Cap())
	buf.Grow(1000)
	fmt.Println(buf.Len(), buf.Cap())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p))
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.UnreadByte(), buf.UnreadByte())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size, buf.UnreadRune(), buf.UnreadRune())
	fmt.Println(string(buf.Next(3)), buf.Len())
	buf.Truncate(10)
	fmt.Println(buf.Len(), buf.String())
	rest, err := buf.ReadBytes('z')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	buf.Reset()
	b2 := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := b2.ReadString('\n')
		fmt.Printf("%q ", l)
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
	b3 := bytes.NewBuffer([]byte("to stdout\n"))
	b3.WriteTo(os.Stdout)
	var b4 bytes.Buffer
	nn, err := b4.ReadFrom(strings.NewReader(strings.Repeat("abc", 300)))
	fmt.Println(nn, err, b4.Len(), b4.Cap())
	fmt.Fprintf(&b4, "%d", 42)
	fmt.Println(b4.Len())

	rd := bytes.NewReader([]byte("0123456789"))
	fmt.Println(rd.Len(), rd.Size())
	q := make([]byte, 4)
	rd.Read(q)
	fmt.Println(string(q), rd.Len())
	pos, _ := rd.Seek(-2, io.SeekEnd)
	fmt.Println(pos)
	x, _ := rd.ReadByte()
	fmt.Println(string(x))
	nr, err := rd.ReadAt(q, 8)
	fmt.Println(nr, err, string(q[:nr]))
	var sink bytes.Buffer
	rd.Seek(0, io.SeekStart)
	wn, _ := rd.WriteTo(&sink)
	fmt.Println(wn, sink.String())
}
