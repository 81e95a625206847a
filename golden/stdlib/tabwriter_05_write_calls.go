package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type logW struct{}

func (logW) Write(p []byte) (int, error) {
	fmt.Printf("[%q]", p)
	return len(p), nil
}

func main() {
	for _, f := range []uint{0, tabwriter.Debug | tabwriter.AlignRight, tabwriter.TabIndent | tabwriter.DiscardEmptyColumns} {
		for _, pc := range []byte{'.', '\t'} {
			w := tabwriter.NewWriter(logW{}, 3, 4, 1, pc, f)
			fmt.Fprint(w, "\t\tabc\tdefghijklmnopqrstuvwxyz\tx\n\tb\t\tc\f\t\tzz\n<a>&amp;\xffq\xff\tr")
			fmt.Println()
			w.Flush()
			fmt.Println()
		}
	}
	var z tabwriter.Writer
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Fprint(&z, "a\tb\n")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(z.Flush())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, 0, 0, -1, ' ', 0)
	}()
}
