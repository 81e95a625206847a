package gosub.types;

import gosub.syntax.Expr;
import gosub.syntax.Expr.*;
import gosub.syntax.ExprPrinter;
import gosub.syntax.Literals;
import gosub.types.Operand.Mode;
import gosub.types.Type.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Checks expressions: computes modes, types and constant values, and records them in Info. */
final class ExprChecker {
    private final Checker c;

    ExprChecker(Checker c) {
        this.c = c;
    }

    String typeStr(Type t) {
        return TypeNames.of(t, c.pkg.path);
    }

    Operand record(Expr e, Operand op) {
        c.info.types.put(e, op);
        return op;
    }

    // ---------------------------------------------------------------- entry points

    /** An expression that must be a value (or a constant). */
    Operand expr(Expr e) {
        Operand op = typeOrValue(e);
        return valueOnly(op, e);
    }

    Operand valueOnly(Operand op, Expr e) {
        switch (op.mode) {
            case TYPE -> {
                c.error(e.pos(), typeStr(op.type) + " (type) is not an expression");
                return Operand.bad();
            }
            case BUILTIN -> {
                c.error(e.pos(), ExprPrinter.print(e) + " (built-in function " + ExprPrinter.print(e) + ") must be called");
                return Operand.bad();
            }
            case NOVALUE -> {
                c.error(e.pos(), ExprPrinter.print(e) + " (no value) used as value");
                return Operand.bad();
            }
            default -> {
                return op;
            }
        }
    }

    /** A single value: comma-ok forms collapse to their first result, tuples are errors. */
    Operand single(Expr e) {
        Operand op = expr(e);
        if (op.type instanceof Type.Tuple t && !op.invalid()) {
            c.error(e.pos(), "multiple-value " + ExprPrinter.print(e) + " (value of type " + typeStr(t) + ") in single-value context");
            return Operand.bad();
        }
        return op;
    }

    Operand typeOrValue(Expr e) {
        Operand op = check(e);
        return record(e, op);
    }

    // ---------------------------------------------------------------- describing operands

    String describe(Operand op, Expr e) {
        String text = ExprPrinter.print(e);
        return switch (op.mode) {
            case CONSTANT -> {
                String v = Constant.describe(op.value);
                if (TypeOps.isUntyped(op.type)) yield op.type.toString() + " constant" + (text.equals(v) ? "" : " " + v);
                yield "constant" + (text.equals(v) ? "" : " " + v) + " of type " + typeStr(op.type);
            }
            case VARIABLE -> "variable of " + kindOf(op.type) + "type " + typeStr(op.type);
            case MAPINDEX -> "map index expression of type " + typeStr(op.type);
            case COMMAOK -> "comma, ok expression of type " + typeStr(op.type);
            case TYPE -> "type";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in function " + text;
            default -> (op.type == Universe.UNTYPED_NIL ? "untyped nil" : "value of " + kindOf(op.type) + "type " + typeStr(op.type));
        };
    }

    /** Current Go names the structure of a named composite type: "value of struct type T". */
    private static String kindOf(Type t) {
        if (!(t instanceof Type.Named)) return "";
        return switch (t.underlying()) {
            case Type.Struct s -> "struct ";
            case Type.Array a -> "array ";
            case Type.Slice s -> "slice ";
            case Type.Pointer p -> "pointer ";
            case Type.Signature f -> "func ";
            case Type.Interface i -> "interface ";
            case Type.MapT m -> "map ";
            case Type.Chan c -> "chan ";
            default -> "";
        };
    }

    String operandString(Operand op, Expr e) {
        if (op.type == Universe.UNTYPED_NIL) return "nil";
        return ExprPrinter.print(e) + " (" + describe(op, e) + ")";
    }

    // ---------------------------------------------------------------- assignability

