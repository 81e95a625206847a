package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	d1 := []byte("hello\ngo\n")
	err := os.WriteFile("dat1.tmp", d1, 0644)
	check(err)
	defer os.Remove("dat1.tmp")
	dat, err := os.ReadFile("dat1.tmp")
	check(err)
	fmt.Print(string(dat))
	f, err := os.Open("dat1.tmp")
	check(err)
	b1 := make([]byte, 5)
	n1, err := f.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, err := f.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err := f.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: ", n2, o2)
	fmt.Printf("%v\n", string(b2[:n2]))
	_, err = f.Seek(2, io.SeekCurrent)
	check(err)
	_, err = f.Seek(-4, io.SeekEnd)
	check(err)
	o3, err := f.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err := io.ReadAtLeast(f, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))
	_, err = f.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(f)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))
	f.Close()
	_, err = f.Read(b1)
	fmt.Println(err)
	f2, err := os.Create("dat2.tmp")
	check(err)
	defer os.Remove("dat2.tmp")
	n, err := f2.Write([]byte{115, 111, 109, 101, 10})
	fmt.Printf("wrote %d bytes\n", n)
	n, err = f2.WriteString("writes\n")
	fmt.Printf("wrote %d bytes\n", n)
	f2.Sync()
	w := bufio.NewWriter(f2)
	n, err = w.WriteString("buffered\n")
	fmt.Printf("wrote %d bytes, buffered %d\n", n, w.Buffered())
	w.Flush()
	f2.Close()
	all, _ := os.ReadFile("dat2.tmp")
	fmt.Printf("%q\n", all)
	fa, _ := os.OpenFile("dat2.tmp", os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Fprintf(fa, "appended %d\n", 3)
	fa.Close()
	all, _ = os.ReadFile("dat2.tmp")
	fmt.Printf("%q\n", all)
	st, err := os.Stat("dat2.tmp")
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular(), err == nil)
	_, err = os.Stat("nope.tmp")
	fmt.Println(err, os.IsNotExist(err))
	_, err = os.ReadFile("nope.tmp")
	fmt.Println(err)
	check(os.MkdirAll("subdir.tmp/a/b", 0755))
	defer os.RemoveAll("subdir.tmp")
	os.WriteFile(filepath.Join("subdir.tmp", "a", "f1"), []byte("x"), 0644)
	os.WriteFile(filepath.Join("subdir.tmp", "f0"), []byte("yy"), 0644)
	entries, err := os.ReadDir("subdir.tmp")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	filepath.WalkDir("subdir.tmp", func(p string, d os.DirEntry, err error) error {
		fmt.Println("visit", p, d.IsDir())
		return nil
	})
	err = os.Mkdir("subdir.tmp", 0755)
	fmt.Println(err)
	err = os.Remove("subdir.tmp")
	fmt.Println(err != nil)
	fmt.Println(filepath.Ext("a/b.tar.gz"), filepath.Base("/x/y/"), filepath.Dir("x"), filepath.Join("a", "../b", "c/"), filepath.IsAbs("/a"))
}
