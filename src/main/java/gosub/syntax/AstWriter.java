package gosub.syntax;

import static gosub.syntax.AstTags.*;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes a file's syntax tree in AstTags' format, for AstReader: a header naming the source it
 * came from (length and CRC-32), a table of strings, then the nodes, each top-level function's
 * body in a chunk of its own so that it is read only when first used.
 */
public final class AstWriter {
    private final Bytes nodes = new Bytes();
    private final Map<String, Integer> stringIds = new HashMap<>();
    private final Bytes strings = new Bytes();

    private AstWriter() {}

    /** The serialized tree of file, which was parsed from source. */
    public static byte[] write(Decl.File file, byte[] source) {
        AstWriter w = new AstWriter();
        w.pos(file.pos());
        w.string(file.pkg());
        w.list(file.imports());
        w.list(file.decls());
        Bytes out = new Bytes();
        out.int32(MAGIC);
        out.varint(VERSION);
        out.varint(source.length);
        out.int32((int) crc(source));
        out.varint(w.stringIds.size());
        out.append(w.strings);
        out.append(w.nodes);
        return out.toArray();
    }

    static long crc(byte[] source) {
        CRC32 c = new CRC32();
        c.update(source);
        return c.getValue();
    }

    private void node(Object n) {
        switch (n) {
            case null -> tag(NULL);
            case Expr.Ident x -> { tag(IDENT); pos(x.pos()); string(x.name()); }
            case Expr.BasicLit x -> { tag(BASIC_LIT); pos(x.pos()); nodes.varint(x.kind().ordinal()); string(x.text()); }
            case Expr.CompositeLit x -> { tag(COMPOSITE_LIT); pos(x.pos()); node(x.type()); list(x.elements()); pos(x.rbrace()); }
            case Expr.KeyedElement x -> { tag(KEYED_ELEMENT); node(x.key()); node(x.value()); }
            case Expr.FuncLit x -> { tag(FUNC_LIT); pos(x.pos()); node(x.type()); node(x.body()); }
            case Expr.Paren x -> { tag(PAREN); pos(x.pos()); node(x.x()); }
            case Expr.Selector x -> { tag(SELECTOR); pos(x.pos()); node(x.x()); node(x.sel()); }
            case Expr.Index x -> { tag(INDEX); pos(x.pos()); node(x.x()); list(x.indices()); }
            case Expr.Slice x -> { tag(SLICE); pos(x.pos()); node(x.x()); node(x.lo()); node(x.hi()); node(x.max()); bool(x.threeIndex()); }
            case Expr.TypeAssert x -> { tag(TYPE_ASSERT); pos(x.pos()); node(x.x()); node(x.type()); }
            case Expr.Call x -> {
                tag(CALL); pos(x.pos()); node(x.fun()); list(x.args()); bool(x.ellipsis()); pos(x.lparen()); pos(x.rparen());
            }
            case Expr.Star x -> { tag(STAR); pos(x.pos()); node(x.x()); }
            case Expr.Unary x -> { tag(UNARY); pos(x.pos()); string(x.op()); node(x.x()); }
            case Expr.Binary x -> { tag(BINARY); pos(x.pos()); string(x.op()); node(x.x()); node(x.y()); }
            case Expr.ArrayType x -> { tag(ARRAY_TYPE); pos(x.pos()); node(x.len()); node(x.elem()); }
            case Expr.MapType x -> { tag(MAP_TYPE); pos(x.pos()); node(x.key()); node(x.value()); }
            case Expr.ChanType x -> { tag(CHAN_TYPE); pos(x.pos()); nodes.varint(x.dir().ordinal()); node(x.elem()); }
            case Expr.FuncTypeExpr x -> { tag(FUNC_TYPE); pos(x.pos()); list(x.typeParams()); list(x.params()); list(x.results()); }
            case Expr.StructType x -> { tag(STRUCT_TYPE); pos(x.pos()); list(x.fields()); }
            case Expr.InterfaceType x -> { tag(INTERFACE_TYPE); pos(x.pos()); list(x.elements()); }
            case Expr.Ellipsis x -> { tag(ELLIPSIS); pos(x.pos()); node(x.elem()); }
            case Expr.Field x -> { tag(FIELD); pos(x.pos()); list(x.names()); node(x.type()); string(x.tag()); }

            case Stmt.Empty x -> { tag(EMPTY); pos(x.pos()); }
            case Stmt.ExprStmt x -> { tag(EXPR_STMT); pos(x.pos()); node(x.x()); }
            case Stmt.Send x -> { tag(SEND); pos(x.pos()); node(x.chan()); node(x.value()); }
            case Stmt.IncDec x -> { tag(INC_DEC); pos(x.pos()); node(x.x()); bool(x.inc()); }
            case Stmt.Assign x -> { tag(ASSIGN); pos(x.pos()); list(x.lhs()); string(x.op()); list(x.rhs()); }
            case Stmt.Go x -> { tag(GO); pos(x.pos()); node(x.call()); }
            case Stmt.Defer x -> { tag(DEFER); pos(x.pos()); node(x.call()); }
            case Stmt.Return x -> { tag(RETURN); pos(x.pos()); list(x.results()); }
            case Stmt.Branch x -> { tag(BRANCH); pos(x.pos()); string(x.tok()); node(x.label()); }
            case Stmt.Block x -> { tag(BLOCK); pos(x.pos()); list(x.stmts()); pos(x.rbrace()); }
            case Stmt.If x -> { tag(IF); pos(x.pos()); node(x.init()); node(x.cond()); node(x.then()); node(x.otherwise()); }
            case Stmt.CaseClause x -> { tag(CASE_CLAUSE); pos(x.pos()); list(x.list()); list(x.body()); }
            case Stmt.Switch x -> { tag(SWITCH); pos(x.pos()); node(x.init()); node(x.tag()); list(x.clauses()); pos(x.lbrace()); }
            case Stmt.TypeSwitch x -> { tag(TYPE_SWITCH); pos(x.pos()); node(x.init()); node(x.bind()); node(x.x()); list(x.clauses()); }
            case Stmt.CommClause x -> { tag(COMM_CLAUSE); pos(x.pos()); node(x.comm()); list(x.body()); }
            case Stmt.Select x -> { tag(SELECT); pos(x.pos()); list(x.clauses()); }
            case Stmt.For x -> { tag(FOR); pos(x.pos()); node(x.init()); node(x.cond()); node(x.post()); node(x.body()); }
            case Stmt.Range x -> {
                tag(RANGE); pos(x.pos()); node(x.key()); node(x.value()); bool(x.define()); node(x.x()); node(x.body());
            }
            case Stmt.Labeled x -> { tag(LABELED); pos(x.pos()); node(x.label()); node(x.stmt()); }
            case Stmt.DeclStmt x -> { tag(DECL_STMT); pos(x.pos()); node(x.decl()); }

            case Decl.Import x -> { tag(IMPORT); pos(x.pos()); string(x.name()); string(x.path()); pos(x.pathPos()); }
            case Decl.ValueSpec x -> { tag(VALUE_SPEC); pos(x.pos()); list(x.names()); node(x.type()); list(x.values()); nodes.varint(x.iota()); }
            case Decl.Const x -> { tag(CONST); pos(x.pos()); list(x.specs()); }
            case Decl.Var x -> { tag(VAR); pos(x.pos()); list(x.specs()); }
            case Decl.TypeSpec x -> { tag(TYPE_SPEC); pos(x.pos()); node(x.name()); list(x.typeParams()); bool(x.alias()); node(x.type()); }
            case Decl.Type x -> { tag(TYPE); pos(x.pos()); list(x.specs()); }
            case Decl.Func x -> { tag(FUNC); pos(x.pos()); node(x.recv()); node(x.name()); node(x.type()); body(x); }
            default -> throw new IllegalArgumentException("no serialized form for " + n.getClass());
        }
    }

