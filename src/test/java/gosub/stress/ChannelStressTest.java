package gosub.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many goroutines on shared channels, each program run several times to shake out races in
 * gosub's own channels, select and scheduler: every value sent must be received exactly once.
 * The timeouts only turn a hang into a failure; nothing here measures speed.
 */
@Timeout(300)
class ChannelStressTest {
    /** Runs of each parameterised program. */
    private static final int RUNS = 5;

    private static final String PRODUCERS_CONSUMERS = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	const producers, consumers, per, buf = ${P}, ${C}, ${N}, ${B}
            	ch := make(chan int, buf)
            	var pwg, cwg sync.WaitGroup
            	got := make([][]int, consumers)
            	for p := 0; p < producers; p++ {
            		pwg.Add(1)
            		go func(p int) {
            			defer pwg.Done()
            			for i := p * per; i < (p+1)*per; i++ {
            				ch <- i
            			}
            		}(p)
            	}
            	for c := 0; c < consumers; c++ {
            		cwg.Add(1)
            		go func(c int) {
            			defer cwg.Done()
            			if c%2 == 0 {
            				for v := range ch {
            					got[c] = append(got[c], v)
            				}
            				return
            			}
            			for {
            				v, ok := <-ch
            				if !ok {
            					return
            				}
            				got[c] = append(got[c], v)
            			}
            		}(c)
            	}
            	pwg.Wait()
            	close(ch)
            	cwg.Wait()
            	seen := make([]int, producers*per)
            	sum, count := 0, 0
            	for _, vs := range got {
            		for _, v := range vs {
            			seen[v]++
            			sum += v
            			count++
            		}
            	}
            	missing, dup := 0, 0
            	for _, n := range seen {
            		if n == 0 {
            			missing++
            		} else if n > 1 {
            			dup += n - 1
            		}
            	}
            	fmt.Println("sum", sum, "count", count, "missing", missing, "duplicated", dup)
            }
            """;

    @ParameterizedTest(name = "{0} producers, {1} consumers, {2} values each, buffer {3}")
    @CsvSource({"16, 8, 4000, 0", "16, 8, 4000, 1", "4, 32, 10000, 7", "8, 3, 5000, 128", "1, 1, 30000, 0", "64, 64, 500, 0"})
    void producersAndConsumersSeeEveryValueOnce(int producers, int consumers, int per, int buffer) {
        String program = GoRun.fill(PRODUCERS_CONSUMERS, Map.of("P", producers, "C", consumers, "N", per, "B", buffer));
        long n = (long) producers * per;
        String want = "sum " + n * (n - 1) / 2 + " count " + n + " missing 0 duplicated 0\n";
        for (int run = 1; run <= RUNS; run++) assertEquals(want, GoRun.run(program), "run " + run);
    }

    private static final String SELECT = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"sync"
            )

            func main() {
            	const producers, routers, per = ${P}, ${R}, ${N}
            	a := make(chan int)
            	b := make(chan int, 5)
            	c := make(chan int, 1)
            	out := make(chan int, 3)
            	quit := make(chan struct{})
            	var pwg, rwg sync.WaitGroup
            	// Producers send each value on whichever of a, b, c is ready.
            	for p := 0; p < producers; p++ {
            		pwg.Add(1)
            		go func(p int) {
            			defer pwg.Done()
            			for i := p * per; i < (p+1)*per; i++ {
            				select {
            				case a <- i:
            				case b <- i:
            				case c <- i:
            				}
            			}
            		}(p)
            	}
            	// Routers receive from any of them and forward to out; on quit they drain the buffers.
            	for r := 0; r < routers; r++ {
            		rwg.Add(1)
            		go func() {
            			defer rwg.Done()
            			for {
            				var v int
            				select {
            				case v = <-a:
            				case v = <-b:
            				case v = <-c:
            				case <-quit:
            					for {
            						select {
            						case v = <-b:
            							out <- v
            						case v = <-c:
            							out <- v
            						default:
            							return
            						}
            					}
            				}
            				out <- v
            			}
            		}()
            	}
            	seen := make([]int, producers*per)
            	done := make(chan [2]int)
            	go func() {
            		sum, count := 0, 0
            		for v := range out {
            			seen[v]++
            			sum += v
            			count++
            		}
            		done <- [2]int{sum, count}
            	}()
            	pwg.Wait()
            	close(quit)
            	rwg.Wait()
            	close(out)
            	r := <-done
            	missing, dup := 0, 0
            	for _, n := range seen {
            		if n == 0 {
            			missing++
            		} else if n > 1 {
            			dup += n - 1
            		}
            	}
            	// A merge that disables closed inputs with nil channels.
            	x, y, z := make(chan int), make(chan int, 2), make(chan int)
            	for i, ch := range []chan int{x, y, z} {
            		go func(ch chan int, base int) {
            			for j := 0; j < per; j++ {
            				ch <- base + j
            			}
            			close(ch)
            		}(ch, i*per)
            	}
            	msum, mcount, open := 0, 0, 3
            	for open > 0 {
            		select {
            		case v, ok := <-x:
            			if !ok {
            				x = nil
            				open--
            				continue
            			}
            			msum += v
            			mcount++
            		case v, ok := <-y:
            			if !ok {
            				y = nil
            				open--
            				continue
            			}
            			msum += v
            			mcount++
            		case v, ok := <-z:
            			if !ok {
            				z = nil
            				open--
            				continue
            			}
            			msum += v
            			mcount++
            		}
            	}
            	// Polling with default never blocks and eventually sees the value.
            	ready := make(chan int)
            	go func() { ready <- 42 }()
            	polled := 0
            	for polled == 0 {
            		select {
            		case v := <-ready:
            			polled = v
            		default:
            			runtime.Gosched()
            		}
            	}
            	fmt.Println("routed sum", r[0], "count", r[1], "missing", missing, "duplicated", dup)
            	fmt.Println("merged sum", msum, "count", mcount)
            	fmt.Println("polled", polled)
            }
            """;

    @RepeatedTest(10)
    void selectOverSeveralChannelsLosesNothing() {
        int producers = 6, routers = 3, per = 4000;
        String program = GoRun.fill(SELECT, Map.of("P", producers, "R", routers, "N", per));
        long n = (long) producers * per, m = 3L * per;
        String want = "routed sum " + n * (n - 1) / 2 + " count " + n + " missing 0 duplicated 0\n"
                + "merged sum " + m * (m - 1) / 2 + " count " + m + "\n"
                + "polled 42\n";
        assertEquals(want, GoRun.run(program));
    }

    private static final String CLOSE_RANGE = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	const receivers, values, waiters = ${R}, ${V}, ${W}
            	ch := make(chan int, 100)
            	var wg sync.WaitGroup
            	var mu sync.Mutex
            	total, count := 0, 0
            	for r := 0; r < receivers; r++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			s, n := 0, 0
            			for v := range ch {
            				s += v
            				n++
            			}
            			mu.Lock()
            			total += s
            			count += n
            			mu.Unlock()
            		}()
            	}
            	for i := 1; i <= values; i++ {
            		ch <- i
            	}
            	close(ch)
            	wg.Wait()
            	fmt.Println("total", total, "count", count)

            	// close wakes every blocked receiver with the zero value and ok == false.
            	done := make(chan string)
            	results := make(chan bool, waiters)
            	for w := 0; w < waiters; w++ {
            		go func() {
            			v, ok := <-done
            			results <- v == "" && !ok
            		}()
            	}
            	close(done)
            	woke := 0
            	for w := 0; w < waiters; w++ {
            		if <-results {
            			woke++
            		}
            	}
            	// A closed buffered channel is drained before it reports closed.
            	buf := make(chan int, 10)
            	for i := 0; i < 10; i++ {
            		buf <- i
            	}
            	close(buf)
            	drained := 0
            	for v := range buf {
            		drained += v
            	}
            	_, ok := <-buf
            	fmt.Println("woken", woke, "drained", drained, ok)
            }
            """;

    @RepeatedTest(10)
    void closeEndsEveryRangeAndWakesEveryReceiver() {
        int receivers = 1000, values = 50000, waiters = 2000;
        String program = GoRun.fill(CLOSE_RANGE, Map.of("R", receivers, "V", values, "W", waiters));
        String want = "total " + (long) values * (values + 1) / 2 + " count " + values + "\n"
                + "woken " + waiters + " drained 45 false\n";
        assertEquals(want, GoRun.run(program));
    }

    private static final String DAISY_CHAIN = """
            package main

            import "fmt"

            func pass(left, right chan int) {
            	for v := range right {
            		left <- v + 1
            	}
            	close(left)
            }

            func main() {
            	const links, messages = ${L}, ${M}
            	first := make(chan int)
            	left := first
            	right := first
            	for i := 0; i < links; i++ {
            		right = make(chan int)
            		go pass(left, right)
            		left = right
            	}
            	go func() {
            		for m := 0; m < messages; m++ {
            			right <- m * links
            		}
            		close(right)
            	}()
            	sum, count := 0, 0
            	for v := range first {
            		sum += v
            		count++
            	}
            	fmt.Println("sum", sum, "count", count)
            }
            """;

    @RepeatedTest(5)
    void messagesPassAlongAChainOfGoroutines() {
        int links = 10_000, messages = 20;
        String program = GoRun.fill(DAISY_CHAIN, Map.of("L", links, "M", messages));
        long sum = 0;
        for (int m = 0; m < messages; m++) sum += (long) m * links + links;
        assertEquals("sum " + sum + " count " + messages + "\n", GoRun.run(program));
    }
}
