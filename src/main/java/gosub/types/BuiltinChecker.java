package gosub.types;

import gosub.syntax.Expr;
import gosub.syntax.Expr.Call;
import gosub.syntax.ExprPrinter;
import gosub.types.Operand.Mode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Checks calls of the builtin functions (spec: Built-in functions). */
final class BuiltinChecker {
    private final Checker c;

    BuiltinChecker(Checker c) {
        this.c = c;
    }

    private ExprChecker x() {
        return c.exprs;
    }

    private boolean count(Call call, String name, int min, int max) {
        int n = call.args().size();
        if (n < min) {
            c.error(call.rparen(), "not enough arguments for " + name + "(" + args(call) + ") (expected " + min + ", found " + n + ")");
            return false;
        }
        if (max >= 0 && n > max) {
            c.error(call.args().get(max).pos(), "too many arguments for " + name + "(" + args(call) + ") (expected " + max + ", found " + n + ")");
            return false;
        }
        return true;
    }

    private static String args(Call call) {
        return String.join(", ", call.args().stream().map(ExprPrinter::print).toList());
    }

    Operand call(Call call, String name) {
        List<Expr> args = call.args();
        if (call.ellipsis() && !name.equals("append")) {
            c.error(call.pos(), "invalid operation: invalid use of ... with built-in " + name);
            return Operand.bad();
        }
        switch (name) {
            case "len", "cap" -> {
                if (!count(call, name, 1, 1)) return Operand.bad();
                Operand a = x().single(args.get(0));
                if (a.invalid()) return a;
                Type u = a.type.underlying();
                if (u instanceof Type.Pointer p && p.elem.underlying() instanceof Type.Array) u = p.elem.underlying();
                boolean ok = switch (u) {
                    case Type.Basic b -> name.equals("len") && b.isString();
                    case Type.Array arr -> true;
                    case Type.Slice s -> true;
                    case Type.Chan ch -> true;
                    case Type.MapT m -> name.equals("len");
                    default -> false;
                };
                if (!ok) {
                    c.error(args.get(0).pos(), "invalid argument: " + x().operandString(a, args.get(0)) + " for built-in " + name);
                    return Operand.bad();
                }
                if (a.isConst() && a.value instanceof String s) return new Operand(Mode.CONSTANT, Universe.INT, BigInteger.valueOf(s.length()));
                if (u instanceof Type.Array arr && !containsCallOrRecv(args.get(0))) return new Operand(Mode.CONSTANT, Universe.INT, BigInteger.valueOf(arr.len));
                if (TypeOps.isUntyped(a.type)) x().defaultType(a, args.get(0));
                return new Operand(Mode.VALUE, Universe.INT, null);
            }
            case "append" -> {
                if (!count(call, name, 1, -1)) return Operand.bad();
                Operand s = x().single(args.get(0));
                if (s.invalid()) return s;
                if (s.type == Universe.UNTYPED_NIL) {
                    c.error(args.get(0).pos(), "first argument to append must be a typed slice; found untyped nil");
                    return Operand.bad();
                }
                if (!(s.type.underlying() instanceof Type.Slice sl)) {
                    c.error(args.get(0).pos(), "invalid argument: " + x().operandString(s, args.get(0)) + " (" + "value of type " + x().typeStr(s.type) + ") is not a slice");
                    return Operand.bad();
                }
                if (call.ellipsis()) {
                    if (args.size() != 2) {
                        c.error(call.pos(), "can only use ... with final argument in list");
                        return Operand.bad();
                    }
                    Operand t = x().single(args.get(1));
                    if (t.invalid()) return new Operand(Mode.VALUE, s.type, null);
                    if (TypeOps.isString(t.type) && TypeOps.basic(sl.elem) != null && TypeOps.basic(sl.elem).kind == Type.Kind.UINT8) {
                        x().convertUntyped(t, args.get(1), Universe.STRING, "append");
                    } else {
                        x().assign(t, args.get(1), new Type.Slice(sl.elem), "append");
                    }
                    return new Operand(Mode.VALUE, s.type, null);
                }
                for (int i = 1; i < args.size(); i++) {
                    Operand e = x().single(args.get(i));
                    if (!e.invalid()) x().assign(e, args.get(i), sl.elem, "argument to append");
                }
                return new Operand(Mode.VALUE, s.type, null);
            }
            case "copy" -> {
                if (!count(call, name, 2, 2)) return Operand.bad();
                Operand d = x().single(args.get(0)), s = x().single(args.get(1));
                if (d.invalid() || s.invalid()) return Operand.bad();
                if (!(d.type.underlying() instanceof Type.Slice)) {
                    c.error(call.pos(), "invalid argument: copy expects slice arguments; found " + x().operandString(d, args.get(0)) + " and " + x().operandString(s, args.get(1)));
                    return Operand.bad();
                }
                if (TypeOps.isUntyped(s.type)) x().convertUntyped(s, args.get(1), Universe.STRING, "copy");
                return new Operand(Mode.VALUE, Universe.INT, null);
            }
            case "delete" -> {
                if (!count(call, name, 2, 2)) return Operand.bad();
                Operand m = x().single(args.get(0));
                if (m.invalid()) return m;
                if (!(m.type.underlying() instanceof Type.MapT mt)) {
                    c.error(args.get(0).pos(), "invalid argument: " + x().operandString(m, args.get(0)) + " is not a map");
                    return Operand.bad();
                }
                Operand k = x().single(args.get(1));
                if (!k.invalid()) x().assign(k, args.get(1), mt.key, "argument to delete");
                return new Operand(Mode.NOVALUE, Type.Tuple.EMPTY, null);
            }
            case "make" -> {
                if (!count(call, name, 1, 3)) return Operand.bad();
                Type t = c.typer.resolve(args.get(0));
                if (t == Universe.INVALID) return Operand.bad();
                int max = switch (t.underlying()) {
                    case Type.Slice s -> 3;
                    case Type.MapT m -> 2;
                    case Type.Chan ch -> 2;
                    default -> 0;
                };
                if (max == 0) {
                    c.error(args.get(0).pos(), "invalid argument: cannot make " + ExprPrinter.print(args.get(0)) + "; type must be slice, map, or channel");
                    return Operand.bad();
                }
                if (t.underlying() instanceof Type.Slice && args.size() == 1) {
                    c.error(call.rparen(), "invalid operation: " + ExprPrinter.print(call) + " expects 2 or 3 arguments; found 1");
                    return Operand.bad();
                }
                if (args.size() > max) {
                    c.error(call.pos(), "invalid operation: " + ExprPrinter.print(call) + " expects " + (max == 3 ? "2 or 3" : "1 or 2") + " arguments; found " + args.size());
                    return Operand.bad();
                }
                List<Long> consts = new ArrayList<>();
                for (int i = 1; i < args.size(); i++) {
                    Operand n = sizeArg(args.get(i));
                    if (n != null && n.isConst()) consts.add(Constant.toInt(n.value).longValue());
                }
                if (consts.size() == 2 && consts.get(0) > consts.get(1)) {
                    c.error(args.get(1).pos(), "invalid argument: length and capacity swapped");
                }
                return new Operand(Mode.VALUE, t, null);
            }
            case "new" -> {
                if (!count(call, name, 1, 1)) return Operand.bad();
                Type t = c.typer.resolve(args.get(0));
                if (t == Universe.INVALID) return Operand.bad();
                return new Operand(Mode.VALUE, new Type.Pointer(t), null);
            }
            case "panic" -> {
                if (!count(call, name, 1, 1)) return Operand.bad();
                Operand a = x().single(args.get(0));
                if (!a.invalid()) x().assign(a, args.get(0), Universe.EMPTY_INTERFACE, "argument to panic");
                return new Operand(Mode.NOVALUE, Type.Tuple.EMPTY, null);
            }
            case "print", "println" -> {
                for (Expr a : args) {
                    Operand o = x().single(a);
                    if (!o.invalid()) {
                        if (o.type == Universe.UNTYPED_NIL) c.error(a.pos(), "use of untyped nil in argument to built-in " + name);
                        else x().defaultType(o, a);
                    }
                }
                return new Operand(Mode.NOVALUE, Type.Tuple.EMPTY, null);
            }
            case "recover" -> {
                if (!count(call, name, 0, 0)) return Operand.bad();
                return new Operand(Mode.VALUE, Universe.EMPTY_INTERFACE, null);
            }
            case "close" -> {
                if (!count(call, name, 1, 1)) return Operand.bad();
                Operand ch = x().single(args.get(0));
                if (ch.invalid()) return ch;
                if (!(ch.type.underlying() instanceof Type.Chan t)) {
                    c.error(args.get(0).pos(), "invalid operation: cannot close non-channel " + x().operandString(ch, args.get(0)));
                    return Operand.bad();
                }
                if (t.dir == Type.Dir.RECV) {
                    c.error(args.get(0).pos(), "invalid operation: cannot close receive-only channel " + x().operandString(ch, args.get(0)));
                    return Operand.bad();
                }
                return new Operand(Mode.NOVALUE, Type.Tuple.EMPTY, null);
            }
            case "complex" -> {
                if (!count(call, name, 2, 2)) return Operand.bad();
                return complexBuiltin(call);
            }
            case "real", "imag" -> {
                if (!count(call, name, 1, 1)) return Operand.bad();
                Operand a = x().single(args.get(0));
                if (a.invalid()) return a;
                Type.Basic b = TypeOps.basic(a.type);
                if (b == null || !b.isNumeric()) {
                    c.error(args.get(0).pos(), "invalid argument: " + x().operandString(a, args.get(0)) + " not of complex type");
                    return Operand.bad();
                }
                if (a.isConst()) {
                    Constant.Cplx v = Constant.toComplex(a.value);
                    Type rt = b.isUntyped() ? Universe.UNTYPED_FLOAT : b.kind == Type.Kind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64;
                    return new Operand(Mode.CONSTANT, rt, name.equals("real") ? v.re() : v.im());
                }
                return new Operand(Mode.VALUE, b.kind == Type.Kind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64, null);
            }
            case "min", "max" -> {
                if (!count(call, name, 1, -1)) return Operand.bad();
                return minMax(call, name);
            }
            case "clear" -> {
                if (!count(call, name, 1, 1)) return Operand.bad();
                Operand a = x().single(args.get(0));
                if (a.invalid()) return a;
                if (!(a.type.underlying() instanceof Type.MapT || a.type.underlying() instanceof Type.Slice)) {
                    c.error(args.get(0).pos(), "invalid argument: " + x().operandString(a, args.get(0)) + " must be a map or slice");
                    return Operand.bad();
                }
                return new Operand(Mode.NOVALUE, Type.Tuple.EMPTY, null);
            }
            default -> {
                c.error(call.pos(), "gosub does not support builtin " + name + " yet");
                return Operand.bad();
            }
        }
    }

