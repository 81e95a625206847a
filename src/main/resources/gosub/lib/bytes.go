// Package bytes, as gosub provides it: functions on byte slices, Buffer and Reader, with Go's
// observable results (which results are nil, the capacities of returned sub-slices, the
// panic and error texts). The searching primitives are natives (BytesNatives.java). Buffer
// reproduces the capacities Go's allocator gives it (size classes), so Cap() matches Go.
package bytes

import (
	"errors"
	"io"
	"iter"
	"unicode"
	"unicode/utf8"
)

// Natives: comparison and searching (BytesNatives).

func Equal(a, b []byte) bool
func Compare(a, b []byte) int
func Count(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func LastIndex(s, sep []byte) int
func LastIndexByte(s []byte, c byte) int
func IndexRune(s []byte, r rune) int
func IndexAny(s []byte, chars string) int
func LastIndexAny(s []byte, chars string) int
func EqualFold(s, t []byte) bool
func Index(s, sep []byte) int

// ---- Searching built on the natives ----

// Contains reports whether sub occurs in b.
func Contains(b, sub []byte) bool { return Index(b, sub) >= 0 }

// ContainsAny reports whether any rune of chars occurs in b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r occurs in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether some rune of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(prefix) <= len(s) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(suffix) <= len(s) && Equal(s[len(s)-len(suffix):], suffix)
}

// runeAt decodes the rune starting at s[i]; invalid UTF-8 gives U+FFFD of width 1.
func runeAt(s []byte, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(s[i:])
}

// runeBefore decodes the rune ending at s[end-1].
func runeBefore(s []byte, end int) (rune, int) {
	if c := s[end-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRune(s[:end])
}

// firstWhere is the index of the first rune r of s with f(r) == want, or -1. f is called once
// per rune, front to back, up to the match.
func firstWhere(s []byte, f func(rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if f(r) == want {
			return i
		}
		i += w
	}
	return -1
}

// lastWhere is the index of the last rune r of s with f(r) == want, or -1; f is called back
// to front.
func lastWhere(s []byte, f func(rune) bool, want bool) int {
	for end := len(s); end > 0; {
		r, w := runeBefore(s, end)
		end -= w
		if f(r) == want {
			return end
		}
	}
	return -1
}

// IndexFunc is the index of the first rune satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return firstWhere(s, f, true) }

// LastIndexFunc is the index of the last rune satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastWhere(s, f, true) }

// ---- Splitting ----

// perRune splits s into one slice per UTF-8 sequence (an invalid byte is a sequence of one),
// at most limit of them (limit <= 0: no limit), the last holding the rest. The outer slice
// has capacity min(limit, len(s)); each piece but the last is capped at its own length.
func perRune(s []byte, limit int) [][]byte {
	if limit <= 0 || limit > len(s) {
		limit = len(s)
	}
	out := make([][]byte, limit)
	k := 0
	for len(s) > 0 {
		if k == limit-1 {
			out[k] = s
			k++
			break
		}
		_, w := utf8.DecodeRune(s)
		out[k] = s[:w:w]
		s = s[w:]
		k++
	}
	return out[:k]
}

// splitOn cuts s around each sep, keeping keep bytes of the separator on the piece before
// it (0 or len(sep)), into at most limit pieces (limit < 0: all). Pieces but the last are
// capped at their length so appending to one cannot overwrite the next.
func splitOn(s, sep []byte, keep, limit int) [][]byte {
	if limit == 0 {
		return nil
	}
	if len(sep) == 0 {
		return perRune(s, limit)
	}
	if limit < 0 {
		limit = Count(s, sep) + 1
	}
	if limit > len(s)+1 {
		limit = len(s) + 1
	}
	out := make([][]byte, limit)
	k := 0
	for k < limit-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		end := at + keep
		out[k] = s[:end:end]
		s = s[at+len(sep):]
		k++
	}
	out[k] = s
	return out[:k+1]
}

// Split slices s into all pieces separated by sep (per rune when sep is empty).
func Split(s, sep []byte) [][]byte { return splitOn(s, sep, 0, -1) }

