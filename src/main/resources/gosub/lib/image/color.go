// Package image/color, as gosub provides it: the Color and Model interfaces with the RGBA,
// NRGBA, Gray, Gray16 and Alpha16 colors (what A Tour of Go's image pages use); the other
// color types and their models are not provided.
package color

// A Color reports its red, green, blue and alpha as 16-bit values premultiplied by alpha.
type Color interface {
	RGBA() (r, g, b, a uint32)
}

// RGBA is 8-bit color already premultiplied by alpha.
type RGBA struct {
	R, G, B, A uint8
}

// widen turns an 8-bit channel into the 16-bit range by repeating its byte.
func widen(v uint8) uint32 { return uint32(v) * 0x101 }

func (c RGBA) RGBA() (r, g, b, a uint32) {
	return widen(c.R), widen(c.G), widen(c.B), widen(c.A)
}

// NRGBA is 8-bit color not premultiplied by alpha.
type NRGBA struct {
	R, G, B, A uint8
}

func (c NRGBA) RGBA() (r, g, b, a uint32) {
	a = widen(c.A)
	return widen(c.R) * a / 0xffff, widen(c.G) * a / 0xffff, widen(c.B) * a / 0xffff, a
}

// Gray is an opaque 8-bit gray level.
type Gray struct {
	Y uint8
}

func (c Gray) RGBA() (r, g, b, a uint32) {
	y := widen(c.Y)
	return y, y, y, 0xffff
}

// Gray16 is an opaque 16-bit gray level.
type Gray16 struct {
	Y uint16
}

func (c Gray16) RGBA() (r, g, b, a uint32) {
	y := uint32(c.Y)
	return y, y, y, 0xffff
}

// Alpha16 is a 16-bit alpha-only color (white, premultiplied).
type Alpha16 struct {
	A uint16
}

func (c Alpha16) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return a, a, a, a
}

// A Model converts any Color to its own color type.
type Model interface {
	Convert(c Color) Color
}

type modelFunc struct{ f func(Color) Color }

func (m *modelFunc) Convert(c Color) Color { return m.f(c) }

// ModelFunc makes a Model out of a conversion function.
func ModelFunc(f func(Color) Color) Model { return &modelFunc{f} }

var (
	RGBAModel  Model = ModelFunc(toRGBA)
	NRGBAModel Model = ModelFunc(toNRGBA)
	GrayModel  Model = ModelFunc(toGray)
)

func toRGBA(c Color) Color {
	if v, ok := c.(RGBA); ok {
		return v
	}
	r, g, b, a := c.RGBA()
	return RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func toNRGBA(c Color) Color {
	if v, ok := c.(NRGBA); ok {
		return v
	}
	r, g, b, a := c.RGBA()
	switch a {
	case 0xffff:
		return NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
	case 0:
		return NRGBA{0, 0, 0, 0}
	}
	// Undo the premultiplication.
	r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	return NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// toGray weighs the channels by the luminance coefficients of JFIF (0.299, 0.587, 0.114).
func toGray(c Color) Color {
	if v, ok := c.(Gray); ok {
		return v
	}
	r, g, b, _ := c.RGBA()
	y := (19595*r + 38470*g + 7471*b + 1<<15) >> 24
	return Gray{uint8(y)}
}

var (
	Black       = Gray16{0}
	White       = Gray16{0xffff}
	Transparent = Alpha16{0}
	Opaque      = Alpha16{0xffff}
)
