package main

import (
	"fmt"
	"sync"
)

type Config struct{ values map[string]string }

var (
	once   sync.Once
	config *Config
	loads  int
)

func getConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{values: map[string]string{"env": "test"}}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig()
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads, getConfig().values["env"])
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("only once, i =", i) })
	}
	var o3 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o3.Do(func() { panic("first call panics") })
	}()
	o3.Do(func() { fmt.Println("never: once considers panicking call done") })
	fmt.Println("end")
}
