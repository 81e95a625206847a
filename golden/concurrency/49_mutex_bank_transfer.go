package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func transfer(from, to *Account, amt int) bool {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amt {
		return false
	}
	from.balance -= amt
	to.balance += amt
	return true
}

func main() {
	accts := []*Account{{id: 0, balance: 1000}, {id: 1, balance: 1000}, {id: 2, balance: 1000}}
	var wg sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			transfer(accts[i%3], accts[(i+1)%3], 5)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, a := range accts {
		sum += a.balance
	}
	fmt.Println("total preserved:", sum)
	fmt.Println(accts[0].balance, accts[1].balance, accts[2].balance)
}
