package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.*;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * os's files on java.nio: open files live in a per-run table indexed by descriptor (3 and
 * up); failures come back to os.go as Linux errno values, which it wraps in *fs.PathError.
 */
final class OsFileNatives {
    private OsFileNatives() {}

    static final long ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOTEMPTY = 39;
    /** The errno os.go reports as "file already closed". */
    static final long CLOSED = -1;

    static final int O_WRONLY = 0x1, O_RDWR = 0x2, O_CREATE = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400;

    static final class OpenFile {
        final Path path;
        final FileChannel ch; // null for a directory
        final boolean append;
        List<Path> dirEntries; // the entries a directory's ReadDir has still to return

        OpenFile(Path path, FileChannel ch, boolean append) {
            this.path = path;
            this.ch = ch;
            this.append = append;
        }
    }

    static final class Table {
        final Map<Long, OpenFile> files = new HashMap<>();
        long next = 3;
    }

    static Table table(Goroutine g) {
        return (Table) g.run.libState.computeIfAbsent("os.files", k -> new Table());
    }

    static OpenFile file(Goroutine g, Object fd) {
        Table t = table(g);
        synchronized (t) {
            return t.files.get((Long) fd);
        }
    }

    /** The file a Go name refers to; "" names no file (ENOENT), never the current folder. */
    static Path path(Object name) {
        if (((GoString) name).length() == 0) throw new InvalidPathException("", "empty file name");
        return Path.of(((GoString) name).toString());
    }

    static boolean empty(Object name) {
        return ((GoString) name).length() == 0;
    }

