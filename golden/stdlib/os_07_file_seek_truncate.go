package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "golden-seek-*")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "data.bin")
	f, err := os.Create(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	f.WriteString("0123456789")
	pos, _ := f.Seek(2, io.SeekStart)
	fmt.Println("pos", pos)
	f.WriteString("AB")
	pos, _ = f.Seek(-3, io.SeekEnd)
	fmt.Println("pos", pos)
	f.Write([]byte("xyz!"))
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println("pos", pos)
	f.Close()
	b, _ := os.ReadFile(p)
	fmt.Printf("%s\n", b)

	os.Truncate(p, 4)
	b, _ = os.ReadFile(p)
	fmt.Printf("%s\n", b)

	f, _ = os.Open(p)
	buf := make([]byte, 3)
	n, err := f.ReadAt(buf, 2)
	fmt.Println(n, err, string(buf[:n]))
	f.Close()
	_, err = f.Read(buf)
	fmt.Println(err != nil)
}
