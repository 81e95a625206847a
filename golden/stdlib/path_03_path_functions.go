package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c", "/../x", "a//b/./c/", "../../a", "/a/b/c.tar.gz"} {
		fmt.Printf("%-16q clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "../c", "/d"), path.Join("", ""), path.Join("/", "x"))
	dir, file := path.Split("static/css/site.css")
	fmt.Printf("%q %q\n", dir, file)
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "x/*/z", "\\*"} {
		for _, name := range []string{"main.go", "abc", "x/y/z", "*"} {
			ok, err := path.Match(pat, name)
			if ok || err != nil {
				fmt.Println(pat, name, ok, err)
			}
		}
	}
	_, err := path.Match("[", "a")
	fmt.Println(err)
}
