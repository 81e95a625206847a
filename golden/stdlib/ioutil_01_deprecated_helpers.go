package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "ioutil-probe")
	fmt.Println(err, strings.Contains(dir, "ioutil-probe"))
	defer os.RemoveAll(dir)
	for _, n := range []string{"b.txt", "a.txt", "c"} {
		fmt.Println(ioutil.WriteFile(filepath.Join(dir, n), []byte(n+" body"), 0644))
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode())
	}
	b, err := ioutil.ReadFile(filepath.Join(dir, "a.txt"))
	fmt.Printf("%q %v\n", b, err)
	_, err = ioutil.ReadFile(filepath.Join(dir, "zz"))
	fmt.Println(err != nil)
	all, err := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("from reader")))
	fmt.Println(string(all), err)
	n, err := fmt.Fprintf(ioutil.Discard, "%d", 12345)
	fmt.Println(n, err)
	f, err := ioutil.TempFile(dir, "tmp-*.log")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "tmp-"), strings.HasSuffix(f.Name(), ".log"))
	f.Close()
	_, err = ioutil.ReadDir(filepath.Join(dir, "none"))
	fmt.Println(err != nil)
}
