package gosub.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.compile.Program;
import gosub.exec.Jit;
import gosub.runtime.ExitPoll;
import gosub.runtime.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A goroutine spinning in a compiled loop that never calls anything must stop when the program
 * ends (os.Exit, a panic, main returning): loops poll for the end cheaply (ExitPoll), and a
 * poll that compiled code hoisted out of the loop would leave the goroutine spinning forever,
 * holding a carrier thread of every later run in the JVM.
 */
class SpinningExitTest {
    private static final String SPIN = """
            package main

            import (
            	"fmt"
            	"os"
            	"time"
            )

            var _ = os.Exit

            func spin() {
            	for {
            	}
            }

            func main() {
            	go spin()
            	time.Sleep(200 * time.Millisecond)
            	fmt.Println("exiting")
            	END
            }
            """;

    /** Signals once the loop has run hot, then goes on for ever. */
    private static final String COUNT = """
            package main

            import (
            	"fmt"
            	"os"
            	"time"
            )

            var _ = os.Exit

            func count(s []int, hot chan bool) {
            	n := len(s)
            	for i := 0; ; i++ {
            		s[i%n]++
            		if i == 3000000 {
            			hot <- true
            		}
            	}
            }

            func main() {
            	s := make([]int, 7)
            	hot := make(chan bool)
            	go count(s, hot)
            	<-hot
            	time.Sleep(100 * time.Millisecond)
            	fmt.Println("exiting")
            	END
            }
            """;

    @Test
    void osExitStopsSpinningGoroutine() {
        for (int jit : new int[] {Jit.ALL, Jit.HOT}) {
            check(SPIN, "os.Exit(3)", jit, 3, "");
            check(COUNT, "os.Exit(3)", jit, 3, "");
        }
    }

    @Test
    void panicStopsSpinningGoroutine() {
        for (int jit : new int[] {Jit.ALL, Jit.HOT}) {
            check(SPIN, "panic(\"boom\")", jit, 2, "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n");
            check(COUNT, "panic(\"boom\")", jit, 2, "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n");
        }
    }

    @Test
    void returnFromMainStopsSpinningGoroutine() {
        for (int jit : new int[] {Jit.ALL, Jit.HOT}) {
            check(SPIN, "return", jit, 0, "");
            check(COUNT, "return", jit, 0, "");
        }
    }

    /** Runs the program with end as main's last statement; wants its status, output, stderr prefix. */
    private static void check(String template, String end, int jit, int wantCode, String wantErr) {
        String src = template.replace("END", end);
        // Set only while some ended run still has goroutines (another test's leftovers).
        boolean armed = !ExitPoll.stopping();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Program p = Engine.build("p.go", src.getBytes(StandardCharsets.UTF_8), e);
        assertNotNull(p, err.toString(StandardCharsets.UTF_8));
        Run run = Engine.start(p, new Options(false, 0, List.of()).withJit(jit), new ByteArrayInputStream(new byte[0]), out, e);
        int code;
        try {
            code = run.awaitExit();
        } catch (InterruptedException x) {
            throw new AssertionError(x);
        }
        String what = end + " with jit mode " + jit;
        assertEquals(wantCode, code, what);
        assertEquals("exiting\n", out.toString(StandardCharsets.UTF_8), what);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(wantErr), what + ": " + err);
        // A bound, not a measurement: a spinning goroutine that missed the end never stops.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (run.scheduler.count() > 0) {
            assertTrue(System.nanoTime() < deadline, what + ": a goroutine still runs after the end");
            try {
                Thread.sleep(5);
            } catch (InterruptedException x) {
                throw new AssertionError(x);
            }
        }
        if (armed) assertFalse(ExitPoll.stopping(), what + ": the loop poll was not switched back off");
    }
}