    /**
     * Checks that op (the value of e) can be assigned to target; converts untyped values.
     * context is Go's phrase: "assignment", "argument to f", "return statement", ...
     */
    boolean assign(Operand op, Expr e, Type target, String context) {
        if (op.invalid() || op.type == Universe.INVALID || target == Universe.INVALID) return false;
        if (TypeOps.isUntyped(op.type)) {
            if (op.type == Universe.UNTYPED_NIL) {
                if (!TypeOps.nillable(target)) {
                    c.error(e.pos(), "cannot use nil as " + typeStr(target) + " value in " + context);
                    return false;
                }
                setType(e, op, target);
                return true;
            }
            Type t = TypeOps.isInterface(target) ? TypeOps.defaultType(op.type) : target;
            if (!convertUntyped(op, e, t, context)) return false;
            if (TypeOps.isInterface(target)) return true;
        }
        if (Inference.isGeneric(op.type)) {
            if (!(target.underlying() instanceof Type.Signature)) return !uninstantiated(op, e);
            if (!instantiateByTarget(op, e, target)) return false;
        }
        if (!TypeOps.assignable(op.type, target)) {
            String why = "";
            if (target.underlying() instanceof Type.Interface ti && !(target instanceof Type.TypeParam)) {
                String miss = Interfaces.missingMethod(op.type, ti);
                if (miss != null) why = ": " + typeStr(op.type) + " does not implement " + typeStr(target) + " (" + miss + ")";
            }
            c.error(e.pos(), "cannot use " + operandString(op, e) + " as " + typeStr(target) + " value in " + context + why);
            return false;
        }
        return true;
    }

    /** Reports a generic function used as a value with no function type to infer from. */
    boolean uninstantiated(Operand op, Expr e) {
        if (!Inference.isGeneric(op.type)) return false;
        c.error(e.pos(), "cannot use generic function " + ExprPrinter.print(e) + " without instantiation");
        return true;
    }

    /**
     * A generic function used as a value of function type target gets its type arguments from
     * target (Go 1.21): apply(Double, 3), var f func(int) int = Double, return Double.
     */
    private boolean instantiateByTarget(Operand op, Expr e, Type target) {
        Type.Signature gs = (Type.Signature) op.type;
        List<Type> targs = new Inference(c).instantiateFor(e, gs, target, List.of());
        if (targs == null) {
            c.error(e.pos(), "cannot use generic function " + ExprPrinter.print(e) + " without instantiation");
            return false;
        }
        if (!c.calls.satisfies(List.of(e), gs.typeParams, targs)) return false;
        c.info.instances.put(Inference.unparen(e), targs);
        Type inst = Subst.signature(gs, Subst.map(gs.typeParams, targs));
        op.type = inst;
        Operand rec = c.info.types.get(e);
        if (rec != null && rec != op) rec.type = inst;
        record(e, op);
        Expr inner = Inference.unparen(e);
        if (inner != e && c.info.types.get(inner) != null) c.info.types.get(inner).type = inst;
        return true;
    }

    /** Gives an untyped operand the type t (or reports why it cannot have it). */
    boolean convertUntyped(Operand op, Expr e, Type t, String context) {
        if (!TypeOps.isUntyped(op.type) || t == Universe.INVALID) return true;
        Type.Basic tb = TypeOps.basic(t);
        if (op.type == Universe.UNTYPED_NIL) {
            if (!TypeOps.nillable(t)) {
                c.error(e.pos(), "cannot use nil as " + typeStr(t) + " value in " + context);
                return false;
            }
            setType(e, op, t);
            return true;
        }
        if (TypeOps.isInterface(t)) {
            setType(e, op, TypeOps.defaultType(op.type));
            return true;
        }
        Type.Basic from = (Type.Basic) op.type;
        boolean ok = tb != null && (from.isBoolean() ? tb.isBoolean() : from.isString() ? tb.isString() : tb.isNumeric());
        if (!ok) {
            c.error(e.pos(), "cannot use " + operandString(op, e) + " as " + typeStr(t) + " value in " + context);
            return false;
        }
        if (op.isConst()) {
            if (!Constant.representable(op.value, tb)) {
                if (tb.isInteger() && Constant.toInt(op.value) == null && TypeOps.isNumeric(from)) {
                    c.error(e.pos(), "cannot use " + operandString(op, e) + " as " + typeStr(t) + " value in " + context + " (truncated)");
                } else if (tb.isNumeric() && TypeOps.isNumeric(from)) {
                    c.error(e.pos(), "cannot use " + operandString(op, e) + " as " + typeStr(t) + " value in " + context + " (overflows)");
                } else {
                    c.error(e.pos(), "cannot use " + operandString(op, e) + " as " + typeStr(t) + " value in " + context);
                }
                return false;
            }
            op.value = Constant.round(Constant.coerce(op.value, tb), tb);
        }
        setType(e, op, t);
        return true;
    }

