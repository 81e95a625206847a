// Package runtime, as gosub provides it.
package runtime

func Gosched()

// Goexit ends the calling goroutine after running its deferred calls.
func Goexit()

func NumGoroutine() int

// gomaxprocs is the current setting; GOMAXPROCS(n) changes it when n > 0 and returns the
// previous one (goroutines run on virtual threads whatever the setting).
var gomaxprocs = NumCPU()

func GOMAXPROCS(n int) int {
	prev := gomaxprocs
	if n > 0 {
		gomaxprocs = n
	}
	return prev
}

func NumCPU() int

func GC() {}

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

func Version() string { return "go1.24-gosub" }

type Error interface {
	error
	RuntimeError()
}
