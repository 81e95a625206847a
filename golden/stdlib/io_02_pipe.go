package main

import (
	"bufio"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(w, "message %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(fmt.Errorf("producer finished"))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scanner err:", sc.Err())
	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("hello"))
		pw2.Close()
	}()
	data, err := io.ReadAll(pr2)
	fmt.Println(string(data), err)
}
