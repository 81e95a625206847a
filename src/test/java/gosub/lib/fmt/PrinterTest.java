package gosub.lib.fmt;

import static gosub.lib.fmt.GoValues.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.runtime.Cell;
import gosub.runtime.ElemPointer;
import gosub.runtime.GoPanic;
import gosub.runtime.GoString;
import gosub.runtime.Goroutine;
import gosub.runtime.Iface;
import gosub.runtime.MethodCaller;
import gosub.runtime.Slice;
import gosub.syntax.Pos;
import gosub.types.Obj;
import gosub.types.Type;
import gosub.types.Universe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour not covered by the recorded Go outputs: addresses, Errorf, nested panics. */
class PrinterTest {
    private static String sprintf(String format, Object... args) {
        return sprintf(METHOD_CALLER, format, args);
    }

    private static String sprintf(MethodCaller m, String format, Object... args) {
        byte[] b = Printer.sprintf(GoString.of(format), args, m, null);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static final String ADDR = "0xc[0-9a-f]{9}";

    @Test
    void pointerAddressesAreStableAndDistinct() {
        Cell a = cell(l(1));
        Cell b = cell(l(2));
        Iface pa = of(ptrT(INT), a);
        Iface pb = of(ptrT(INT), b);
        String s1 = sprintf("%p", pa);
        assertTrue(s1.matches(ADDR), s1);
        assertEquals(s1, sprintf("%v", pa));
        assertEquals(s1, sprintf("%p", of(ptrT(INT), a)));
        assertNotEquals(s1, sprintf("%p", pb));
        assertEquals(s1.substring(2), sprintf("%#p", pa));
        assertEquals(s1.substring(2), sprintf("%x", pa));
        assertEquals(Long.toString(Long.parseLong(s1.substring(2), 16)), sprintf("%d", pa));
        assertEquals("(*int)(" + s1 + ")", sprintf("%#v", pa));
        assertEquals("%!s(*int=" + s1 + ")", sprintf("%s", pa));
    }

    @Test
    void nestedPointersPrintAsAddresses() {
        Cell t = cell(sv(l(1), gs("x")));
        String addr = sprintf("%p", of(ptrT(T), t));
        assertEquals("&{1 x}", sprintf("%v", of(ptrT(T), t)));
        assertEquals("[" + addr + "]", sprintf("%v", of(sliceT(ptrT(T)), sl(t))));
        assertEquals("[]*main.T{(*main.T)(" + addr + ")}", sprintf("%#v", of(sliceT(ptrT(T)), sl(t))));
        assertEquals("{1 " + addr + "}", sprintf("%v", of(NODE, sv(l(1), t))));
        assertEquals("&{V:1 Next:" + addr + "}", sprintf("%+v", of(ptrT(NODE), cell(sv(l(1), t)))));
    }

    @Test
    void slicePointersFollowTheBackingArray() {
        Slice s = longs(1, 2, 3);
        Slice tail = new Slice(s.array, 1, 2, 2);
        long base = Long.parseLong(sprintf("%p", of(sliceT(INT), s)).substring(2), 16);
        long next = Long.parseLong(sprintf("%p", of(sliceT(INT), tail)).substring(2), 16);
        assertEquals(8, next - base);
        long elem = Long.parseLong(sprintf("%p", of(ptrT(INT), new ElemPointer(s.array, 2))).substring(2), 16);
        assertEquals(16, elem - base);
    }

    @Test
    void mapsChansAndFuncsHaveAddresses() {
        Iface m = of(mapT(STRING, INT), map(gs("a"), l(1)));
        assertTrue(sprintf("%p", m).matches(ADDR));
        Iface ch = of(new Type.Chan(Type.Dir.BOTH, INT), new Object());
        assertTrue(sprintf("%v", ch).matches(ADDR));
        assertTrue(sprintf("%#v", ch).matches("\\(chan int\\)\\(" + ADDR + "\\)"));
        Iface fn = of(new Type.Signature(List.of(), List.of(), false), new Object());
        assertTrue(sprintf("%v", fn).matches("0x[0-9a-f]+"), sprintf("%v", fn));
    }

    @Test
    void errorfRecordsWrappedOperands() {
        Iface e1 = of(ptrT(E), cell(sv(gs("a"))));
        Iface e2 = of(ERR_T, gs("b"));
        Printer.Wrapped w = Printer.errorf(GoString.of("x: %w, y: %w"), new Object[] {e1, e2}, METHOD_CALLER, null);
        assertEquals("x: E:a, y: err:b", new String(w.text(), StandardCharsets.UTF_8));
        assertEquals(2, w.count());
        assertArrayEquals(new int[] {0, 1}, w.operands());

        w = Printer.errorf(GoString.of("%[2]w %[1]w %[2]w"), new Object[] {e1, e2}, METHOD_CALLER, null);
        assertEquals("err:b E:a err:b", new String(w.text(), StandardCharsets.UTF_8));
        assertArrayEquals(new int[] {0, 1}, w.operands());

        w = Printer.errorf(GoString.of("only %w"), new Object[] {I(1)}, METHOD_CALLER, null);
        assertEquals("only %!w(int=1)", new String(w.text(), StandardCharsets.UTF_8));
        assertEquals(1, w.count());

        w = Printer.errorf(GoString.of("plain %d"), new Object[] {I(1)}, METHOD_CALLER, null);
        assertEquals("plain 1", new String(w.text(), StandardCharsets.UTF_8));
        assertEquals(0, w.count());

        w = Printer.errorf(GoString.of("%+w|%#w"), new Object[] {e2, of(G, l(4))}, METHOD_CALLER, null);
        assertEquals("err:b|%!w(main.G=4)", new String(w.text(), StandardCharsets.UTF_8));
        assertArrayEquals(new int[] {0}, w.operands());
    }

    @Test
    void sprintfRejectsW() {
        assertEquals("%!w(main.ErrT=b)", sprintf("%w", of(ERR_T, gs("b"))));
    }

    @Test
    void panicWhilePrintingAPanicValuePropagates() {
        // A String method panics with a value whose Error method panics too: Go re-panics.
        Type.Named bad = named("Bad", INT);
        Type.Named worse = named("Worse", INT);
        MethodCaller m = new MethodCaller() {
            @Override
            public boolean hasMethod(Type t, String name) {
                return t == bad && name.equals("String") || t == worse && name.equals("Error");
            }

            @Override
            public Object call(Type t, Object v, String name, Object[] args, Goroutine g, Pos pos) {
                throw new GoPanic(t == bad ? of(worse, l(1)) : Str("inner"), null, false);
            }

            @Override
            public Object callFunc(Object fn, Object[] args, Goroutine g, Pos pos) {
                throw new UnsupportedOperationException();
            }
        };
        GoPanic p = assertThrows(GoPanic.class, () -> sprintf(m, "%v", of(bad, l(1))));
        assertEquals(Str("inner"), p.value);
        assertEquals("%!v(PANIC=Error method: inner)", sprintf(m, "%v", of(worse, l(1))));
    }

    @Test
    void noMethodCallerMeansNoMethods() {
        assertEquals("x", sprintf((MethodCaller) null, "%v", of(S, gs("x"))));
        assertEquals("[1 2]", new String(Printer.sprint(new Object[] {of(sliceT(INT), longs(1, 2))}, (Goroutine) null),
                StandardCharsets.UTF_8));
        assertEquals("a 1\n", new String(Printer.sprintln(new Object[] {Str("a"), I(1)}, (Goroutine) null),
                StandardCharsets.UTF_8));
        assertEquals("7", new String(Printer.sprintf(GoString.of("%d"), new Object[] {I(7)}, (Goroutine) null),
                StandardCharsets.UTF_8));
    }

    @Test
    void interfaceMapKeysOrderByTypeLikeGo() {
        // Go 1.19: map[<nil>:4 2.5:10 1:1 3:9 a:2 [5]:3 [p q]:8 S<x>:6 {}:5 {1}:7]
        Type.Named s = named("S", STRING);
        Obj.Func str = new Obj.Func("String", Pos.NONE,
                new Type.Signature(List.of(), List.of(Obj.Var.param("", STRING)), false), "main");
        s.methods.add(str);
        Type.Named k = named("K", struct(field("A", INT)));
        MethodCaller m = new MethodCaller() {
            @Override
            public boolean hasMethod(Type t, String name) {
                return t == s && name.equals("String");
            }

            @Override
            public Object call(Type t, Object v, String name, Object[] args, Goroutine g, Pos pos) {
                return gs("S<" + v + ">");
            }

            @Override
            public Object callFunc(Object fn, Object[] args, Goroutine g, Pos pos) {
                throw new UnsupportedOperationException();
            }
        };
        Iface mv = of(mapT(ANY, INT), map(
                I(1), l(1), Str("a"), l(2), of(arrT(1, INT), arr(l(5))), l(3), of(ptrT(INT), null), l(4),
                of(struct(), sv()), l(5), of(s, gs("x")), l(6), of(k, sv(l(1))), l(7),
                of(arrT(2, STRING), arr(gs("p"), gs("q"))), l(8), I8(3), l(9), F64(2.5), l(10)));
        assertEquals("map[<nil>:4 2.5:10 1:1 3:9 a:2 [5]:3 [p q]:8 S<x>:6 {}:5 {1}:7]", sprintf(m, "%v", mv));
    }

    @Test
    void bigWidthsAndPrecisionsStayExact() {
        assertEquals(" ".repeat(999) + "1", sprintf("%1000d", I(1)));
        assertEquals("0".repeat(99) + "1", sprintf("%.100d", I(1)));
        assertEquals("-" + "0".repeat(98) + "1", sprintf("%0100d", I(-1)));
        assertEquals("%!(NOVERB)%!(EXTRA int=1)", sprintf("%100000000d", I(1)));
        String f = sprintf("%.60f", F64(0.1));
        assertEquals("0.100000000000000005551115123125782702118158340454101562500000", f);
    }

    @Test
    void utf8TypeAndRuneOutput() {
        assertEquals("[]uint8", sprintf("%T", of(sliceT(Universe.UINT8), null)));
        assertEquals("\u4e16", sprintf("%c", I32(0x4e16)));
        assertEquals("\ufffd", sprintf("%c", I64(-1)));
        assertEquals("U+FFFFFFFFFFFFFFFF", sprintf("%U", I64(-1)));
    }
}
