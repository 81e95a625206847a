package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src := []byte("Hello Gopher!")
	fmt.Println(hex.EncodeToString(src), hex.EncodedLen(5), hex.DecodedLen(7))
	dst := make([]byte, hex.EncodedLen(len(src)))
	fmt.Println(hex.Encode(dst, src), string(dst))
	for _, s := range []string{"48656c6c6f", "48656C6C6F", "4865g6", "486", "48z", "", "zz", "0x12", "4"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q %v\n", b, err)
	}
	fmt.Print(hex.Dump([]byte("Go is an open source programming language.")))
	fmt.Print(hex.Dump([]byte{0, 1, 2, 127, 128, 255, 'a', 'b'}))
	fmt.Print(hex.Dump(bytes.Repeat([]byte("x"), 16)))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	e := hex.NewEncoder(os.Stdout)
	e.Write([]byte("enc"))
	fmt.Println()
	out, err := io.ReadAll(hex.NewDecoder(strings.NewReader("6465636f646564")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6465x")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(hex.NewDecoder(strings.NewReader("646")))
	fmt.Printf("%q %v\n", out, err)
	var ib hex.InvalidByteError = 'é'
	fmt.Println(ib, hex.ErrLength)
}
