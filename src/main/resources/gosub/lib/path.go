// Package path: slash-separated paths, as the package documentation describes them.
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBadPattern is the error of Match for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path naming the same file, by purely lexical processing.
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	var kept []string
	for _, e := range strings.Split(p, "/") {
		switch {
		case e == "" || e == ".":
		case e != "..":
			kept = append(kept, e)
		case len(kept) > 0 && kept[len(kept)-1] != "..":
			kept = kept[:len(kept)-1]
		case !rooted:
			kept = append(kept, "..") // a relative path may climb above its start; "/.." is "/"
		}
	}
	s := strings.Join(kept, "/")
	if rooted {
		return "/" + s
	}
	if s == "" {
		return "."
	}
	return s
}

// Split splits p after its last slash.
func Split(p string) (dir, file string) {
	i := strings.LastIndexByte(p, '/')
	return p[:i+1], p[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result ("" if all are empty).
func Join(elem ...string) string {
	var parts []string
	for _, e := range elem {
		if e != "" {
			parts = append(parts, e)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return Clean(strings.Join(parts, "/"))
}

// Ext returns the suffix of the last element starting at its last dot, or "".
func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// Base returns the last element, trailing slashes removed: "." for "", "/" for slashes only.
func Base(p string) string {
	if p == "" {
		return "."
	}
	p = strings.TrimRight(p, "/")
	if p == "" {
		return "/"
	}
	return p[strings.LastIndexByte(p, '/')+1:]
}

// IsAbs reports whether p starts with a slash.
func IsAbs(p string) bool {
	return strings.HasPrefix(p, "/")
}

// Dir returns all but the last element, cleaned.
func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: * (any run of non-slash
// characters), ? (one non-slash character), [class] with ranges and ^ for negation, and \
// escapes. A malformed pattern is ErrBadPattern, however the match would have gone.
func Match(pattern, name string) (bool, error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	return match(pattern, name), nil
}

func validPattern(p string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '\\':
			if len(p) < 2 {
				return false
			}
			p = p[2:]
		case '[':
			_, rest, ok := parseClass(p[1:])
			if !ok {
				return false
			}
			p = rest
		default:
			p = p[1:]
		}
	}
	return true
}

// match: pattern is valid.
func match(p, name string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			rest := strings.TrimLeft(p, "*")
			for i := 0; ; i++ {
				if match(rest, name[i:]) {
					return true
				}
				if i == len(name) || name[i] == '/' {
					return false
				}
			}
		case '?':
			r, n := utf8.DecodeRuneInString(name)
			if n == 0 || r == '/' {
				return false
			}
			p, name = p[1:], name[n:]
		case '[':
			class, rest, _ := parseClass(p[1:])
			r, n := utf8.DecodeRuneInString(name)
			if n == 0 || r == '/' || !class(r) {
				return false
			}
			p, name = rest, name[n:]
		default:
			c := p[0]
			p = p[1:]
			if c == '\\' {
				c, p = p[0], p[1:]
			}
			if len(name) == 0 || name[0] != c {
				return false
			}
			name = name[1:]
		}
	}
	return name == ""
}

// parseClass reads a character class after its '[': the class, what follows its ']', and
// whether it is well formed (not empty, terminated, no range bound that is '-' or ']').
func parseClass(p string) (func(rune) bool, string, bool) {
	negated := strings.HasPrefix(p, "^")
	if negated {
		p = p[1:]
	}
	type span struct{ lo, hi rune }
	var spans []span
	for {
		if len(p) > 0 && p[0] == ']' && len(spans) > 0 {
			in := func(r rune) bool {
				for _, s := range spans {
					if s.lo <= r && r <= s.hi {
						return !negated
					}
				}
				return negated
			}
			return in, p[1:], true
		}
		lo, rest, ok := classChar(p)
		if !ok {
			return nil, "", false
		}
		hi := lo
		if len(rest) > 0 && rest[0] == '-' {
			if hi, rest, ok = classChar(rest[1:]); !ok {
				return nil, "", false
			}
		}
		spans = append(spans, span{lo, hi})
		p = rest
	}
}

// classChar reads one possibly escaped character of a class, which must not end there.
func classChar(p string) (rune, string, bool) {
	if len(p) == 0 || p[0] == '-' || p[0] == ']' {
		return 0, "", false
	}
	if p[0] == '\\' {
		p = p[1:]
		if len(p) == 0 {
			return 0, "", false
		}
	}
	r, n := utf8.DecodeRuneInString(p)
	if r == utf8.RuneError && n == 1 || len(p) == n {
		return 0, "", false
	}
	return r, p[n:], true
}
