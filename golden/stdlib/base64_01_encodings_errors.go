package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	encs := map[string]*base64.Encoding{"std": base64.StdEncoding, "url": base64.URLEncoding, "rawstd": base64.RawStdEncoding, "rawurl": base64.RawURLEncoding, "strict": base64.StdEncoding.Strict(), "star": base64.StdEncoding.WithPadding('*')}
	for _, name := range []string{"std", "url", "rawstd", "rawurl", "strict", "star"} {
		e := encs[name]
		for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc"} {
			x := e.EncodeToString([]byte(s))
			fmt.Printf("%s %q -> %q (%d %d)\n", name, s, x, e.EncodedLen(len(s)), e.DecodedLen(len(x)))
		}
		for _, in := range []string{"Zm9v", "Zm9vYg==", "Zm9vYg", "Zm9vYg=", "Zm9vY", "Zm9v\nYmFy", "Zm9v\r\nYg=\n=", "Zm=vYg==", "Zm9vYg==x", "Zm9vYh==", "Zm9vYmE=", "Zm9vYmF=", "!!!!", "Zg==Zg==", "Zg*=", "Zg**", "Zg", "Z", "____", "-_-_", "+/+/"} {
			b, err := e.DecodeString(in)
			fmt.Printf("  %q -> %q %v\n", in, b, err)
		}
	}
	w := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	w.Write([]byte("stream"))
	w.Write([]byte("ing data!"))
	w.Close()
	fmt.Println()
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("c3RyZWFtaW5nIGRhdGEh"))
	b, err := io.ReadAll(r)
	fmt.Println(string(b), err)
	dst := make([]byte, 8)
	n, err := base64.StdEncoding.Decode(dst, []byte("aGk="))
	fmt.Println(n, err, dst[:n])
	var ce base64.CorruptInputError = 5
	fmt.Println(ce)
	defer func() { fmt.Println(recover()) }()
	base64.NewEncoding("short")
}
