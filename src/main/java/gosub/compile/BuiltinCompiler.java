package gosub.compile;

import gosub.exec.*;
import gosub.syntax.Expr;
import gosub.syntax.Expr.Call;
import gosub.syntax.Pos;
import gosub.types.*;
import java.util.List;

/** Compiles calls of builtin functions. */
final class BuiltinCompiler {
    private final FuncCompiler fc;

    BuiltinCompiler(FuncCompiler fc) {
        this.fc = fc;
    }

    private ExprCompiler x() {
        return fc.exprs;
    }

    ExprNode builtin(Call c, String name) {
        List<Expr> a = c.args();
        Pos pos = c.pos();
        return switch (name) {
            case "len" -> new Builtins.Len(pos, x().expr(a.get(0)));
            case "cap" -> new Builtins.Cap(pos, x().expr(a.get(0)));
            case "append" -> {
                Type st = x().typeOf(c);
                Type elem = ((Type.Slice) st.underlying()).elem;
                ExprNode s = x().value(a.get(0));
                long size = Sizes.sizeOf(elem);
                boolean pointers = Sizes.hasPointers(elem);
                if (c.ellipsis()) {
                    yield new Builtins.Append(pos, s, new ExprNode[] {x().value(a.get(1))}, true, RuntimeTypes.zero(elem), size, pointers, RuntimeTypes.storeKind(elem));
                }
                ExprNode[] xs = new ExprNode[a.size() - 1];
                for (int i = 1; i < a.size(); i++) xs[i - 1] = x().valueAs(a.get(i), elem);
                yield new Builtins.Append(pos, s, xs, false, RuntimeTypes.zero(elem), size, pointers, RuntimeTypes.storeKind(elem));
            }
            case "copy" -> new Builtins.Copy(pos, x().expr(a.get(0)), x().expr(a.get(1)));
            case "delete" -> {
                Type.MapT m = (Type.MapT) x().typeOf(a.get(0)).underlying();
                yield new Builtins.Delete(pos, x().expr(a.get(0)), x().valueAs(a.get(1), m.key));
            }
            case "make" -> make(c);
            case "new" -> {
                Type t = x().typeOf(c);
                yield new Composite.NewCell(pos, new Composite.Zero(pos, RuntimeTypes.zero(((Type.Pointer) t).elem)));
            }
            case "panic" -> new Builtins.PanicCall(pos, x().valueAs(a.get(0), Universe.EMPTY_INTERFACE));
            case "recover" -> new Builtins.Recover(pos);
            case "print", "println" -> {
                ExprNode[] xs = new ExprNode[a.size()];
                Type[] ts = new Type[a.size()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = x().value(a.get(i));
                    ts[i] = x().typeOf(a.get(i));
                }
                yield new Builtins.Print(pos, xs, ts, name.equals("println"));
            }
            case "close" -> new Builtins.Close(pos, x().expr(a.get(0)));
            case "complex" -> {
                boolean c64 = TypeOps.basic(x().typeOf(c)).kind == Type.Kind.COMPLEX64;
                yield new Builtins.MakeComplex(pos, x().expr(a.get(0)), x().expr(a.get(1)), c64);
            }
            case "real", "imag" -> new Builtins.RealImag(pos, x().expr(a.get(0)), name.equals("real"));
            case "min", "max" -> {
                Type t = x().typeOf(c);
                ExprNode[] xs = new ExprNode[a.size()];
                for (int i = 0; i < xs.length; i++) xs[i] = x().value(a.get(i));
                Type.Basic b = TypeOps.basic(t);
                int kind = b.isString() ? 3 : b.isFloat() ? 2 : b.isUnsigned() ? 1 : 0;
                yield new Builtins.MinMax(pos, xs, name.equals("max"), kind);
            }
            case "clear" -> {
                Type t = x().typeOf(a.get(0)).underlying();
                ZeroValue z = t instanceof Type.Slice s ? RuntimeTypes.zero(s.elem) : () -> null;
                yield new Builtins.Clear(pos, x().expr(a.get(0)), z);
            }
            default -> throw new IllegalStateException("builtin " + name);
        };
    }

    private ExprNode make(Call c) {
        Type t = x().typeOf(c);
        List<Expr> a = c.args();
        Pos pos = c.pos();
        ExprNode n1 = a.size() > 1 ? x().expr(a.get(1)) : null;
        ExprNode n2 = a.size() > 2 ? x().expr(a.get(2)) : null;
        return switch (t.underlying()) {
            case Type.Slice s -> new Builtins.MakeSlice(pos, n1, n2, RuntimeTypes.zero(s.elem), RuntimeTypes.storeKind(s.elem));
            case Type.MapT m -> new Builtins.MakeMap(pos, n1);
            case Type.Chan ch -> new Builtins.MakeChan(pos, n1, RuntimeTypes.zero(ch.elem));
            default -> throw new IllegalStateException("make " + t);
        };
    }
}
