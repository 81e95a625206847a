package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	// One Write is served to several small Reads; Write returns when all is consumed.
	pr, pw := io.Pipe()
	done := make(chan string)
	// pw is passed in: main reuses the variable for later pipes while this goroutine may still run.
	go func(pw *io.PipeWriter) {
		n, err := pw.Write([]byte("abcdefgh"))
		done <- fmt.Sprint("write returned ", n, " ", err)
		n, err = pw.Write(nil)
		done <- fmt.Sprint("empty write returned ", n, " ", err)
		pw.Write([]byte("tail"))
		pw.Close()
		pw.CloseWithError(errors.New("ignored: already closed"))
	}(pw)
	buf := make([]byte, 3)
	for i := 0; i < 3; i++ {
		n, err := pr.Read(buf)
		fmt.Printf("read %q %v\n", buf[:n], err)
	}
	fmt.Println(<-done)
	n, err := pr.Read(buf)
	fmt.Printf("read %q %v\n", buf[:n], err)
	fmt.Println(<-done)
	b, err := io.ReadAll(pr)
	fmt.Printf("rest %q %v\n", b, err)
	n, err = pr.Read(buf)
	fmt.Println("after close:", n, err)
	n, err = pw.Write([]byte("x"))
	fmt.Println("write after close:", n, err)

	// CloseWithError on the writer is what readers see; nil means EOF.
	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("data"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	b, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", b, err)
	pr, pw = io.Pipe()
	go pw.CloseWithError(nil)
	n, err = pr.Read(buf)
	fmt.Println("nil error:", n, err)

	// The reader closing stops a blocked writer.
	pr, pw = io.Pipe()
	res := make(chan string)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		res <- fmt.Sprint(n, " ", err)
	}()
	n, _ = pr.Read(buf)
	pr.CloseWithError(errors.New("consumer gone"))
	fmt.Println("reader got", n, "writer:", <-res)
	n, err = pr.Read(buf)
	fmt.Println("read after own close:", n, err)
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println("write to closed reader:", n, err)
	fmt.Println(pr.Close(), pw.Close())

	// Readers and writers in several goroutines; chunks arrive whole and in order per writer.
	pr, pw = io.Pipe()
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	big := make([]byte, 64)
	for {
		n, err := pr.Read(big)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("chunk %q\n", big[:n])
	}
}
