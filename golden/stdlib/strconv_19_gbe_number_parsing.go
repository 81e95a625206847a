package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"999", 10, 8}, {"-129", 10, 8}, {"127", 10, 8}, {"0b1010", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64},
		{"ff", 16, 64}, {"FF", 16, 8}, {"zz", 36, 64}, {"z", 37, 64}, {"1", 1, 64}, {"", 10, 64}, {"-", 10, 64}, {"+5", 10, 64}, {"9223372036854775808", 10, 64},
		{"-9223372036854775808", 10, 64}, {"0x", 0, 64}, {"0x_1", 0, 64}, {"1__0", 0, 64}, {"12", 10, 65}, {"12", 10, 0}, {"4294967296", 10, 32}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(v, err)
		w, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(w, err)
	}
	for _, s := range []string{"1e308", "1e309", "-1e309", "inf", "-Inf", "NaN", "nan", "0x1p-2", "1e-400", ".5", "5.", "1_0.5", "0x1.8p1", "abc", "1.5e", "+.e1", "1e+10", "3.4028235e38", "3.5e38", "1.0000001"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(v, err)
		v, err = strconv.ParseFloat(s, 32)
		fmt.Println(v, err)
	}
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	n, err := strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrRange)
	}
	_, err = strconv.Atoi(" 1")
	fmt.Printf("%v | %#v\n", err, err.(*strconv.NumError).Err)
}
