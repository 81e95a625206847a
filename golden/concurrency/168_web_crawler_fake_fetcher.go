// Tour of Go's web crawler exercise with a fake fetcher: a shared seen-set under a mutex, one goroutine per URL, a WaitGroup closing the results channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type SafeSet struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (s *SafeSet) visit(url string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[url] {
		return false
	}
	s.seen[url] = true
	return true
}

func Crawl(url string, depth int, fetcher Fetcher, set *SafeSet, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	if depth <= 0 || !set.visit(url) {
		return
	}
	body, urls, err := fetcher.Fetch(url)
	if err != nil {
		out <- err.Error()
		return
	}
	out <- fmt.Sprintf("found: %s %q", url, body)
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, fetcher, set, wg, out)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	set := &SafeSet{seen: map[string]bool{}}
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, set, &wg, out)
	go func() { wg.Wait(); close(out) }()
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

type fakeFetcher map[string]*fakeResult

type fakeResult struct {
	body string
	urls []string
}

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{"The Go Programming Language", []string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": &fakeResult{"Packages", []string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt", []string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": &fakeResult{"Package os", []string{"https://golang.org/", "https://golang.org/pkg/"}},
}
