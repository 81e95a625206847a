// Package bufio, as gosub provides it: buffered Reader, Writer and Scanner written for gosub
// from the documented behaviour of Go's bufio, so buffer sizes, when the underlying reader
// and writer are called, and every error value match Go 1.19's.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

// indexByte is bytes.IndexByte (native; bufio does not import bytes here).
func indexByte(b []byte, c byte) int

const (
	defaultBufSize = 4096
	minReaderSize  = 16
	// How many times in a row a reader may return (0, nil) before we give up with
	// io.ErrNoProgress; also the limit on empty tokens at EOF in Scanner.
	emptyReadLimit = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var (
	errReadNegative  = errors.New("bufio: reader returned negative count from Read")
	errWriteNegative = errors.New("bufio: writer returned negative count from Write")
)

// ---- Reader ----

// Reader buffers an io.Reader. The unread bytes are buf[head:tail].
type Reader struct {
	buf        []byte
	src        io.Reader
	head, tail int
	srcErr     error // the source's error, reported once by takeErr
	// What the Unread methods may undo: the last byte handed out (-1: none) and the
	// size of the last rune from ReadRune (-1: the last call was not ReadRune).
	prevByte    int
	prevRuneLen int
}

// NewReaderSize returns rd itself when it already is a Reader at least size bytes big.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if br, ok := rd.(*Reader); ok && len(br.buf) >= size {
		return br
	}
	if size < minReaderSize {
		size = minReaderSize
	}
	br := new(Reader)
	br.start(make([]byte, size), rd)
	return br
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

func (b *Reader) Size() int { return len(b.buf) }

// Reset drops buffered data and reads from r; the zero Reader gets the default size.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.start(b.buf, r)
}

func (b *Reader) start(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, src: r, prevByte: -1, prevRuneLen: -1}
}

func (b *Reader) Buffered() int { return b.tail - b.head }

// forgetLast makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forgetLast() {
	b.prevByte = -1
	b.prevRuneLen = -1
}

// takeErr reports the source's error and clears it, so that it is returned only once.
func (b *Reader) takeErr() error {
	err := b.srcErr
	b.srcErr = nil
	return err
}

// readSrc calls the source once, refusing negative counts as Go does (with a panic).
func (b *Reader) readSrc(p []byte) (int, error) {
	n, err := b.src.Read(p)
	if n < 0 {
		panic(errReadNegative)
	}
	return n, err
}

// fill moves the unread bytes to the front and reads into the free space until the
// source gives at least one byte, an error, or emptyReadLimit empty answers.
func (b *Reader) fill() {
	if b.head > 0 {
		copy(b.buf, b.buf[b.head:b.tail])
		b.tail -= b.head
		b.head = 0
	}
	if b.tail >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < emptyReadLimit; tries++ {
		n, err := b.readSrc(b.buf[b.tail:])
		b.tail += n
		if err != nil {
			b.srcErr = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.srcErr = io.ErrNoProgress
}

func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forgetLast()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.srcErr == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.head:b.tail], ErrBufferFull
	}
	if have := b.Buffered(); have < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.head:b.tail], err
	}
	return b.buf[b.head : b.head+n], nil
}

func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forgetLast()
	for left := n; ; {
		if b.Buffered() == 0 {
			b.fill()
		}
		step := b.Buffered()
		if step > left {
			step = left
		}
		b.head += step
		left -= step
		if left == 0 {
			return n, nil
		}
		if b.srcErr != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read takes bytes from the buffer, calling the source at most once. A read at least as
// big as the buffer goes straight to the source when nothing is buffered.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.srcErr != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			n, b.srcErr = b.readSrc(p)
			if n > 0 {
				b.prevByte = int(p[n-1])
				b.prevRuneLen = -1
			}
			return n, b.takeErr()
		}
		b.head, b.tail = 0, 0
		n, b.srcErr = b.readSrc(b.buf)
		if n == 0 {
			return 0, b.takeErr()
		}
		b.tail = n
	}
	n = copy(p, b.buf[b.head:b.tail])
	b.head += n
	b.prevByte = int(b.buf[b.head-1])
	b.prevRuneLen = -1
	return n, nil
}

func (b *Reader) ReadByte() (byte, error) {
	b.prevRuneLen = -1
	for b.head == b.tail {
		if b.srcErr != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.head]
	b.head++
	b.prevByte = int(c)
	return c, nil
}

