package gosub.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * Timers, tickers, time.After and AfterFunc in many goroutines on the playground's fake clock
 * (Options(true, ...)): the clock only jumps when every goroutine waits, so the output is exact,
 * the same as Go's own faketime runtime prints. Repeated to shake out races in the clock.
 */
@Timeout(300)
class FakeTimeStressTest {
    private static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"sync"
            	"time"
            )

            func main() {
            	start := time.Now()
            	fmt.Println("start", start.UTC().Format(time.RFC3339Nano))

            	// Sleepers wake in the order of their durations, whatever order they started in.
            	const sleepers = ${S}
            	order := make(chan int, sleepers)
            	for i := sleepers; i >= 1; i-- {
            		go func(i int) {
            			time.Sleep(time.Duration(i) * time.Millisecond)
            			order <- i
            		}(i)
            	}
            	inOrder := 0
            	for want := 1; want <= sleepers; want++ {
            		if <-order == want {
            			inOrder++
            		}
            	}
            	fmt.Println("sleepers in order", inOrder, "elapsed", time.Since(start))

            	// Tickers of different periods count their ticks until a deadline between ticks.
            	const tickers = ${T}
            	ticks := make([]int, tickers)
            	var wg sync.WaitGroup
            	t0 := time.Now()
            	for k := 0; k < tickers; k++ {
            		wg.Add(1)
            		go func(k int) {
            			defer wg.Done()
            			tk := time.NewTicker(time.Duration(k+3) * time.Millisecond)
            			defer tk.Stop()
            			deadline := time.After(500*time.Millisecond + 500*time.Microsecond)
            			for {
            				select {
            				case <-tk.C:
            					ticks[k]++
            				case <-deadline:
            					return
            				}
            			}
            		}(k)
            	}
            	wg.Wait()
            	fmt.Println("ticks", ticks, "elapsed", time.Since(t0))

            	// Timers: a stopped timer does not fire, a reset one fires at its new time,
            	// AfterFunc runs its function once, in its own goroutine.
            	const timers = ${N}
            	var mu sync.Mutex
            	var fired []string
            	note := func(s string) {
            		mu.Lock()
            		fired = append(fired, s)
            		mu.Unlock()
            	}
            	t1 := time.Now()
            	var twg sync.WaitGroup
            	for k := 0; k < timers; k++ {
            		twg.Add(1)
            		go func(k int) {
            			defer twg.Done()
            			d := time.Duration(k+1) * 10 * time.Millisecond
            			switch k % 3 {
            			case 0:
            				t := time.NewTimer(d)
            				<-t.C
            				note(fmt.Sprintf("timer%d@%v", k, time.Since(t1)))
            			case 1:
            				t := time.NewTimer(time.Hour)
            				if !t.Stop() {
            					note("stop failed")
            				}
            				t.Reset(d)
            				<-t.C
            				note(fmt.Sprintf("reset%d@%v", k, time.Since(t1)))
            			case 2:
            				done := make(chan bool)
            				time.AfterFunc(d, func() {
            					note(fmt.Sprintf("func%d@%v", k, time.Since(t1)))
            					done <- true
            				})
            				<-done
            			}
            		}(k)
            	}
            	twg.Wait()
            	fmt.Println(fired)

            	// Timeouts: work that takes longer than its deadline is abandoned.
            	const jobs = ${J}
            	results := make(chan string, jobs)
            	for k := 0; k < jobs; k++ {
            		go func(k int) {
            			work := make(chan bool, 1)
            			go func() {
            				time.Sleep(time.Duration(k) * 25 * time.Millisecond)
            				work <- true
            			}()
            			select {
            			case <-work:
            				results <- "done"
            			case <-time.After(110 * time.Millisecond):
            				results <- "timeout"
            			}
            		}(k)
            	}
            	done, timeouts := 0, 0
            	for k := 0; k < jobs; k++ {
            		if <-results == "done" {
            			done++
            		} else {
            			timeouts++
            		}
            	}
            	fmt.Println("done", done, "timeouts", timeouts)
            	fmt.Println("end", time.Now().UTC().Format(time.RFC3339Nano), "total", time.Since(start))
            }
            """;

    /** Go's Duration.String for whole microseconds between 1ms and 1s. */
    private static String millis(long micros) {
        String s = (micros / 1000) + (micros % 1000 == 0 ? "" : "." + String.format("%03d", micros % 1000).replaceAll("0+$", ""));
        return s + "ms";
    }

    @RepeatedTest(10)
    void timersTickersAndAfterInManyGoroutines() {
        int sleepers = 900, tickers = 60, timers = 90, jobs = 20;
        String program = GoRun.fill(PROGRAM, Map.of("S", sleepers, "T", tickers, "N", timers, "J", jobs));

        long deadline = 500_500; // microseconds
        List<String> ticks = new ArrayList<>();
        for (int k = 0; k < tickers; k++) ticks.add("" + deadline / ((k + 3) * 1000L));
        List<String> fired = new ArrayList<>();
        for (int k = 0; k < timers; k++) {
            String kind = switch (k % 3) {
                case 0 -> "timer";
                case 1 -> "reset";
                default -> "func";
            };
            fired.add(kind + k + "@" + millis((k + 1) * 10_000L));
        }
        int done = 0;
        for (int k = 0; k < jobs; k++) if (k * 25 < 110) done++;
        long total = sleepers * 1000L + deadline + timers * 10_000L + 110_000;
        String end = "2009-11-10T23:00:0" + total / 1_000_000
                + (total % 1_000_000 == 0 ? "" : "." + String.format("%06d", total % 1_000_000).replaceAll("0+$", "")) + "Z";
        String totalText = total < 1_000_000 ? millis(total) : total / 1_000_000 + (total % 1_000_000 == 0 ? "" : "." + String.format("%06d", total % 1_000_000).replaceAll("0+$", "")) + "s";

        String want = "start 2009-11-10T23:00:00Z\n"
                + "sleepers in order " + sleepers + " elapsed " + millis(sleepers * 1000L) + "\n"
                + "ticks [" + String.join(" ", ticks) + "] elapsed " + millis(deadline) + "\n"
                + "[" + String.join(" ", fired) + "]\n"
                + "done " + done + " timeouts " + (jobs - done) + "\n"
                + "end " + end + " total " + totalText + "\n";
        assertEquals(want, GoRun.run(program, true));
    }
}
