package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 27
	steps := 0
start:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto start
done:
	fmt.Println("collatz steps", steps)
	for j := 0; j < 10; j++ {
		if j == 3 {
			goto out
		}
		fmt.Print("j", j)
	}
out:
	fmt.Println(" out")
}
