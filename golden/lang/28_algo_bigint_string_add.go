package main

import "fmt"

func addStrings(a, b string) string {
	var out []byte
	carry := 0
	i, j := len(a)-1, len(b)-1
	for i >= 0 || j >= 0 || carry > 0 {
		s := carry
		if i >= 0 {
			s += int(a[i] - '0')
			i--
		}
		if j >= 0 {
			s += int(b[j] - '0')
			j--
		}
		out = append(out, byte('0'+s%10))
		carry = s / 10
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func main() {
	a, b := "0", "1"
	for i := 0; i < 150; i++ {
		a, b = b, addStrings(a, b)
	}
	fmt.Println("fib(150) =", a)
	fmt.Println(addStrings("999999999999999999999", "1"))
	fact := "1"
	for i := 2; i <= 25; i++ {
		acc := "0"
		for k := 0; k < i; k++ {
			acc = addStrings(acc, fact)
		}
		fact = acc
	}
	fmt.Println("25! =", fact)
}
