package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	rows := []string{"a\tb\tc\n", "aaaa\tbbbbbbb\tc\n", "\t\tlast\n", "x\ty\n", "\n", "long cell here\tz\n", "ünïcödé\t日本語\tw\n", "trail\t\n"}
	for _, flags := range []uint{0, tabwriter.AlignRight, tabwriter.Debug, tabwriter.AlignRight | tabwriter.Debug, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.DiscardEmptyColumns | tabwriter.Debug} {
		for _, pad := range []byte{' ', '.', '\t'} {
			w := tabwriter.NewWriter(os.Stdout, 5, 4, 2, pad, flags)
			fmt.Fprintf(w, "flags=%d pad=%q\n", flags, pad)
			for _, r := range rows {
				fmt.Fprint(w, r)
			}
			fmt.Fprint(w, "<b>html&amp;</b>\tx\n\xffesc\ta\xff\tb\n")
			fmt.Fprint(w, "cell\vvtab\fform\tfeed\n")
			w.Flush()
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNYC")
	fmt.Fprintf(w, "%s\t%d\t%s\n", "Bob", 4, "Los Angeles")
	w.Flush()
	w.Write([]byte("no flush needed\tx\n"))
	w.Flush()
}
