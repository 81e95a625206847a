package gosub.exec;

import gosub.syntax.Pos;
import java.util.ArrayList;

/** The go and defer statements. */
public final class GoDefer {
    private GoDefer() {}

    public static final class Go extends StmtNode {
        final ExprNode call;
        final String funcName;
        final String creator;
        final Pos pos;

        public Go(Pos pos, ExprNode call, String funcName, String creator) {
            this.pos = pos;
            this.call = call;
            this.funcName = funcName;
            this.creator = creator;
        }

        @Override
        public int exec(Frame f) {
            Calls.Prepared p = Calls.prepare(call, f);
            f.g.run.scheduler.spawn(funcName, creator, pos, f.g, new Goroutines.GoCall(p));
            return NORMAL;
        }
    }

    public static final class Defer extends StmtNode {
        final ExprNode call;

        public Defer(ExprNode call) {
            this.call = call;
        }

        @Override
        public int exec(Frame f) {
            Calls.Prepared p = Calls.prepare(call, f);
            if (f.defers == null) f.defers = new ArrayList<>();
            f.defers.add(g -> p.call(g, true));
            return NORMAL;
        }
    }
}
