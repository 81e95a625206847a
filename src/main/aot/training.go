// A program that exercises the common paths of gosub once, so that the launcher can record
// a JDK AOT cache (class loading and linking) that makes every later start faster. Packages
// imported here have their natives' classes in the cache; a loop and a function hot enough to
// become bytecode bring in the classes that compile them. It must not read stdin.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

type myErr struct{ code int }

func (e *myErr) Error() string { return "code " + strconv.Itoa(e.code) }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

// sumT runs a loop hot enough to be compiled to bytecode (see exec/Jit), as fib(20) in main is,
// so that the class-file machinery joins the cache instead of loading cold at a program's
// first hot code.
func sumT(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += fib(i % 3)
	}
	return s
}

func main() {
	_ = sumT(6000)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
			ch <- n
		}(i)
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		_ = v
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
	case <-time.After(time.Second):
	}
	m := map[string][]int{"a": {1, 2}}
	var s shape = sq{2}
	err := fmt.Errorf("wrap: %w", errors.New("x"))
	fmt.Fprintln(os.Stderr, total, m, s.area(), err, errors.Unwrap(err) != nil, time.Duration(1500)*time.Millisecond)
	fmt.Printf("%5.2f %q %v %T\n", 3.14159, "s", []string{"x"}, s)

	// Hot code: a loop and a function called often enough to be compiled to bytecode.
	sum := 0
	for i := 0; i < 20000; i++ {
		sum += i % 7
	}
	fmt.Println(sum, fib(20))

	// Strings, conversions, sorting, maps and errors as typical programs use them.
	words := strings.Fields(" the quick brown fox jumps over the lazy dog ")
	counts := map[string]int{}
	for _, w := range words {
		counts[strings.ToUpper(w)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	nums := []int{5, 2, 8, 1}
	sort.Ints(nums)
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(k + "=" + strconv.Itoa(counts[k]))
	}
	n, _ := strconv.Atoi("42")
	f, _ := strconv.ParseFloat("2.5", 64)
	_, perr := strconv.Atoi("x")
	fmt.Println(b.String(), strings.Join(words, " "), strings.Repeat("-", 3), strings.Contains("abc", "b"),
		strings.Split("a,b", ","), strings.TrimSpace(" x "), strings.ReplaceAll("aa", "a", "b"), n, f,
		strconv.Quote("q"), strconv.FormatInt(255, 16), perr, nums, math.Sqrt(2), math.MaxInt64, unicode.IsUpper('A'))
	var me *myErr
	e2 := fmt.Errorf("outer: %w", &myErr{7})
	q, derr := safeDiv(1, 0)
	fmt.Println(errors.As(e2, &me), me.code, q, derr)
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n"))
	lines := 0
	for sc.Scan() {
		lines += len(sc.Text())
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "%d %x %08.3f %-4s| %+v\n", lines, 255, math.Pi, "ab", struct{ A, B int }{1, 2})
	w.Flush()
	switch v := any(3.5).(type) {
	case int:
		fmt.Println("int", v)
	case float64:
		fmt.Println("float64", v)
	}
}
