package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	fmt.Println(path.Join("a", "b/", "/c", "..", "d.txt"))
	fmt.Println(path.Join("", ""), path.Join("/", "x"))
	for _, p := range []string{"/usr/local/bin/go", "file.tar.gz", "/", "", "dir/", "a//b/./c/../d"} {
		fmt.Printf("%q base=%q dir=%q ext=%q clean=%q abs=%v\n", p, path.Base(p), path.Dir(p), path.Ext(p), path.Clean(p), path.IsAbs(p))
	}
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file)
	m, err := path.Match("*.go", "main.go")
	fmt.Println(m, err)
	m, _ = path.Match("a/[b-d]?/*", "a/cx/file")
	fmt.Println(m)
	_, err = path.Match("[", "x")
	fmt.Println(err)
	fmt.Println(filepath.Join("x", "y", "z.go"), filepath.Ext("v.1.2"), filepath.Base("/tmp/f"))
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err)
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin"))
}
