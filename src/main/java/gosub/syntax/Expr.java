package gosub.syntax;

import java.util.List;

/** Expressions, including type expressions: the parser cannot tell `T(x)` from `f(x)`. */
public sealed interface Expr extends Node {

    record Ident(Pos pos, String name) implements Expr {}

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    record BasicLit(Pos pos, LitKind kind, String text) implements Expr {}

    /** type is null for an elided type inside another composite literal. */
    record CompositeLit(Pos pos, Expr type, List<KeyedElement> elements, Pos rbrace) implements Expr {}

    record KeyedElement(Expr key, Expr value) {}

    record FuncLit(Pos pos, FuncTypeExpr type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    /** x[i] or a generic instantiation x[T1, T2]. */
    record Index(Pos pos, Expr x, List<Expr> indices) implements Expr {}

    record Slice(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean threeIndex) implements Expr {}

    /** type is null for the guard x.(type) of a type switch. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    record Call(Pos pos, Expr fun, List<Expr> args, boolean ellipsis, Pos lparen, Pos rparen) implements Expr {}

    /** *x: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** pos is the operator's position. */
    record Unary(Pos pos, String op, Expr x) implements Expr {}

    /** pos is the operator's position, as Go reports binary-operation errors there. */
    record Binary(Pos pos, String op, Expr x, Expr y) implements Expr {}

    // ---- type expressions

    /** len is null for a slice type; an Ellipsis len means [...]T. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {}

    record FuncTypeExpr(Pos pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** methods: fields with one name and a FuncTypeExpr; embeds: fields without names. */
    record InterfaceType(Pos pos, List<Field> elements) implements Expr {}

    /** ...T in a parameter list, or [...] in an array type (elem null). */
    record Ellipsis(Pos pos, Expr elem) implements Expr {}

    /** A field, parameter or result: names empty for anonymous or embedded ones. */
    record Field(Pos pos, List<Ident> names, Expr type, String tag) {}
}
