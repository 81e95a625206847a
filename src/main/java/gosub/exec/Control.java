package gosub.exec;

import gosub.runtime.Cell;
import gosub.runtime.ExitException;
import gosub.runtime.ExitPoll;

/** Blocks, if, for, switch, return and branches. Control leaves statements by return code. */
public final class Control {
    private Control() {}

    public static final class Block extends StmtNode {
        final StmtNode[] stmts;

        public Block(StmtNode[] stmts) {
            this.stmts = stmts;
        }

        @Override
        public int exec(Frame f) {
            for (StmtNode s : stmts) {
                int c = s.exec(f);
                if (c != NORMAL) return c;
            }
            return NORMAL;
        }
    }

    /** A block with labelled statements: a goto to one of them resumes execution there. */
    public static final class GotoBlock extends StmtNode {
        final StmtNode[] stmts;
        final String[] labels;
        final int[] targets;

        public GotoBlock(StmtNode[] stmts, String[] labels, int[] targets) {
            this.stmts = stmts;
            this.labels = labels;
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            int i = 0;
            var run = f.g.run;
            while (i < stmts.length) {
                int c = stmts[i].exec(f);
                if (c == NORMAL) {
                    i++;
                    continue;
                }
                if (c != GOTO) return c;
                int t = target(f.label);
                if (t < 0) return c;
                if (ExitPoll.stopped(run)) throw new ExitException();
                f.label = null;
                i = t;
            }
            return NORMAL;
        }

        private int target(String label) {
            for (int k = 0; k < labels.length; k++) if (labels[k].equals(label)) return targets[k];
            return -1;
        }
    }

    public static final class Eval extends StmtNode {
        final ExprNode x;

        public Eval(ExprNode x) {
            this.x = x;
        }

        @Override
        public int exec(Frame f) {
            x.eval(f);
            return NORMAL;
        }
    }

    public static final class If extends StmtNode {
        final StmtNode init;
        final ExprNode cond;
        final StmtNode then, otherwise;

        public If(StmtNode init, ExprNode cond, StmtNode then, StmtNode otherwise) {
            this.init = init;
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        public int exec(Frame f) {
            if (init != null) {
                int c = init.exec(f);
                if (c != NORMAL) return c;
            }
            if (cond.evalBool(f)) return then.exec(f);
            return otherwise == null ? NORMAL : otherwise.exec(f);
        }
    }

    /** Decides whether a loop or switch consumes a break/continue (label matching). */
    static boolean mine(Frame f, String label) {
        if (f.label == null) return true;
        if (f.label.equals(label)) {
            f.label = null;
            return true;
        }
        return false;
    }

    public static final class For extends StmtNode {
        final StmtNode init;
        final ExprNode cond;
        final StmtNode post;
        final StmtNode body;
        final String label;
        /** Per-iteration copies of captured loop variables (Go 1.22), or null. */
        final StmtNode renew;

        public For(StmtNode init, ExprNode cond, StmtNode post, StmtNode body, String label, StmtNode renew) {
            this.init = init;
            this.cond = cond;
            this.post = post;
            this.body = body;
            this.label = label;
            this.renew = renew;
        }

        /** Trips round this loop (all runs), and its compiled form once it ran hot (Jit). */
        int trips;
        volatile boolean jitTried;
        volatile StmtNode jitted;

        @Override
        public int exec(Frame f) {
            if (init != null) init.exec(f);
            var run = f.g.run;
            StmtNode j = jitted;
            if (j != null || run.jit == Jit.ALL && (j = Jit.loop(this, run)) != null) return j.exec(f);
            while (cond == null || cond.evalBool(f)) {
                if (ExitPoll.stopped(run)) throw new ExitException();
                int c = body.exec(f);
                if (c != NORMAL) {
                    if (c == BREAK) {
                        if (mine(f, label)) break;
                        return c;
                    }
                    if (c == CONTINUE) {
                        if (!mine(f, label)) return c;
                    } else {
                        return c;
                    }
                }
                if (renew != null) renew.exec(f);
                if (post != null) post.exec(f);
                // Hot: hand over to the compiled loop, which resumes at the condition.
                if (++trips == Jit.HOT_TRIPS && run.jit != Jit.OFF && (j = Jit.loop(this, run)) != null) return j.exec(f);
            }
            return NORMAL;
        }
    }

