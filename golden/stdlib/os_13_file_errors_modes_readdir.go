package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir := "probe-dir.tmp"
	os.RemoveAll(dir)
	fmt.Println(os.Mkdir(dir, 0755))
	defer os.RemoveAll(dir)
	fmt.Println(os.Mkdir(dir, 0755))
	st, _ := os.Stat(dir)
	fmt.Println(st.Name(), st.IsDir(), st.Mode(), st.Mode().Perm(), st.Mode().IsDir(), st.Mode().Type())
	_, err := os.ReadFile(dir)
	fmt.Println(err)
	f, err := os.Open(dir)
	fmt.Println(err)
	buf := make([]byte, 4)
	_, err = f.Read(buf)
	fmt.Println(err)
	f.Close()
	fp := filepath.Join(dir, "a.txt")
	fmt.Println(os.WriteFile(fp, []byte("data"), 0600))
	st, _ = os.Stat(fp)
	fmt.Println(st.Mode(), st.Size(), st.Name())
	f, _ = os.Open(fp)
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	f.Close()
	fmt.Println(f.Close())
	_, err = f.Read(buf)
	fmt.Println(err, errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	_, err = os.OpenFile(fp, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, errors.Is(err, fs.ErrExist), os.IsExist(err))
	fmt.Println(os.Remove(filepath.Join(dir, "nope")))
	fmt.Println(os.Rename(filepath.Join(dir, "nope"), filepath.Join(dir, "b")))
	fmt.Println(os.Rename(fp, filepath.Join(dir, "b.txt")))
	os.WriteFile(filepath.Join(dir, "c.txt"), nil, 0644)
	os.Mkdir(filepath.Join(dir, "sub"), 0700)
	es, err := os.ReadDir(dir)
	for _, e := range es {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode())
	}
	fmt.Println(os.Remove(dir) != nil)
	f, _ = os.Open(filepath.Join(dir, "b.txt"))
	n, err := f.Read(buf[:2])
	fmt.Println(n, err)
	n, err = f.Read(buf)
	fmt.Println(n, err)
	n, err = f.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = f.ReadAt(buf, 1)
	fmt.Println(n, err, string(buf[:n]))
	f.Close()
	m, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	fmt.Println(m)
	fmt.Println(fs.FileMode(0o755|fs.ModeDir), fs.FileMode(0o644), fs.ModeSymlink|0o777, fs.ModeNamedPipe)
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	fmt.Println(os.Getpid() > 0, os.PathSeparator, os.DevNull)
	_, err = os.Stat("")
	fmt.Println(err)
}
