package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSIZE\tKIND")
	fmt.Fprintln(w, "main.go\t1204\tfile")
	fmt.Fprintln(w, "internal\t-\tdirectory")
	fmt.Fprintln(w, "x\t12345678\tfile")
	w.Flush()
	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w2, "a\tbbb\tc\t")
	fmt.Fprintln(w2, "aaaa\tb\tccccc\t")
	w2.Flush()
}