    /** Handles a loop body's completion code; returns -1 to keep looping, -2 to stop. */
    static int loopCode(Frame f, int c, String label) {
        if (c == StmtNode.NORMAL) return -1;
        if (c == StmtNode.BREAK) return mine(f, label) ? -2 : c;
        if (c == StmtNode.CONTINUE) return mine(f, label) ? -1 : c;
        return c;
    }

    public static final class Switch extends StmtNode {
        final StmtNode init;
        final ExprNode[][] conds;
        final StmtNode[] bodies;
        final int defaultIndex;
        final String label;

        public Switch(StmtNode init, ExprNode[][] conds, StmtNode[] bodies, int defaultIndex, String label) {
            this.init = init;
            this.conds = conds;
            this.bodies = bodies;
            this.defaultIndex = defaultIndex;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            if (init != null) {
                int c = init.exec(f);
                if (c != NORMAL) return c;
            }
            int chosen = defaultIndex;
            outer:
            for (int i = 0; i < conds.length; i++) {
                if (conds[i] == null) continue;
                for (ExprNode c : conds[i]) {
                    if (c.evalBool(f)) {
                        chosen = i;
                        break outer;
                    }
                }
            }
            if (chosen < 0) return NORMAL;
            for (int i = chosen; i < bodies.length; i++) {
                int c = bodies[i].exec(f);
                if (c == FALLTHROUGH) continue;
                if (c == BREAK && mine(f, label)) return NORMAL;
                return c;
            }
            return NORMAL;
        }
    }

    public static final class Return extends StmtNode {
        final ExprNode[] values;
        final int[] slots;
        final boolean[] cells;
        final int[] kinds;
        /** A single call returning several results: spread them. */
        final boolean spread;

        public Return(ExprNode[] values, int[] slots, boolean[] cells, int[] kinds, boolean spread) {
            this.values = values;
            this.slots = slots;
            this.cells = cells;
            this.kinds = kinds;
            this.spread = spread;
        }

        private void store(Frame f, int i, Object v) {
            if (kinds[i] != Prim.REF) f.p[slots[i]] = Prim.unbox(kinds[i], v);
            else if (cells[i]) ((Cell) f.s[slots[i]]).v = v;
            else f.s[slots[i]] = v;
        }

        @Override
        public int exec(Frame f) {
            if (values.length == 0) return RETURN;
            Object[] vs;
            if (spread) {
                vs = (Object[]) values[0].eval(f);
            } else if (values.length == 1) {
                switch (kinds[0]) {
                    case Prim.LONG -> f.p[slots[0]] = values[0].evalLong(f);
                    case Prim.DOUBLE -> f.p[slots[0]] = Double.doubleToRawLongBits(values[0].evalDouble(f));
                    case Prim.BOOL -> f.p[slots[0]] = values[0].evalBool(f) ? 1 : 0;
                    default -> store(f, 0, values[0].eval(f));
                }
                return RETURN;
            } else {
                vs = new Object[values.length];
                for (int i = 0; i < vs.length; i++) vs[i] = values[i].eval(f);
            }
            for (int i = 0; i < slots.length; i++) store(f, i, vs[i]);
            return RETURN;
        }
    }

    public static final class Branch extends StmtNode {
        final int code;
        final String label;

        public Branch(int code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            f.label = label;
            return code;
        }
    }

    /** A labelled block that is not a loop or switch: break L leaves it. */
    public static final class Labeled extends StmtNode {
        final StmtNode body;
        final String label;

        public Labeled(StmtNode body, String label) {
            this.body = body;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            int c = body.exec(f);
            if (c == BREAK && label.equals(f.label)) {
                f.label = null;
                return NORMAL;
            }
            return c;
        }
    }

    public static final class Empty extends StmtNode {
        @Override
        public int exec(Frame f) {
            return NORMAL;
        }
    }
}
