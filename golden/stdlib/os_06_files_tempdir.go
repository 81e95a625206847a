package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp("", "golden-files-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	names := []string{"b.txt", "a.txt", "c.log"}
	for i, n := range names {
		err := os.WriteFile(filepath.Join(dir, n), []byte(fmt.Sprintf("file %d\n", i)), 0o644)
		fmt.Println("write", n, err)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	sort.Strings(matches)
	fmt.Println(matches)

	f, _ := os.OpenFile(filepath.Join(dir, "a.txt"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("appended\n")
	f.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "a.txt"))
	fmt.Printf("%q\n", data)

	os.Rename(filepath.Join(dir, "c.log"), filepath.Join(dir, "sub", "c.log"))
	_, err = os.Stat(filepath.Join(dir, "c.log"))
	fmt.Println(os.IsNotExist(err))
	info, _ := os.Stat(filepath.Join(dir, "sub", "c.log"))
	fmt.Println(info.Name(), info.Size(), info.IsDir())

	r, _ := os.Open(filepath.Join(dir, "b.txt"))
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	rest, _ := io.ReadAll(r)
	r.Close()
	fmt.Printf("%q %q\n", buf[:n], rest)

	fmt.Println(os.Remove(filepath.Join(dir, "b.txt")), os.Remove(filepath.Join(dir, "b.txt")) != nil)
}
