// Package os, as gosub provides it.
package os

import (
	"errors"
	"io"
)

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string = args()

func args() []string

func (f *File) Write(b []byte) (n int, err error)

func (f *File) WriteString(s string) (n int, err error)

func (f *File) Read(b []byte) (n int, err error) {
	n, eof := read(f.fd, b)
	if eof {
		return n, io.EOF
	}
	return n, nil
}

// read reads from the run's standard input; eof reports its end.
func read(fd int, b []byte) (int, bool)

func (f *File) Name() string { return f.name }

func (f *File) Close() error { return nil }

// Exit ends the program at once with the given status; deferred functions do not run.
func Exit(code int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func Hostname() (name string, err error) { return "gosub", nil }

func Getpid() int { return 1 }

var ErrNotExist = errors.New("file does not exist")

func ReadFile(name string) ([]byte, error)

func WriteFile(name string, data []byte, perm FileMode) error

type FileMode uint32
