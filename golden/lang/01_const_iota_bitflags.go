package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func main() {
	fmt.Println(Read, Write, Exec)
	p := Read | Exec
	fmt.Println(p, p&Write != 0, p&Exec != 0)
	p &^= Exec
	fmt.Println(p)
	fmt.Println(KB, MB, GB)
	fmt.Printf("%T %T\n", Read, KB)
}