    /** Fixes the final type of an untyped expression, and of its untyped operands. */
    void setType(Expr e, Operand op, Type t) {
        op.type = t;
        Operand rec = c.info.types.get(e);
        if (rec != null && rec != op) {
            rec.type = t;
            if (op.isConst()) rec.value = op.value;
        }
        record(e, op);
        switch (e) {
            case Paren p -> propagate(p.x(), t);
            case Unary u when !u.op().equals("!") && !u.op().equals("<-") && !u.op().equals("&") -> propagate(u.x(), t);
            case Binary b when isShift(b.op()) -> {
                if (!op.isConst() && !TypeOps.isInteger(t) && !TypeOps.isInterface(t)) {
                    c.error(ExprPrinter.start(b.x()), "invalid operation: shifted operand " + ExprPrinter.print(b.x()) + " (type " + typeStr(t) + ") must be integer");
                    return;
                }
                propagate(b.x(), t);
            }
            case Binary b when !isComparison(b.op()) && !b.op().equals("&&") && !b.op().equals("||") -> {
                propagate(b.x(), t);
                propagate(b.y(), t);
            }
            default -> {}
        }
    }

    private void propagate(Expr e, Type t) {
        Operand op = c.info.types.get(e);
        if (op != null && TypeOps.isUntyped(op.type) && op.type != Universe.UNTYPED_NIL) {
            Type.Basic tb = TypeOps.basic(t);
            if (op.isConst() && tb != null && !TypeOps.isInterface(t)) op.value = Constant.round(Constant.coerce(op.value, tb), tb);
            setType(e, op, TypeOps.isInterface(t) ? TypeOps.defaultType(op.type) : t);
        }
    }

    /** Gives an untyped result its default type (for := and interface contexts). */
    void defaultType(Operand op, Expr e) {
        if (TypeOps.isUntyped(op.type) && op.type != Universe.UNTYPED_NIL) convertUntyped(op, e, TypeOps.defaultType(op.type), "assignment");
    }

    static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    static boolean isShift(String op) {
        return op.equals("<<") || op.equals(">>");
    }

    // ---------------------------------------------------------------- the expression forms

    private Operand check(Expr e) {
        return switch (e) {
            case Ident id -> ident(id, false);
            case BasicLit l -> literal(l);
            case CompositeLit cl -> c.calls.compositeLit(cl, null);
            case FuncLit f -> c.stmts.funcLit(f);
            case Paren p -> {
                Operand x = typeOrValue(p.x());
                yield new Operand(x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX ? Mode.VALUE : x.mode, x.type, x.value);
            }
            case Selector s -> c.calls.selector(s);
            case Index ix -> c.calls.index(ix);
            case Slice s -> c.calls.slice(s);
            case TypeAssert ta -> typeAssert(ta);
            case Call call -> c.calls.call(call);
            case Star s -> star(s);
            case Unary u -> unary(u);
            case Binary b -> binary(b);
            case Ellipsis el -> {
                c.error(el.pos(), "invalid use of ...");
                yield Operand.bad();
            }
            default -> new Operand(Mode.TYPE, c.typer.literal(e), null);
        };
    }

