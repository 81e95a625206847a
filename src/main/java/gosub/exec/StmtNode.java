package gosub.exec;

/** An executable statement. exec returns how control leaves it (no exceptions on hot paths). */
public abstract class StmtNode {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    public static final int FALLTHROUGH = 4;
    /** goto: the target label is in Frame.label; a block holding it resumes there. */
    public static final int GOTO = 5;

    public abstract int exec(Frame f);
}
