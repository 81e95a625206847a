package main

import "fmt"

func f(n int) (result int, err error) {
	if n < 0 {
		err = fmt.Errorf("negative %d", n)
		return
	}
	result = n * 2
	{
		result := 999
		_ = result
	}
	return
}

func g() (x int) {
	x = 1
	return x + 10
}

func zero() (a int, b string, c []int, d *int, e error) { return }

func main() {
	fmt.Println(f(5))
	fmt.Println(f(-1))
	fmt.Println(g())
	a, b, c, d, e := zero()
	fmt.Printf("%d %q %v %v %v\n", a, b, c, d, e)
}
