// Package encoding/csv, as gosub provides it: RFC 4180 records as Go reads and writes them,
// with Go's options (Comma, Comment, FieldsPerRecord, LazyQuotes, TrimLeadingSpace) and errors.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	ErrBareQuote  = errors.New("bare \" in non-quoted-field")
	ErrQuote      = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount = errors.New("wrong number of fields")
	ErrTrailingComma = errors.New("extra delimiter at end of line") // no longer reported, as in Go
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

// A ParseError says where a record went wrong (lines and byte columns count from 1).
type ParseError struct {
	StartLine int
	Line      int
	Column    int
	Err       error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

type position struct{ line, col int }

// A Reader reads records from CSV input.
type Reader struct {
	Comma            rune
	Comment          rune
	FieldsPerRecord  int
	LazyQuotes       bool
	TrimLeadingSpace bool
	ReuseRecord      bool
	TrailingComma    bool // ignored, as in Go

	r         *bufio.Reader
	numLine   int
	offset    int64
	positions []position
}

func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record; at the end of the input it returns io.EOF.
func (r *Reader) Read() (record []string, err error) { return r.readRecord() }

// ReadAll reads the remaining records.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		rec, err := r.readRecord()
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, rec)
	}
}

// FieldPos is where field number field of the last record started.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.positions) {
		panic("out of range index passed to FieldPos")
	}
	return r.positions[field].line, r.positions[field].col
}

// InputOffset is how many bytes have been read.
func (r *Reader) InputOffset() int64 { return r.offset }

// readLine reads one line, ending in "\n" (a "\r\n" ending becomes "\n"), or the last line.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadBytes('\n')
	r.offset += int64(len(line))
	if len(line) > 0 && err == io.EOF {
		err = nil
		if line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
	}
	if len(line) > 0 || err == nil {
		r.numLine++
	}
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// nlLen is 1 when b ends in a newline.
func nlLen(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func (r *Reader) readRecord() ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue // a comment line
		}
		if errRead == nil && len(line) == nlLen(line) {
			line = nil
			continue // an empty line
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}
	const quoteLen = 1
	commaLen := utf8.RuneLen(r.Comma)
	recLine := r.numLine
	var buf []byte
	var ends []int
	r.positions = r.positions[:0]
	pos := position{line: r.numLine, col: 1}
	var err error
fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(c rune) bool { return !unicode.IsSpace(c) })
			if i < 0 {
				i = len(line)
				pos.col -= nlLen(line)
			}
			line = line[i:]
			pos.col += i
		}
		if len(line) == 0 || line[0] != '"' {
			// an unquoted field runs to the next comma or the end of the line
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-nlLen(field)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col + j, Err: ErrBareQuote}
					break fields
				}
			}
			buf = append(buf, field...)
			ends = append(ends, len(buf))
			r.positions = append(r.positions, pos)
			if i >= 0 {
				line = line[i+commaLen:]
				pos.col += i + commaLen
				continue fields
			}
			break fields
		}
		// a quoted field: "" is a quote; it may span lines
		start := pos
		line = line[quoteLen:]
		pos.col += quoteLen
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				buf = append(buf, line[:i]...)
				line = line[i+quoteLen:]
				pos.col += i + quoteLen
				switch c := firstRune(line); {
				case c == '"':
					buf = append(buf, '"')
					line = line[quoteLen:]
					pos.col += quoteLen
				case c == r.Comma:
					line = line[commaLen:]
					pos.col += commaLen
					ends = append(ends, len(buf))
					r.positions = append(r.positions, start)
					continue fields
				case nlLen(line) == len(line):
					ends = append(ends, len(buf))
					r.positions = append(r.positions, start)
					break fields
				case r.LazyQuotes:
					buf = append(buf, '"')
				default:
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col - quoteLen, Err: ErrQuote}
					break fields
				}
			case len(line) > 0:
				buf = append(buf, line...)
				if errRead != nil {
					break fields
				}
				pos.col += len(line)
				line, errRead = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			default:
				if !r.LazyQuotes && errRead == nil {
					err = &ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: ErrQuote}
					break fields
				}
				ends = append(ends, len(buf))
				r.positions = append(r.positions, start)
				break fields
			}
		}
	}
	if err == nil {
		err = errRead
	}
	s := string(buf)
	record := make([]string, len(ends))
	prev := 0
	for i, e := range ends {
		record[i] = s[prev:e]
		prev = e
	}
	if err == nil {
		if r.FieldsPerRecord > 0 {
			if len(record) != r.FieldsPerRecord {
				r.positions = r.positions[:0]
				return record, &ParseError{StartLine: recLine, Line: recLine, Column: 1, Err: ErrFieldCount}
			}
		} else if r.FieldsPerRecord == 0 {
			r.FieldsPerRecord = len(record)
		}
	}
	return record, err
}

// A Writer writes records as CSV, quoting fields only where needed.
type Writer struct {
	Comma   rune
	UseCRLF bool
	w       *bufio.Writer
}

func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

// needsQuotes: empty fields never; fields holding the comma, a quote, CR or LF, starting
// with a space, or exactly `\.`, always.
func (w *Writer) needsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` || strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	return unicode.IsSpace(firstRune([]byte(field)))
}

func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for n, field := range record {
		if n > 0 {
			w.w.WriteRune(w.Comma)
		}
		if !w.needsQuotes(field) {
			w.w.WriteString(field)
			continue
		}
		w.w.WriteByte('"')
		for _, c := range []byte(field) {
			switch c {
			case '"':
				w.w.WriteString(`""`)
			case '\r':
				if !w.UseCRLF {
					w.w.WriteByte('\r')
				}
			case '\n':
				if w.UseCRLF {
					w.w.WriteString("\r\n")
				} else {
					w.w.WriteByte('\n')
				}
			default:
				w.w.WriteByte(c)
			}
		}
		w.w.WriteByte('"')
	}
	var err error
	if w.UseCRLF {
		_, err = w.w.WriteString("\r\n")
	} else {
		err = w.w.WriteByte('\n')
	}
	return err
}

func (w *Writer) Flush() { w.w.Flush() }

// Error is the error of an earlier Write or Flush.
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}

func (w *Writer) WriteAll(records [][]string) error {
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return w.w.Flush()
}
