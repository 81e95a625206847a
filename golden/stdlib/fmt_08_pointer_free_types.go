package main

import (
	"fmt"
	"time"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct {
	K string
	V interface{}
}

func main() {
	vals := []interface{}{
		nil, 1, int8(-1), uint16(7), 1.5, float32(2.5), 2 + 3i, "str", []byte("b"),
		true, 'r', Celsius(20), time.Duration(1500) * time.Millisecond,
		Pair{"k", 1}, []Pair{{"a", nil}}, map[int]bool{2: true, 1: false}, [2]string{"x", "y"},
	}
	for _, v := range vals {
		fmt.Printf("%-22T %v\n", v, v)
	}
}