func (b *Reader) UnreadByte() error {
	if b.prevByte < 0 || b.head == 0 && b.tail > 0 {
		return ErrInvalidUnreadByte
	}
	if b.head > 0 {
		b.head--
	} else {
		// The byte came from a read that bypassed the empty buffer: put it back there.
		b.tail = 1
	}
	b.buf[b.head] = byte(b.prevByte)
	b.forgetLast()
	return nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	// Read more while the buffered bytes could be the start of a longer rune.
	for b.head+utf8.UTFMax > b.tail && !utf8.FullRune(b.buf[b.head:b.tail]) &&
		b.srcErr == nil && b.Buffered() < len(b.buf) {
		b.fill()
	}
	b.prevRuneLen = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = rune(b.buf[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.head:b.tail])
	}
	b.head += size
	b.prevByte = int(b.buf[b.head-1])
	b.prevRuneLen = size
	return r, size, nil
}

func (b *Reader) UnreadRune() error {
	if b.prevRuneLen < 0 || b.head < b.prevRuneLen {
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevRuneLen
	b.forgetLast()
	return nil
}

// ReadSlice returns a view of the buffer up to and including delim; the view is only
// valid until the next read.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes already known not to hold delim
	for {
		if i := indexByte(b.buf[b.head+searched:b.tail], delim); i >= 0 {
			end := b.head + searched + i + 1
			line = b.buf[b.head:end]
			b.head = end
			break
		}
		if b.srcErr != nil {
			line = b.buf[b.head:b.tail]
			b.head = b.tail
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			line = b.buf
			b.head = b.tail
			err = ErrBufferFull
			break
		}
		searched = b.Buffered()
		b.fill()
	}
	if k := len(line); k > 0 {
		b.prevByte = int(line[k-1])
		b.prevRuneLen = -1
	}
	return line, err
}

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' in the buffer: its '\n' may come next, and "\r\n" must
		// not be split between two results.
		if k := len(line); k > 0 && line[k-1] == '\r' {
			if b.head == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.head--
			line = line[:k-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	if line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
		if k := len(line); k > 0 && line[k-1] == '\r' {
			line = line[:k-1]
		}
	}
	return line, false, nil
}

// readThrough reads up to and including delim into a new slice, across as many
// buffer-fulls as needed.
func (b *Reader) readThrough(delim byte) ([]byte, error) {
	var parts [][]byte
	total := 0
	for {
		frag, err := b.ReadSlice(delim)
		if err != ErrBufferFull {
			out := make([]byte, total+len(frag))
			at := 0
			for _, p := range parts {
				at += copy(out[at:], p)
			}
			copy(out[at:], frag)
			return out, err
		}
		// frag is the whole buffer, which the next ReadSlice overwrites.
		parts = append(parts, append([]byte(nil), frag...))
		total += len(frag)
	}
}

func (b *Reader) ReadBytes(delim byte) ([]byte, error) { return b.readThrough(delim) }

func (b *Reader) ReadString(delim byte) (string, error) {
	bs, err := b.readThrough(delim)
	return string(bs), err
}

// WriteTo hands over the buffered bytes first, then lets the source write directly
// (io.WriterTo) or the target read directly (io.ReaderFrom), else copies a buffer-full
// at a time.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forgetLast()
	n, err = b.flushTo(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.src.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.src)
		return n + m, err
	}
	if b.Buffered() < len(b.buf) {
		b.fill()
	}
	for b.head < b.tail {
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.srcErr == io.EOF {
		b.srcErr = nil
	}
	return n, b.takeErr()
}

// flushTo writes all buffered bytes with one Write call (even when there are none).
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	m, err := w.Write(b.buf[b.head:b.tail])
	if m < 0 {
		panic(errWriteNegative)
	}
	b.head += m
	return int64(m), err
}

// ---- Writer ----

// Writer buffers an io.Writer. buf[:used] waits to be written. After a write error
// the Writer keeps failing with it until Reset.
type Writer struct {
	buf  []byte
	used int
	dst  io.Writer
	err  error
}

// NewWriterSize returns w itself when it already is a Writer at least size bytes big.
func NewWriterSize(w io.Writer, size int) *Writer {
	if bw, ok := w.(*Writer); ok && len(bw.buf) >= size {
		return bw
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), dst: w}
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func (b *Writer) Size() int { return len(b.buf) }

// Reset drops unwritten data and any error; the zero Writer gets the default size.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.used = 0
	b.err = nil
	b.dst = w
}

