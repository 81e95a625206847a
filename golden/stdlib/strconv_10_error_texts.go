package main

import (
	"errors"
	"fmt"
	"strconv"
)

func report(label string, v any, err error) {
	if err == nil {
		fmt.Printf("%-28s ok %v\n", label, v)
		return
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%-28s %v | Func=%s Num=%q Err=%v range=%v syntax=%v\n", label, err, ne.Func, ne.Num, ne.Err,
			errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		return
	}
	fmt.Printf("%-28s other %v\n", label, err)
}

func main() {
	for _, s := range []string{"0", "-0", "+5", "42", " 42", "42 ", "x", "", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1_000", "0x10", "3.0", "--1"} {
		v, err := strconv.Atoi(s)
		report("Atoi "+strconv.Quote(s), v, err)
	}
	type pi struct {
		s    string
		base int
		bits int
	}
	for _, c := range []pi{{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8}, {"ff", 16, 16}, {"0xff", 0, 16}, {"0b1010", 0, 8}, {"0o777", 0, 32}, {"0777", 0, 32}, {"1_000_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"z", 36, 64}, {"Z", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"12", 2, 64}, {"1", 10, 65}, {"1", 10, -1}, {"7fffffff", 16, 32}, {"80000000", 16, 32}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		report(fmt.Sprintf("ParseInt(%q,%d,%d)", c.s, c.base, c.bits), v, err)
	}
	for _, c := range []pi{{"255", 10, 8}, {"256", 10, 8}, {"-1", 10, 8}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"0x_ff", 0, 64}, {"0XFF", 0, 64}, {"", 10, 64}, {"+1", 10, 64}} {
		v, err := strconv.ParseUint(c.s, c.base, c.bits)
		report(fmt.Sprintf("ParseUint(%q,%d,%d)", c.s, c.base, c.bits), v, err)
	}
	for _, s := range []string{"1.5", "1e308", "1e309", "-1e309", "1e-400", "inf", "-Inf", "NaN", "nan", "0x1p-2", "0x1.8p1", "1_0.5", "1.5e", ".5", "5.", "abc", "1e+10", "+.1e-1"} {
		v, err := strconv.ParseFloat(s, 64)
		report("ParseFloat "+strconv.Quote(s), v, err)
		v32, err := strconv.ParseFloat(s, 32)
		report("ParseFloat32 "+strconv.Quote(s), v32, err)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		v, err := strconv.ParseBool(s)
		report("ParseBool "+strconv.Quote(s), v, err)
	}
	_, err := strconv.Atoi("99999999999999999999")
	fmt.Println(err.(*strconv.NumError).Unwrap() == strconv.ErrRange)
	ne := &strconv.NumError{Func: "MyFunc", Num: "bad", Err: errors.New("custom")}
	fmt.Println(ne, ne.Error())
}
