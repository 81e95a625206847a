package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	lang  string
	stars int
	ratio float64
}

func main() {
	rows := []row{
		{"gosub", "Java", 12, 0.5},
		{"interpreter-with-long-name", "Go", 1234, 12.25},
		{"x", "C", 7, 100},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tLANG\tSTARS\tRATIO\t")
	fmt.Fprintln(w, "----\t----\t-----\t-----\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t\n", r.name, r.lang, r.stars, r.ratio)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "new\tblock\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	for _, r := range rows {
		fmt.Fprintf(w, "%d\t%.2f\t%s\t\n", r.stars, r.ratio, r.lang)
	}
	w.Flush()
}
