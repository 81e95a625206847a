package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.engine.Engine;
import gosub.engine.Options;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Many goroutines at once, repeated to shake out races in gosub's own scheduler, channels and
 * sync primitives: every value must arrive exactly once and every count must be exact.
 */
class RuntimeStressTest {
    private static String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Engine.run("stress.go", program.getBytes(StandardCharsets.UTF_8), new Options(false, 0, List.of()),
                new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @RepeatedTest(4)
    void producersAndConsumersSeeEveryValueOnce() {
        int producers = 8, perProducer = 2000;
        for (int buffer : new int[] {0, 16}) {
            String program = """
                    package main

                    import (
                    	"fmt"
                    	"sync"
                    )

                    func main() {
                    	ch := make(chan int, BUF)
                    	var wg sync.WaitGroup
                    	for p := 0; p < PRODUCERS; p++ {
                    		wg.Add(1)
                    		go func(p int) {
                    			defer wg.Done()
                    			for i := 0; i < PER; i++ {
                    				ch <- p*PER + i
                    			}
                    		}(p)
                    	}
                    	go func() { wg.Wait(); close(ch) }()
                    	results := make(chan [2]int)
                    	for c := 0; c < 4; c++ {
                    		go func() {
                    			sum, count := 0, 0
                    			for v := range ch {
                    				sum += v
                    				count++
                    			}
                    			results <- [2]int{sum, count}
                    		}()
                    	}
                    	sum, count := 0, 0
                    	for c := 0; c < 4; c++ {
                    		r := <-results
                    		sum += r[0]
                    		count += r[1]
                    	}
                    	fmt.Println(sum, count)
                    }
                    """.replace("BUF", "" + buffer).replace("PRODUCERS", "" + producers).replace("PER", "" + perProducer);
            long n = (long) producers * perProducer;
            assertEquals((n * (n - 1) / 2) + " " + n + "\n", run(program));
        }
    }

    @RepeatedTest(3)
    void aHundredThousandGoroutinesCountUnderAMutex() {
        String program = """
                package main

                import (
                	"fmt"
                	"sync"
                )

                func main() {
                	var wg sync.WaitGroup
                	var mu sync.Mutex
                	counter := 0
                	for i := 0; i < 100000; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			mu.Lock()
                			counter++
                			mu.Unlock()
                		}()
                	}
                	wg.Wait()
                	fmt.Println(counter)
                }
                """;
        assertEquals("100000\n", run(program));
    }

    /**
     * Mutex and WaitGroup change state with compare-and-set outside the run lock: on one
     * carrier goroutines rarely overlap, so this runs with one carrier per core (as the
     * monitor would widen the pool), for the rest of this JVM too.
     */
    @RepeatedTest(4)
    void mutexAndWaitGroupStayExactOnEveryCarrier() {
        run("package main\n\nfunc main() {}\n"); // so that a carrier thread exists to find the pool by
        Carriers.widen();
        assertTrue(Carriers.widened());
        String program = """
                package main

                import (
                	"fmt"
                	"sync"
                )

                func main() {
                	var mu sync.Mutex
                	counter, rounds := 0, 0
                	for round := 0; round < 40; round++ {
                		var wg sync.WaitGroup
                		for i := 0; i < 16; i++ {
                			wg.Add(1)
                			go func() {
                				defer wg.Done()
                				for j := 0; j < 300; j++ {
                					mu.Lock()
                					counter++
                					mu.Unlock()
                				}
                			}()
                		}
                		wg.Wait()
                		mu.Lock()
                		rounds++
                		mu.Unlock()
                	}
                	fmt.Println(counter, rounds, mu.TryLock())
                }
                """;
        assertEquals("192000 40 true\n", run(program));
    }

    @RepeatedTest(4)
    void selectFanInReceivesEverything() {
        String program = """
                package main

                import "fmt"

                func main() {
                	a, b, c := make(chan int), make(chan int, 3), make(chan int)
                	done := make(chan bool)
                	for _, ch := range []chan int{a, b, c} {
                		go func(ch chan int) {
                			for i := 1; i <= 3000; i++ {
                				ch <- i
                			}
                			done <- true
                		}(ch)
                	}
                	sum, finished := 0, 0
                	for finished < 3 || sum < 3*3000*3001/2 {
                		select {
                		case v := <-a:
                			sum += v
                		case v := <-b:
                			sum += v
                		case v := <-c:
                			sum += v
                		case <-done:
                			finished++
                		}
                	}
                	fmt.Println(sum, finished)
                }
                """;
        assertEquals((3 * 3000 * 3001 / 2) + " 3\n", run(program));
    }

    @RepeatedTest(3)
    void readersAndWritersShareAnRWMutex() {
        String program = """
                package main

                import (
                	"fmt"
                	"sync"
                )

                func main() {
                	var rw sync.RWMutex
                	var wg sync.WaitGroup
                	m := map[int]int{}
                	for w := 0; w < 4; w++ {
                		wg.Add(1)
                		go func(w int) {
                			defer wg.Done()
                			for i := 0; i < 500; i++ {
                				rw.Lock()
                				m[w*500+i] = i
                				rw.Unlock()
                			}
                		}(w)
                	}
                	reads := 0
                	var rmu sync.Mutex
                	for r := 0; r < 4; r++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			for i := 0; i < 500; i++ {
                				rw.RLock()
                				_ = len(m)
                				rw.RUnlock()
                				rmu.Lock()
                				reads++
                				rmu.Unlock()
                			}
                		}()
                	}
                	wg.Wait()
                	fmt.Println(len(m), reads)
                }
                """;
        assertEquals("2000 2000\n", run(program));
    }
}
