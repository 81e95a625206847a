package main

import (
	"bytes"
	"fmt"
	"os"
	"text/tabwriter"
)

// errWriter fails after n bytes, to see how Write and Flush report errors.
type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, fmt.Errorf("full")
	}
	w.n -= len(p)
	return len(p), nil
}

const sample = "a\tbb\tccc\n" +
	"dddd\t\te\n" +
	"\t\t\n" +
	"x\ty\tz\tw\n" +
	"tail only\n" +
	"héllo\t世界\t!\n" +
	"\n" +
	"p\tq\n" +
	"last\tno newline"

func run(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, minwidth, tabwidth, padding, padchar, flags)
	n, err := fmt.Fprint(w, text)
	fmt.Printf("== %s n=%d err=%v before flush %q\n", name, n, err, buf.String())
	err = w.Flush()
	fmt.Printf("%q err=%v\n", buf.String(), err)
}

func main() {
	flags := []struct {
		name string
		f    uint
	}{
		{"none", 0},
		{"FilterHTML", tabwriter.FilterHTML},
		{"StripEscape", tabwriter.StripEscape},
		{"AlignRight", tabwriter.AlignRight},
		{"DiscardEmptyColumns", tabwriter.DiscardEmptyColumns},
		{"TabIndent", tabwriter.TabIndent},
		{"Debug", tabwriter.Debug},
		{"AlignRight|Debug", tabwriter.AlignRight | tabwriter.Debug},
		{"Discard|Debug", tabwriter.DiscardEmptyColumns | tabwriter.Debug},
		{"TabIndent|Discard", tabwriter.TabIndent | tabwriter.DiscardEmptyColumns},
	}
	for _, f := range flags {
		run(f.name+" space", 0, 8, 1, ' ', f.f, sample)
		run(f.name+" dot", 5, 4, 2, '.', f.f, sample)
		run(f.name+" tab", 0, 8, 1, '\t', f.f, sample)
		run(f.name+" tab0", 2, 0, 0, '\t', f.f, sample)
	}

	esc := "plain\t<b>bold</b>\t&amp;\tx\n" +
		"\xffesc\taped\xff\tmore\t&lt;tag&gt;\n" +
		"<i\tunterminated\n" +
		"&broken entity\tq\n" +
		"\xffopen escape\n" +
		"next\tline\n"
	for _, f := range []uint{0, tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.FilterHTML | tabwriter.StripEscape, tabwriter.FilterHTML | tabwriter.Debug} {
		run(fmt.Sprintf("escapes %d", f), 0, 8, 1, '-', f, esc)
	}

	// Vertical tabs, form feeds and leading empty cells.
	vt := "a\vb\vc\n" +
		"aaaa\vbb\tc\n" +
		"\fnew block\tx\n" +
		"yy\tz\f" +
		"after ff\tq\n" +
		"\t\tindented\n" +
		"\t\tdeeper\tcol\n"
	run("vt", 0, 4, 1, '.', 0, vt)
	run("vt tabindent", 0, 4, 1, '.', tabwriter.TabIndent, vt)
	run("vt tabs", 0, 4, 1, '\t', tabwriter.TabIndent, vt)
	run("vt discard", 0, 4, 1, '.', tabwriter.DiscardEmptyColumns|tabwriter.Debug, vt)

	// Writes split mid-cell and mid-escape, with Flush between.
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 1, '.', tabwriter.Debug)
	for _, part := range []string{"ab", "c\td", "e\t", "f\n1\t", "\xff2\t", "3\xff", "\t4\n", "x\ty"} {
		w.Write([]byte(part))
		fmt.Printf("part %q -> %q\n", part, buf.String())
	}
	w.Flush()
	fmt.Printf("flushed %q\n", buf.String())
	w.Write([]byte("new\tsection\nz\tzz\n"))
	w.Flush()
	fmt.Printf("again %q\n", buf.String())

	// Init reuses a Writer; errors from the underlying writer.
	w.Init(&buf, 3, 8, 0, '*', tabwriter.AlignRight)
	buf.Reset()
	fmt.Fprint(w, "1\t22\t333\n4444\t5\t6\n")
	w.Flush()
	fmt.Printf("reinit %q\n", buf.String())
	ew := &errWriter{n: 7}
	w2 := tabwriter.NewWriter(ew, 0, 8, 1, ' ', 0)
	n, err := fmt.Fprint(w2, "abc\tdef\tghi\njkl\tmno\n")
	fmt.Println(n, err)
	fmt.Println(w2.Flush())
	ew2 := &errWriter{n: 3}
	w3 := tabwriter.NewWriter(ew2, 0, 8, 1, ' ', 0)
	n, err = fmt.Fprint(w3, "abc\tdef\n\n")
	fmt.Println(n, err)
	fmt.Println(w3.Flush())

	tw := tabwriter.NewWriter(os.Stdout, 6, 4, 3, '_', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tqty\tprice\t")
	fmt.Fprintln(tw, "apple\t3\t1.25\t")
	fmt.Fprintln(tw, "kiwi fruit\t12\t0.5\t")
	tw.Flush()
}
