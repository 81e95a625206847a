package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, out, worker int
}

func main() {
	jobs := make(chan int, 20)
	results := make(chan result, 20)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j * j, id}
			}
		}(w)
	}
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	total := 0
	for _, r := range all {
		fmt.Printf("job %2d -> %4d\n", r.job, r.out)
		total += r.out
	}
	fmt.Println("jobs:", len(all), "total:", total)
}
