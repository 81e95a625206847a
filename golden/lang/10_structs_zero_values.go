package main

import "fmt"

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Tags    []string
	Opts    map[string]string
	Parent  *Config
	Handler func()
	Any     interface{}
	Arr     [2]int
	C       complex64
	R       rune
}

func main() {
	var c Config
	fmt.Printf("%+v\n", c)
	fmt.Println(c.Tags == nil, c.Opts == nil, c.Parent == nil, c.Handler == nil, c.Any == nil)
	c2 := Config{}
	fmt.Println(c2.Name == "", c2.Port == 0, len(c2.Tags))
	p := &Config{Name: "x"}
	fmt.Printf("%+v\n", *p)
}
