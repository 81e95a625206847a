// Package math/rand/v2, as gosub provides it: the Rand methods with Go's algorithms (Lemire's
// multiply-and-reject bounded integers, Fisher-Yates shuffles) over any Source, and the PCG
// source (128-bit LCG with the DXSM output function), so that seeded sequences match Go's.
// The top-level functions use a PCG seeded from the clock.
package rand

import (
	"math"
	"math/bits"
	"sync"
	"time"
)

// A Source is a source of uniformly-distributed pseudo-random uint64 values.
type Source interface {
	Uint64() uint64
}

// A PCG is a PCG generator with 128 bits of internal state. A zero PCG is equivalent to
// NewPCG(0, 0).
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a new PCG seeded with the given values.
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

// Seed resets the PCG to behave the same way as NewPCG(seed1, seed2).
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// next advances the 128-bit state: state = state*mul + inc.
func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo = lo
	p.hi = hi
	return hi, lo
}

// Uint64 returns a uniformly-distributed random uint64 value (the DXSM output function).
func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= lo | 1
	return hi
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand {
	return &Rand{src: src}
}

func (r *Rand) Int64() int64   { return int64(r.src.Uint64() &^ (1 << 63)) }
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }
func (r *Rand) Int32() int32   { return int32(r.src.Uint64() >> 33) }
func (r *Rand) Int() int       { return int(uint(r.src.Uint64()) << 1 >> 1) }
func (r *Rand) Uint() uint     { return uint(r.src.Uint64()) }

func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n returns a uniform value in [0,n): the high word of a 128-bit product, rejecting
// the few low words that would bias it.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns a value in [0.0,1.0): one of the 1<<53 evenly spaced values.
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 returns a value in [0.0,1.0): one of the 1<<24 evenly spaced values.
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm returns a pseudo-random permutation of the integers [0,n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle pseudo-randomizes the order of n elements with a Fisher-Yates shuffle.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// NormFloat64 returns a normally distributed float64 (mean 0, stddev 1), by the polar
// Box-Muller method (gosub's choice: its values differ from Go's ziggurat).
func (r *Rand) NormFloat64() float64 {
	for {
		u := 2*r.Float64() - 1
		v := 2*r.Float64() - 1
		s := u*u + v*v
		if s > 0 && s < 1 {
			return u * math.Sqrt(-2*math.Log(s)/s)
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 with rate 1 (inverse transform:
// gosub's choice, its values differ from Go's ziggurat).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Float64()
		if u > 0 {
			return -math.Log(u)
		}
	}
}

// lockedSource lets goroutines share the default source.
type lockedSource struct {
	mu  sync.Mutex
	pcg PCG
}

func (s *lockedSource) Uint64() uint64 {
	s.mu.Lock()
	v := s.pcg.Uint64()
	s.mu.Unlock()
	return v
}

var globalRand = New(&lockedSource{pcg: PCG{uint64(time.Now().UnixNano()), 0x9e3779b97f4a7c15}})

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N returns a pseudo-random number in [0,n) from the default Source, for any integer type.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}

func Int64() int64                        { return globalRand.Int64() }
func Uint32() uint32                      { return globalRand.Uint32() }
func Uint64N(n uint64) uint64             { return globalRand.Uint64N(n) }
func Uint32N(n uint32) uint32             { return globalRand.Uint32N(n) }
func Uint64() uint64                      { return globalRand.Uint64() }
func Int32() int32                        { return globalRand.Int32() }
func Int() int                            { return globalRand.Int() }
func Uint() uint                          { return globalRand.Uint() }
func Int64N(n int64) int64                { return globalRand.Int64N(n) }
func Int32N(n int32) int32                { return globalRand.Int32N(n) }
func IntN(n int) int                      { return globalRand.IntN(n) }
func UintN(n uint) uint                   { return globalRand.UintN(n) }
func Float64() float64                    { return globalRand.Float64() }
func Float32() float32                    { return globalRand.Float32() }
func Perm(n int) []int                    { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int))  { globalRand.Shuffle(n, swap) }
func NormFloat64() float64                { return globalRand.NormFloat64() }
func ExpFloat64() float64                 { return globalRand.ExpFloat64() }
