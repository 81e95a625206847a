package gosub.runtime;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A program's standard output: buffered, flushed when the program ends or a goroutine blocks
 * (the moments Go's output would be seen), and silent once the program has ended.
 */
public final class Output {
    private final OutputStream sink;
    private byte[] buf = new byte[8192];
    private int n;
    private boolean closed;
    /** Something was written since the last flush: every goroutine that parks flushes, mostly nothing. */
    private volatile boolean pending;

    public Output(OutputStream sink) {
        this.sink = sink;
    }

    public synchronized void write(byte[] b, int off, int len) {
        if (closed) return;
        pending = true;
        if (n + len > buf.length) {
            flushBuffer();
            if (len > buf.length) {
                writeThrough(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    public void flush() {
        if (pending) flushPending();
    }

    private synchronized void flushPending() {
        if (closed) return;
        pending = false;
        flushBuffer();
        try {
            sink.flush();
        } catch (IOException e) {
            // The reader went away (a closed pipe): Go would get EPIPE; nothing to report.
        }
    }

    /** Flushes what was written and ignores everything written after. */
    public synchronized void close() {
        flushPending();
        closed = true;
    }

    private void flushBuffer() {
        if (n > 0) writeThrough(buf, 0, n);
        n = 0;
    }

    private void writeThrough(byte[] b, int off, int len) {
        try {
            sink.write(b, off, len);
        } catch (IOException e) {
            // See flush().
        }
    }
}
