package gosub.lib.fmt;

import gosub.runtime.ArrayValue;
import gosub.runtime.Cell;
import gosub.runtime.Complex;
import gosub.runtime.GoPanic;
import gosub.runtime.GoString;
import gosub.runtime.Goroutine;
import gosub.runtime.Iface;
import gosub.runtime.MapValue;
import gosub.runtime.MethodCaller;
import gosub.runtime.Pointer;
import gosub.runtime.Slice;
import gosub.runtime.StructValue;
import gosub.syntax.Pos;
import gosub.types.Obj;
import gosub.types.Type;
import gosub.types.Universe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds runtime values and types for the fmt tests, mirroring the Go program that produced
 * the expected outputs (its types T, P, S, E, ... with the same methods), plus a fake
 * MethodCaller implementing those methods.
 */
final class GoValues {
    private GoValues() {}

    static final Type INT = Universe.INT;
    static final Type STRING = Universe.STRING;
    static final Type ANY = Universe.EMPTY_INTERFACE;
    static final Type ERROR = Universe.ERROR;

    static Obj.Var field(String name, Type t) {
        return new Obj.Var(name, Pos.NONE, t, "main", true, false);
    }

    static Obj.Var embedded(String name, Type t) {
        return new Obj.Var(name, Pos.NONE, t, "main", true, true);
    }

    static Type.Struct struct(Obj.Var... fields) {
        return new Type.Struct(List.of(fields));
    }

    static Type.Named named(String name, Type under) {
        return new Type.Named("main", name, under);
    }

    static Type.Slice sliceT(Type elem) {
        return new Type.Slice(elem);
    }

    static Type.Array arrT(long n, Type elem) {
        return new Type.Array(n, elem);
    }

    static Type.MapT mapT(Type k, Type v) {
        return new Type.MapT(k, v);
    }

    static Type.Pointer ptrT(Type elem) {
        return new Type.Pointer(elem);
    }

    // The Go program's types.
    static final Type.Named T = named("T", struct(field("A", INT), field("B", STRING)));
    static final Type.Named P = named("P", struct(field("X", INT), field("Y", INT)));
    static final Type.Named INNER = named("Inner", struct(field("a", INT), field("B", sliceT(INT))));
    static final Type.Named OUTER = named("Outer", struct(field("I", INNER), field("P", ptrT(P)),
            field("M", mapT(STRING, INT)), field("L", sliceT(T))));
    static final Type.Named S = named("S", STRING);
    static final Type.Named E = named("E", struct(field("msg", STRING)));
    static final Type.Named PS = named("PS", struct(field("N", INT)));
    static final Type.Named VS = named("VS", struct(field("N", INT)));
    static final Type.Named G = named("G", INT);
    static final Type.Named PANICKY = named("Panicky", INT);
    static final Type.Named PANIC_ERR = named("PanicErr", INT);
    static final Type.Named NIL_OK = named("NilOK", struct());
    static final Type.Named ERR_T = named("ErrT", STRING);
    static final Type.Named MY_INT = named("MyInt", INT);
    static final Type.Named MY_STR = named("MyStr", STRING);
    static final Type.Named MY_BYTES = named("MyBytes", sliceT(Universe.UINT8));
    static final Type.Named MY_FLOAT = named("MyFloat", Universe.FLOAT64);
    static final Type.Named W = named("W", struct(field("S", S), field("s", S), field("E", ERROR),
            field("I", ANY), field("p", ptrT(PS))));
    static final Type.Named EMB = named("Emb", struct(embedded("T", T), embedded("P", ptrT(P)), field("x", INT)));
    static final Type.Named ARR = named("Arr", arrT(3, INT));
    static final Type.Named KEY = named("Key", struct(field("A", INT), field("B", STRING)));
    static final Type.Named NODE = named("Node", null);

    static {
        NODE.under = struct(field("V", INT), field("Next", ptrT(NODE)));
    }

    // ---- values ----

    static Iface of(Type t, Object v) {
        return new Iface(t, v);
    }

    static GoString gs(String s) {
        return GoString.of(s);
    }

    static GoString gsBytes(int... b) {
        byte[] x = new byte[b.length];
        for (int i = 0; i < b.length; i++) x[i] = (byte) b[i];
        return new GoString(x);
    }

    static Long l(long v) {
        return v;
    }

    static Iface I(long v) {
        return of(Universe.INT, v);
    }

    static Iface I8(long v) {
        return of(Universe.INT8, (long) (byte) v);
    }

    static Iface I16(long v) {
        return of(Universe.INT16, (long) (short) v);
    }

    static Iface I32(long v) {
        return of(Universe.INT32, (long) (int) v);
    }

    static Iface I64(long v) {
        return of(Universe.INT64, v);
    }

    static Iface U(long v) {
        return of(Universe.UINT, v);
    }

