package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.GoPanic;
import gosub.runtime.GoString;
import gosub.runtime.Pointer;
import java.util.Map;

/** runtime's functions, the Error methods of runtime panics, and net/http's blocking serve. */
final class RuntimeNatives {
    private RuntimeNatives() {}

    /** The message of a runtime error value: its string, or the string its pointer holds. */
    private static GoString message(Object receiver) {
        if (receiver instanceof Pointer p) return (GoString) p.load();
        return (GoString) receiver;
    }

    static void register(Map<String, NativeFn> m) {
        m.put("runtime.Gosched", (a, g, p) -> {
            g.run.out.flush();
            Thread.yield();
            return null;
        });
        m.put("runtime.Goexit", (a, g, p) -> {
            GoPanic exit = new GoPanic(null, p, false);
            exit.goexit = true;
            throw exit;
        });
        m.put("runtime.NumGoroutine", (a, g, p) -> (long) g.run.scheduler.count());
        m.put("runtime.NumCPU", (a, g, p) -> (long) Runtime.getRuntime().availableProcessors());
        for (String t : new String[] {"boundsError", "errorString", "plainError"}) {
            m.put("runtime." + t + ".Error", (a, g, p) -> message(a[0]));
        }
        m.put("runtime.(*TypeAssertionError).Error", (a, g, p) -> message(a[0]));
        for (String t : new String[] {"boundsError", "errorString", "plainError", "(*TypeAssertionError)", "(*PanicNilError)"}) {
            m.put("runtime." + t + ".RuntimeError", (a, g, p) -> null);
        }
        m.put("runtime.(*PanicNilError).Error", (a, g, p) -> message(a[0]));
        m.put("net/http.serveForever", (a, g, p) -> {
            var s = g.run.scheduler;
            s.lock();
            s.park(g, "IO wait", p, true);
            return null;
        });
    }
}
