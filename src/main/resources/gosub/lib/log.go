// Package log, as gosub provides it: Go's simple logger. Each message is one Write of the
// header (prefix, date and time as the flags ask) and the text, ending in a newline.
// File and line (Lshortfile, Llongfile) are not known here and print as Go's unknown "???:0".
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

// A Logger writes each message to out under a mutex, so goroutines' lines do not mix.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default is the logger the package-level functions use.
func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// pad appends i in decimal, zero-padded to at least width digits.
func pad(b []byte, i int, width int) []byte {
	var d [20]byte
	n := len(d)
	for i >= 10 || width > 1 {
		n--
		d[n] = byte('0' + i%10)
		i /= 10
		width--
	}
	n--
	d[n] = byte('0' + i)
	return append(b, d[n:]...)
}

// header is what comes before the message: prefix (unless Lmsgprefix), date, time, file.
func (l *Logger) header(b []byte, t time.Time) []byte {
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			y, m, d := t.Date()
			b = pad(b, y, 4)
			b = append(b, '/')
			b = pad(b, int(m), 2)
			b = append(b, '/')
			b = pad(b, d, 2)
			b = append(b, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			h, mi, s := t.Clock()
			b = pad(b, h, 2)
			b = append(b, ':')
			b = pad(b, mi, 2)
			b = append(b, ':')
			b = pad(b, s, 2)
			if l.flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = pad(b, t.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		b = append(b, "???:0: "...)
	}
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// Output writes one message; calldepth is accepted for Go's signature (no file names here).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.header(nil, now)
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic logs the message, then panics with it (a string).
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// The package-level functions use the standard logger.

func SetOutput(w io.Writer) { std.SetOutput(w) }

func Writer() io.Writer { return std.Writer() }

func Flags() int { return std.Flags() }

func SetFlags(flag int) { std.SetFlags(flag) }

func Prefix() string { return std.Prefix() }

func SetPrefix(prefix string) { std.SetPrefix(prefix) }

func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
