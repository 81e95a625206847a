package gosub.engine;

import gosub.exec.FuncValue;
import gosub.exec.Invoke;
import gosub.exec.MethodTable;
import gosub.runtime.Goroutine;
import gosub.runtime.MethodCaller;
import gosub.syntax.Pos;
import gosub.types.Lookup;
import gosub.types.Type;

/** Lets library code call methods and function values of the running program. */
final class ProgramMethods implements MethodCaller {
    private final MethodTable table;

    ProgramMethods(MethodTable table) {
        this.table = table;
    }

    @Override
    public boolean hasMethod(Type t, String name) {
        if (t == null) return false;
        Lookup.Selection sel = Lookup.find(t, name);
        if (sel == null || sel.isField() || sel.ambiguous()) return false;
        // A value of type T lacks the pointer methods of *T.
        boolean viaPointer = t instanceof Type.Pointer || Lookup.throughPointer(t, sel.path());
        return !sel.method().ptrRecv || viaPointer || gosub.types.TypeOps.isInterface(t);
    }

    @Override
    public Object call(Type t, Object v, String name, Object[] args, Goroutine g, Pos pos) {
        MethodTable.Bound b = table.find(t, name).bind(v, pos);
        Object[] all = new Object[args.length + 1];
        all[0] = b.receiver();
        System.arraycopy(args, 0, all, 1, args.length);
        return Invoke.run(b.code(), null, all, g, pos, false);
    }

    @Override
    public Object callFunc(Object fn, Object[] args, Goroutine g, Pos pos) {
        return Invoke.call((FuncValue) fn, args, g, pos, false);
    }
}
