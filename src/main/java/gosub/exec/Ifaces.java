package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;
import gosub.types.Interfaces;
import gosub.types.Type;
import gosub.types.TypeNames;
import gosub.types.TypeOps;

/** Interface values: boxing with a dynamic type, type assertions and type switches. */
public final class Ifaces {
    private Ifaces() {}

    public static final class Box extends ExprNode {
        final ExprNode x;
        final Type type;

        public Box(Pos pos, ExprNode x, Type type) {
            super(pos);
            this.x = x;
            this.type = type;
        }

        @Override
        public Object eval(Frame f) {
            return new Iface(type, x.eval(f));
        }
    }

    /** Whether interface value v holds a value of type t (or implements interface t). */
    static boolean holds(Object v, Type t) {
        if (v == null) return false;
        Iface i = (Iface) v;
        if (TypeOps.isInterface(t)) return Interfaces.missingMethod(i.type(), (Type.Interface) t.underlying()) == null;
        return TypeOps.identical(i.type(), t);
    }

    public static final class Assert extends ExprNode {
        final ExprNode x;
        final Type target;
        final Type source;
        final boolean commaOk;
        final ZeroValue zero;

        public Assert(Pos pos, ExprNode x, Type source, Type target, boolean commaOk, ZeroValue zero) {
            super(pos);
            this.x = x;
            this.source = source;
            this.target = target;
            this.commaOk = commaOk;
            this.zero = zero;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            boolean ok = holds(v, target);
            // The value inside an interface is a snapshot: taking it out gives a copy.
            Object result = ok ? (TypeOps.isInterface(target) ? v : Values.copyValue(((Iface) v).value())) : null;
            if (commaOk) return new Object[] {ok ? result : zero.make(), ok};
            if (!ok) throw failure(v);
            return result;
        }

        private GoPanic failure(Object v) {
            String src = TypeNames.of(source, true);
            String dst = TypeNames.of(target, true);
            if (v == null) {
                String what = TypeOps.isInterface(target) ? "interface" : src;
                return Panics.typeAssertion("interface conversion: " + what + " is nil, not " + dst, pos);
            }
            Type dyn = ((Iface) v).type();
            if (TypeOps.isInterface(target)) {
                String miss = Interfaces.missingMethod(dyn, (Type.Interface) target.underlying());
                return Panics.typeAssertion("interface conversion: " + TypeNames.of(dyn, true) + " is not " + dst + ": " + miss, pos);
            }
            return Panics.typeAssertion("interface conversion: " + src + " is " + TypeNames.of(dyn, true) + ", not " + dst, pos);
        }
    }

    /** Evaluates to the index of the first case whose type matches (-1: none). */
    public static final class TypeSwitchMatch extends ExprNode {
        final ExprNode x;
        /** Per clause, its types (null entries stand for the nil case); null clause = default. */
        final Type[][] cases;

        public TypeSwitchMatch(Pos pos, ExprNode x, Type[][] cases) {
            super(pos);
            this.x = x;
            this.cases = cases;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            return -1;
        }

        public int match(Object v) {
            for (int i = 0; i < cases.length; i++) {
                if (cases[i] == null) continue;
                for (Type t : cases[i]) {
                    if (t == null ? v == null : holds(v, t)) return i;
                }
            }
            return -1;
        }
    }
}