    static Iface U8(long v) {
        return of(Universe.UINT8, v & 0xFF);
    }

    static Iface U16(long v) {
        return of(Universe.UINT16, v & 0xFFFF);
    }

    static Iface U32(long v) {
        return of(Universe.UINT32, v & 0xFFFFFFFFL);
    }

    static Iface U64(long v) {
        return of(Universe.UINT64, v);
    }

    static Iface UP(long v) {
        return of(Universe.UINTPTR, v);
    }

    static Iface F64(double v) {
        return of(Universe.FLOAT64, v);
    }

    static Iface F32(double v) {
        return of(Universe.FLOAT32, (double) (float) v);
    }

    static Iface C128(double re, double im) {
        return of(Universe.COMPLEX128, new Complex(re, im));
    }

    static Iface C64(double re, double im) {
        return of(Universe.COMPLEX64, new Complex((float) re, (float) im));
    }

    static Iface Str(String s) {
        return of(Universe.STRING, gs(s));
    }

    static Iface B(boolean b) {
        return of(Universe.BOOL, b);
    }

    static StructValue sv(Object... fields) {
        return new StructValue(fields);
    }

    static Slice sl(Object... elems) {
        return Slice.of(elems);
    }

    static Slice bytes(int... b) {
        Object[] e = new Object[b.length];
        for (int i = 0; i < b.length; i++) e[i] = (long) (b[i] & 0xFF);
        return Slice.of(e);
    }

    static Slice longs(long... v) {
        Object[] e = new Object[v.length];
        for (int i = 0; i < v.length; i++) e[i] = v[i];
        return Slice.of(e);
    }

    static ArrayValue arr(Object... elems) {
        return new ArrayValue(elems);
    }

    static MapValue map(Object... kv) {
        MapValue m = new MapValue(kv.length / 2);
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    static Cell cell(Object v) {
        return new Cell(v);
    }

    static GoPanic panic(Object value) {
        return new GoPanic(value, null, false);
    }

    // ---- methods ----

    private record Method(boolean ptrRecv, Function<Object, Object> body) {}

    private static final Map<Type, Map<String, Method>> METHODS = new HashMap<>();

    private static void def(Type.Named t, String name, boolean ptrRecv, Function<Object, Object> body) {
        METHODS.computeIfAbsent(t, k -> new HashMap<>()).put(name, new Method(ptrRecv, body));
    }

    private static String str(Object v) {
        return v.toString();
    }

    static {
        def(S, "String", false, v -> gs("S<" + str(v) + ">"));
        def(E, "Error", true, v -> gs("E:" + str(((StructValue) ((Pointer) v).load()).fields[0])));
        def(PS, "String", true, v -> gs("PS#" + ((StructValue) ((Pointer) v).load()).fields[0]));
        def(VS, "String", false, v -> gs("VS" + ((StructValue) v).fields[0]));
        def(G, "GoString", false, v -> gs("G!" + v));
        def(PANICKY, "String", false, v -> {
            throw panic(Str("boom"));
        });
        def(PANIC_ERR, "Error", false, v -> {
            throw panic(of(ptrT(E), cell(sv(gs("bad")))));
        });
        def(NIL_OK, "String", true, v -> gs(v == null ? "nil NilOK" : "NilOK"));
        def(ERR_T, "Error", false, v -> gs("err:" + str(v)));
    }

    /** The method set rules of Go: T has T's value methods; *T has all methods of T. */
    static final MethodCaller METHOD_CALLER = new MethodCaller() {
        private Method find(Type t, String name) {
            boolean ptr = false;
            if (t instanceof Type.Pointer p && p.elem instanceof Type.Named) {
                t = p.elem;
                ptr = true;
            }
            Map<String, Method> ms = METHODS.get(t);
            Method m = ms == null ? null : ms.get(name);
            if (m == null || (m.ptrRecv && !ptr)) return null;
            return m;
        }

        @Override
        public boolean hasMethod(Type t, String name) {
            return find(t, name) != null;
        }

        @Override
        public Object call(Type t, Object v, String name, Object[] args, Goroutine g, Pos pos) {
            Method m = find(t, name);
            if (m == null) throw new IllegalStateException("no method " + name + " on " + t);
            Object recv = v;
            if (t instanceof Type.Pointer && !m.ptrRecv) {
                if (v == null) throw panic(Str("value method called using nil pointer"));
                recv = ((Pointer) v).load();
            }
            try {
                return m.body.apply(recv);
            } catch (NullPointerException e) {
                throw panic(Str("runtime error: invalid memory address or nil pointer dereference"));
            }
        }

        @Override
        public Object callFunc(Object fn, Object[] args, Goroutine g, Pos pos) {
            throw new UnsupportedOperationException();
        }
    };

    static List<Object> list(Object... xs) {
        return new ArrayList<>(List.of(xs));
    }
}
