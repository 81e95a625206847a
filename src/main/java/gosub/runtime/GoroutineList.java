package gosub.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The live goroutines in creation order (Go's goroutine list), linked through the goroutines
 * themselves: adding and removing are O(1) and allocate nothing, which matters with a million.
 * Guarded by the run lock.
 */
final class GoroutineList implements Iterable<Goroutine> {
    private Goroutine first, last;
    private int size;

    void add(Goroutine g) {
        g.prevLive = last;
        g.nextLive = null;
        if (last == null) first = g;
        else last.nextLive = g;
        last = g;
        size++;
    }

    void remove(Goroutine g) {
        if (g.prevLive == null) first = g.nextLive;
        else g.prevLive.nextLive = g.nextLive;
        if (g.nextLive == null) last = g.prevLive;
        else g.nextLive.prevLive = g.prevLive;
        g.prevLive = g.nextLive = null;
        size--;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Iterator<Goroutine> iterator() {
        return new Iterator<>() {
            private Goroutine next = first;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Goroutine next() {
                if (next == null) throw new NoSuchElementException();
                Goroutine g = next;
                next = g.nextLive;
                return g;
            }
        };
    }
}