    /** lhs: the identifier is being assigned to, which does not count as a use. */
    Operand ident(Ident id, boolean lhs) {
        if (id.name().equals("_")) {
            if (!lhs) c.error(id.pos(), "cannot use _ as value");
            return Operand.bad();
        }
        Scope scope = c.scope();
        Obj o = scope.lookup(id.name());
        if (o == null) {
            c.error(id.pos(), "undefined: " + id.name());
            return Operand.bad();
        }
        c.info.objects.put(id, o);
        c.noteUse(o);
        return switch (o) {
            case Obj.Var v -> {
                if (!lhs) v.used = true;
                if (v.owner != null && c.fn != null && v.owner != c.fn.node) v.captured = true;
                if (v.type == null) c.resolveGlobal(v);
                // A variable whose type is invalid (an error was reported, or its initialiser is
                // on a cycle) makes an invalid operand: nothing more is said about it.
                if (v.type == null || v.type == Universe.INVALID) yield Operand.bad();
                yield new Operand(Mode.VARIABLE, v.type, null);
            }
            case Obj.Const k -> {
                if (k.name.equals("iota") && k.pkg == null) {
                    if (c.iota == null) {
                        c.error(id.pos(), "cannot use iota outside constant declaration");
                        yield Operand.bad();
                    }
                    yield new Operand(Mode.CONSTANT, Universe.UNTYPED_INT, c.iota);
                }
                k.resolve();
                if (k.type == Universe.INVALID || k.value == null) yield Operand.bad();
                yield new Operand(Mode.CONSTANT, k.type, k.value);
            }
            case Obj.TypeName tn -> {
                c.resolveGlobal(tn);
                // A generic alias travels with its parameters so that indexing can instantiate it.
                yield new Operand(Mode.TYPE, tn.type, tn.aliasParams != null ? tn : null);
            }
            case Obj.Func f -> {
                c.resolveGlobal(f);
                yield new Operand(Mode.VALUE, f.type == null ? Universe.INVALID : f.type, null);
            }
            case Obj.PkgName p -> {
                p.used = true;
                c.error(id.pos(), "use of package " + p.name + " without selector");
                yield Operand.bad();
            }
            case Obj.Builtin b -> new Operand(Mode.BUILTIN, Universe.INVALID, b.name);
            case Obj.Nil n -> new Operand(Mode.VALUE, Universe.UNTYPED_NIL, null);
        };
    }

    private Operand literal(BasicLit l) {
        return switch (l.kind()) {
            case INT -> new Operand(Mode.CONSTANT, Universe.UNTYPED_INT, Literals.intValue(l.text()));
            case FLOAT -> new Operand(Mode.CONSTANT, Universe.UNTYPED_FLOAT, parseFloat(l.text()));
            case IMAG -> {
                String t = l.text().substring(0, l.text().length() - 1);
                BigDecimal im = t.matches("0[0-7_]+") ? new BigDecimal(t.replace("_", "")) : parseFloat(t);
                yield new Operand(Mode.CONSTANT, Universe.UNTYPED_COMPLEX, new Constant.Cplx(BigDecimal.ZERO, im));
            }
            case CHAR -> new Operand(Mode.CONSTANT, Universe.UNTYPED_RUNE, BigInteger.valueOf(Literals.runeValue(l.text())));
            case STRING -> new Operand(Mode.CONSTANT, Universe.UNTYPED_STRING,
                    new String(Literals.stringBytes(l.text()), StandardCharsets.ISO_8859_1));
        };
    }

    private static BigDecimal parseFloat(String text) {
        String t = text.replace("_", "");
        if (t.startsWith("0x") || t.startsWith("0X")) return new BigDecimal(Double.parseDouble(t));
        if (!t.matches(".*\\d.*")) return BigDecimal.ZERO;
        return new BigDecimal(t.startsWith(".") ? "0" + t : t.endsWith(".") ? t + "0" : t.replace(".e", ".0e").replace(".E", ".0E"));
    }

