package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int, int) int

func (o Op) apply(a, b int) int { return o(a, b) }

type Celsius float64
type Fahrenheit float64

func (c Celsius) F() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.apply(2, 3))
	c := Celsius(100)
	fmt.Println(c, c.F())
	fmt.Printf("%v %.2f %T\n", c, c.F(), c.F())
	w := byLen{"banana", "kiwi", "apple", "fig"}
	sort.Sort(w)
	fmt.Println(w)
	f := compose(strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" })
	fmt.Printf("%q\n", f("  hi  "))
	var nilf func()
	fmt.Println(nilf == nil)
}
