package gosub.exec;

import gosub.runtime.Chan;
import gosub.runtime.SelectOp;
import gosub.syntax.Pos;

/** Channel send, receive and select. */
public final class ChanOps {
    private ChanOps() {}

    public static final class Send extends StmtNode {
        final ExprNode ch, value;
        final Pos pos;

        public Send(Pos pos, ExprNode ch, ExprNode value) {
            this.pos = pos;
            this.ch = ch;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Chan c = (Chan) ch.eval(f);
            Chan.send(c, value.eval(f), f.g, pos);
            return NORMAL;
        }
    }

    public static final class Recv extends ExprNode {
        final ExprNode ch;
        final boolean commaOk;

        public Recv(Pos pos, ExprNode ch, boolean commaOk) {
            super(pos);
            this.ch = ch;
            this.commaOk = commaOk;
        }

        @Override
        public Object eval(Frame f) {
            Object[] r = new Object[2];
            boolean ok = Chan.recv((Chan) ch.eval(f), r, f.g, pos);
            return commaOk ? new Object[] {r[0], ok} : r[0];
        }
    }

    /** select: evaluates every case's channel (and value) once, then runs the chosen body. */
    public static final class Select extends StmtNode {
        final ExprNode[] chans;
        final ExprNode[] values;
        final boolean[] isSend;
        /** For receive cases: where the value and ok go (may be null). */
        final LValue[] recvValue, recvOk;
        /** Declares the received variables (:= cases); run before the body. */
        final StmtNode[] bodies;
        final StmtNode defaultBody;
        final String label;
        final Pos pos;

        public Select(Pos pos, ExprNode[] chans, ExprNode[] values, boolean[] isSend, LValue[] recvValue, LValue[] recvOk,
                      StmtNode[] bodies, StmtNode defaultBody, String label) {
            this.pos = pos;
            this.chans = chans;
            this.values = values;
            this.isSend = isSend;
            this.recvValue = recvValue;
            this.recvOk = recvOk;
            this.bodies = bodies;
            this.defaultBody = defaultBody;
            this.label = label;
            boolean any = false;
            for (boolean b : isSend) any |= b;
            this.hasSend = any;
        }

        /** Whether any case sends (else no array of values to send is needed). */
        private final boolean hasSend;
        private static final Object[] NO_VALUES = new Object[0];

        @Override
        public int exec(Frame f) {
            int n = chans.length;
            Chan[] cs = new Chan[n];
            Object[] vs = hasSend ? new Object[n] : NO_VALUES;
            for (int i = 0; i < n; i++) {
                cs[i] = (Chan) chans[i].eval(f);
                if (isSend[i]) vs[i] = values[i].eval(f);
            }
            Object[] r = new Object[2];
            int i = SelectOp.run(cs, isSend, vs, defaultBody != null, r, f.g, pos);
            StmtNode body;
            if (i < 0) {
                body = defaultBody;
            } else {
                if (!isSend[i]) {
                    if (recvValue[i] != null) recvValue[i].assign(f, r[0]);
                    if (recvOk[i] != null) recvOk[i].assign(f, r[1]);
                }
                body = bodies[i];
            }
            int c = body.exec(f);
            if (c == BREAK && Control.mine(f, label)) return NORMAL;
            return c;
        }
    }
}