// SplitN is Split into at most n pieces; n == 0 gives nil, n < 0 all pieces.
func SplitN(s, sep []byte, n int) [][]byte { return splitOn(s, sep, 0, n) }

// SplitAfter is Split keeping each separator at the end of its piece.
func SplitAfter(s, sep []byte) [][]byte { return splitOn(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter into at most n pieces.
func SplitAfterN(s, sep []byte, n int) [][]byte { return splitOn(s, sep, len(sep), n) }

// isSpaceRune is unicode.IsSpace with the ASCII cases answered directly.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
	}
	return unicode.IsSpace(r)
}

// asciiBlank marks the ASCII white-space bytes.
var asciiBlank = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Fields splits s around runs of white space (unicode.IsSpace). All-ASCII input is cut in two
// byte passes (count, then slice); anything else goes through FieldsFunc.
func Fields(s []byte) [][]byte {
	count := 0
	inField := false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		blank := asciiBlank[c]
		if !blank && !inField {
			count++
		}
		inField = !blank
	}
	out := make([][]byte, count)
	k, from := 0, -1
	for i, c := range s {
		if !asciiBlank[c] {
			if from < 0 {
				from = i
			}
		} else if from >= 0 {
			out[k] = s[from:i:i]
			k++
			from = -1
		}
	}
	if from >= 0 {
		out[k] = s[from:len(s):len(s)]
	}
	return out
}

// FieldsFunc splits s around runs of runes satisfying f, calling f once per rune in order.
// The result is never nil; each field is capped at its length.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var bounds []int // start and end of each field, in pairs
	from := -1       // start of the current field, -1 between fields
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if f(r) {
			if from >= 0 {
				bounds = append(bounds, from, i)
				from = -1
			}
		} else if from < 0 {
			from = i
		}
		i += w
	}
	if from >= 0 {
		bounds = append(bounds, from, len(s))
	}
	out := make([][]byte, len(bounds)/2)
	for k := range out {
		end := bounds[2*k+1]
		out[k] = s[bounds[2*k]:end:end]
	}
	return out
}

// Join concatenates the slices of s with sep between them into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...) // a copy; nil when s[0] is empty
	}
	total := len(sep) * (len(s) - 1)
	for _, part := range s {
		total += len(part)
	}
	out := make([]byte, total)
	at := copy(out, s[0])
	for _, part := range s[1:] {
		at += copy(out[at:], sep)
		at += copy(out[at:], part)
	}
	return out
}

// ---- Cutting ----

// Cut splits s around the first sep: before, after, true; or s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, nil, false
	}
	return s[:at], s[at+len(sep):], true
}

// CutPrefix returns s without prefix and whether it was there.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and whether it was there.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone returns a copy of b; nil stays nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// ---- Mapping and case ----

// Map returns a copy of s with every rune replaced by mapping(r); negative results drop the
// rune, and invalid ones (or U+FFFD from invalid input) are written as U+FFFD.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		i += w
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
	}
	return out
}

