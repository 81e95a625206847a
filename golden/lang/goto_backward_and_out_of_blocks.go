package main

import "fmt"

// goto backwards, out of blocks, and forward past declarations in inner blocks is allowed.
func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	for j := 0; ; j++ {
		if j == 2 {
			goto done
		}
		k := j * 10
		fmt.Println("k =", k)
	}
done:
	{
		x := 1
		_ = x
	}
	fmt.Println("done")
}