    private Operand typeAssert(TypeAssert ta) {
        Operand x = single(ta.x());
        if (x.invalid()) return x;
        if (ta.type() == null) {
            c.error(ta.pos(), "invalid syntax tree: use of .(type) outside type switch");
            return Operand.bad();
        }
        if (!TypeOps.isInterface(x.type)) {
            c.error(ta.x().pos(), "invalid operation: " + ExprPrinter.print(ta.x()) + " (" + describe(x, ta.x()) + ") is not an interface");
            return Operand.bad();
        }
        Type t = c.typer.resolve(ta.type());
        if (t != Universe.INVALID && !TypeOps.isInterface(t)) {
            String miss = Interfaces.missingMethod(t, (Type.Interface) x.type.underlying());
            if (miss != null) {
                c.error(ExprPrinter.start(ta), "impossible type assertion: " + ExprPrinter.print(ta.x()) + ".(" + ExprPrinter.print(ta.type())
                        + ")\n\t" + typeStr(t) + " does not implement " + typeStr(x.type) + " (" + miss + ")");
            }
        }
        return new Operand(Mode.COMMAOK, t, null);
    }

    private Operand star(Star s) {
        Operand x = typeOrValue(s.x());
        if (x.invalid()) return x;
        if (x.isType()) return new Operand(Mode.TYPE, new Type.Pointer(x.type), null);
        x = valueOnly(x, s.x());
        if (x.invalid()) return x;
        if (x.type == Universe.UNTYPED_NIL) {
            c.error(s.pos(), "invalid operation: cannot indirect nil");
            return Operand.bad();
        }
        if (!(x.type.underlying() instanceof Type.Pointer p)) {
            c.error(ExprPrinter.start(s.x()), "invalid operation: cannot indirect " + operandString(x, s.x()));
            return Operand.bad();
        }
        return new Operand(Mode.VARIABLE, p.elem, null);
    }

    private Operand unary(Unary u) {
        if (u.op().equals("&")) return addressOf(u);
        if (u.op().equals("<-")) return receive(u);
        Operand x = single(u.x());
        if (x.invalid()) return x;
        String op = u.op();
        Type.Basic b = TypeOps.basic(x.type);
        boolean ok = switch (op) {
            case "+", "-" -> b != null && b.isNumeric();
            case "!" -> b != null && b.isBoolean();
            case "^" -> b != null && b.isInteger();
            default -> false;
        };
        if (!ok) {
            c.error(u.pos(), "invalid operation: operator " + op + " not defined on " + operandString(x, u.x()));
            return Operand.bad();
        }
        if (x.isConst()) {
            Object v = x.value;
            Object r = switch (op) {
                case "+" -> v;
                case "-" -> v instanceof BigInteger i ? i.negate() : v instanceof BigDecimal d ? d.negate()
                        : new Constant.Cplx(((Constant.Cplx) v).re().negate(), ((Constant.Cplx) v).im().negate());
                case "!" -> !(Boolean) v;
                default -> b.isUnsigned() ? Constant.wrap(((BigInteger) v).not(), b) : ((BigInteger) v).not();
            };
            if (!b.isUntyped() && !Constant.representable(r, b)) {
                constOverflow(u, x.type, r);
                return Operand.bad();
            }
            return new Operand(Mode.CONSTANT, x.type, b.isUntyped() ? r : Constant.round(r, b));
        }
        return new Operand(Mode.VALUE, x.type, null);
    }

    private Operand addressOf(Unary u) {
        Expr inner = u.x();
        while (inner instanceof Paren p) inner = p.x();
        if (inner instanceof CompositeLit) {
            Operand x = expr(u.x());
            if (x.invalid()) return x;
            return new Operand(Mode.VALUE, new Type.Pointer(x.type), null);
        }
        Operand x = single(u.x());
        if (x.invalid()) return x;
        if (!x.addressable()) {
            c.error(ExprPrinter.start(u.x()), "invalid operation: cannot take address of " + operandString(x, u.x()));
            return Operand.bad();
        }
        markAddressed(inner);
        return new Operand(Mode.VALUE, new Type.Pointer(x.type), null);
    }

