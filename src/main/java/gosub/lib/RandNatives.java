package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.Panics;
import gosub.runtime.Pointer;
import gosub.runtime.StructValue;
import gosub.syntax.Pos;
import java.util.Map;

/** math/rand: Go's additive lagged Fibonacci generator (rng.go) and the ziggurat tables. */
final class RandNatives {
    private RandNatives() {}

    static final int LEN = 607, TAP = 273;
    static final int INT32MAX = Integer.MAX_VALUE;

    /** The state of one rngSource; its methods are atomic, like Go's locked global source. */
    static final class Rng {
        int tap, feed;
        final long[] vec = new long[LEN];

        static int seedrand(int x) {
            final int a = 48271, q = 44488, r = 3399;
            int hi = x / q, lo = x % q;
            x = a * lo - r * hi;
            if (x < 0) x += INT32MAX;
            return x;
        }

        synchronized void seed(long seed) {
            tap = 0;
            feed = LEN - TAP;
            seed = seed % INT32MAX;
            if (seed < 0) seed += INT32MAX;
            if (seed == 0) seed = 89482311;
            int x = (int) seed;
            for (int i = -20; i < LEN; i++) {
                x = seedrand(x);
                if (i >= 0) {
                    long u = (long) x << 40;
                    x = seedrand(x);
                    u ^= (long) x << 20;
                    x = seedrand(x);
                    u ^= x;
                    u ^= RandTables.RNG_COOKED[i];
                    vec[i] = u;
                }
            }
        }

        synchronized long uint64() {
            if (--tap < 0) tap += LEN;
            if (--feed < 0) feed += LEN;
            long x = vec[feed] + vec[tap];
            vec[feed] = x;
            return x;
        }
    }

    static Rng rng(Object recv, Pos p) {
        if (recv == null) throw Panics.nilDeref(p);
        StructValue s = (StructValue) ((Pointer) recv).load();
        synchronized (s) {
            if (s.fields[0] == null) {
                Rng r = new Rng();
                r.seed(1);
                s.fields[0] = r;
            }
            return (Rng) s.fields[0];
        }
    }

    static void register(Map<String, NativeFn> m) {
        m.put("math/rand.(*rngSource).Seed", (a, g, p) -> {
            rng(a[0], p).seed((Long) a[1]);
            return null;
        });
        m.put("math/rand.(*rngSource).Int63", (a, g, p) -> rng(a[0], p).uint64() & Long.MAX_VALUE);
        m.put("math/rand.(*rngSource).Uint64", (a, g, p) -> rng(a[0], p).uint64());
        m.put("math/rand.randomSeed", (a, g, p) -> System.nanoTime() ^ new java.util.Random().nextLong());
        m.put("math/rand.expTab", (a, g, p) -> {
            int i = (int) (long) (Long) a[0];
            return new Object[] {RandTables.KE[i], (double) RandTables.WE[i], (double) RandTables.FE[i],
                (double) (i > 0 ? RandTables.FE[i - 1] : 0f)};
        });
        m.put("math/rand.normTab", (a, g, p) -> {
            int i = (int) (long) (Long) a[0];
            return new Object[] {RandTables.KN[i], (double) RandTables.WN[i], (double) RandTables.FN[i],
                (double) (i > 0 ? RandTables.FN[i - 1] : 0f)};
        });
    }
}
