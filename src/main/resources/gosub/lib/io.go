// Package io, as gosub provides it: the interfaces and helpers of Go's io package, written
// for gosub from their documented behaviour (Go 1.19): the same errors, buffer sizes and
// shortcuts (WriterTo, ReaderFrom, StringWriter). The pipe is built on channels alone so
// that io does not import sync.
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

var (
	EOF              = errors.New("EOF")
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	ErrShortWrite    = errors.New("short write")
	ErrShortBuffer   = errors.New("short buffer")
	ErrNoProgress    = errors.New("multiple Read calls return no data or error")
	ErrClosedPipe    = errors.New("io: read/write on closed pipe")

	// A Write that claims more than it was given, or a negative count.
	errBadWriteCount = errors.New("invalid write result")
	errSeekWhence    = errors.New("Seek: invalid whence")
	errSeekOffset    = errors.New("Seek: invalid offset")
)

// ---- interfaces ----

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ---- reading and writing helpers ----

// WriteString uses w's own WriteString when it has one, so no []byte copy is made.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads until min bytes are in buf. An error after that many bytes is
// dropped; EOF after some but fewer bytes becomes ErrUnexpectedEOF.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads to EOF (which it does not report), starting with 512 bytes of room and
// letting append decide how the slice grows.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data[:cap(data)], 0)[:len(data)]
		}
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// CopyN copies n bytes, or reports why it could not (EOF when src ran out).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyVia(dst, src, nil)
}

func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyVia(dst, src, buf)
}

const copyBufSize = 32 * 1024

// copyVia lets src write (WriterTo) or dst read (ReaderFrom) when it can; otherwise it
// copies through buf, which is made when nil: 32 KiB, or less for a shorter LimitedReader.
func copyVia(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := copyBufSize
		if lr, ok := src.(*LimitedReader); ok && lr.N < int64(size) {
			size = int(lr.N)
			if size < 1 {
				size = 1
			}
		}
		buf = make([]byte, size)
	}
	for {
		got, rerr := src.Read(buf)
		if got > 0 {
			put, werr := dst.Write(buf[:got])
			if put < 0 || put > got {
				put = 0
				if werr == nil {
					werr = errBadWriteCount
				}
			}
			written += int64(put)
			if werr != nil {
				return written, werr
			}
			if put != got {
				return written, ErrShortWrite
			}
		}
		if rerr == EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// ---- LimitedReader ----

func LimitReader(r Reader, n int64) Reader { return &LimitedReader{R: r, N: n} }

// LimitedReader reads from R while N, the bytes still allowed, is positive.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// ---- SectionReader ----

// SectionReader reads the bytes [first, end) of a ReaderAt; pos is the next to read.
type SectionReader struct {
	src   ReaderAt
	first int64
	pos   int64
	end   int64
}

func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxInt64 = 1<<63 - 1
	// When off+n does not fit (the test wraps around just as Go's does), the section
	// runs to the largest offset.
	end := int64(maxInt64)
	if off <= maxInt64-n {
		end = off + n
	}
	return &SectionReader{src: r, first: off, pos: off, end: end}
}

func (s *SectionReader) Size() int64 { return s.end - s.first }

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.pos >= s.end {
		return 0, EOF
	}
	if left := s.end - s.pos; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.src.ReadAt(p, s.pos)
	s.pos += int64(n)
	return n, err
}

// Seek may go past the end (reads then give EOF) but not before the start.
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.first
	case SeekCurrent:
		offset += s.pos
	case SeekEnd:
		offset += s.end
	default:
		return 0, errSeekWhence
	}
	if offset < s.first {
		return 0, errSeekOffset
	}
	s.pos = offset
	return offset - s.first, nil
}

// ReadAt reads at off within the section; a read cut short by the section's end
// reports EOF.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	at := s.first + off
	if left := s.end - at; int64(len(p)) > left {
		n, err = s.src.ReadAt(p[:left], at)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.src.ReadAt(p, at)
}

// ---- TeeReader ----

func TeeReader(r Reader, w Writer) Reader { return &tee{src: r, copyTo: w} }

type tee struct {
	src    Reader
	copyTo Writer
}

// Read passes on what it reads; a failed write to the copy is what Read reports.
func (t *tee) Read(p []byte) (int, error) {
	n, err := t.src.Read(p)
	if n > 0 {
		if m, werr := t.copyTo.Write(p[:n]); werr != nil {
			return m, werr
		}
	}
	return n, err
}

// ---- Discard ----

// Discard accepts every write; as a ReaderFrom it reads and drops in 8 KiB pieces.
var Discard Writer = sink{}

type sink struct{}

var _ ReaderFrom = sink{}

func (sink) Write(p []byte) (int, error) { return len(p), nil }

func (sink) WriteString(s string) (int, error) { return len(s), nil }

func (sink) ReadFrom(r Reader) (n int64, err error) {
	scratch := make([]byte, 8192)
	for {
		got, rerr := r.Read(scratch)
		n += int64(got)
		if rerr == EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// ---- NopCloser ----

// NopCloser adds a Close that does nothing; a WriterTo stays one.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return noCloseWriterTo{r}
	}
	return noClose{r}
}

type noClose struct{ Reader }

func (noClose) Close() error { return nil }

type noCloseWriterTo struct{ Reader }

func (noCloseWriterTo) Close() error { return nil }

