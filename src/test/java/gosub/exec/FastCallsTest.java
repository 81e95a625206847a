package gosub.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.engine.Engine;
import gosub.engine.Options;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compiled code calls compiled functions in the fast convention, without the frames the tree
 * keeps; what a program prints on a panic or a deadlock must not change. The tree (Jit.OFF)
 * is the reference for the whole of stderr, which the golden runner checks only in part.
 */
class FastCallsTest {
    private record Outcome(int code, String out, String err) {}

    private static Outcome run(String src, int jit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Engine.run("p.go", src.getBytes(StandardCharsets.UTF_8), new Options(false, 0, List.of()).withJit(jit),
                    new ByteArrayInputStream(new byte[0]), out, e);
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void sameAsTree(String src, int wantCode) {
        Outcome tree = run(src, Jit.OFF);
        assertEquals(wantCode, tree.code(), tree.err());
        for (int mode : new int[] {Jit.ALL, Jit.HOT}) {
            Outcome o = run(src, mode);
            assertEquals(tree, o, "jit mode " + mode);
        }
    }

    @Test
    void panicTraceThroughRecursiveFastCalls() {
        sameAsTree("""
                package main

                import "fmt"

                func div(a, b int) int { return a / b }

                func depth(n, b int) int {
                	if n == 0 {
                		return div(1, b)
                	}
                	return depth(n-1, b) + 1
                }

                func main() {
                	s := 0
                	for i := 0; i < 3000; i++ {
                		s += depth(4, 1)
                	}
                	fmt.Println(s)
                	depth(6, 0)
                }
                """, 2);
    }

    @Test
    void deadlockShowsTheBlockedFastFunction() {
        sameAsTree("""
                package main

                import "fmt"

                func wait(c chan int) int { return <-c + 1 }

                func outer(n int, c chan int) int {
                	if n == 0 {
                		return wait(c)
                	}
                	return outer(n-1, c) + 1
                }

                func main() {
                	c := make(chan int, 1)
                	s := 0
                	for i := 0; i < 3000; i++ {
                		c <- i
                		s += outer(3, c)
                	}
                	fmt.Println(s)
                	outer(3, c)
                }
                """, 2);
    }

    @Test
    void recoverInAFunctionDeferredByNameAndCalledDirectly() {
        sameAsTree("""
                package main

                import "fmt"

                func rescue() string {
                	if r := recover(); r != nil {
                		return fmt.Sprint("recovered: ", r)
                	}
                	return "nothing to recover"
                }

                func guarded(n int) (res int) {
                	defer func() { fmt.Println(rescue()) }()
                	defer rescue()
                	return 10 / n
                }

                func main() {
                	for i := 0; i < 3000; i++ {
                		rescue()
                	}
                	fmt.Println(rescue(), guarded(2))
                	fmt.Println(guarded(0))
                }
                """, 0);
    }

    @Test
    void severalResultsAndLibraryCallsFromCompiledCode() {
        sameAsTree("""
                package main

                import (
                	"fmt"
                	"strconv"
                	"strings"
                )

                func divmod(a, b int) (int, error) {
                	if b == 0 {
                		return 0, fmt.Errorf("zero %d", a)
                	}
                	return a / b, nil
                }

                func pair(i int) (q, r int) {
                	q, r = i/3, i%3
                	return
                }

                func main() {
                	sum := 0
                	var err error
                	var any interface{}
                	for i := 0; i < 5000; i++ {
                		n, e := strconv.Atoi(strconv.Itoa(i))
                		q, r := pair(n)
                		var x int
                		x, err = divmod(q, r)
                		any, _ = divmod(r, 1)
                		_ = e
                		sum += x + q + r
                	}
                	fmt.Println(sum, err, any)
                	var sb strings.Builder
                	for i := 0; i < 3000; i++ {
                		sb.WriteString(strconv.Itoa(i % 10))
                		sb.WriteByte(',')
                	}
                	fmt.Println(len(sb.String()))
                	n, e := strconv.Atoi("x1")
                	fmt.Println(n, e)
                	defer func() {
                		fmt.Println("recovered:", recover(), strings.Repeat("a", 3))
                	}()
                	for i := 3000; i >= -1; i-- {
                		if i < 3 {
                			fmt.Println(strings.Repeat("ab", i))
                		}
                	}
                }
                """, 0);
    }

    @Test
    void panicAndDeadlockInsideLibraryCallsFromCompiledCode() {
        sameAsTree("""
                package main

                import (
                	"fmt"
                	"strings"
                )

                func rep(i int) string { return strings.Repeat("x", i) }

                func main() {
                	n := 0
                	for i := 3000; i >= -1; i-- {
                		n += len(rep(i % 5))
                		if i == 0 {
                			fmt.Println(n)
                			rep(-1)
                		}
                	}
                }
                """, 2);
        sameAsTree("""
                package main

                import (
                	"fmt"
                	"sync"
                )

                func step(c *sync.Cond, i int) int {
                	if i == 2999 {
                		c.Wait()
                	}
                	return i
                }

                func main() {
                	var mu sync.Mutex
                	c := sync.NewCond(&mu)
                	mu.Lock()
                	s := 0
                	for i := 0; i < 3000; i++ {
                		s += step(c, i)
                		if i == 2998 {
                			fmt.Println(s)
                		}
                	}
                }
                """, 2);
    }
}