// Flush writes the buffer with one Write. What a short or failed write leaves unwritten
// stays buffered.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.used == 0 {
		return nil
	}
	m, err := b.dst.Write(b.buf[:b.used])
	if m < b.used && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if m > 0 && m < b.used {
			copy(b.buf, b.buf[m:b.used])
		}
		b.used -= m
		b.err = err
		return err
	}
	b.used = 0
	return nil
}

func (b *Writer) Available() int { return len(b.buf) - b.used }

// AvailableBuffer is the free part of the buffer, empty, for appending to and then Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.used:][:0] }

func (b *Writer) Buffered() int { return b.used }

// Write fills and flushes the buffer; a remainder at least a buffer long goes straight to
// the destination when the buffer is empty.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var m int
		if b.used == 0 {
			m, b.err = b.dst.Write(p)
		} else {
			m = copy(b.buf[b.used:], p)
			b.used += m
			b.Flush()
		}
		nn += m
		p = p[m:]
	}
	if b.err != nil {
		return nn, b.err
	}
	m := copy(b.buf[b.used:], p)
	b.used += m
	return nn + m, nil
}

// WriteString is Write for strings; the direct path for a long remainder needs a
// destination with a WriteString method (io.StringWriter).
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	sw, direct := b.dst.(io.StringWriter)
	for len(s) > b.Available() && b.err == nil {
		var m int
		if b.used == 0 && direct {
			m, b.err = sw.WriteString(s)
		} else {
			m = copy(b.buf[b.used:], s)
			b.used += m
			b.Flush()
		}
		nn += m
		s = s[m:]
	}
	if b.err != nil {
		return nn, b.err
	}
	m := copy(b.buf[b.used:], s)
	b.used += m
	return nn + m, nil
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.used] = c
	b.used++
	return nil
}

// WriteRune flushes first when fewer than utf8.UTFMax bytes are free, even if the
// rune's encoding would fit.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than any rune.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.used:], r)
	b.used += size
	return size, nil
}

// ReadFrom reads into the free part of the buffer, flushing whenever it is full. Once the
// buffer is empty and the destination is an io.ReaderFrom, the rest is left to it.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, canDelegate := b.dst.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if canDelegate && b.used == 0 {
			m, derr := rf.ReadFrom(r)
			b.err = derr
			return n + m, derr
		}
		m, rerr, ok := readSome(r, b.buf[b.used:])
		if !ok {
			return n, io.ErrNoProgress
		}
		b.used += m
		n += int64(m)
		if rerr != nil {
			err = rerr
			break
		}
	}
	if err == io.EOF {
		// A buffer filled exactly is flushed now rather than on the next write.
		if b.Available() == 0 {
			return n, b.Flush()
		}
		return n, nil
	}
	return n, err
}

// readSome calls r.Read until it returns data or an error; ok is false after
// emptyReadLimit empty answers.
func readSome(r io.Reader, p []byte) (n int, err error, ok bool) {
	for tries := 0; tries < emptyReadLimit; tries++ {
		n, err = r.Read(p)
		if n != 0 || err != nil {
			return n, err, true
		}
	}
	return 0, nil, false
}

// ---- ReadWriter ----

type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }

// ---- Scanner ----

const (
	MaxScanTokenSize = 64 * 1024
	firstScanBufSize = 4096
)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a SplitFunc, makes its token the last one and ends scanning
// without an error.
var ErrFinalToken = errors.New("final token")

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner splits what it reads into tokens. The unsplit data is buf[lo:hi]. Once err is
// set (io.EOF included) no more reads happen, but what is left is still split with
// atEOF true.
type Scanner struct {
	src      io.Reader
	split    SplitFunc
	maxToken int
	token    []byte
	buf      []byte
	lo, hi   int
	err      error
	stuck    int  // empty tokens in a row at EOF
	started  bool // Scan was called: Buffer and Split may no longer be
	finished bool // after ErrFinalToken
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: r, split: ScanLines, maxToken: MaxScanTokenSize}
}

// Err is nil after a plain end of input.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

