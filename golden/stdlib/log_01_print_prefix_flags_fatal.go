package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain", 1, 2, "x")
	log.Println("line", 1, 2)
	log.Printf("fmt %d%%", 50)
	log.Print("already newline\n")
	log.Print("")
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	fmt.Println(log.Flags(), log.Prefix(), log.LstdFlags, log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix)
	var buf bytes.Buffer
	l := log.New(&buf, "buf: ", 0)
	l.Printf("into %s", "buffer")
	l.Println("two")
	fmt.Print(buf.String())
	fmt.Println(l.Writer() == &buf, log.Default() != nil, log.Writer() == os.Stdout)
	l2 := log.New(os.Stdout, "L2 ", log.Lmsgprefix)
	l2.Print("m")
	log.Output(1, "via Output")
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %q\n", r, r)
		log.SetPrefix("")
		log.Fatalf("fatal: %v", "bye")
	}()
	log.Panicln("panic", "now")
}
