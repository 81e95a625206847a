package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu     sync.Mutex
	topics map[string][]chan string
}

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 8)
	b.topics[topic] = append(b.topics[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.topics[topic] {
		ch <- msg
	}
	return len(b.topics[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, subs := range b.topics {
		for _, ch := range subs {
			close(ch)
		}
	}
}

func main() {
	b := &Broker{topics: map[string][]chan string{}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	sub := func(name, topic string) {
		ch := b.Subscribe(topic)
		wg.Add(1)
		go func() {
			defer wg.Done()
			var got []string
			for m := range ch {
				got = append(got, m)
			}
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%s[%s]: %s", name, topic, strings.Join(got, ",")))
			mu.Unlock()
		}()
	}
	sub("alice", "news")
	sub("bob", "news")
	sub("bob", "sports")
	sub("carol", "weather")
	fmt.Println("news delivered to", b.Publish("news", "n1"))
	fmt.Println("sports delivered to", b.Publish("sports", "s1"))
	b.Publish("news", "n2")
	fmt.Println("music delivered to", b.Publish("music", "m1"))
	b.Close()
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