    static long errno(Exception e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) return EBADF;
        if (e instanceof InvalidPathException) return ENOENT;
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("Is a directory")) return EISDIR;
        if (msg.contains("Not a directory")) return ENOTDIR;
        if (msg.contains("No such file")) return ENOENT;
        if (msg.contains("File exists")) return EEXIST;
        if (msg.contains("Permission denied")) return EACCES;
        if (msg.contains("Directory not empty")) return ENOTEMPTY;
        return EIO;
    }

    static final int UMASK = 022;

    static void chmod(Path p, long perm) throws IOException {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) if ((perm & (1L << i)) != 0) s.add(all[i]);
        try {
            Files.setPosixFilePermissions(p, s);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
    }

    /** Go's FileMode bits for a file: type bits and permissions, from the unix:mode attribute. */
    static long mode(Path p, boolean follow) throws IOException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        int m;
        try {
            m = (Integer) Files.getAttribute(p, "unix:mode", opts);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, opts);
            m = a.isDirectory() ? 0040755 : a.isSymbolicLink() ? 0120777 : 0100644;
        }
        long mode = m & 0777;
        switch (m & 0170000) {
            case 0060000 -> mode |= 1L << 26; // ModeDevice
            case 0020000 -> mode |= (1L << 26) | (1L << 21); // ModeDevice|ModeCharDevice
            case 0040000 -> mode |= 1L << 31; // ModeDir
            case 0010000 -> mode |= 1L << 25; // ModeNamedPipe
            case 0120000 -> mode |= 1L << 27; // ModeSymlink
            case 0140000 -> mode |= 1L << 24; // ModeSocket
            default -> {}
        }
        if ((m & 02000) != 0) mode |= 1L << 22; // ModeSetgid
        if ((m & 04000) != 0) mode |= 1L << 23; // ModeSetuid
        if ((m & 01000) != 0) mode |= 1L << 20; // ModeSticky
        return mode;
    }

    /** stat's results: size, mode, modification time in Unix nanoseconds, errno. */
    static Object[] stat(Path p, boolean follow) {
        try {
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, opts);
            FileTime t = a.lastModifiedTime();
            java.time.Instant i = t.toInstant();
            long nanos = i.getEpochSecond() * 1_000_000_000L + i.getNano();
            return new Object[] {a.size(), mode(p, follow), nanos, 0L};
        } catch (IOException e) {
            return new Object[] {0L, 0L, 0L, errno(e)};
        }
    }

    static long readInto(FileChannel ch, Slice s, long off) throws IOException {
        int n = s == null ? 0 : s.len;
        if (n == 0) return 0;
        ByteBuffer buf = ByteBuffer.allocate(n);
        int r = off < 0 ? ch.read(buf) : ch.read(buf, off);
        if (r <= 0) return -1;
        byte[] b = buf.array();
        Args.putBytes(s, b, 0, r);
        return r;
    }

    static Object[] write(Goroutine g, long fd, byte[] b) {
        if (fd == 1 || fd == 2) {
            OsNatives.write(g, (int) fd, b);
            return new Object[] {(long) b.length, 0L};
        }
        if (fd == 0) return new Object[] {0L, EBADF};
        OpenFile f = file(g, fd);
        if (f == null) return new Object[] {0L, CLOSED};
        if (f.ch == null) return new Object[] {0L, EBADF};
        try {
            if (f.append) f.ch.position(f.ch.size());
            ByteBuffer buf = ByteBuffer.wrap(b);
            while (buf.hasRemaining()) f.ch.write(buf);
            return new Object[] {(long) b.length, 0L};
        } catch (IOException | RuntimeException e) {
            return new Object[] {0L, errno(e)};
        }
    }

    static Slice strings(List<String> l) {
        Object[] a = new Object[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = GoString.of(l.get(i));
        return Slice.of(a);
    }

    /** Names and Go type bits of a directory's entries (in the file system's order). */
    static Object[] entries(List<Path> paths) {
        Object[] names = new Object[paths.size()], types = new Object[paths.size()];
        for (int i = 0; i < names.length; i++) {
            Path p = paths.get(i);
            names[i] = GoString.of(p.getFileName().toString());
            long t;
            try {
                t = mode(p, false) & ~0777L & ~((1L << 20) | (1L << 22) | (1L << 23));
            } catch (IOException e) {
                t = 0;
            }
            types[i] = t;
        }
        return new Object[] {Slice.of(names), Slice.of(Elems.of(Elems.LONG, types))};
    }

    static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) out.add(p);
        }
        return out;
    }

    static void register(Map<String, NativeFn> m) {
        m.put("os.openFile", (a, g, p) -> {
            if (empty(a[0])) return new Object[] {0L, ENOENT};
            Path path = path(a[0]);
            int flag = (int) (long) (Long) a[1];
            long perm = (Long) a[2];
            boolean write = (flag & (O_WRONLY | O_RDWR)) != 0;
            try {
                if (Files.isDirectory(path)) {
                    if (write) return new Object[] {0L, EISDIR};
                    if ((flag & O_CREATE) != 0 && (flag & O_EXCL) != 0) return new Object[] {0L, EEXIST};
                    return new Object[] {register(g, new OpenFile(path, null, false)), 0L};
                }
                Set<OpenOption> opts = new java.util.HashSet<>();
                if ((flag & O_WRONLY) == 0) opts.add(StandardOpenOption.READ);
                if (write) opts.add(StandardOpenOption.WRITE);
                boolean existed = Files.exists(path);
                if ((flag & O_CREATE) != 0) {
                    opts.add((flag & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
                    if (!opts.contains(StandardOpenOption.WRITE)) opts.add(StandardOpenOption.WRITE);
                }
                if ((flag & O_TRUNC) != 0 && write) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
                FileChannel ch = FileChannel.open(path, opts);
                if (!existed && (flag & O_CREATE) != 0) chmod(path, perm & ~UMASK);
                return new Object[] {register(g, new OpenFile(path, ch, (flag & O_APPEND) != 0)), 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        m.put("os.fileRead", (a, g, p) -> {
            OpenFile f = file(g, a[0]);
            if (f == null) return new Object[] {0L, false, CLOSED};
            if (f.ch == null) return new Object[] {0L, false, EISDIR};
            try {
                long r = readInto(f.ch, (Slice) a[1], (Long) a[2]);
                return new Object[] {Math.max(r, 0L), r < 0, 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, false, errno(e)};
            }
        });
        m.put("os.write", (a, g, p) -> write(g, (Long) a[0], Args.bytes(a[1])));
        m.put("os.writeString", (a, g, p) -> write(g, (Long) a[0], ((GoString) a[1]).bytes));
        m.put("os.fileWriteAt", (a, g, p) -> {
            OpenFile f = file(g, a[0]);
            if (f == null) return new Object[] {0L, CLOSED};
            if (f.ch == null) return new Object[] {0L, EBADF};
            try {
                byte[] b = Args.bytes(a[1]);
                ByteBuffer buf = ByteBuffer.wrap(b);
                long off = (Long) a[2];
                while (buf.hasRemaining()) off += f.ch.write(buf, off);
                return new Object[] {(long) b.length, 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        m.put("os.fileSeek", (a, g, p) -> {
            OpenFile f = file(g, a[0]);
            if (f == null) return new Object[] {0L, CLOSED};
            if (f.ch == null) return new Object[] {0L, 0L};
            try {
                long off = (Long) a[1];
                long base = switch ((int) (long) (Long) a[2]) {
                    case 0 -> 0;
                    case 1 -> f.ch.position();
                    case 2 -> f.ch.size();
                    default -> -1;
                };
                if (base < 0 || base + off < 0) return new Object[] {0L, EINVAL};
                f.ch.position(base + off);
                return new Object[] {base + off, 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        m.put("os.fileTruncate", (a, g, p) -> {
            OpenFile f = file(g, a[0]);
            if (f == null) return CLOSED;
            if (f.ch == null) return EINVAL;
            try {
                long size = (Long) a[1];
                if (size < 0) return EINVAL;
                if (size < f.ch.size()) f.ch.truncate(size);
                else if (size > f.ch.size()) f.ch.write(ByteBuffer.allocate(1), size - 1);
                return 0L;
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        m.put("os.fileClose", (a, g, p) -> {
            long fd = (Long) a[0];
            if (fd <= 2) return 0L;
            Table t = table(g);
            OpenFile f;
            synchronized (t) {
                f = t.files.remove(fd);
            }
            if (f == null) return CLOSED;
            try {
                if (f.ch != null) f.ch.close();
                return 0L;
            } catch (IOException e) {
                return errno(e);
            }
        });
        m.put("os.fdStat", (a, g, p) -> {
            long fd = (Long) a[0];
            if (fd <= 2) return new Object[] {0L, (1L << 26) | (1L << 21) | 0620L, 0L, 0L};
            OpenFile f = file(g, fd);
            if (f == null) return new Object[] {0L, 0L, 0L, CLOSED};
            return stat(f.path, true);
        });
        m.put("os.stat", (a, g, p) -> empty(a[0]) ? new Object[] {0L, 0L, 0L, ENOENT} : stat(path(a[0]), (Boolean) a[1]));
        m.put("os.readDir", (a, g, p) -> {
            try {
                List<Path> l = list(path(a[0]));
                l.sort((x, y) -> GoString.of(x.getFileName().toString()).compareTo(GoString.of(y.getFileName().toString())));
                Object[] e = entries(l);
                return new Object[] {e[0], e[1], 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {null, null, errno(e)};
            }
        });
        m.put("os.fileReadDir", (a, g, p) -> {
            OpenFile f = file(g, a[0]);
            if (f == null) return new Object[] {null, null, CLOSED};
            if (f.ch != null) return new Object[] {null, null, ENOTDIR};
            try {
                if (f.dirEntries == null) f.dirEntries = list(f.path);
                long n = (Long) a[1];
                int k = n <= 0 ? f.dirEntries.size() : (int) Math.min(n, f.dirEntries.size());
                List<Path> got = new ArrayList<>(f.dirEntries.subList(0, k));
                f.dirEntries = new ArrayList<>(f.dirEntries.subList(k, f.dirEntries.size()));
                Object[] e = entries(got);
                return new Object[] {e[0], e[1], 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {null, null, errno(e)};
            }
        });
        m.put("os.remove", (a, g, p) -> {
            try {
                Files.delete(path(a[0]));
                return 0L;
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        m.put("os.removeAll", (a, g, p) -> {
            if (empty(a[0])) return 0L; // Go: RemoveAll("") does nothing
            Path root = path(a[0]);
            try {
                if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return 0L;
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        if (e != null) throw e;
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
                return 0L;
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        m.put("os.mkdir", (a, g, p) -> {
            if (empty(a[0])) return ENOENT;
            Path path = path(a[0]);
            try {
                Files.createDirectory(path);
                chmod(path, (Long) a[1] & ~UMASK);
                return 0L;
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        m.put("os.rename", (a, g, p) -> {
            try {
                Path from = path(a[0]), to = path(a[1]);
                if (Files.isDirectory(to) && !Files.isDirectory(from)) return EEXIST;
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return 0L;
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        m.put("os.getwd", (a, g, p) -> GoString.of(Path.of("").toAbsolutePath().toString()));
        m.put("os.randomName", (a, g, p) -> GoString.of(Long.toString(Integer.toUnsignedLong(
                java.util.concurrent.ThreadLocalRandom.current().nextInt()))));
    }

    static long register(Goroutine g, OpenFile f) {
        Table t = table(g);
        synchronized (t) {
            long fd = t.next++;
            t.files.put(fd, f);
            return fd;
        }
    }
}
