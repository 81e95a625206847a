// Package text/tabwriter, as gosub provides it: a filter that aligns tab-separated columns.
//
// Text is buffered as cells (ended by '\t' or '\v') on lines (ended by '\n' or '\f'). The
// last cell of a line is not part of any column. A column block is a run of consecutive
// lines that all have a cell in that column; each block gets the width of its widest cell
// plus padding (at least minwidth). Output is written when a line with a single cell ends,
// on '\f', and on Flush.
//
// The Write calls made on the underlying writer are observable (a user writer may log them),
// so we make the same ones as Go: each cell's text at once, padding in runs of at most eight
// bytes (an empty run included), "|" and "\n" on their own, and the unterminated rest last.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// Formatting flags.
const (
	FilterHTML          uint = 1 << iota // HTML tags have width 0, entities width 1
	StripEscape                          // drop the Escape bytes from the output
	AlignRight                           // pad cells on the left
	DiscardEmptyColumns                  // columns of empty, '\v'-ended cells get width 0
	TabIndent                            // leading empty cells are padded with tabs
	Debug                                // '|' between columns, "---" after '\f'
)

// Escape brackets text that is passed through as is: no tab, newline or HTML handling
// inside, and its width is that of the bracketed text.
const Escape = '\xff'

// cell is one buffered cell: its bytes in the text buffer and its display width.
type cell struct {
	size  int  // bytes in Writer.text
	width int  // runes shown, after escape/HTML rules
	htab  bool // ended by '\t' (a '\v'-ended empty cell may be discarded)
}

// Writer is a tab-aligning filter; initialise with Init or NewWriter.
type Writer struct {
	out      io.Writer
	minWidth int
	tabWidth int
	padding  int
	padRun   [8]byte // padding is written from here, at most eight bytes per call
	flags    uint

	text    []byte   // text of every buffered cell, in order
	rows    [][]cell // buffered lines; the last is the one being filled
	cur     cell     // the cell being filled
	counted int      // text[counted:] is not yet in cur.width
	escEnd  byte     // inside an escaped segment: the byte that ends it; 0 outside

	failed error // first error from out while emitting; the rest of the emission is skipped
}

// writeError carries an output error up to Write or Flush.
type writeError struct{ err error }

var (
	tabRun  = []byte("\t\t\t\t\t\t\t\t")
	barText = []byte("|")
	nlText  = []byte("\n")
	ffText  = []byte("---\n")
)

// NewWriter allocates and initialises a Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init sets up b to write to output. minwidth is the least cell width including padding,
// tabwidth the width of a tab when padding with tabs, padding the extra width of every cell.
// Padding with '\t' implies left alignment.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.out = output
	b.minWidth, b.tabWidth, b.padding = minwidth, tabwidth, padding
	for i := range b.padRun {
		b.padRun[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.clear()
	return b
}

// clear drops everything buffered and starts an empty first line.
func (b *Writer) clear() {
	b.text = b.text[:0]
	b.rows = append(b.rows[:0], nil)
	b.cur = cell{}
	b.counted = 0
	b.escEnd = 0
}

// addText appends bytes to the current cell.
func (b *Writer) addText(p []byte) {
	b.text = append(b.text, p...)
	b.cur.size += len(p)
}

// countWidth adds the runes appended since the last count to the current cell's width.
func (b *Writer) countWidth() {
	b.cur.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

// endCell closes the current cell onto the current line and returns the line's cell count.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	last := len(b.rows) - 1
	b.rows[last] = append(b.rows[last], b.cur)
	b.cur = cell{}
	return len(b.rows[last])
}

// openEscape enters an escaped segment started by c.
func (b *Writer) openEscape(c byte) {
	switch c {
	case Escape:
		b.escEnd = Escape
	case '<':
		b.escEnd = '>'
	case '&':
		b.escEnd = ';'
	}
}

// closeEscape leaves the escaped segment, giving it its width: the bracketed text for
// Escape (the two Escape bytes, counted as runes when kept, are taken off again), nothing for
// a tag, one for an entity. Also used on an unterminated segment at Flush.
func (b *Writer) closeEscape() {
	switch b.escEnd {
	case Escape:
		b.countWidth()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2
		}
	case ';':
		b.cur.width++
	}
	b.counted = len(b.text) // tag and entity text is not counted rune by rune
	b.escEnd = 0
}

// emit writes p to the output unless an earlier write of this emission failed.
func (b *Writer) emit(p []byte) {
	if b.failed != nil {
		return
	}
	n, err := b.out.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	b.failed = err
}

// emitRun writes count copies of run's byte, at most len(run) per call; the final call may be
// empty.
func (b *Writer) emitRun(run []byte, count int) {
	for ; count > len(run); count -= len(run) {
		b.emit(run)
	}
	b.emit(run[:count])
}

// pad fills a cell of text width used up to the column width colw.
func (b *Writer) pad(used, colw int, withTabs bool) {
	if b.padRun[0] != '\t' && !withTabs {
		b.emitRun(b.padRun[:], colw-used)
		return
	}
	if b.tabWidth == 0 {
		return // a tab has no width: no padding possible
	}
	// The column ends at the next tab stop; one tab per started tab width of the gap.
	stop := (colw + b.tabWidth - 1) / b.tabWidth * b.tabWidth
	b.emitRun(tabRun, (stop-used+b.tabWidth-1)/b.tabWidth)
}

