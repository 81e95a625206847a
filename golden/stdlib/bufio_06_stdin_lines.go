package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n, total := 0, 0
	for sc.Scan() {
		line := sc.Text()
		n++
		total += len(line)
		fmt.Printf("%2d: %q (%d words)\n", n, line, len(strings.Fields(line)))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", n, "bytes:", total)
}