    /** A variable whose address is taken must live in a heap cell. */
    private void markAddressed(Expr e) {
        if (e instanceof Ident id && c.info.objects.get(id) instanceof Obj.Var v) v.addressed = true;
        else if (e instanceof Selector s && c.info.selections.get(s) != null && !(c.info.typeOf(s.x()).type.underlying() instanceof Type.Pointer)) markAddressed(s.x());
        else if (e instanceof Index ix && c.info.typeOf(ix.x()) != null && c.info.typeOf(ix.x()).type.underlying() instanceof Type.Array) markAddressed(ix.x());
        else if (e instanceof Paren p) markAddressed(p.x());
    }

    void markAddressedPublic(Expr e) {
        markAddressed(e);
    }

    private Operand receive(Unary u) {
        Operand x = single(u.x());
        if (x.invalid()) return x;
        if (x.isType()) return x;
        if (!(x.type.underlying() instanceof Type.Chan ch)) {
            c.error(u.pos(), "invalid operation: cannot receive from non-channel " + operandString(x, u.x()));
            return Operand.bad();
        }
        if (ch.dir == Type.Dir.SEND) {
            c.error(ExprPrinter.start(u.x()), "invalid operation: cannot receive from send-only channel " + operandString(x, u.x()));
            return Operand.bad();
        }
        return new Operand(Mode.COMMAOK, ch.elem, null);
    }

    private Operand binary(Binary b) {
        String op = b.op();
        Operand x = single(b.x());
        Operand y = single(b.y());
        if (x.invalid() || y.invalid()) return Operand.bad();
        if (isShift(op)) return shift(b, x, y);
        boolean nilCmp = x.type == Universe.UNTYPED_NIL || y.type == Universe.UNTYPED_NIL;
        if (!matchTypes(b, x, y)) return Operand.bad();
        if (isComparison(op)) return comparison(b, x, y, nilCmp);
        Type t = x.type;
        Type.Basic bt = TypeOps.basic(t);
        boolean ok = switch (op) {
            case "&&", "||" -> bt != null && bt.isBoolean();
            case "+" -> bt != null && (bt.isNumeric() || bt.isString());
            case "-", "*", "/" -> bt != null && bt.isNumeric();
            case "%", "&", "|", "^", "&^" -> bt != null && bt.isInteger();
            default -> false;
        };
        if (!ok) {
            String what = TypeOps.isUntyped(t) && x.isConst() && y.isConst() && !TypeOps.isUntyped(x.type) ? "" : "";
            c.error(ExprPrinter.start(b), "invalid operation: operator " + op + " not defined on " + operandString(x, b.x()) + what);
            return Operand.bad();
        }
        if ((op.equals("/") || op.equals("%")) && y.isConst() && Constant.isZero(y.value) && (x.isConst() || bt.isInteger())) {
            c.error(b.y().pos(), "invalid operation: division by zero");
            return Operand.bad();
        }
        if (x.isConst() && y.isConst()) {
            Object r;
            if (op.equals("&&")) r = (Boolean) x.value && (Boolean) y.value;
            else if (op.equals("||")) r = (Boolean) x.value || (Boolean) y.value;
            else if (bt.isString()) r = (String) x.value + y.value;
            else r = Constant.arith(op, Constant.coerce(x.value, bt), Constant.coerce(y.value, bt), bt.isInteger());
            if (!bt.isUntyped()) {
                if (!Constant.representable(r, bt)) {
                    constOverflow(b, t, r);
                    return Operand.bad();
                }
                r = Constant.round(r, bt);
            }
            return new Operand(Mode.CONSTANT, t, r);
        }
        return new Operand(Mode.VALUE, t, null);
    }

