package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 8)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	type sub struct {
		name string
		ch   <-chan string
	}
	subs := []sub{
		{"alice/news", b.Subscribe("news")},
		{"bob/news", b.Subscribe("news")},
		{"bob/sports", b.Subscribe("sports")},
	}
	var wg sync.WaitGroup
	out := make([]string, len(subs))
	for i, s := range subs {
		wg.Add(1)
		go func(i int, s sub) {
			defer wg.Done()
			var got []string
			for m := range s.ch {
				got = append(got, m)
			}
			out[i] = s.name + ": " + strings.Join(got, ", ")
		}(i, s)
	}
	fmt.Println("delivered to", b.Publish("news", "go 2 released"))
	fmt.Println("delivered to", b.Publish("sports", "final score 3-1"))
	fmt.Println("delivered to", b.Publish("weather", "rain"))
	fmt.Println("delivered to", b.Publish("news", "gophers everywhere"))
	b.Close()
	wg.Wait()
	sort.Strings(out)
	for _, line := range out {
		fmt.Println(line)
	}
}
