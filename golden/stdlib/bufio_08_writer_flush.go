package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello")
	fmt.Println(w.Buffered(), w.Available(), sb.Len())
	w.WriteString(", buffered world!")
	fmt.Println(w.Buffered(), sb.Len())
	w.WriteByte('\n')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), sb.Len())
	w.Flush()
	fmt.Printf("%q %d\n", sb.String(), w.Buffered())

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(out, "line %d\n", i)
	}
	fmt.Fprintln(out, "unflushed output appears at Flush")
}
