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
}
