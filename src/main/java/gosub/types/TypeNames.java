package gosub.types;

import java.util.List;
import java.util.StringJoiner;

/**
 * Go's spelling of types. At run time (%T, panics) every name is qualified (`main.T`); in
 * compile errors names of the package being compiled are not, and parameter names show.
 */
public final class TypeNames {
    private TypeNames() {}

    /** Spelling for identity: type parameters of different declarations never collide. */
    public static final String KEY = new String("\0key");

    public static String key(Type t) {
        return of(t, KEY);
    }

    public static String of(Type t, boolean qualify) {
        return of(t, qualify ? null : "main");
    }

    /** localPkg: the package whose names stay unqualified, or null at run time. */
    public static String of(Type t, String localPkg) {
        StringBuilder sb = new StringBuilder();
        write(sb, t, localPkg);
        return sb.toString();
    }

    /**
     * The name Go qualifies a type with: the package's name, not its path (fs.PathError for
     * io/fs); a major-version suffix is not the name (rand for math/rand/v2).
     */
    static String pkgName(String path) {
        String[] parts = path.split("/");
        String last = parts[parts.length - 1];
        if (parts.length > 1 && last.matches("v[0-9]+")) return parts[parts.length - 2];
        return last;
    }

    private static void write(StringBuilder sb, Type t, String q) {
        switch (t) {
            case Type.Basic b -> sb.append(q == null || q == KEY ? canonical(b) : b.name);
            case Type.Named n -> {
                if (n.pkg != null && (q == KEY || !n.pkg.equals(q))) sb.append(q == KEY ? n.pkg : pkgName(n.pkg)).append('.');
                sb.append(n.name);
                if (!n.typeArgs.isEmpty()) {
                    sb.append('[');
                    for (int i = 0; i < n.typeArgs.size(); i++) {
                        if (i > 0) sb.append(',');
                        write(sb, n.typeArgs.get(i), q);
                    }
                    sb.append(']');
                }
            }
            case Type.Pointer p -> write(sb.append('*'), p.elem, q);
            case Type.Slice s -> write(sb.append("[]"), s.elem, q);
            case Type.Array a -> write(sb.append('[').append(a.len).append(']'), a.elem, q);
            case Type.MapT m -> {
                write(sb.append("map["), m.key, q);
                write(sb.append(']'), m.value, q);
            }
            case Type.Chan c -> {
                sb.append(switch (c.dir) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                boolean paren = c.dir == Type.Dir.BOTH && c.elem instanceof Type.Chan inner && inner.dir == Type.Dir.RECV;
                if (paren) sb.append('(');
                write(sb, c.elem, q);
                if (paren) sb.append(')');
            }
            case Type.Signature s -> signature(sb.append("func"), s, q);
            case Type.Struct s -> {
                sb.append("struct {");
                for (int i = 0; i < s.fields.size(); i++) {
                    Obj.Var f = s.fields.get(i);
                    sb.append(i == 0 ? " " : "; ");
                    if (!f.embedded) sb.append(f.name).append(' ');
                    write(sb, f.type, q);
                }
                sb.append(s.fields.isEmpty() ? "}" : " }");
            }
            case Type.Interface i -> {
                if (i == Universe.EMPTY_INTERFACE || (i.methods.isEmpty() && i.embeds.isEmpty() && i.terms == null)) {
                    sb.append("interface {}");
                    return;
                }
                StringJoiner j = new StringJoiner("; ", "interface { ", " }");
                for (Obj.Func m : i.methods) {
                    StringBuilder ms = new StringBuilder(m.name);
                    signature(ms, m.sig(), q);
                    j.add(ms);
                }
                if (i.terms != null) {
                    StringJoiner u = new StringJoiner(" | ");
                    for (Type.Term term : i.terms) u.add((term.tilde() ? "~" : "") + of(term.type(), q));
                    j.add(u.toString());
                }
                sb.append(j);
            }
            case Type.Tuple tu -> {
                sb.append('(');
                for (int k = 0; k < tu.types.size(); k++) {
                    if (k > 0) sb.append(", ");
                    write(sb, tu.types.get(k), q);
                }
                sb.append(')');
            }
            case Type.TypeParam p -> {
                sb.append(p.name);
                if (q == KEY) sb.append('@').append(System.identityHashCode(p));
            }
        }
    }

    /** At run time byte is uint8 and rune is int32. */
    private static String canonical(Type.Basic b) {
        return b == Universe.BYTE ? "uint8" : b == Universe.RUNE ? "int32" : b.name;
    }

    private static void signature(StringBuilder sb, Type.Signature s, String q) {
        sb.append('(');
        params(sb, s.params, s.variadic, q);
        sb.append(')');
        if (s.results.isEmpty()) return;
        sb.append(' ');
        boolean named = q != null && !s.results.get(0).name.isEmpty();
        if (s.results.size() == 1 && !named) {
            write(sb, s.results.get(0).type, q);
            return;
        }
        sb.append('(');
        params(sb, s.results, false, q);
        sb.append(')');
    }

    private static void params(StringBuilder sb, List<Obj.Var> ps, boolean variadic, String q) {
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append(", ");
            Obj.Var p = ps.get(i);
            if (q != null && !p.name.isEmpty()) sb.append(p.name).append(' ');
            if (variadic && i == ps.size() - 1) {
                sb.append("...");
                write(sb, ((Type.Slice) p.type).elem, q);
            } else {
                write(sb, p.type, q);
            }
        }
    }
}
