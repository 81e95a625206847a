package gosub.lib;

import gosub.exec.Goroutines;
import gosub.exec.NativeFn;
import gosub.lib.time.DurationText;
import gosub.lib.time.TimeLayout;
import gosub.lib.time.TimeParse;
import gosub.runtime.*;
import java.util.Map;

/** time's clock, sleeping, timers and formatting, all on the run's Clock. */
final class TimeNatives {
    private TimeNatives() {}

    /** Seconds from January 1, year 1 to the Unix epoch (Go's unixToInternal). */
    static final long UNIX_TO_INTERNAL = (1969L * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

    /** A timer of package time: the scheduler timer plus what firing does. */
    static final class TimerState {
        Timer timer;
        long period;
        Chan c;
        Object f;
    }

    /** The value of time.Now() as the Go struct Time{sec, nsec, mono, hasMono, loc}. */
    static StructValue now(Run run) {
        long wall = run.clock.wallNanos();
        return new StructValue(new Object[] {Math.floorDiv(wall, 1_000_000_000L) + UNIX_TO_INTERNAL,
                Math.floorMod(wall, 1_000_000_000L), monotonic(run), true, null});
    }

    /**
     * Go's monotonic reading: counted from 1 ns before the time package started, so never 0
     * (the playground prints a tick at 0.5 s as m=+0.500000001).
     */
    static long monotonic(Run run) {
        return run.clock.elapsed() + 1;
    }

    /** Schedules the next firing (lock held). */
    static void arm(Scheduler s, Run run, TimerState t, long delay) {
        t.timer = s.addTimer(delay, () -> fire(s, run, t));
    }

    private static void fire(Scheduler s, Run run, TimerState t) {
        if (t.c != null) t.c.offer(now(run), s);
        if (t.f != null) {
            Object f = t.f;
            s.spawn("time.goFunc", Scheduler.RUNTIME_CREATOR + "time.goFunc\n\t$GOROOT/src/time/sleep.go:176", null, null, g -> Goroutines.body(g, () -> run.methods.callFunc(f, new Object[0], g, null)));
        }
        if (t.period > 0) arm(s, run, t, t.period);
    }

    static void register(Map<String, NativeFn> m) {
        m.put("time.Sleep", (a, g, p) -> {
            g.run.scheduler.sleep(g, (Long) a[0], p);
            return null;
        });
        m.put("time.Duration.String", (a, g, p) -> GoString.of(DurationText.format((Long) a[0])));
        m.put("time.parseDuration", (a, g, p) -> {
            DurationText.ParseResult r = DurationText.parse(Args.str(a[0]));
            return new Object[] {r.ok() ? r.nanos() : 0L, GoString.of(r.ok() ? "" : r.error())};
        });
        m.put("time.now", (a, g, p) -> {
            long wall = g.run.clock.wallNanos();
            return new Object[] {Math.floorDiv(wall, 1_000_000_000L), Math.floorMod(wall, 1_000_000_000L), monotonic(g.run)};
        });
        m.put("time.format", (a, g, p) -> GoString.of(TimeLayout.format((Long) a[0], (int) (long) (Long) a[1],
                Args.str(a[2]), (int) (long) (Long) a[3], Args.str(a[4]))));
        m.put("time.timeString", (a, g, p) -> GoString.of(TimeLayout.timeString((Long) a[0], (int) (long) (Long) a[1],
                Args.str(a[2]), (int) (long) (Long) a[3], (Boolean) a[5] ? (Long) a[4] : TimeLayout.NO_MONOTONIC)));
        m.put("time.parse", (a, g, p) -> {
            TimeParse.Result r = TimeParse.parse(Args.str(a[0]), Args.str(a[1]));
            if (!r.ok()) {
                TimeParse.Failure f = r.failure();
                return new Object[] {0L, 0L, false, -1L, GoString.EMPTY, true, new GoString(f.layout()), new GoString(f.value()),
                        new GoString(f.layoutElem()), new GoString(f.valueElem()), new GoString(f.message())};
            }
            TimeParse.Zone z = r.zone();
            return new Object[] {z.wall(), (long) r.nanos(), z.utc(), (long) z.offset(), GoString.of(z.name()), false,
                    GoString.EMPTY, GoString.EMPTY, GoString.EMPTY, GoString.EMPTY, GoString.EMPTY};
        });
        // Calendar arithmetic on longs (not java.time), so every year Go can hold works.
        m.put("time.civil", (a, g, p) -> {
            long local = (Long) a[0] + (Long) a[1];
            long days = Math.floorDiv(local, 86400L);
            long secs = local - days * 86400L;
            long[] ymd = TimeLayout.civilFromDays(days);
            long yday = days - TimeLayout.daysFromCivil(ymd[0], 1, 1) + 1;
            return new Object[] {ymd[0], ymd[1], ymd[2], secs / 3600, secs / 60 % 60, secs % 60,
                    Math.floorMod(days + 4, 7L), yday};
        });
        m.put("time.dateToUnix", (a, g, p) -> {
            long m0 = (Long) a[1] - 1;
            long year = (Long) a[0] + Math.floorDiv(m0, 12L);
            int month = (int) Math.floorMod(m0, 12L) + 1;
            long days = TimeLayout.daysFromCivil(year, month, 1) + (Long) a[2] - 1;
            return days * 86400L + (Long) a[3] * 3600L + (Long) a[4] * 60L + (Long) a[5];
        });
        m.put("time.newTimer", (a, g, p) -> {
            Scheduler s = g.run.scheduler;
            TimerState t = new TimerState();
            t.period = (Long) a[1];
            t.c = (Chan) a[2];
            t.f = a[3];
            s.lock();
            try {
                arm(s, g.run, t, (Long) a[0]);
            } finally {
                s.unlock();
            }
            return new Iface(gosub.types.Universe.EMPTY_INTERFACE, t);
        });
        m.put("time.stopTimer", (a, g, p) -> {
            Scheduler s = g.run.scheduler;
            TimerState t = (TimerState) ((Iface) a[0]).value();
            s.lock();
            try {
                return s.removeTimer(t.timer);
            } finally {
                s.unlock();
            }
        });
        m.put("time.resetTimer", (a, g, p) -> {
            Scheduler s = g.run.scheduler;
            TimerState t = (TimerState) ((Iface) a[0]).value();
            s.lock();
            try {
                boolean was = s.removeTimer(t.timer);
                t.period = (Long) a[2];
                arm(s, g.run, t, (Long) a[1]);
                return was;
            } finally {
                s.unlock();
            }
        });
    }
}
