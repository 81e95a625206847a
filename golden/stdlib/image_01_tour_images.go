// The image and image/color packages as A Tour of Go's Images page and exercise use them:
// an RGBA image's bounds and pixels, a program's own Image type, rectangles and color models.
package main

import (
	"fmt"
	"image"
	"image/color"
)

type Image struct{ w, h int }

func (i Image) ColorModel() color.Model { return color.RGBAModel }
func (i Image) Bounds() image.Rectangle  { return image.Rect(0, 0, i.w, i.h) }
func (i Image) At(x, y int) color.Color {
	v := uint8(x ^ y)
	return color.RGBA{v, v, 255, 255}
}

func main() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())
	m.Set(1, 2, color.RGBA{10, 20, 30, 255})
	m.Set(3, 3, color.Gray{128})
	m.Set(4, 4, color.NRGBA{200, 100, 50, 128})
	fmt.Println(m.At(1, 2), m.At(3, 3), m.At(4, 4), m.At(500, 1))
	fmt.Println(m.RGBAAt(1, 2).RGBA())
	fmt.Println(m.PixOffset(1, 2), m.Stride, len(m.Pix), m.Opaque())
	var img image.Image = Image{4, 3}
	fmt.Println(img.Bounds(), img.At(2, 1), img.ColorModel().Convert(color.Gray{7}))
	r := image.Rect(10, 20, 0, 5)
	fmt.Println(r, r.Dx(), r.Dy(), r.Size(), r.Empty(), image.Pt(3, 4).In(r), image.Pt(10, 4).In(r))
	fmt.Println(r.Intersect(image.Rect(5, 5, 50, 50)), r.Union(image.Rect(-1, -1, 2, 2)), r.Overlaps(image.Rect(11, 0, 12, 1)))
	fmt.Println(r.Add(image.Pt(1, 1)), r.Sub(image.Pt(1, 1)), r.Eq(image.Rect(0, 5, 10, 20)), image.ZR.Eq(image.Rect(3, 3, 3, 9)))
	fmt.Printf("%v %+v %T\n", image.Pt(1, 2), image.Rect(0, 0, 1, 1), image.ZP)
	fmt.Println(color.GrayModel.Convert(color.RGBA{200, 100, 50, 255}), color.NRGBAModel.Convert(color.RGBA{100, 50, 25, 128}))
	fmt.Println(color.Black, color.White, color.Transparent, color.Opaque)
	fmt.Printf("%T %T\n", color.Black, color.Opaque)
	fmt.Println(color.White.RGBA())
}