    /** A function's body as a chunk: its length (0 for none, else length + 1), then its node. */
    private void body(Decl.Func f) {
        if (!f.hasBody()) {
            nodes.varint(0);
            return;
        }
        int start = nodes.size;
        node(f.body());
        byte[] chunk = Arrays.copyOfRange(nodes.buf, start, nodes.size);
        nodes.size = start;
        nodes.varint(chunk.length + 1);
        nodes.append(chunk, chunk.length);
    }

    private void tag(int t) {
        nodes.varint(t);
    }

    private void bool(boolean b) {
        nodes.varint(b ? 1 : 0);
    }

    /** Line + 1 and column, or 0 for no position. */
    private void pos(Pos p) {
        if (p == null) {
            nodes.varint(0);
            return;
        }
        nodes.varint(p.line() + 1);
        nodes.varint(p.col());
    }

    /** Index + 1 in the string table, or 0 for null. */
    private void string(String s) {
        if (s == null) {
            nodes.varint(0);
            return;
        }
        Integer id = stringIds.get(s);
        if (id == null) {
            id = stringIds.size();
            stringIds.put(s, id);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            strings.varint(b.length);
            strings.append(b, b.length);
        }
        nodes.varint(id + 1);
    }

    /** Size + 1, then the elements, or 0 for null. */
    private void list(List<?> l) {
        if (l == null) {
            nodes.varint(0);
            return;
        }
        nodes.varint(l.size() + 1);
        for (Object o : l) node(o);
    }

    /** A growable byte array. */
    private static final class Bytes {
        byte[] buf = new byte[1024];
        int size;

        void varint(int v) {
            if (v < 0) throw new IllegalArgumentException("negative " + v);
            while (v >= 0x80) {
                add((byte) (v | 0x80));
                v >>>= 7;
            }
            add((byte) v);
        }

        void int32(int v) {
            for (int i = 24; i >= 0; i -= 8) add((byte) (v >>> i));
        }

        void append(Bytes b) {
            append(b.buf, b.size);
        }

        void append(byte[] b, int n) {
            for (int i = 0; i < n; i++) add(b[i]);
        }

        private void add(byte b) {
            if (size == buf.length) buf = Arrays.copyOf(buf, size * 2);
            buf[size++] = b;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