// columnWidths gives, for every buffered line, the width of each of its cells that belongs to
// a column (all but the line's last). Lines are scanned column by column; each maximal run of
// lines having a cell in the column shares one width.
func (b *Writer) columnWidths() [][]int {
	widths := make([][]int, len(b.rows))
	for i, row := range b.rows {
		if len(row) > 1 {
			widths[i] = make([]int, len(row)-1)
		}
	}
	for col := 0; ; col++ {
		found := false
		for start := 0; start < len(b.rows); {
			if len(widths[start]) <= col {
				start++
				continue
			}
			found = true
			end := start
			w := b.minWidth
			empty := true // every cell empty and '\v'-ended
			for ; end < len(b.rows) && len(widths[end]) > col; end++ {
				c := b.rows[end][col]
				if c.width+b.padding > w {
					w = c.width + b.padding
				}
				if c.width > 0 || c.htab {
					empty = false
				}
			}
			if empty && b.flags&DiscardEmptyColumns != 0 {
				w = 0
			}
			for ; start < end; start++ {
				widths[start][col] = w
			}
		}
		if !found {
			return widths
		}
	}
}

// render writes every buffered line with its cells padded to their column widths.
func (b *Writer) render() {
	widths := b.columnWidths()
	at := 0 // position in b.text
	for i, row := range b.rows {
		leading := b.flags&TabIndent != 0 // still in the line's leading empty cells
		for j, c := range row {
			if j > 0 && b.flags&Debug != 0 {
				b.emit(barText)
			}
			inColumn := j < len(widths[i])
			if c.size == 0 {
				if inColumn {
					b.pad(c.width, widths[i][j], leading)
				}
				continue
			}
			leading = false
			body := b.text[at : at+c.size]
			at += c.size
			if b.flags&AlignRight != 0 && inColumn {
				b.pad(c.width, widths[i][j], false)
			}
			b.emit(body)
			if b.flags&AlignRight == 0 && inColumn {
				b.pad(c.width, widths[i][j], false)
			}
		}
		if i < len(b.rows)-1 {
			b.emit(nlText)
		} else {
			// The last line has no line end yet: write whatever its open cell holds.
			b.emit(b.text[at : at+b.cur.size])
		}
	}
}

// flushAll closes the open cell (and escape), writes everything and reports the first output
// error. The buffer is cleared only on success: a Write whose flush failed keeps its text
// for a later Flush, as Go's does.
func (b *Writer) flushAll() error {
	if b.cur.size > 0 {
		if b.escEnd != 0 {
			b.closeEscape()
		}
		b.endCell(false)
	}
	b.failed = nil
	b.render()
	err := b.failed
	b.failed = nil
	if err != nil {
		panic(writeError{err})
	}
	b.clear()
	return nil
}

// guard turns a panic during op into Go's results: an output error becomes the returned
// error, anything else (a panicking output writer, an uninitialised Writer) becomes a panic
// naming the operation.
func (b *Writer) guard(err *error, op string) {
	p := recover()
	if p == nil {
		return
	}
	if op == "Flush" {
		b.clear()
	}
	if we, ok := p.(writeError); ok {
		*err = we.err
		return
	}
	panic("tabwriter: panic during " + op)
}

// Flush writes out all buffered text; an open cell or escaped segment is closed first.
func (b *Writer) Flush() (err error) {
	defer b.guard(&err, "Flush")
	return b.flushAll()
}

// Write buffers buf, cell by cell. On an output error it returns how far into buf it got
// (just past the line end whose flush failed).
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.guard(&err, "Write")
	from := 0 // start of buf's bytes not yet added to the buffer
	for i, ch := range buf {
		if b.escEnd != 0 {
			if ch != b.escEnd {
				continue
			}
			upto := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				upto = i // leave the closing Escape out
			}
			b.addText(buf[from:upto])
			from = i + 1
			b.closeEscape()
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.addText(buf[from:i])
			b.countWidth()
			from = i + 1
			cells := b.endCell(ch == '\t')
			if ch != '\n' && ch != '\f' {
				break
			}
			b.rows = append(b.rows, nil)
			// A line of a single cell ends every column, so nothing buffered can change
			// width any more: write it all out. '\f' always does.
			if ch == '\f' || cells == 1 {
				n = from // reported if the flush fails
				b.flushAll()
				if ch == '\f' && b.flags&Debug != 0 {
					b.emit(ffText)
					if b.failed != nil {
						panic(writeError{b.failed})
					}
				}
			}
		case Escape:
			b.addText(buf[from:i])
			b.countWidth()
			from = i
			if b.flags&StripEscape != 0 {
				from++ // leave the opening Escape out
			}
			b.openEscape(ch)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.addText(buf[from:i])
				b.countWidth()
				from = i
				b.openEscape(ch)
			}
		}
	}
	b.addText(buf[from:])
	return len(buf), nil
}
