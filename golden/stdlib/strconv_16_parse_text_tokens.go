package main

import (
	"fmt"
	"strconv"
	"strings"
)

func classify(tok string) string {
	if _, err := strconv.ParseInt(tok, 0, 64); err == nil {
		return "int"
	}
	if _, err := strconv.ParseUint(tok, 0, 64); err == nil {
		return "uint"
	}
	if _, err := strconv.ParseFloat(tok, 64); err == nil {
		return "float"
	}
	if _, err := strconv.ParseBool(tok); err == nil {
		return "bool"
	}
	if s, err := strconv.Unquote(tok); err == nil {
		return "string(" + s + ")"
	}
	return "word"
}

func main() {
	src := `42 -7 0x1F 0b11 0o7 017 1_000 18446744073709551615 99999999999999999999 3.5 -1e3 .5e1 0x1p4 inf NaN true F "q\tx" 'c' hello 1e 0x 1__2`
	for _, tok := range strings.Fields(src) {
		fmt.Printf("%-22s %s\n", tok, classify(tok))
	}
	sum := 0
	for _, f := range strings.Split("1,2,x,4,,6", ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += n
	}
	fmt.Println("sum", sum)
	v, err := strconv.ParseInt("-0x8000000000000000", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x8000000000000000", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1e-320", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1.fffffffffffffp1023", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p1024", 64)
	fmt.Println(f, err)
}
