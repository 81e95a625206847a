package main

import (
	"fmt"
	"strconv"
)

func main() {
	buf := make([]byte, 0, 64)
	for _, v := range []int64{0, 1, -1, 255, -32768, 1 << 40} {
		buf = buf[:0]
		buf = strconv.AppendInt(buf, v, 10)
		buf = append(buf, '|')
		buf = strconv.AppendInt(buf, v, 2)
		buf = append(buf, '|')
		buf = strconv.AppendInt(buf, v, 36)
		fmt.Println(string(buf))
	}
	for _, bits := range []int{8, 16, 32, 64} {
		for _, s := range []string{"127", "128", "-129", "32767", "65535", "2147483648", "-9223372036854775808"} {
			v, err := strconv.ParseInt(s, 10, bits)
			u, uerr := strconv.ParseUint(s, 10, bits)
			fmt.Printf("%2d %-22s %d %v | %d %v\n", bits, s, v, err, u, uerr)
		}
	}
	for _, s := range []string{"3.4028235e38", "3.4028236e38", "1e-46", "-1e39", "16777217", "0.1"} {
		v, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, v, float32(v), err)
	}
	fmt.Println(string(strconv.AppendFloat(nil, 0.1, 'g', -1, 32)), string(strconv.AppendFloat(nil, 0.1, 'g', -1, 64)))
	fmt.Println(string(strconv.AppendQuote(nil, "é\x01")), string(strconv.AppendBool(nil, false)))
}