// asciiOnly reports whether s has no byte >= 0x80.
func asciiOnly(s []byte) bool {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ToUpper returns a copy of s with all letters upper case.
func ToUpper(s []byte) []byte {
	if !asciiOnly(s) {
		return Map(unicode.ToUpper, s)
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// ToLower returns a copy of s with all letters lower case.
func ToLower(s []byte) []byte {
	if !asciiOnly(s) {
		return Map(unicode.ToLower, s)
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// ToTitle returns a copy of s with all letters in title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial is ToUpper with c's special rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial is ToLower with c's special rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial is ToTitle with c's special rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// wordBreak reports whether r separates words for Title: ASCII other than letters, digits
// and '_', and white space; other letters, digits and symbols join words.
func wordBreak(r rune) bool {
	if r < utf8.RuneSelf {
		isWord := r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		return !isWord
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of s with the first letter of each word in title case.
//
// Deprecated: the word boundary rule does not handle Unicode punctuation properly.
func Title(s []byte) []byte {
	before := ' ' // the rune before the current one; the start counts as a break
	return Map(func(r rune) rune {
		startsWord := wordBreak(before)
		before = r
		if startsWord {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 bytes replaced by
// replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBad := false // the previous byte was invalid: a run is already replaced
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			out = append(out, s[i])
			i++
			inBad = false
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			if !inBad {
				out = append(out, replacement...)
				inBad = true
			}
			i++
			continue
		}
		out = append(out, s[i:i+w]...)
		i += w
		inBad = false
	}
	return out
}

// Runes returns the runes of s (U+FFFD for each invalid byte).
func Runes(s []byte) []rune {
	out := make([]rune, utf8.RuneCount(s))
	k := 0
	for i := 0; i < len(s); k++ {
		r, w := runeAt(s, i)
		out[k] = r
		i += w
	}
	return out
}

// Repeat returns count copies of b.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	total := len(b) * count
	if total/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, total)
	// Copy b once, then keep doubling what is already there.
	done := copy(out, b)
	for done < total {
		done += copy(out[done:], out[:done])
	}
	return out
}

// Replace returns a copy of s with the first n non-overlapping old replaced by new (n < 0:
// all). An empty old matches at the start and after each rune.
func Replace(s, old, new []byte, n int) []byte {
	matches := 0
	if n != 0 {
		matches = Count(s, old)
	}
	if matches == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || n > matches {
		n = matches
	}
	out := make([]byte, len(s)+n*(len(new)-len(old)))
	w, from := 0, 0
	for k := 0; k < n; k++ {
		at := from
		if len(old) > 0 {
			at += Index(s[from:], old)
		} else if k > 0 {
			_, rw := utf8.DecodeRune(s[from:])
			at += rw
		}
		w += copy(out[w:], s[from:at])
		w += copy(out[w:], new)
		from = at + len(old)
	}
	w += copy(out[w:], s[from:])
	return out[:w]
}

// ReplaceAll replaces every old in s by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// ---- Trimming ----
// Go's historical nil results are kept: Trim, TrimLeft, TrimSpace and the Func trims return
// nil when nothing is left (TrimRight an empty sub-slice), and empty input gives nil except
// for TrimRight.

// TrimLeftFunc drops the leading runes satisfying f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	at := firstWhere(s, f, false)
	if at < 0 {
		return nil
	}
	return s[at:]
}

// TrimRightFunc drops the trailing runes satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	at := lastWhere(s, f, false)
	if at < 0 {
		return s[:0]
	}
	_, w := runeAt(s, at)
	return s[:at+w]
}

// TrimFunc drops the leading and trailing runes satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimPrefix drops prefix from the start of s if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix drops suffix from the end of s if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// inCutset reports whether r is one of the runes of cutset (an invalid byte in cutset stands
// for U+FFFD). For an ASCII r a byte comparison suffices: bytes of multi-byte runes are >= 0x80.
func inCutset(cutset string, r rune) bool {
	if r < utf8.RuneSelf {
		for i := 0; i < len(cutset); i++ {
			if rune(cutset[i]) == r {
				return true
			}
		}
		return false
	}
	for _, c := range cutset {
		if c == r {
			return true
		}
	}
	return false
}

// dropLeading removes the leading runes in cutset; nil when nothing is left.
func dropLeading(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := runeAt(s, 0)
		if !inCutset(cutset, r) {
			return s
		}
		s = s[w:]
	}
	return nil
}

// dropTrailing removes the trailing runes in cutset.
func dropTrailing(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := runeBefore(s, len(s))
		if !inCutset(cutset, r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// Trim drops leading and trailing runes contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return dropLeading(dropTrailing(s, cutset), cutset)
}

// TrimLeft drops leading runes contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return dropLeading(s, cutset)
}

// TrimRight drops trailing runes contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return dropTrailing(s, cutset)
}

// TrimSpace drops leading and trailing white space; nil when nothing is left.
func TrimSpace(s []byte) []byte {
	from := firstWhere(s, isSpaceRune, false)
	if from < 0 {
		return nil
	}
	to := lastWhere(s, isSpaceRune, false)
	_, w := runeAt(s, to)
	return s[from : to+w]
}

// ---- Buffer ----

// Buffer is a variable-sized buffer of bytes with Read and Write methods; its zero value is
// an empty buffer ready to use.
type Buffer struct {
	buf      []byte // buf[off:] is unread; buf[len(buf):cap(buf)] is free
	off      int
	lastRead readOp // what the previous operation was, for UnreadByte/UnreadRune
}

// readOp records the previous operation: a positive value is the width of the rune ReadRune
// returned, readDone any other successful read, opOther everything else.
type readOp int8

const (
	readDone readOp = -1
	opOther  readOp = 0
)

// firstAlloc is the capacity a Buffer starts with when a small first write needs space.
const firstAlloc = 64

// MinRead is the smallest free space ReadFrom offers to the reader.
const MinRead = 512

// ErrTooLarge is the panic value when the buffer cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
var errUnreadRune = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")

const maxInt = int(^uint(0) >> 1)

// NewBuffer returns a Buffer whose contents are buf (the Buffer takes it over).
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer holding a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread portion; it aliases the buffer until the next modification.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread portion as a string; "<nil>" for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len is the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap is the capacity of the underlying storage.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available is the free space at the end.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// AvailableBuffer returns the empty slice over the free space, for appending.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opOther
}

// Truncate keeps the first n unread bytes.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opOther
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// extendInPlace lengthens data by n within its capacity, if it fits, returning where the new
// bytes go.
func (b *Buffer) extendInPlace(n int) (int, bool) {
	end := len(b.buf)
	if n > cap(b.buf)-end {
		return 0, false
	}
	b.buf = b.buf[:end+n]
	return end, true
}

// makeRoom lengthens the buffer by n bytes and returns where they go. In order: an emptied
// buffer starts over at 0; free space at the end is used; a nil buffer gets 64 bytes; when the
// unread bytes use at most half the capacity less n, they are slid to the front; otherwise
// the storage is reallocated.
func (b *Buffer) makeRoom(n int) int {
	unread := b.Len()
	if unread == 0 && b.off != 0 {
		b.Reset()
	}
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	if b.buf == nil && n <= firstAlloc {
		b.buf = make([]byte, n, firstAlloc)
		return 0
	}
	c := cap(b.buf)
	switch {
	case n <= c/2-unread:
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		b.buf = reallocate(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

// reallocate copies old into new storage with room for at least extra more bytes and at
// least twice old's capacity. Growing through append rounds the request up to the
// allocator's size class, as Go's Buffer does.
func reallocate(old []byte, extra int) []byte {
	want := len(old) + extra
	if want < 2*cap(old) {
		want = 2 * cap(old)
	}
	fresh := append([]byte(nil), make([]byte, want)...)[:len(old)]
	copy(fresh, old)
	return fresh
}

// room is where a write of n bytes goes: the free space at the end when it fits (even in an
// emptied buffer), else makeRoom.
func (b *Buffer) room(n int) int {
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	return b.makeRoom(n)
}

// Grow makes sure n more bytes can be written without another allocation.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.makeRoom(n)
	b.buf = b.buf[:at]
}

// Write appends p; the error is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opOther
	at := b.room(len(p))
	return copy(b.buf[at:], p), nil
}

// WriteString appends s; the error is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opOther
	at := b.room(len(s))
	return copy(b.buf[at:], s), nil
}

// WriteByte appends c; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opOther
	at := b.room(1)
	b.buf[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opOther
	at := b.room(utf8.UTFMax) // reserve the maximum, then keep what the encoding used
	b.buf = utf8.AppendRune(b.buf[:at], r)
	return len(b.buf) - at, nil
}

// ReadFrom appends everything r yields until io.EOF, offering it at least MinRead bytes of
// space each time.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opOther
	for {
		at := b.makeRoom(MinRead)
		b.buf = b.buf[:at]
		got, e := r.Read(b.buf[at:cap(b.buf)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+got]
		n += int64(got)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread bytes to w and consumes what w accepted.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opOther
	if pending := b.Len(); pending > 0 {
		wrote, e := w.Write(b.buf[b.off:])
		if wrote > pending {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += wrote
		n = int64(wrote)
		if e != nil {
			return n, e
		}
		if wrote != pending {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read consumes up to len(p) bytes into p; io.EOF when the buffer is empty (and p is not).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opOther
	if b.Len() == 0 {
		b.Reset() // nothing unread: reuse the storage from the start
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = readDone
	}
	return n, nil
}

// Next consumes and returns up to n bytes; the slice aliases the buffer.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opOther
	if avail := b.Len(); n > avail {
		n = avail
	}
	out := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = readDone
	}
	return out
}

// ReadByte consumes one byte; io.EOF when empty.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = readDone
	return c, nil
}

// ReadRune consumes one UTF-8 encoded rune (U+FFFD and width 1 for an invalid byte).
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = runeAt(b.buf, b.off)
	b.off += size
	b.lastRead = readOp(size)
	return r, size, nil
}

// UnreadRune gives back the rune the previous ReadRune returned.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opOther {
		return errUnreadRune
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opOther
	return nil
}

