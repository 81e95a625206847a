package main

import (
	"fmt"
	"sync"
)

type Account struct {
	ops     chan func()
	balance int
	history []string
}

func NewAccount() *Account {
	a := &Account{ops: make(chan func())}
	go func() {
		for op := range a.ops {
			op()
		}
	}()
	return a
}

func (a *Account) Do(f func()) {
	done := make(chan struct{})
	a.ops <- func() { f(); close(done) }
	<-done
}

func main() {
	acct := NewAccount()
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(amount int) {
			defer wg.Done()
			acct.Do(func() { acct.balance += amount })
		}(i)
	}
	wg.Wait()
	var b int
	acct.Do(func() {
		b = acct.balance
		acct.history = append(acct.history, fmt.Sprint("checked ", b))
	})
	fmt.Println("balance:", b)
	acct.Do(func() {
		if acct.balance >= 100 {
			acct.balance -= 100
		} else {
			acct.history = append(acct.history, "insufficient funds")
		}
	})
	close(acct.ops)
	fmt.Println(acct.balance, acct.history)
}
