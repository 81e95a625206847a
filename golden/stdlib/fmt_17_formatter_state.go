package main

import (
	"fmt"
	"strings"
)

// vec echoes how it was asked to print itself.
type vec struct{ x, y int }

func (v vec) Format(f fmt.State, verb rune) {
	var flags []string
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags = append(flags, string(c))
		}
	}
	ws, ps := "-", "-"
	if w, ok := f.Width(); ok {
		ws = fmt.Sprint(w)
	}
	if p, ok := f.Precision(); ok {
		ps = fmt.Sprint(p)
	}
	fmt.Fprintf(f, "vec(%c flags=%q w=%s p=%s)<%d,%d>", verb, strings.Join(flags, ""), ws, ps, v.x, v.y)
}

// temp uses Write and io.WriteString through the State.
type temp float64

func (t temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		prec, ok := f.Precision()
		if !ok {
			prec = 1
		}
		s := fmt.Sprintf("%.*f", prec, float64(t))
		if w, ok := f.Width(); ok {
			for len(s) < w {
				if f.Flag('-') {
					s += " "
				} else {
					s = " " + s
				}
			}
		}
		f.Write([]byte(s))
		if f.Flag('+') {
			f.Write([]byte("°C"))
		}
	case 'd':
		fmt.Fprint(f, int(t))
	default:
		fmt.Fprintf(f, "%%!%c(temp=%g)", verb, float64(t))
	}
}

type wrapper struct {
	Name string
	T    temp
	V    *vec
}

type ptrFmt struct{ n int }

func (p *ptrFmt) Format(f fmt.State, verb rune) {
	if p == nil {
		f.Write([]byte("nil-ptrFmt"))
		return
	}
	fmt.Fprintf(f, "ptrFmt#%d", p.n)
}

type panicky struct{}

func (panicky) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial "))
	panic(fmt.Sprintf("bad verb %c", verb))
}

type both struct{}

func (both) Format(f fmt.State, verb rune) { fmt.Fprint(f, "Format wins") }
func (both) String() string             { return "String" }
func (both) GoString() string           { return "GoString" }
func (both) Error() string              { return "Error" }

type delegate struct{ inner any }

func (d delegate) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, directive(f, verb), d.inner)
}

func directive(f fmt.State, verb rune) string {
	s := "%"
	for _, c := range " +-#0" {
		if f.Flag(int(c)) {
			s += string(c)
		}
	}
	if w, ok := f.Width(); ok {
		s += fmt.Sprint(w)
	}
	if p, ok := f.Precision(); ok {
		s += "." + fmt.Sprint(p)
	}
	return s + string(verb)
}

func main() {
	v := vec{1, 2}
	for _, f := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%8.3v", "%-5v", "%05d", "% d", "%+-#0 9.2q", "%*v", "%.*v"} {
		if strings.Contains(f, "*") {
			fmt.Printf(f+"\n", 4, v)
		} else {
			fmt.Printf(f+"\n", v)
		}
	}
	fmt.Println(v, []vec{{3, 4}}, map[string]vec{"k": {5, 6}})
	fmt.Print(v, "\n")
	fmt.Println(fmt.Sprint(v) == fmt.Sprintf("%v", v))

	t := temp(21.456)
	fmt.Printf("[%v] [%.2v] [%+v] [%8.1v] [%-8v] [%d] [%x]\n", t, t, t, t, t, t, t)
	fmt.Println(t, wrapper{"room", 19.5, &vec{7, 8}})
	fmt.Printf("%+v\n", wrapper{"hall", -3, nil})

	var np *ptrFmt
	fmt.Println(&ptrFmt{9}, np, ptrFmt{1})
	fmt.Printf("%v %s\n", []*ptrFmt{{1}, nil}, np)

	fmt.Printf("%v|%d|\n", panicky{}, panicky{})
	fmt.Println(both{})
	fmt.Printf("%#v %s %q\n", both{}, both{}, both{})
	fmt.Println(fmt.Errorf("wrapped: %w", both{}))

	for _, f := range []string{"%v", "%+8.3f", "%#x", "%-6d|", "% 05d", "%q"} {
		fmt.Printf(f+" => "+f+"\n", delegate{3.14159}, 42)
	}
	fmt.Printf("%x %X %q\n", delegate{"hi"}, delegate{[]byte("yo")}, delegate{'r'})
}
