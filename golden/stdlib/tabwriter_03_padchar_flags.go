package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 1, '.', 0)
	fmt.Fprintf(w, "key\tvalue\n")
	fmt.Fprintf(w, "longer key\tv2\n")
	fmt.Fprintf(w, "\n")
	fmt.Fprintf(w, "new block\tx\n")
	w.Flush()

	fmt.Println("--- discard empty columns")
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(w, "a\t\tb\n")
	fmt.Fprintf(w, "cc\t\td\n")
	w.Flush()

	fmt.Println("--- tabs as padding")
	w = tabwriter.NewWriter(os.Stdout, 8, 8, 1, '\t', 0)
	fmt.Fprintf(w, "id\tname\n")
	fmt.Fprintf(w, "1\tverylongname-here\n")
	w.Flush()
}
