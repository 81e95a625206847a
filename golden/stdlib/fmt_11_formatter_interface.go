package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		amount := fmt.Sprintf("%d.%02d", m.Cents/100, m.Cents%100)
		if f.Flag('+') {
			amount = m.Currency + " " + amount
		}
		if w, ok := f.Width(); ok && len(amount) < w {
			amount = strings.Repeat(" ", w-len(amount)) + amount
		}
		fmt.Fprint(f, amount)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Hex []byte

func (h Hex) Format(f fmt.State, c rune) {
	sep := ""
	if f.Flag(' ') {
		sep = ":"
	}
	for i, b := range h {
		if i > 0 {
			fmt.Fprint(f, sep)
		}
		fmt.Fprintf(f, "%02X", b)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, "(p%d)", p)
	}
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("[%v] [%+v] [%10v] [%d] [%x]\n", m, m, m, m, m)
	fmt.Println(m, []Money{{5, "USD"}})
	fmt.Printf("%v|% v|%.3v\n", Hex{1, 171, 255}, Hex{1, 2}, Hex{9})
	fmt.Println(fmt.Sprint(m) == "123.45")
}
