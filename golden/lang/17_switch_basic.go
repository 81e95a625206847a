package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func dayType(d string) string {
	switch d {
	case "sat", "sun":
		return "weekend"
	case "mon", "tue", "wed", "thu", "fri":
		return "weekday"
	}
	return "unknown"
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()
	for _, d := range []string{"sat", "wed", "xyz"} {
		fmt.Println(d, dayType(d))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 5:
		fmt.Println("five")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
}