// UnreadByte gives back the last byte of the previous successful read.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opOther {
		return errUnreadByte
	}
	b.lastRead = opOther
	if b.off > 0 {
		b.off--
	}
	return nil
}

// upTo consumes through the first delim (or everything, with io.EOF) and returns it as an
// alias of the buffer.
func (b *Buffer) upTo(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if at := IndexByte(b.buf[b.off:], delim); at >= 0 {
		end = b.off + at + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = readDone
	return line, err
}

// ReadBytes consumes through the first delim and returns a copy of it; io.EOF if delim is
// missing.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.upTo(delim)
	return append(line, part...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.upTo(delim)
	return string(part), err
}

// ---- Reader ----

// Reader reads from a byte slice; it implements io.Reader, io.ReaderAt, io.WriterTo,
// io.Seeker, io.ByteScanner and io.RuneScanner.
type Reader struct {
	s        []byte
	i        int64
	prevRune int // where the previous ReadRune started, -1 if the previous call was not one
}

// NewReader returns a Reader over b.
func NewReader(b []byte) *Reader { return &Reader{s: b, prevRune: -1} }

// Reset makes r read from b from the start.
func (r *Reader) Reset(b []byte) { *r = Reader{s: b, prevRune: -1} }

// Len is the number of unread bytes.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size is the length of the underlying slice.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read copies unread bytes into b.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt copies bytes from offset off, without moving the read position.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte reads one byte.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune reads one UTF-8 encoded rune.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = runeAt(r.s, int(r.i))
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune the previous ReadRune returned.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek sets the read position; positions past the end are allowed.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var base int64
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = r.i
	case io.SeekEnd:
		base = int64(len(r.s))
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	target := base + offset
	if target < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = target
	return target, nil
}

