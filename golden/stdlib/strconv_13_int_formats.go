package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	ints := []int64{0, 1, -1, 7, -8, 35, 36, 255, -256, 1000000, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64}
	for _, v := range ints {
		line := strconv.FormatInt(v, 10)
		for _, base := range []int{2, 3, 8, 16, 32, 36} {
			line += " " + strconv.FormatInt(v, base)
		}
		fmt.Println(line)
	}
	for _, u := range []uint64{0, 10, math.MaxUint32, math.MaxUint64, 1 << 63} {
		fmt.Println(strconv.FormatUint(u, 10), strconv.FormatUint(u, 2), strconv.FormatUint(u, 16), strconv.FormatUint(u, 36))
	}
	for i := -5; i <= 105; i += 11 {
		fmt.Print(strconv.Itoa(i), " ")
	}
	fmt.Println()
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, 42, 16)
	b = append(b, ',')
	b = strconv.AppendBool(b, true)
	b = append(b, ',')
	b = strconv.AppendInt(b, 1<<40, 36)
	fmt.Println(string(b))
	fmt.Println(strconv.FormatBool(false), strconv.IntSize)
	// round trips
	for _, v := range ints {
		for _, base := range []int{2, 10, 16, 36} {
			s := strconv.FormatInt(v, base)
			back, err := strconv.ParseInt(s, base, 64)
			if err != nil || back != v {
				fmt.Println("mismatch", v, base, s, back, err)
			}
		}
	}
	fmt.Println("round trips done")
}
