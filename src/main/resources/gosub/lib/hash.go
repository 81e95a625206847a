// Package hash, as gosub provides it: the interfaces hash functions implement.
package hash

import "io"

// Hash is a running hash: Write adds data, Sum appends the current hash to b.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

type Hash32 interface {
	Hash
	Sum32() uint32
}

type Hash64 interface {
	Hash
	Sum64() uint64
}
