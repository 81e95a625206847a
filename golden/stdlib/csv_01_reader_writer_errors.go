package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func read(name string, in string, setup func(r *csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if setup != nil {
		setup(r)
	}
	fmt.Println("==", name)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		fmt.Printf("%q %v", rec, err)
		if err == nil {
			l, c := r.FieldPos(len(rec) - 1)
			fmt.Print(" last@", l, ":", c)
		}
		fmt.Println()
		var pe *csv.ParseError
		if err != nil && !errors.As(err, &pe) {
			break
		}
		if errors.As(err, &pe) {
			fmt.Println("  ", pe.StartLine, pe.Line, pe.Column, pe.Err, errors.Is(err, csv.ErrQuote))
			if pe.Err != csv.ErrFieldCount {
				break
			}
		}
	}
}

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert","Griesemer","gri"
`
	r := csv.NewReader(strings.NewReader(in))
	records, err := r.ReadAll()
	fmt.Println(records, err, len(records))
	read("quotes", "a,\"b \"\"q\"\" c\",d\n\"multi\nline\",x,y\r\n\n\ne,f,g", nil)
	read("bare", "a,b\"c,d\n", nil)
	read("bare lazy", "a,b\"c,d\n\"x\"y,z,w\n", func(r *csv.Reader) { r.LazyQuotes = true })
	read("extraneous", "\"ab\"c,d\n", nil)
	read("unterminated", "x,\"abc\ndef", nil)
	read("count", "a,b\nc\nd,e\n", nil)
	read("count any", "a,b\nc\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	read("semicolon comment trim", "# comment\na; b;  c\n#x;y\n d ;\" e\"\n", func(r *csv.Reader) { r.Comma = ';'; r.Comment = '#'; r.TrimLeadingSpace = true })
	read("tabs", "a\tb\n\"c\td\"\te\n", func(r *csv.Reader) { r.Comma = '\t' })
	read("bad delim", "a,b", func(r *csv.Reader) { r.Comma = '"' })
	read("empty fields", ",,\n\"\",\"\"\n", nil)
	read("crlf", "a,b\r\nc,d\r\n", nil)
	read("no final newline quoted", "\"a\",\"b\"", nil)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", "", " lead", "multi\nline", `\.`, "tab\there"})
	w.Write([]string{"ünï", "x"})
	w.Flush()
	fmt.Println(w.Error())
	w2 := csv.NewWriter(os.Stdout)
	w2.Comma = ';'
	w2.UseCRLF = true
	w2.WriteAll([][]string{{"a;b", "c,d", "e\r\nf"}, {"1", "2"}})
	w3 := csv.NewWriter(os.Stdout)
	w3.Comma = '\n'
	fmt.Println(w3.Write([]string{"x"}))
}
