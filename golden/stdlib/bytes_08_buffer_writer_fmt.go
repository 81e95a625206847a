package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type record struct {
	ID   int
	Name string
	Tags []string
}

func render(w io.Writer, recs []record) {
	for _, r := range recs {
		fmt.Fprintf(w, "%03d %-8s %s\n", r.ID, r.Name, strings.Join(r.Tags, ","))
	}
}

func main() {
	recs := []record{{1, "alpha", []string{"x", "y"}}, {22, "beta", nil}, {333, "gamma-long", []string{"z"}}}
	var buf bytes.Buffer
	render(&buf, recs)
	fmt.Print(buf.String())
	fmt.Println(buf.Len(), bytes.Count(buf.Bytes(), []byte("\n")))
	lines := bytes.Split(bytes.TrimRight(buf.Bytes(), "\n"), []byte("\n"))
	for i := len(lines) - 1; i >= 0; i-- {
		fields := bytes.Fields(lines[i])
		fmt.Printf("%s|%q\n", bytes.ToUpper(fields[1]), fields)
	}
	var out bytes.Buffer
	for {
		line, err := buf.ReadBytes('\n')
		if len(line) > 0 {
			out.Write(bytes.Title(bytes.TrimSpace(line)))
			out.WriteByte(';')
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	fmt.Println(out.String())
	var bb bytes.Buffer
	bb.WriteString("xyz")
	fmt.Printf("%s %v %q %x\n", &bb, bb.Bytes(), bb.String(), bb.Bytes())
	fmt.Println(bytes.NewBufferString("stringer").String())
	grow := bytes.NewBuffer(make([]byte, 0, 4))
	for i := 0; i < 10; i++ {
		grow.WriteString("ab")
	}
	fmt.Println(grow.Len(), grow.String())
}
