package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, f := range []float64{0.1, 1.0 / 3, 2.5e-10, 123456789.125, 1e23, 5e-324} {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f)
	}
	for _, f := range []float32{0.1, 1.0 / 3, 16777217} {
		fmt.Println(strconv.FormatFloat(float64(f), 'g', -1, 32))
	}
	b := []byte("vals:")
	b = strconv.AppendInt(b, -12, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, 'x')
	fmt.Println(string(b))
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.CanBackquote("a`b"), strconv.IsGraphic(' '))
}