    /** Brings both operands of a binary operation to one type (spec: Operators). */
    private boolean matchTypes(Binary b, Operand x, Operand y) {
        boolean ux = TypeOps.isUntyped(x.type), uy = TypeOps.isUntyped(y.type);
        if (ux && uy) {
            if (x.type == Universe.UNTYPED_NIL || y.type == Universe.UNTYPED_NIL) {
                if (x.type == y.type && isComparison(b.op())) {
                    c.error(ExprPrinter.start(b), "invalid operation: " + ExprPrinter.print(b) + " (operator " + b.op() + " not defined on nil)");
                    return false;
                }
                return true;
            }
            Type.Basic bx = (Type.Basic) x.type, by = (Type.Basic) y.type;
            if (bx.isNumeric() && by.isNumeric()) {
                Type.Basic t = Constant.rank(bx.kind) >= Constant.rank(by.kind) ? bx : by;
                if (x.isConst()) x.value = Constant.coerce(x.value, t);
                if (y.isConst()) y.value = Constant.coerce(y.value, t);
                x.type = t;
                y.type = t;
                return true;
            }
            if (bx.kind != by.kind) return mismatch(b, x, y);
            return true;
        }
        if (ux) return convertOperand(b, x, b.x(), y.type, x, y);
        if (uy) return convertOperand(b, y, b.y(), x.type, x, y);
        if (!TypeOps.identical(x.type, y.type)) {
            if (isComparison(b.op()) && (TypeOps.assignable(x.type, y.type) || TypeOps.assignable(y.type, x.type))) return true;
            return mismatch(b, x, y);
        }
        return true;
    }

    private boolean convertOperand(Binary b, Operand u, Expr ue, Type target, Operand x, Operand y) {
        if (u.type == Universe.UNTYPED_NIL) {
            if (!TypeOps.nillable(target)) return mismatch(b, x, y);
            setType(ue, u, target);
            return true;
        }
        Type.Basic ub = (Type.Basic) u.type;
        Type.Basic tb = TypeOps.basic(target);
        if (TypeOps.isInterface(target) && isComparison(b.op())) {
            setType(ue, u, TypeOps.defaultType(u.type));
            return true;
        }
        boolean kindOk = tb != null && (ub.isBoolean() ? tb.isBoolean() : ub.isString() ? tb.isString() : tb.isNumeric());
        if (!kindOk) return mismatch(b, x, y);
        if (u.isConst() && !Constant.representable(u.value, tb)) {
            if (tb.isInteger() && Constant.toInt(u.value) == null) {
                c.error(ue.pos(), Constant.describe(u.value) + " (" + describe(u, ue) + ") truncated to " + typeStr(target));
            } else {
                c.error(ue.pos(), "cannot use " + operandString(u, ue) + " as " + typeStr(target) + " value in " + "expression" + " (overflows)");
            }
            return false;
        }
        if (u.isConst()) u.value = Constant.round(Constant.coerce(u.value, tb), tb);
        setType(ue, u, target);
        return true;
    }

    private boolean mismatch(Binary b, Operand x, Operand y) {
        // Go points at the right operand of a comparison, else at the whole expression.
        gosub.syntax.Pos at = isComparison(b.op()) ? ExprPrinter.start(b.y()) : ExprPrinter.start(b);
        c.error(at, "invalid operation: " + ExprPrinter.print(b) + " (mismatched types " + typeStr(x.type) + " and " + typeStr(y.type) + ")");
        return false;
    }

    private Operand comparison(Binary b, Operand x, Operand y, boolean nilCmp) {
        String op = b.op();
        boolean eq = op.equals("==") || op.equals("!=");
        Type t = x.type == Universe.UNTYPED_NIL ? y.type : x.type;
        if (eq) {
            if (!nilCmp && !TypeOps.comparable(t)) {
                // Reported at the operand that cannot be compared, with the reason (types2's incomparableCause).
                Expr at = x.type == Universe.UNTYPED_NIL || TypeOps.comparable(x.type) ? b.y() : b.x();
                c.error(ExprPrinter.start(at), "invalid operation: " + ExprPrinter.print(b) + " (" + incomparableCause(t) + ")");
                return Operand.bad();
            }
        } else {
            Type.Basic bt = TypeOps.basic(t);
            if (bt == null || !(bt.isNumeric() && !bt.isComplex() || bt.isString())) {
                c.error(ExprPrinter.start(b), "invalid operation: " + ExprPrinter.print(b) + " (operator " + op + " not defined on " + operandString(x, b.x()).replaceFirst("^.*\\((variable|value|constant) of type ", "").replace(")", "") + ")");
                return Operand.bad();
            }
        }
        if (x.isConst() && y.isConst()) {
            boolean r = switch (op) {
                case "==" -> Constant.equal(x.value, y.value);
                case "!=" -> !Constant.equal(x.value, y.value);
                case "<" -> Constant.compare(x.value, y.value) < 0;
                case "<=" -> Constant.compare(x.value, y.value) <= 0;
                case ">" -> Constant.compare(x.value, y.value) > 0;
                default -> Constant.compare(x.value, y.value) >= 0;
            };
            return new Operand(Mode.CONSTANT, Universe.UNTYPED_BOOL, r);
        }
        if (TypeOps.isUntyped(x.type) && x.type != Universe.UNTYPED_NIL) defaultType(x, b.x());
        if (TypeOps.isUntyped(y.type) && y.type != Universe.UNTYPED_NIL) defaultType(y, b.y());
        return new Operand(Mode.VALUE, Universe.UNTYPED_BOOL, null);
    }

