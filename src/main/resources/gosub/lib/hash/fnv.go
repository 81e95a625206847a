// Package hash/fnv, as gosub provides it: the 32- and 64-bit FNV-1 and FNV-1a hashes.
package fnv

import "hash"

const (
	offset32 uint32 = 2166136261
	prime32  uint32 = 16777619
	offset64 uint64 = 14695981039346656037
	prime64  uint64 = 1099511628211
)

type sum32 uint32
type sum32a uint32
type sum64 uint64
type sum64a uint64

func New32() hash.Hash32 {
	s := sum32(offset32)
	return &s
}

func New32a() hash.Hash32 {
	s := sum32a(offset32)
	return &s
}

func New64() hash.Hash64 {
	s := sum64(offset64)
	return &s
}

func New64a() hash.Hash64 {
	s := sum64a(offset64)
	return &s
}

// FNV-1 multiplies then xors each byte; FNV-1a xors then multiplies.
func (s *sum32) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h *= prime32
		h ^= uint32(c)
	}
	*s = sum32(h)
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h ^= uint32(c)
		h *= prime32
	}
	*s = sum32a(h)
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h *= prime64
		h ^= uint64(c)
	}
	*s = sum64(h)
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h ^= uint64(c)
		h *= prime64
	}
	*s = sum64a(h)
	return len(data), nil
}

func (s *sum32) Reset()  { *s = sum32(offset32) }
func (s *sum32a) Reset() { *s = sum32a(offset32) }
func (s *sum64) Reset()  { *s = sum64(offset64) }
func (s *sum64a) Reset() { *s = sum64a(offset64) }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Size() int  { return 4 }
func (s *sum32a) Size() int { return 4 }
func (s *sum64) Size() int  { return 8 }
func (s *sum64a) Size() int { return 8 }

func (s *sum32) BlockSize() int  { return 1 }
func (s *sum32a) BlockSize() int { return 1 }
func (s *sum64) BlockSize() int  { return 1 }
func (s *sum64a) BlockSize() int { return 1 }

// Sum appends the hash big-endian.
func (s *sum32) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 4) }
func (s *sum32a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 4) }
func (s *sum64) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 8) }
func (s *sum64a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 8) }

func appendBE(b []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte(v>>(8*uint(i))))
	}
	return b
}
