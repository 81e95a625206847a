package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X+pt.Y)
	fmt.Printf("%+v\n", pt)
	people := []struct {
		Name string
		Age  int
	}{
		{"Ann", 30},
		{"Bob", 25},
	}
	for _, p := range people {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}
	type named struct{ X, Y int }
	var n named = pt
	fmt.Println(n)
	var empty struct{}
	fmt.Println(empty)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, ok := set["a"]
	fmt.Println(len(set), ok)
	cfg := struct {
		Debug bool
		Inner struct{ Level int }
	}{}
	cfg.Inner.Level = 3
	fmt.Printf("%+v\n", cfg)
}
