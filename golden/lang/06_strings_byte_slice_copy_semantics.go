package main

import "fmt"

func main() {
	s := "abc"
	b := []byte(s)
	b[0] = 'X'
	fmt.Println(s, string(b))
	s2 := string(b)
	b[1] = 'Y'
	fmt.Println(s2, string(b))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r))
	buf := []byte{}
	for i := 0; i < 3; i++ {
		buf = append(buf, "ab"...)
		buf = append(buf, byte('0'+i))
	}
	fmt.Println(string(buf))
	m := map[string]int{}
	key := []byte("k1")
	m[string(key)] = 1
	key[1] = '2'
	m[string(key)] = 2
	fmt.Println(m)
}
