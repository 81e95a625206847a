package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gosub-files-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "gosub-files-"))
	for i, name := range []string{"b.txt", "a.txt", "c.log"} {
		err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Repeat("x", i+1)), 0600)
		fmt.Println(name, err)
	}
	fmt.Println(os.Mkdir(filepath.Join(dir, "sub"), 0755))
	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, _ := e.Info()
		size := int64(-1)
		if !e.IsDir() {
			size = info.Size()
		}
		fmt.Println(e.Name(), e.IsDir(), size)
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var bases []string
	for _, m := range matches {
		bases = append(bases, filepath.Base(m))
	}
	sort.Strings(bases)
	fmt.Println(bases)
	fmt.Println(os.Rename(filepath.Join(dir, "c.log"), filepath.Join(dir, "sub", "c.txt")))
	data, err := os.ReadFile(filepath.Join(dir, "sub", "c.txt"))
	fmt.Println(string(data), err)
	fmt.Println(os.Remove(filepath.Join(dir, "a.txt")))
	err = os.Remove(filepath.Join(dir, "a.txt"))
	fmt.Println(os.IsNotExist(err))
	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println(err != nil)
	st, err := os.Stat(filepath.Join(dir, "b.txt"))
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular(), st.Mode().Perm(), err)
}
