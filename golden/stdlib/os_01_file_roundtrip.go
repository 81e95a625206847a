package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp("", "gosub-test")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "data.txt")
	err = os.WriteFile(p, []byte("line one\nline two\n"), 0644)
	fmt.Println("write:", err)
	f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Fprintln(f, "line three")
	f.Close()
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)
	info, _ := os.Stat(p)
	fmt.Println(info.Name(), info.Size(), info.IsDir())
	rf, _ := os.Open(p)
	sc := bufio.NewScanner(rf)
	n := 0
	for sc.Scan() {
		n++
	}
	rf.Close()
	fmt.Println("lines:", n)
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), nil, 0644)
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, fmt.Sprintf("%s(dir=%v)", e.Name(), e.IsDir()))
	}
	sort.Strings(names)
	fmt.Println(names)
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.Rename(p, filepath.Join(dir, "renamed.txt")))
	_, err = os.Stat(p)
	fmt.Println(os.IsNotExist(err))
}
