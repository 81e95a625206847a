package main

import "fmt"

func main() {
	widths := []int{0, 1, 5, 12}
	precs := []int{-1, 0, 2, 6}
	ints := []any{0, 7, -42, 123456789, uint8(255)}
	floats := []any{0.0, 3.14159, -2.5, 1234567.891, 1e-5, float32(1.1)}
	strs := []any{"", "go", "héllo", "日本語"}
	for _, w := range widths {
		for _, p := range precs {
			spec := "%"
			if w > 0 {
				spec += fmt.Sprint(w)
			}
			if p >= 0 {
				spec += "." + fmt.Sprint(p)
			}
			for _, flags := range []string{"", "-", "0", "+", " ", "#"} {
				f := "%" + flags + spec[1:]
				line := fmt.Sprintf("%-8s", f)
				for _, v := range ints {
					line += "[" + fmt.Sprintf(f+"d", v) + "]"
				}
				line += " "
				for _, v := range floats {
					line += "[" + fmt.Sprintf(f+"f", v) + "|" + fmt.Sprintf(f+"g", v) + "|" + fmt.Sprintf(f+"e", v) + "]"
				}
				line += " "
				for _, v := range strs {
					line += "[" + fmt.Sprintf(f+"s", v) + "|" + fmt.Sprintf(f+"q", v) + "|" + fmt.Sprintf(f+"x", v) + "]"
				}
				fmt.Println(line)
			}
		}
	}
}