// WriteTo writes the unread bytes to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	wrote, err := w.Write(rest)
	if wrote > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(wrote)
	if wrote != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(wrote), err
}

// ---- iterators (Go 1.24): the lazy forms of Split, Fields and line splitting

// Lines yields the lines of s, each with its newline; a last line without one is yielded too.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			n := IndexByte(s, '\n') + 1
			if n == 0 {
				n = len(s)
			}
			if !yield(s[:n:n]) {
				return
			}
			s = s[n:]
		}
	}
}

// SplitSeq yields what Split returns, one piece at a time.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, 0) }

// SplitAfterSeq yields what SplitAfter returns, one piece at a time.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, len(sep)) }

func splitSeq(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			// an empty separator splits after each UTF-8 sequence (or invalid byte)
			for len(s) > 0 {
				_, n := utf8.DecodeRune(s)
				if !yield(s[:n:n]) {
					return
				}
				s = s[n:]
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			if !yield(s[: i+keep : i+keep]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

// FieldsSeq yields what Fields returns, one field at a time.
func FieldsSeq(s []byte) iter.Seq[[]byte] { return FieldsFuncSeq(s, unicode.IsSpace) }

// FieldsFuncSeq yields what FieldsFunc returns, one field at a time.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRune(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += n
		}
		if start >= 0 {
			yield(s[start:len(s):len(s)])
		}
	}
}