    /** A typed constant operation whose result does not fit its type (types2: "e (constant v of type T) overflows T"). */
    private void constOverflow(Expr e, Type t, Object r) {
        c.error(ExprPrinter.start(e), operandString(new Operand(Mode.CONSTANT, t, r), e) + " overflows " + typeStr(t));
    }

    /** Why a type cannot be compared, in types2's words. */
    private String incomparableCause(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice) return "slice can only be compared to nil";
        if (u instanceof Type.MapT) return "map can only be compared to nil";
        if (u instanceof Type.Signature) return "func can only be compared to nil";
        if (u instanceof Type.Struct s) {
            for (Obj.Var f : s.fields) if (!TypeOps.comparable(f.type)) return "struct containing " + typeStr(f.type) + " cannot be compared";
        }
        return typeStr(t) + " cannot be compared";
    }

    private Operand shift(Binary b, Operand x, Operand y) {
        if (y.isConst()) {
            BigInteger n = Constant.toInt(y.value);
            if (n != null && n.signum() < 0) {
                c.error(ExprPrinter.start(b.y()), "invalid operation: negative shift count " + operandString(y, b.y()));
                return Operand.bad();
            }
            if (n == null) {
                c.error(b.y().pos(), "invalid shift count " + operandString(y, b.y()));
                return Operand.bad();
            }
            if (TypeOps.isUntyped(y.type)) convertUntyped(y, b.y(), Universe.UINT, "shift");
        } else if (!TypeOps.isInteger(y.type)) {
            c.error(b.y().pos(), "invalid operation: shift count " + operandString(y, b.y()) + " must be integer");
            return Operand.bad();
        }
        if (x.isConst()) {
            BigInteger xi = Constant.toInt(x.value);
            if (xi == null || !TypeOps.isNumeric(x.type)) {
                c.error(b.x().pos(), "invalid operation: shifted operand " + operandString(x, b.x()) + " must be integer");
                return Operand.bad();
            }
            if (y.isConst()) {
                int n = Constant.toInt(y.value).intValue();
                BigInteger r = b.op().equals("<<") ? xi.shiftLeft(n) : xi.shiftRight(n);
                Type t = TypeOps.isUntyped(x.type) ? Universe.UNTYPED_INT : x.type;
                Type.Basic bt = TypeOps.basic(t);
                if (!bt.isUntyped() && !Constant.representable(r, bt)) {
                    constOverflow(b, t, r);
                    return Operand.bad();
                }
                return new Operand(Mode.CONSTANT, t, r);
            }
            if (TypeOps.isUntyped(x.type)) {
                x.value = xi;
                return new Operand(Mode.VALUE, Universe.UNTYPED_INT, null);
            }
        }
        if (!TypeOps.isInteger(x.type)) {
            c.error(ExprPrinter.start(b), "invalid operation: shifted operand " + operandString(x, b.x()) + " must be integer");
            return Operand.bad();
        }
        return new Operand(Mode.VALUE, x.type, null);
    }
}
