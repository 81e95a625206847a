package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(7))
	bad := 0
	for i := 0; i < 3000; i++ {
		x := math.Float64frombits(r.Uint64())
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		s := strconv.FormatFloat(x, 'g', -1, 64)
		y, err := strconv.ParseFloat(s, 64)
		if err != nil || y != x {
			bad++
		}
		if i%25 == 0 {
			fmt.Println(s, strconv.FormatFloat(x, 'e', 5, 64), strconv.FormatFloat(x, 'b', -1, 64))
		}
	}
	fmt.Println("bad64", bad)
	bad = 0
	for i := 0; i < 3000; i++ {
		x := math.Float32frombits(r.Uint32())
		if x != x || math.IsInf(float64(x), 0) {
			continue
		}
		s := strconv.FormatFloat(float64(x), 'g', -1, 32)
		y, err := strconv.ParseFloat(s, 32)
		if err != nil || float32(y) != x {
			bad++
		}
		if i%25 == 0 {
			fmt.Println(s, strconv.FormatFloat(float64(x), 'f', -1, 32), strconv.FormatFloat(float64(x), 'x', -1, 32))
		}
	}
	fmt.Println("bad32", bad)
	// decimal strings with many digits, parsed at both sizes
	for i := 0; i < 200; i++ {
		mant := r.Int63()
		exp := r.Intn(80) - 40
		s := strconv.FormatInt(mant, 10) + "e" + strconv.Itoa(exp)
		a, _ := strconv.ParseFloat(s, 64)
		b, _ := strconv.ParseFloat(s, 32)
		fmt.Println(s, a, float32(b))
	}
	// halfway cases
	for _, s := range []string{"9007199254740993", "9007199254740995", "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308", "3.4028235677973366e38", "1.401298464324817e-45", "7.006492321624085e-46", "16777217"} {
		a, e1 := strconv.ParseFloat(s, 64)
		b, e2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, a, e1, float32(b), e2)
	}
}
