// Package image, as gosub provides it: points, rectangles, the Image interface and the RGBA
// image (what A Tour of Go's image pages use). Decoding, encoding and the other image types
// are not provided.
package image

import (
	"image/color"
	"strconv"
)

// A Point is an X, Y coordinate pair; the axes grow right and down.
type Point struct {
	X, Y int
}

func Pt(x, y int) Point { return Point{x, y} }

func (p Point) String() string {
	return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")"
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }
func (p Point) Mul(k int) Point   { return Point{p.X * k, p.Y * k} }
func (p Point) Div(k int) Point   { return Point{p.X / k, p.Y / k} }
func (p Point) Eq(q Point) bool   { return p == q }

// In reports whether p lies in r (Min inclusive, Max exclusive).
func (p Point) In(r Rectangle) bool {
	return r.Min.X <= p.X && p.X < r.Max.X && r.Min.Y <= p.Y && p.Y < r.Max.Y
}

var ZP Point

// A Rectangle holds the points with Min.X <= X < Max.X and Min.Y <= Y < Max.Y.
type Rectangle struct {
	Min, Max Point
}

var ZR Rectangle

// Rect builds the rectangle with corners (x0, y0) and (x1, y1), whichever order they come in.
func Rect(x0, y0, x1, y1 int) Rectangle {
	if x0 > x1 {
		x0, x1 = x1, x0
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	return Rectangle{Point{x0, y0}, Point{x1, y1}}
}

func (r Rectangle) String() string { return r.Min.String() + "-" + r.Max.String() }

func (r Rectangle) Dx() int       { return r.Max.X - r.Min.X }
func (r Rectangle) Dy() int       { return r.Max.Y - r.Min.Y }
func (r Rectangle) Size() Point   { return Point{r.Dx(), r.Dy()} }
func (r Rectangle) Empty() bool   { return r.Min.X >= r.Max.X || r.Min.Y >= r.Max.Y }
func (r Rectangle) Add(p Point) Rectangle {
	return Rectangle{r.Min.Add(p), r.Max.Add(p)}
}
func (r Rectangle) Sub(p Point) Rectangle {
	return Rectangle{r.Min.Sub(p), r.Max.Sub(p)}
}

// Eq treats all empty rectangles as equal.
func (r Rectangle) Eq(s Rectangle) bool {
	return r == s || r.Empty() && s.Empty()
}

// Intersect is the largest rectangle inside both; ZR when they do not overlap.
func (r Rectangle) Intersect(s Rectangle) Rectangle {
	r.Min.X, r.Min.Y = max(r.Min.X, s.Min.X), max(r.Min.Y, s.Min.Y)
	r.Max.X, r.Max.Y = min(r.Max.X, s.Max.X), min(r.Max.Y, s.Max.Y)
	if r.Empty() {
		return ZR
	}
	return r
}

// Union is the smallest rectangle holding both (an empty one adds nothing).
func (r Rectangle) Union(s Rectangle) Rectangle {
	if r.Empty() {
		return s
	}
	if s.Empty() {
		return r
	}
	r.Min.X, r.Min.Y = min(r.Min.X, s.Min.X), min(r.Min.Y, s.Min.Y)
	r.Max.X, r.Max.Y = max(r.Max.X, s.Max.X), max(r.Max.Y, s.Max.Y)
	return r
}

func (r Rectangle) Overlaps(s Rectangle) bool {
	return !r.Empty() && !s.Empty() &&
		r.Min.X < s.Max.X && s.Min.X < r.Max.X && r.Min.Y < s.Max.Y && s.Min.Y < r.Max.Y
}

// In reports whether every point of r is in s.
func (r Rectangle) In(s Rectangle) bool {
	if r.Empty() {
		return true
	}
	return s.Min.X <= r.Min.X && r.Max.X <= s.Max.X && s.Min.Y <= r.Min.Y && r.Max.Y <= s.Max.Y
}

// An Image is a rectangle of colors.
type Image interface {
	ColorModel() color.Model
	Bounds() Rectangle
	At(x, y int) color.Color
}

// RGBA is an in-memory image of color.RGBA pixels: 4 bytes per pixel, Stride bytes per row.
type RGBA struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewRGBA(r Rectangle) *RGBA {
	w, h := r.Dx(), r.Dy()
	if w < 0 || h < 0 {
		panic("image: NewRGBA Rectangle has huge or negative dimensions")
	}
	return &RGBA{Pix: make([]uint8, 4*w*h), Stride: 4 * w, Rect: r}
}

func (p *RGBA) ColorModel() color.Model { return color.RGBAModel }
func (p *RGBA) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the pixel at (x, y).
func (p *RGBA) PixOffset(x, y int) int {
	return (y-p.Rect.Min.Y)*p.Stride + (x-p.Rect.Min.X)*4
}

func (p *RGBA) At(x, y int) color.Color { return p.RGBAAt(x, y) }

// RGBAAt is the transparent black outside the bounds.
func (p *RGBA) RGBAAt(x, y int) color.RGBA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.RGBA{}
	}
	i := p.PixOffset(x, y)
	return color.RGBA{p.Pix[i], p.Pix[i+1], p.Pix[i+2], p.Pix[i+3]}
}

// Set ignores points outside the bounds.
func (p *RGBA) Set(x, y int, c color.Color) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	p.SetRGBA(x, y, color.RGBAModel.Convert(c).(color.RGBA))
}

func (p *RGBA) SetRGBA(x, y int, c color.RGBA) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	i := p.PixOffset(x, y)
	p.Pix[i], p.Pix[i+1], p.Pix[i+2], p.Pix[i+3] = c.R, c.G, c.B, c.A
}

// Opaque reports whether every pixel has full alpha.
func (p *RGBA) Opaque() bool {
	if p.Rect.Empty() {
		return true
	}
	for y := p.Rect.Min.Y; y < p.Rect.Max.Y; y++ {
		for x := p.Rect.Min.X; x < p.Rect.Max.X; x++ {
			if p.Pix[p.PixOffset(x, y)+3] != 0xff {
				return false
			}
		}
	}
	return true
}
