package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp("", "gosub-os-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := dir + "/data.txt"
	fmt.Println(os.WriteFile(p, []byte("hello\nworld\n"), 0644))
	b, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)

	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(err != nil, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path == dir+"/missing.txt", pe.Err)
	}

	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Println(err)
	n, err := fmt.Fprintf(f, "line %d\n", 3)
	fmt.Println(n, err)
	fmt.Println(f.Close())
	fmt.Println(f.Close() != nil)

	f, _ = os.Open(p)
	buf := make([]byte, 4)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	pos, err := f.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(f)
	fmt.Printf("%q\n", rest)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode())
	_, err = f.Write([]byte("x"))
	fmt.Println(err != nil)
	f.Close()

	fmt.Println(os.Mkdir(dir+"/sub", 0755))
	fmt.Println(os.Mkdir(dir+"/sub", 0755) != nil)
	fmt.Println(os.MkdirAll(dir+"/a/b/c", 0755))
	os.WriteFile(dir+"/sub/x.txt", nil, 0600)
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	info, _ := os.Stat(dir + "/sub")
	fmt.Println(info.Name(), info.IsDir(), info.Mode())
	info, _ = os.Stat(dir + "/sub/x.txt")
	fmt.Println(info.Name(), info.Size(), info.Mode())
	fmt.Println(os.Rename(p, dir+"/renamed.txt"))
	_, err = os.Stat(p)
	fmt.Println(os.IsNotExist(err))
	err = os.Rename(dir+"/nope", dir+"/x")
	fmt.Println(err != nil, os.IsNotExist(err))
	fmt.Printf("%T\n", err)
	err = os.Remove(dir + "/sub")
	fmt.Println(err != nil, os.IsExist(err))
	fmt.Println(os.Remove(dir+"/sub/x.txt"), os.Remove(dir+"/sub"))
	d, _ := os.Open(dir)
	names, _ := d.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names)
	d.Close()
	fmt.Println(os.FileMode(0755), os.FileMode(0644)|os.ModeDir, fs.ModeSymlink|0777)
	tf, _ := os.CreateTemp(dir, "t*.txt")
	tf.WriteString("temp")
	tf.Close()
	tb, _ := os.ReadFile(tf.Name())
	fmt.Println(string(tb))
}
