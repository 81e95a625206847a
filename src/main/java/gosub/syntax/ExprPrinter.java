package gosub.syntax;

import gosub.syntax.Expr.*;
import java.util.List;

/** Prints expressions the way Go's error messages quote them (go/types ExprString). */
public final class ExprPrinter {
    private ExprPrinter() {}

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case null -> {}
            case Ident i -> sb.append(i.name());
            case BasicLit l -> sb.append(l.text());
            case CompositeLit c -> {
                write(sb, c.type());
                sb.append(c.elements().isEmpty() ? "{}" : "{…}");
            }
            case FuncLit f -> {
                write(sb, f.type());
                sb.append(" {…}");
            }
            case Paren p -> write(sb.append('('), p.x());
            case Selector s -> write(sb, s.x());
            case Index i -> {
                write(sb, i.x());
                list(sb.append('['), i.indices());
                sb.append(']');
            }
            case Slice s -> {
                write(sb, s.x());
                sb.append('[');
                write(sb, s.lo());
                sb.append(':');
                write(sb, s.hi());
                if (s.threeIndex()) write(sb.append(':'), s.max());
                sb.append(']');
            }
            case TypeAssert t -> {
                write(sb, t.x());
                sb.append(".(");
                if (t.type() == null) sb.append("type");
                else write(sb, t.type());
                sb.append(')');
            }
            case Call c -> {
                write(sb, c.fun());
                list(sb.append('('), c.args());
                if (c.ellipsis()) sb.append("...");
                sb.append(')');
            }
            case Star s -> write(sb.append('*'), s.x());
            case Unary u -> write(sb.append(u.op()), u.x());
            case Binary b -> {
                write(sb, b.x());
                sb.append(' ').append(b.op()).append(' ');
                write(sb, b.y());
            }
            case ArrayType a -> {
                sb.append('[');
                if (a.len() instanceof Ellipsis) sb.append("...");
                else write(sb, a.len());
                write(sb.append(']'), a.elem());
            }
            case MapType m -> {
                write(sb.append("map["), m.key());
                write(sb.append(']'), m.value());
            }
            case ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.elem());
            }
            case FuncTypeExpr f -> {
                sb.append("func(");
                for (int i = 0; i < f.params().size(); i++) {
                    if (i > 0) sb.append(", ");
                    Field p = f.params().get(i);
                    for (int k = 0; k < p.names().size(); k++) sb.append(k > 0 ? ", " : "").append(p.names().get(k).name());
                    if (!p.names().isEmpty()) sb.append(' ');
                    write(sb, p.type());
                }
                sb.append(')');
                if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) write(sb.append(' '), f.results().get(0).type());
                else if (!f.results().isEmpty()) sb.append(" (…)");
            }
            case StructType s -> sb.append(s.fields().isEmpty() ? "struct{}" : "struct{…}");
            case InterfaceType i -> sb.append(i.elements().isEmpty() ? "interface{}" : "interface{…}");
            case Ellipsis el -> write(sb.append("..."), el.elem());
        }
        if (e instanceof Paren) sb.append(')');
        if (e instanceof Selector s) sb.append('.').append(s.sel().name());
    }

    /** Where an expression starts (its leftmost token), as Go's errors point there. */
    public static Pos start(Expr e) {
        return switch (e) {
            case Binary b -> start(b.x());
            case Selector s -> start(s.x());
            case Index i -> start(i.x());
            case Slice s -> start(s.x());
            case TypeAssert t -> start(t.x());
            case Call c -> start(c.fun());
            case CompositeLit c when c.type() != null -> start(c.type());
            default -> e.pos();
        };
    }

    private static void list(StringBuilder sb, List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            write(sb, es.get(i));
        }
    }
}