    private static boolean containsCallOrRecv(Expr e) {
        return switch (e) {
            case Expr.Call call -> true;
            case Expr.Unary u -> u.op().equals("<-") || containsCallOrRecv(u.x());
            case Expr.Paren p -> containsCallOrRecv(p.x());
            case Expr.Selector s -> containsCallOrRecv(s.x());
            case Expr.Index i -> containsCallOrRecv(i.x()) || i.indices().stream().anyMatch(BuiltinChecker::containsCallOrRecv);
            case Expr.Star s -> containsCallOrRecv(s.x());
            default -> false;
        };
    }

    private Operand sizeArg(Expr e) {
        Operand n = x().single(e);
        if (n.invalid()) return null;
        if (n.isConst()) {
            BigInteger v = Constant.toInt(n.value);
            if (v == null || !TypeOps.isNumeric(n.type)) {
                c.error(e.pos(), ExprPrinter.print(e) + " (" + x().describe(n, e) + ") truncated to int");
                return null;
            }
            if (v.signum() < 0) {
                c.error(e.pos(), "invalid argument: index " + x().operandString(n, e) + " must not be negative");
                return null;
            }
            x().convertUntyped(n, e, Universe.INT, "argument to make");
            return n;
        }
        if (!TypeOps.isInteger(n.type)) {
            c.error(e.pos(), "cannot convert " + x().operandString(n, e) + " to type int");
            return null;
        }
        return n;
    }

