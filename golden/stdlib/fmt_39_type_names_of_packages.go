package main

import (
	"fmt"
	"io/fs"
	"math/rand"
	"container/list"
	"text/tabwriter"
	"os"
	"strings"
)

func main() {
	var pe *fs.PathError
	fmt.Printf("%T %T %T %T %T %T\n", pe, rand.New(rand.NewSource(1)), list.New(), tabwriter.NewWriter(os.Stdout, 0, 0, 0, ' ', 0), strings.NewReader(""), fs.FileMode(0))
	fmt.Printf("%#v %v\n", fs.FileMode(0644), fs.FileMode(0755|fs.ModeDir))
	fmt.Printf("%#v\n", list.Element{})
}
