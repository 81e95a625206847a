package gosub.syntax;

import static gosub.syntax.AstTags.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a syntax tree written by AstWriter: the library packages are parsed when gosub is built,
 * so that a start reads their trees instead of running a cold parser over their sources. A
 * function's body is read when first asked for.
 */
public final class AstReader {
    private final byte[] data;
    private final Strings strings;
    private int at;

    private AstReader(byte[] data, Strings strings, int at) {
        this.data = data;
        this.strings = strings;
        this.at = at;
    }

    /** Whether data is a tree in this format written from exactly this source. */
    public static boolean writtenFrom(byte[] data, byte[] source) {
        AstReader r = new AstReader(data, null, 0);
        return r.header() && r.varint() == source.length && r.int32() == (int) AstWriter.crc(source);
    }

    /** The tree in data, or null when data is not in this format (another version of it). */
    public static Decl.File read(String fileName, byte[] data) {
        AstReader r = new AstReader(data, null, 0);
        if (!r.header()) return null;
        r.varint(); // the source's length
        r.int32(); // and CRC-32
        int count = r.varint();
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = r.at;
            int len = r.varint();
            r.at += len;
        }
        AstReader nodes = new AstReader(data, new Strings(data, offsets), r.at);
        Pos pos = nodes.pos();
        String pkg = nodes.string();
        List<Decl.Import> imports = nodes.list();
        List<Decl> decls = nodes.list();
        return new Decl.File(fileName, pos, pkg, imports, decls);
    }

    private boolean header() {
        return data.length >= 8 && int32() == MAGIC && varint() == VERSION;
    }

    @SuppressWarnings("unchecked")
    private <T> T node() {
        int tag = varint();
        Object n = switch (tag) {
            case NULL -> null;
            case IDENT -> new Expr.Ident(pos(), string());
            case BASIC_LIT -> new Expr.BasicLit(pos(), Expr.LitKind.values()[varint()], string());
            case COMPOSITE_LIT -> new Expr.CompositeLit(pos(), node(), list(), pos());
            case KEYED_ELEMENT -> new Expr.KeyedElement(node(), node());
            case FUNC_LIT -> new Expr.FuncLit(pos(), node(), node());
            case PAREN -> new Expr.Paren(pos(), node());
            case SELECTOR -> new Expr.Selector(pos(), node(), node());
            case INDEX -> new Expr.Index(pos(), node(), list());
            case SLICE -> new Expr.Slice(pos(), node(), node(), node(), node(), bool());
            case TYPE_ASSERT -> new Expr.TypeAssert(pos(), node(), node());
            case CALL -> new Expr.Call(pos(), node(), list(), bool(), pos(), pos());
            case STAR -> new Expr.Star(pos(), node());
            case UNARY -> new Expr.Unary(pos(), string(), node());
            case BINARY -> new Expr.Binary(pos(), string(), node(), node());
            case ARRAY_TYPE -> new Expr.ArrayType(pos(), node(), node());
            case MAP_TYPE -> new Expr.MapType(pos(), node(), node());
            case CHAN_TYPE -> new Expr.ChanType(pos(), Expr.ChanDir.values()[varint()], node());
            case FUNC_TYPE -> new Expr.FuncTypeExpr(pos(), list(), list(), list());
            case STRUCT_TYPE -> new Expr.StructType(pos(), list());
            case INTERFACE_TYPE -> new Expr.InterfaceType(pos(), list());
            case ELLIPSIS -> new Expr.Ellipsis(pos(), node());
            case FIELD -> new Expr.Field(pos(), list(), node(), string());

            case EMPTY -> new Stmt.Empty(pos());
            case EXPR_STMT -> new Stmt.ExprStmt(pos(), node());
            case SEND -> new Stmt.Send(pos(), node(), node());
            case INC_DEC -> new Stmt.IncDec(pos(), node(), bool());
            case ASSIGN -> new Stmt.Assign(pos(), list(), string(), list());
            case GO -> new Stmt.Go(pos(), node());
            case DEFER -> new Stmt.Defer(pos(), node());
            case RETURN -> new Stmt.Return(pos(), list());
            case BRANCH -> new Stmt.Branch(pos(), string(), node());
            case BLOCK -> new Stmt.Block(pos(), list(), pos());
            case IF -> new Stmt.If(pos(), node(), node(), node(), node());
            case CASE_CLAUSE -> new Stmt.CaseClause(pos(), list(), list());
            case SWITCH -> new Stmt.Switch(pos(), node(), node(), list(), pos());
            case TYPE_SWITCH -> new Stmt.TypeSwitch(pos(), node(), node(), node(), list());
            case COMM_CLAUSE -> new Stmt.CommClause(pos(), node(), list());
            case SELECT -> new Stmt.Select(pos(), list());
            case FOR -> new Stmt.For(pos(), node(), node(), node(), node());
            case RANGE -> new Stmt.Range(pos(), node(), node(), bool(), node(), node());
            case LABELED -> new Stmt.Labeled(pos(), node(), node());
            case DECL_STMT -> new Stmt.DeclStmt(pos(), node());

            case IMPORT -> new Decl.Import(pos(), string(), string(), pos());
            case VALUE_SPEC -> new Decl.ValueSpec(pos(), list(), node(), list(), varint());
            case CONST -> new Decl.Const(pos(), list());
            case VAR -> new Decl.Var(pos(), list());
            case TYPE_SPEC -> new Decl.TypeSpec(pos(), node(), list(), bool(), node());
            case TYPE -> new Decl.Type(pos(), list());
            case FUNC -> func();
            default -> throw new IllegalStateException("bad syntax tree tag " + tag + " at " + (at - 1));
        };
        return (T) n;
    }

    private Decl.Func func() {
        Pos pos = pos();
        Expr.Field recv = node();
        Expr.Ident name = node();
        Expr.FuncTypeExpr type = node();
        int chunk = varint();
        if (chunk == 0) return new Decl.Func(pos, recv, name, type, (Stmt.Block) null);
        int start = at;
        at += chunk - 1;
        return new Decl.Func(pos, recv, name, type, () -> new AstReader(data, strings, start).node());
    }

    private boolean bool() {
        return varint() != 0;
    }

    private Pos pos() {
        int line = varint();
        return line == 0 ? null : new Pos(line - 1, varint());
    }

    private String string() {
        int id = varint();
        return id == 0 ? null : strings.get(id - 1);
    }

    private <T> List<T> list() {
        int n = varint() - 1;
        if (n < 0) return null;
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(node());
        return out;
    }

    private int varint() {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = data[at++];
            v |= (b & 0x7f) << shift;
            if (b >= 0) return v;
        }
    }

    private int int32() {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | (data[at++] & 0xff);
        return v;
    }

    /** The string table, each string decoded when first used (most are only in unread bodies). */
    private static final class Strings {
        private final byte[] data;
        private final int[] offsets;
        private final String[] decoded;

        Strings(byte[] data, int[] offsets) {
            this.data = data;
            this.offsets = offsets;
            this.decoded = new String[offsets.length];
        }

        synchronized String get(int i) {
            String s = decoded[i];
            if (s == null) {
                AstReader r = new AstReader(data, null, offsets[i]);
                int len = r.varint();
                s = new String(data, r.at, len, StandardCharsets.UTF_8);
                decoded[i] = s;
            }
            return s;
        }
    }
}