func (c noCloseWriterTo) WriteTo(w Writer) (int64, error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// ---- MultiReader ----

// MultiReader reads its readers one after another; a reader's EOF is hidden until the
// last one's.
func MultiReader(readers ...Reader) Reader {
	own := make([]Reader, len(readers))
	copy(own, readers)
	return &chain{parts: own}
}

type chain struct {
	parts []Reader
}

// exhausted stands in for a finished part so it can be collected.
type exhausted struct{}

func (exhausted) Read([]byte) (int, error) { return 0, EOF }

func (c *chain) Read(p []byte) (n int, err error) {
	for len(c.parts) > 0 {
		// A nested chain as the last part: read its parts directly, keeping deep
		// nesting from costing a call per level.
		if len(c.parts) == 1 {
			if inner, ok := c.parts[0].(*chain); ok {
				c.parts = inner.parts
				continue
			}
		}
		n, err = c.parts[0].Read(p)
		if err == EOF {
			c.parts[0] = exhausted{}
			c.parts = c.parts[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(c.parts) > 0 {
				err = nil // more parts follow
			}
			return n, err
		}
	}
	return 0, EOF
}

var _ WriterTo = (*chain)(nil)

// WriteTo copies every part in turn, sharing one 32 KiB buffer among them.
func (c *chain) WriteTo(w Writer) (int64, error) {
	return c.writeAll(w, make([]byte, copyBufSize))
}

func (c *chain) writeAll(w Writer, buf []byte) (sum int64, err error) {
	for i, part := range c.parts {
		var n int64
		if inner, ok := part.(*chain); ok {
			n, err = inner.writeAll(w, buf)
		} else {
			n, err = CopyBuffer(w, part, buf)
		}
		sum += n
		if err != nil {
			c.parts = c.parts[i:] // the failed part may be read again
			return sum, err
		}
		c.parts[i] = nil
	}
	c.parts = nil
	return sum, nil
}

// ---- MultiWriter ----

// MultiWriter writes everything to each writer in order, stopping at the first error
// or short write. Nested MultiWriters are flattened.
func MultiWriter(writers ...Writer) Writer {
	var all []Writer
	for _, w := range writers {
		if fan, ok := w.(*fanOut); ok {
			all = append(all, fan.targets...)
		} else {
			all = append(all, w)
		}
	}
	return &fanOut{targets: all}
}

type fanOut struct {
	targets []Writer
}

func (f *fanOut) Write(p []byte) (n int, err error) {
	for _, w := range f.targets {
		if n, err = w.Write(p); err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

var _ StringWriter = (*fanOut)(nil)

// WriteString gives each target the string itself when it takes strings, and converts
// it to bytes at most once for the others.
func (f *fanOut) WriteString(s string) (n int, err error) {
	var asBytes []byte
	for _, w := range f.targets {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if asBytes == nil {
				asBytes = []byte(s)
			}
			n, err = w.Write(asBytes)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}

// ---- Pipe ----

// Pipe connects a writer to a reader with no buffer: each Write waits until readers have
// taken all of its bytes (over as many Reads as needed) or the pipe is closed.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipeLine{
		writeTurn: make(chan struct{}, 1),
		offers:    make(chan []byte),
		taken:     make(chan int),
		guard:     make(chan struct{}, 1),
		closed:    make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}

// pipeLine is the state both ends share. Channels of capacity 1 serve as locks.
type pipeLine struct {
	writeTurn chan struct{} // held by the Write in progress: writes do not interleave
	offers    chan []byte   // a Write offers its unread bytes
	taken     chan int      // the Read answers how many it took
	guard     chan struct{} // protects the fields below
	closed    chan struct{} // closed when either end is closed
	isClosed  bool
	readErr   error // the reader's close error, first one wins
	writeErr  error // the writer's close error, first one wins
}

func (p *pipeLine) lock()   { p.guard <- struct{}{} }
func (p *pipeLine) unlock() { <-p.guard }

// shut records err as the reader's (forReader) or the writer's close error, unless one
// is already recorded, and wakes everything waiting on the pipe.
func (p *pipeLine) shut(forReader bool, err error) {
	p.lock()
	if forReader {
		if p.readErr == nil {
			p.readErr = err
		}
	} else if p.writeErr == nil {
		p.writeErr = err
	}
	if !p.isClosed {
		p.isClosed = true
		close(p.closed)
	}
	p.unlock()
}

// failure is what an operation on a closed pipe returns: the other end's close error
// when only the other end was closed, else ErrClosedPipe.
func (p *pipeLine) failure(forReader bool) error {
	p.lock()
	own, other := p.writeErr, p.readErr
	if forReader {
		own, other = p.readErr, p.writeErr
	}
	p.unlock()
	if own == nil && other != nil {
		return other
	}
	return ErrClosedPipe
}

func (p *pipeLine) read(b []byte) (int, error) {
	// Check closure first so that a closed pipe fails even when a writer is waiting.
	select {
	case <-p.closed:
		return 0, p.failure(true)
	default:
	}
	select {
	case offered := <-p.offers:
		k := copy(b, offered)
		p.taken <- k
		return k, nil
	case <-p.closed:
		return 0, p.failure(true)
	}
}

func (p *pipeLine) write(b []byte) (n int, err error) {
	select {
	case <-p.closed:
		return 0, p.failure(false)
	default:
	}
	p.writeTurn <- struct{}{}
	defer func() { <-p.writeTurn }()
	// Offer at least once, so that even an empty Write meets a Read.
	for {
		select {
		case p.offers <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.closed:
			return n, p.failure(false)
		}
		if len(b) == 0 {
			return n, nil
		}
	}
}

// PipeReader is the read end of a pipe.
type PipeReader struct {
	p *pipeLine
}

// Read waits for a writer; after the write end is closed it returns the writer's error
// (EOF for Close).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close makes later writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError makes later writes fail with err (ErrClosedPipe when nil).
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.p.shut(true, err)
	return nil
}

// PipeWriter is the write end of a pipe.
type PipeWriter struct {
	p *pipeLine
}

func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close makes reads return EOF once the data written is consumed.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError makes reads return err (EOF when nil).
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.p.shut(false, err)
	return nil
}
