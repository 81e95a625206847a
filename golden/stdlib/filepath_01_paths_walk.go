package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b", "../c", "d.txt"), filepath.Base("/x/y.go"), filepath.Dir("/x/y/z"), filepath.Ext("a.b.c"), filepath.Clean("/../a//b/"))
	fmt.Println(filepath.Split("/usr/local/bin"))
	fmt.Println(filepath.SplitList("/a:/b::/c"), len(filepath.SplitList("")))
	fmt.Println(filepath.IsAbs("/a"), filepath.IsAbs("a"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"))
	for _, p := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}} {
		r, err := filepath.Rel(p[0], p[1])
		fmt.Printf("%q %v\n", r, err)
	}
	m, _ := filepath.Match("*.txt", "notes.txt")
	fmt.Println(m, string(filepath.Separator), string(filepath.ListSeparator))
	abs, err := filepath.Abs("/tmp/../tmp/x")
	fmt.Println(abs, err)

	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0755)
	os.MkdirAll(filepath.Join(dir, "skip", "deep"), 0755)
	for _, f := range []string{"a/1.txt", "a/b/2.txt", "a/b/3.go", "top.go", "skip/x.txt", "skip/deep/y.txt"} {
		os.WriteFile(filepath.Join(dir, f), []byte(f), 0644)
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skipping", rel)
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel, d.IsDir())
		return nil
	})
	filepath.Walk(dir, func(path string, info fs.FileInfo, err error) error {
		rel, _ := filepath.Rel(dir, path)
		if !info.IsDir() {
			fmt.Println("walk", rel, info.Size())
		}
		return nil
	})
	matches, err := filepath.Glob(filepath.Join(dir, "a", "*", "*.go"))
	for _, m := range matches {
		fmt.Println("glob", strings.TrimPrefix(m, dir))
	}
	fmt.Println(err)
}
