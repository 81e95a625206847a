package main

import (
	"container/heap"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Temp implements fmt.Stringer.
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// Readings implements sort.Interface and heap.Interface (a min-heap).
type Readings []Temp

func (r Readings) Len() int           { return len(r) }
func (r Readings) Less(i, j int) bool { return r[i] < r[j] }
func (r Readings) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }
func (r *Readings) Push(x any)        { *r = append(*r, x.(Temp)) }
func (r *Readings) Pop() any {
	old := *r
	x := old[len(old)-1]
	*r = old[:len(old)-1]
	return x
}

// SensorError implements error.
type SensorError struct{ ID int }

func (e *SensorError) Error() string { return fmt.Sprintf("sensor %d offline", e.ID) }

// Logger implements io.Writer, prefixing each write.
type Logger struct {
	prefix string
	out    io.Writer
	writes int
}

func (l *Logger) Write(p []byte) (int, error) {
	l.writes++
	_, err := fmt.Fprintf(l.out, "%s%s", l.prefix, p)
	return len(p), err
}

func read(id int) (Temp, error) {
	if id == 3 {
		return 0, fmt.Errorf("read: %w", &SensorError{id})
	}
	return Temp(15 + float64(id*id%7)*1.5), nil
}

func main() {
	log := &Logger{prefix: "[log] ", out: os.Stdout}
	var rs Readings
	for id := 1; id <= 5; id++ {
		t, err := read(id)
		var se *SensorError
		if errors.As(err, &se) {
			fmt.Fprintln(log, "skipping:", err, se.ID)
			continue
		}
		rs = append(rs, t)
		fmt.Fprintf(log, "sensor %d: %v\n", id, t)
	}
	sorted := append(Readings(nil), rs...)
	sort.Sort(sorted)
	fmt.Println(sorted, sort.IsSorted(sorted))
	sort.Sort(sort.Reverse(sorted))
	fmt.Println(sorted)

	h := &Readings{}
	for _, t := range rs {
		heap.Push(h, t)
	}
	heap.Push(h, Temp(-2))
	var parts []string
	for h.Len() > 0 {
		parts = append(parts, heap.Pop(h).(Temp).String())
	}
	fmt.Println(strings.Join(parts, " < "))
	fmt.Printf("%v %s %d writes\n", Temp(21), Temp(-0.25), log.writes)
	var err error = &SensorError{9}
	fmt.Println(err)
}