    private Operand complexBuiltin(Call call) {
        Expr re = call.args().get(0), im = call.args().get(1);
        Operand a = x().single(re), b = x().single(im);
        if (a.invalid() || b.invalid()) return Operand.bad();
        if (a.isConst() && b.isConst() && TypeOps.isUntyped(a.type) && TypeOps.isUntyped(b.type)) {
            return new Operand(Mode.CONSTANT, Universe.UNTYPED_COMPLEX, new Constant.Cplx(Constant.toFloat(a.value), Constant.toFloat(b.value)));
        }
        Type t = TypeOps.isUntyped(a.type) ? b.type : a.type;
        if (TypeOps.isUntyped(t)) t = Universe.FLOAT64;
        x().convertUntyped(a, re, t, "argument to complex");
        x().convertUntyped(b, im, t, "argument to complex");
        if (!TypeOps.identical(a.type, b.type)) {
            c.error(call.pos(), "invalid operation: " + ExprPrinter.print(call) + " (mismatched types " + x().typeStr(a.type) + " and " + x().typeStr(b.type) + ")");
            return Operand.bad();
        }
        Type.Basic bt = TypeOps.basic(t);
        Type rt = bt != null && bt.kind == Type.Kind.FLOAT32 ? Universe.COMPLEX64 : Universe.COMPLEX128;
        if (a.isConst() && b.isConst()) return new Operand(Mode.CONSTANT, rt, new Constant.Cplx(Constant.toFloat(a.value), Constant.toFloat(b.value)));
        return new Operand(Mode.VALUE, rt, null);
    }

