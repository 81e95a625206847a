package gosub.lib;

import gosub.exec.NativeFn;
import gosub.lib.fmt.Printer;
import gosub.runtime.GoString;
import gosub.runtime.Slice;
import java.util.Map;

/** fmt's formatting functions. */
final class FmtNatives {
    private FmtNatives() {}

    static void register(Map<String, NativeFn> m) {
        m.put("fmt.Sprintf", (a, g, p) -> new GoString(Printer.sprintf((GoString) a[0], Args.elems(a[1]), g)));
        m.put("fmt.Sprint", (a, g, p) -> new GoString(Printer.sprint(Args.elems(a[0]), g)));
        m.put("fmt.Sprintln", (a, g, p) -> new GoString(Printer.sprintln(Args.elems(a[0]), g)));
        m.put("fmt.errorf", (a, g, p) -> {
            Printer.Wrapped w = Printer.errorf((GoString) a[0], Args.elems(a[1]), g);
            Object[] idx = new Object[w.operands().length];
            for (int i = 0; i < idx.length; i++) idx[i] = (long) w.operands()[i];
            return new Object[] {new GoString(w.text()), (long) w.count(), idx.length == 0 ? null : Slice.of(idx)};
        });
    }
}
