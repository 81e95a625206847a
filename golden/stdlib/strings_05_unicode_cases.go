package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, r := range "aZ5 _é\tΣ!" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v lower=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('a')))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ΑΒΓ"))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('x', unicode.Greek, unicode.Latin))
	fmt.Println(unicode.IsNumber('Ⅷ'), unicode.IsDigit('Ⅷ'), unicode.IsPrint('\x07'), unicode.IsControl('\n'))
}
