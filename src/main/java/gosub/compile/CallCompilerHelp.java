package gosub.compile;

import gosub.types.Lookup;
import gosub.types.Type;

/** Where a selected method is declared: the type reached through the selection's embedded fields. */
final class CallCompilerHelp {
    private CallCompilerHelp() {}

    static Type holder(Type t, Lookup.Selection sel) {
        Type cur = t;
        for (int idx : sel.path()) {
            Type u = cur instanceof Type.Pointer p ? p.elem.underlying() : cur.underlying();
            if (!(u instanceof Type.Struct st)) break;
            cur = st.fields.get(idx).type;
        }
        return cur;
    }
}
