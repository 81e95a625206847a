package main

import "fmt"

type Board [3][3]rune

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func (b Board) With(r, c int, v rune) Board {
	b[r][c] = v
	return b
}

func winner(b Board) rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != 0 && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X').With(0, 0, 'O').With(2, 2, 'X')
	fmt.Print(b)
	fmt.Print(b2)
	b3 := b2.With(0, 2, 'X').With(2, 0, 'X')
	fmt.Print(b3)
	fmt.Printf("%c %d\n", winner(b3), winner(b2))
	fmt.Println(b == Board{}, b2 == b3)
}
