package gosub.exec;

import gosub.runtime.Iface;
import gosub.types.Type;
import gosub.types.TypeOps;

/** switch v := x.(type) { ... }: picks the clause by dynamic type and binds v for it. */
public final class TypeSwitch extends StmtNode {
    final StmtNode init;
    final ExprNode x;
    final Type[][] cases;
    final int defaultIndex;
    /** Per clause: the bound variable's slot (-1 for none) and whether it lives in a cell. */
    final int[] bindSlots;
    final boolean[] bindCells;
    final StmtNode[] bodies;
    final String label;

    public TypeSwitch(StmtNode init, ExprNode x, Type[][] cases, int defaultIndex, int[] bindSlots, boolean[] bindCells,
                      StmtNode[] bodies, String label) {
        this.init = init;
        this.x = x;
        this.cases = cases;
        this.defaultIndex = defaultIndex;
        this.bindSlots = bindSlots;
        this.bindCells = bindCells;
        this.bodies = bodies;
        this.label = label;
    }

    @Override
    public int exec(Frame f) {
        if (init != null) {
            int c = init.exec(f);
            if (c != NORMAL) return c;
        }
        Object v = x.eval(f);
        int chosen = defaultIndex;
        Type matched = null;
        outer:
        for (int i = 0; i < cases.length; i++) {
            if (cases[i] == null) continue;
            for (Type t : cases[i]) {
                if (t == null ? v == null : Ifaces.holds(v, t)) {
                    chosen = i;
                    matched = t;
                    break outer;
                }
            }
        }
        if (chosen < 0) return NORMAL;
        if (bindSlots[chosen] >= 0) {
            Object bound = v;
            if (cases[chosen] != null && cases[chosen].length == 1 && matched != null && !TypeOps.isInterface(matched)) {
                bound = gosub.runtime.Values.copyValue(((Iface) v).value());
            }
            f.s[bindSlots[chosen]] = bindCells[chosen] ? new gosub.runtime.Cell(bound) : bound;
        }
        int c = bodies[chosen].exec(f);
        if (c == BREAK && Control.mine(f, label)) return NORMAL;
        return c;
    }
}
