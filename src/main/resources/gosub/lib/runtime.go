// Package runtime, as gosub provides it.
package runtime

func Gosched()

// Goexit ends the calling goroutine after running its deferred calls.
func Goexit()

func NumGoroutine() int

func GOMAXPROCS(n int) int

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