func (s *Scanner) Scan() bool {
	if s.finished {
		return false
	}
	s.started = true
	for {
		if s.hi > s.lo || s.err != nil {
			if tok, ok, stop := s.trySplit(); stop {
				return ok
			} else if tok {
				return true
			}
		}
		if s.err != nil {
			s.lo, s.hi = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
}

// trySplit calls the split function once. tok reports a token; stop reports that Scan
// must return ok now.
func (s *Scanner) trySplit() (tok, ok, stop bool) {
	atEOF := s.err != nil
	adv, token, err := s.split(s.buf[s.lo:s.hi], atEOF)
	if err != nil {
		if err == ErrFinalToken {
			s.token = token
			s.finished = true
			return false, true, true
		}
		s.recordErr(err)
		return false, false, true
	}
	if adv < 0 {
		s.recordErr(ErrNegativeAdvance)
		return false, false, true
	}
	if adv > s.hi-s.lo {
		s.recordErr(ErrAdvanceTooFar)
		return false, false, true
	}
	s.lo += adv
	s.token = token
	if token == nil {
		return false, false, false
	}
	// Empty tokens that consume nothing are fine while more input may come; at EOF they
	// would repeat forever.
	if !atEOF || adv > 0 {
		s.stuck = 0
	} else {
		s.stuck++
		if s.stuck > emptyReadLimit {
			panic("bufio.Scan: too many empty tokens without progressing")
		}
	}
	return true, true, false
}

// makeRoom moves unsplit data to the front when that frees space, or grows the buffer
// (doubling, from firstScanBufSize, up to maxToken) when it is full.
func (s *Scanner) makeRoom() bool {
	if s.lo > 0 && (s.hi == len(s.buf) || s.lo > len(s.buf)/2) {
		copy(s.buf, s.buf[s.lo:s.hi])
		s.hi -= s.lo
		s.lo = 0
	}
	if s.hi < len(s.buf) {
		return true
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.maxToken || len(s.buf) > maxInt/2 {
		s.recordErr(ErrTooLong)
		return false
	}
	size := 2 * len(s.buf)
	if size == 0 {
		size = firstScanBufSize
	}
	if size > s.maxToken {
		size = s.maxToken
	}
	bigger := make([]byte, size)
	copy(bigger, s.buf[s.lo:s.hi])
	s.hi -= s.lo
	s.lo = 0
	s.buf = bigger
	return true
}

// readMore reads once into the free space, retrying empty reads up to the limit.
func (s *Scanner) readMore() {
	for empty := 0; ; {
		n, err := s.src.Read(s.buf[s.hi:])
		if n < 0 || n > len(s.buf)-s.hi {
			s.recordErr(ErrBadReadCount)
			return
		}
		s.hi += n
		if err != nil {
			s.recordErr(err)
			return
		}
		if n > 0 {
			s.stuck = 0
			return
		}
		empty++
		if empty > emptyReadLimit {
			s.recordErr(io.ErrNoProgress)
			return
		}
	}
}

// recordErr keeps the first real error; a later error may replace io.EOF.
func (s *Scanner) recordErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the initial buffer (all of its capacity is used) and the largest buffer
// size. Tokens may be as long as the larger of max and cap(buf).
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[:cap(buf)]
	s.maxToken = max
}

func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

// ---- split functions ----

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

var replacementBytes = []byte(string(utf8.RuneError))

// ScanRunes yields each UTF-8 rune; each byte of an invalid or, at EOF, truncated
// encoding becomes U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	if _, size := utf8.DecodeRune(data); size > 1 {
		return size, data[:size], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil // the rest of the rune may still come
	}
	return 1, replacementBytes, nil
}

func trimCR(line []byte) []byte {
	if k := len(line); k > 0 && line[k-1] == '\r' {
		return line[:k-1]
	}
	return line
}

// ScanLines yields lines without their "\n" or "\r\n"; the last line may lack a newline.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := indexByte(data, '\n'); i >= 0 {
		return i + 1, trimCR(data[:i]), nil
	}
	if atEOF {
		return len(data), trimCR(data), nil
	}
	return 0, nil, nil
}

// isWhite reports Unicode White_Space, which is what separates ScanWords's words.
func isWhite(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0,
		0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// ScanWords yields space-separated words; it never returns an empty word.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	first := 0
	for first < len(data) {
		r, size := utf8.DecodeRune(data[first:])
		if !isWhite(r) {
			break
		}
		first += size
	}
	for i := first; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isWhite(r) {
			return i + size, data[first:i], nil
		}
		i += size
	}
	if atEOF && len(data) > first {
		return len(data), data[first:], nil
	}
	// Skip the leading spaces now; the word itself needs more data.
	return first, nil, nil
}
