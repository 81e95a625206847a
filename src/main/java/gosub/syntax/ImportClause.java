package gosub.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the import paths of a Go source without parsing it, so that the imported packages can be
 * loaded and checked while the file itself is parsed. It reads only the plain forms (the
 * package clause, then import declarations of quoted paths, with or without names and
 * parentheses) and returns null on anything else; the caller checks its answer against the parse.
 */
public final class ImportClause {
    private final byte[] src;
    private int at;

    private ImportClause(byte[] src) {
        this.src = src;
    }

    /** The paths the file's import declarations name, in order, or null when unsure. */
    public static List<String> paths(byte[] source) {
        return new ImportClause(source).read();
    }

    private List<String> read() {
        List<String> paths = new ArrayList<>();
        if (!"package".equals(ident()) || ident() == null) return null;
        while (true) {
            skipSpace();
            if (at < src.length && src[at] == ';') {
                at++;
                continue;
            }
            int before = at;
            if (!"import".equals(ident())) {
                at = before;
                return paths;
            }
            skipSpace();
            if (at < src.length && src[at] == '(') {
                at++;
                while (true) {
                    skipSpace();
                    if (at >= src.length) return null;
                    if (src[at] == ')') {
                        at++;
                        break;
                    }
                    if (src[at] == ';') {
                        at++;
                        continue;
                    }
                    if (!spec(paths)) return null;
                }
            } else if (!spec(paths)) {
                return null;
            }
        }
    }

    /** One import spec: an optional name (identifier or dot), then a quoted path. */
    private boolean spec(List<String> paths) {
        skipSpace();
        if (at < src.length && src[at] == '.') at++;
        else if (at < src.length && src[at] != '"' && ident() == null) return false;
        skipSpace();
        String path = quoted();
        if (path == null) return false;
        paths.add(path);
        return true;
    }

    /** A double-quoted string without escapes, or null. */
    private String quoted() {
        if (at >= src.length || src[at] != '"') return null;
        int start = ++at;
        while (at < src.length && src[at] != '"') {
            byte b = src[at];
            if (b == '\\' || b == '\n' || b < 0) return null;
            at++;
        }
        if (at >= src.length) return null;
        return new String(src, start, at++ - start, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** An ASCII identifier after spaces and comments, or null (a non-ASCII one too). */
    private String ident() {
        skipSpace();
        int start = at;
        while (at < src.length && (letter(src[at]) || (at > start && src[at] >= '0' && src[at] <= '9'))) at++;
        if (at == start || (at < src.length && src[at] < 0)) return null;
        return new String(src, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static boolean letter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
    }

    /** Skips blanks, newlines and comments. */
    private void skipSpace() {
        while (at < src.length) {
            byte b = src[at];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                at++;
            } else if (b == '/' && at + 1 < src.length && src[at + 1] == '/') {
                while (at < src.length && src[at] != '\n') at++;
            } else if (b == '/' && at + 1 < src.length && src[at + 1] == '*') {
                int end = indexOf("*/", at + 2);
                at = end < 0 ? src.length : end + 2;
            } else {
                return;
            }
        }
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i + s.length() <= src.length; i++) {
            for (int j = 0; j < s.length(); j++) if (src[i + j] != s.charAt(j)) continue outer;
            return i;
        }
        return -1;
    }
}
