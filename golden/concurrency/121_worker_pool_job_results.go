package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Length int
	Worker int
}

func main() {
	words := []string{"alpha", "be", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"}
	jobs := make(chan Job, len(words))
	results := make(chan Result, len(words))
	var wg sync.WaitGroup
	perWorker := make([]int, 3)
	var mu sync.Mutex
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				perWorker[w]++
				mu.Unlock()
				results <- Result{j.ID, len(j.Input), w}
			}
		}(w)
	}
	for i, w := range words {
		jobs <- Job{i, w}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %d (%s): %d\n", r.JobID, words[r.JobID], r.Length)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("jobs processed:", total)
}
