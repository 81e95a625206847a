package gosub.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * sync.Mutex, RWMutex, WaitGroup and Once under contention from many goroutines, each program
 * run several times to shake out races in gosub's own implementation. The timeouts only turn a
 * hang into a failure; nothing here measures speed.
 */
@Timeout(300)
class SyncStressTest {
    private static final String MUTEX_COUNTER = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	const n = ${N}
            	var wg sync.WaitGroup
            	var mu sync.Mutex
            	counter, sum := 0, 0
            	for i := 0; i < n; i++ {
            		wg.Add(1)
            		go func(i int) {
            			defer wg.Done()
            			mu.Lock()
            			counter++
            			sum += i
            			mu.Unlock()
            		}(i)
            	}
            	wg.Wait()
            	fmt.Println("counter", counter, "sum", sum)
            }
            """;

    @RepeatedTest(5)
    void aHundredThousandGoroutinesJoinedByAWaitGroup() {
        long n = 100_000;
        assertEquals("counter " + n + " sum " + n * (n - 1) / 2 + "\n", GoRun.run(GoRun.fill(MUTEX_COUNTER, Map.of("N", n))));
    }

    private static final String RWMUTEX = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"sync"
            )

            type pair struct {
            	rw   sync.RWMutex
            	a, b int
            }

            func main() {
            	const writers, readers, rounds, together = ${W}, ${R}, ${K}, ${T}
            	var p pair
            	var wg sync.WaitGroup
            	var mu sync.Mutex
            	reads, torn := 0, 0
            	// Writers change a and b together; readers must never see them differ.
            	for w := 0; w < writers; w++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			for i := 0; i < rounds; i++ {
            				p.rw.Lock()
            				p.a++
            				runtime.Gosched()
            				p.b++
            				p.rw.Unlock()
            			}
            		}()
            	}
            	for r := 0; r < readers; r++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			myReads, myTorn := 0, 0
            			for i := 0; i < rounds; i++ {
            				p.rw.RLock()
            				a := p.a
            				runtime.Gosched()
            				if p.b != a {
            					myTorn++
            				}
            				p.rw.RUnlock()
            				myReads++
            			}
            			mu.Lock()
            			reads += myReads
            			torn += myTorn
            			mu.Unlock()
            		}()
            	}
            	wg.Wait()
            	fmt.Println("a", p.a, "b", p.b, "reads", reads, "torn", torn)

            	// Readers hold the lock together: all of them are inside before any leaves.
            	inside := make(chan int)
            	release := make(chan struct{})
            	var rwg sync.WaitGroup
            	for r := 0; r < together; r++ {
            		rwg.Add(1)
            		go func(r int) {
            			defer rwg.Done()
            			p.rw.RLock()
            			inside <- r
            			<-release
            			p.rw.RUnlock()
            		}(r)
            	}
            	in := 0
            	for i := 0; i < together; i++ {
            		in += <-inside
            	}
            	close(release)
            	rwg.Wait()
            	fmt.Println("readers inside together", in)

            	// A writer excludes readers: they all see the value written under the lock.
            	p.rw.Lock()
            	seen := make(chan int, together)
            	for r := 0; r < together; r++ {
            		go func() {
            			p.rw.RLock()
            			seen <- p.a
            			p.rw.RUnlock()
            		}()
            	}
            	for i := 0; i < 100; i++ {
            		runtime.Gosched()
            	}
            	p.a = -1
            	p.rw.Unlock()
            	stale := 0
            	for i := 0; i < together; i++ {
            		if <-seen != -1 {
            			stale++
            		}
            	}
            	fmt.Println("readers that saw a stale value", stale)
            }
            """;

    @RepeatedTest(10)
    void rwMutexReadersAndWriters() {
        int writers = 8, readers = 32, rounds = 1000, together = 200;
        String program = GoRun.fill(RWMUTEX, Map.of("W", writers, "R", readers, "K", rounds, "T", together));
        String want = "a " + writers * rounds + " b " + writers * rounds + " reads " + readers * rounds + " torn 0\n"
                + "readers inside together " + together * (together - 1) / 2 + "\n"
                + "readers that saw a stale value 0\n";
        assertEquals(want, GoRun.run(program));
    }

    private static final String ONCE = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"sync"
            )

            func main() {
            	const onces, callers = ${O}, ${C}
            	var mu sync.Mutex
            	calls := make([]int, onces)
            	values := make([]int, onces)
            	var objs [onces]sync.Once
            	start := make(chan struct{})
            	var wg sync.WaitGroup
            	good := 0
            	for i := 0; i < onces*callers; i++ {
            		wg.Add(1)
            		go func(k int) {
            			defer wg.Done()
            			<-start
            			objs[k].Do(func() {
            				mu.Lock()
            				calls[k]++
            				mu.Unlock()
            				for j := 0; j < 10; j++ {
            					runtime.Gosched()
            				}
            				values[k] = 100 + k
            			})
            			// Do returns only after f has returned, in every caller.
            			ok := values[k] == 100+k
            			mu.Lock()
            			if ok {
            				good++
            			}
            			mu.Unlock()
            		}(i % onces)
            	}
            	close(start)
            	wg.Wait()
            	totalCalls := 0
            	for _, c := range calls {
            		totalCalls += c
            	}
            	fmt.Println("calls", totalCalls, "callers that saw the value", good)

            	// A panicking f still counts as done; later Do calls do nothing.
            	var once sync.Once
            	panics := 0
            	for i := 0; i < 3; i++ {
            		func() {
            			defer func() {
            				if recover() != nil {
            					panics++
            				}
            			}()
            			once.Do(func() { panic("boom") })
            		}()
            	}
            	fmt.Println("panics", panics)
            }
            """;

    @RepeatedTest(10)
    void onceRunsItsFunctionOnceUnderContention() {
        int onces = 20, callers = 500;
        String program = GoRun.fill(ONCE, Map.of("O", onces, "C", callers));
        assertEquals("calls " + onces + " callers that saw the value " + onces * callers + "\npanics 1\n", GoRun.run(program));
    }
}
