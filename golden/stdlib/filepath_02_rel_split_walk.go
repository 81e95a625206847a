package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b", "c.txt"), filepath.Clean("a/./b/../c"))
	fmt.Println(filepath.Ext("x.tar.gz"), filepath.Base("/tmp/x/"), filepath.Dir("/tmp/x/y"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b", "/a/x"}, {"a", "a"}, {"/a", "b"}} {
		r, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("%q %v\n", r, err)
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/opt"), string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(filepath.ToSlash("a/b"), filepath.VolumeName("/x"), filepath.IsAbs("rel/x"))

	root, _ := os.MkdirTemp("", "golden-walk-*")
	defer os.RemoveAll(root)
	for _, p := range []string{"src/main.go", "src/util/strs.go", "docs/readme.md", "src/util/skip/deep.go"} {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte(p), 0o644)
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skip", rel)
			return filepath.SkipDir
		}
		fmt.Println(rel, d.IsDir())
		return nil
	})
	count := 0
	filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, ".go") {
			count++
		}
		return nil
	})
	fmt.Println("go files:", count)
}
