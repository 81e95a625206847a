package main

import (
	"fmt"
	"os"
)

func main() {
	_, err := os.Stat("")
	fmt.Println(err)
	_, err = os.Lstat("")
	fmt.Println(err)
	_, err = os.Open("")
	fmt.Println(err)
	_, err = os.ReadFile("")
	fmt.Println(err)
	fmt.Println(os.WriteFile("", nil, 0644))
	fmt.Println(os.Mkdir("", 0755))
	fmt.Println(os.MkdirAll("", 0755))
	fmt.Println(os.Remove(""))
	fmt.Println(os.RemoveAll(""))
	fmt.Println(os.Rename("", "x"))
	_, err = os.ReadDir("")
	fmt.Println(err)
	_, err = os.Create("")
	fmt.Println(err)
	_, err = os.Stat(".")
	fmt.Println(err)
}
