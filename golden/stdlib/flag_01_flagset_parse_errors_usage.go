package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func run(args []string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	name := fs.String("name", "world", "who to `greet`")
	n := fs.Int("n", 1, "repeat count")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", 2*time.Second, "how long\nto wait")
	f := fs.Float64("ratio", 0.5, "a ratio")
	u := fs.Uint("u", 0, "unsigned")
	i64 := fs.Int64("big", 0, "")
	var tags list
	fs.Var(&tags, "tag", "add a tag (repeatable)")
	var seen []string
	fs.Func("fn", "a func flag", func(s string) error {
		if s == "bad" {
			return errors.New("no bad values")
		}
		seen = append(seen, s)
		return nil
	})
	err := fs.Parse(args)
	fmt.Printf("args=%q err=%v\n", args, err)
	fmt.Println(*name, *n, *v, *d, *f, *u, *i64, tags, seen, fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0), fs.Parsed())
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
}

func main() {
	run([]string{"-name", "gopher", "-n=3", "-v", "--wait", "1m", "-tag", "a", "-tag=b", "rest", "-x"})
	run([]string{"-v=false", "--", "-n", "5"})
	run([]string{"-n", "abc"})
	run([]string{"-n", "99999999999999999999"})
	run([]string{"-nope"})
	run([]string{"-n"})
	run([]string{"-v=maybe"})
	run([]string{"---x"})
	run([]string{"-fn", "ok", "-fn", "bad"})
	run([]string{"-h"})
	run([]string{"-wait", "soon"})
	run([]string{"-ratio", "x", "-u", "-1"})
	run([]string{"-u", "-1"})
	run([]string{"-", "x"})
	run([]string{})
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("a", 0, "")
	fs.Usage = func() { fmt.Println("custom usage!") }
	fmt.Println(fs.Parse([]string{"-b"}))
	fmt.Println(fs.Set("a", "7"), fs.Set("zz", "1"), fs.Lookup("a").Value, fs.Lookup("a").DefValue, fs.Lookup("q") == nil)
	fs2 := flag.NewFlagSet("", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.String("s", "", "empty default")
	fs2.Bool("t", true, "true default")
	fs2.PrintDefaults()
	fmt.Println(fs2.Parse([]string{"-z"}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fs2.Int("s", 1, "dup")
}
