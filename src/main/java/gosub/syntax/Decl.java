package gosub.syntax;

import java.util.List;

public sealed interface Decl extends Node {

    record Import(Pos pos, String name, String path, Pos pathPos) implements Decl {}

    /** values are already repeated from the previous spec where a const spec omits them. */
    record ValueSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) {}

    record Const(Pos pos, List<ValueSpec> specs) implements Decl {}

    record Var(Pos pos, List<ValueSpec> specs) implements Decl {}

    record TypeSpec(Pos pos, Expr.Ident name, List<Expr.Field> typeParams, boolean alias, Expr type) {}

    record Type(Pos pos, List<TypeSpec> specs) implements Decl {}

    /**
     * recv is null for a plain function; body is null for a declaration without body. A
     * library function's body may be parsed only when first asked for (see LazyBodies).
     */
    final class Func implements Decl {
        private final Pos pos;
        private final Expr.Field recv;
        private final Expr.Ident name;
        private final Expr.FuncTypeExpr type;
        private Stmt.Block body;
        private java.util.function.Supplier<Stmt.Block> parseBody;

        public Func(Pos pos, Expr.Field recv, Expr.Ident name, Expr.FuncTypeExpr type, Stmt.Block body) {
            this.pos = pos;
            this.recv = recv;
            this.name = name;
            this.type = type;
            this.body = body;
        }

        Func(Pos pos, Expr.Field recv, Expr.Ident name, Expr.FuncTypeExpr type, java.util.function.Supplier<Stmt.Block> parseBody) {
            this(pos, recv, name, type, (Stmt.Block) null);
            this.parseBody = parseBody;
        }

        @Override
        public Pos pos() {
            return pos;
        }

        public Expr.Field recv() {
            return recv;
        }

        public Expr.Ident name() {
            return name;
        }

        public Expr.FuncTypeExpr type() {
            return type;
        }

        /** Whether the declaration has a body (false for functions implemented natively). */
        public boolean hasBody() {
            return body != null || parseBody != null;
        }

        public synchronized Stmt.Block body() {
            if (parseBody != null) {
                body = parseBody.get();
                parseBody = null;
            }
            return body;
        }
    }

    record File(String name, Pos pos, String pkg, List<Import> imports, List<Decl> decls) {}
}
