package main

type Level int

func (l Level) String() string { return "level-" + string(rune('0'+l)) }

func main() {
	panic(Level(3))
}