    private Operand minMax(Call call, String name) {
        List<Operand> ops = new ArrayList<>();
        for (Expr a : call.args()) ops.add(x().single(a));
        if (ops.stream().anyMatch(Operand::invalid)) return Operand.bad();
        Type t = null;
        for (Operand o : ops) if (!TypeOps.isUntyped(o.type)) t = o.type;
        boolean allConst = ops.stream().allMatch(Operand::isConst);
        if (t == null) {
            Type.Basic best = null;
            for (Operand o : ops) {
                Type.Basic b = (Type.Basic) o.type;
                if (best == null || Constant.rank(b.kind) > Constant.rank(best.kind)) best = b;
            }
            t = best;
        }
        Type.Basic bt = TypeOps.basic(t);
        if (bt == null || !(bt.isNumeric() && !bt.isComplex() || bt.isString())) {
            c.error(call.args().get(0).pos(), "invalid argument: " + x().operandString(ops.get(0), call.args().get(0)) + " cannot be ordered");
            return Operand.bad();
        }
        for (int i = 0; i < ops.size(); i++) {
            Operand o = ops.get(i);
            if (TypeOps.isUntyped(o.type) && !TypeOps.isUntyped(t)) x().convertUntyped(o, call.args().get(i), t, "argument to " + name);
            else if (!TypeOps.identical(o.type, t) && !TypeOps.isUntyped(t)) {
                c.error(call.args().get(i).pos(), "invalid argument: mismatched types " + x().typeStr(ops.get(0).type) + " (previous argument) and " + x().typeStr(o.type) + " (type of " + ExprPrinter.print(call.args().get(i)) + ")");
                return Operand.bad();
            }
        }
        if (allConst) {
            Object best = ops.get(0).value;
            for (Operand o : ops) {
                int cmp = Constant.compare(o.value, best);
                if (name.equals("min") ? cmp < 0 : cmp > 0) best = o.value;
            }
            return new Operand(Mode.CONSTANT, t, best);
        }
        return new Operand(Mode.VALUE, t, null);
    }
}
