package gosub.syntax;

import gosub.parser.GoParser.*;
import gosub.syntax.Expr.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds expression and type AST nodes from the parse tree. */
class ExprBuilder {
    private final AstBuilder stmts;

    ExprBuilder(AstBuilder stmts) {
        this.stmts = stmts;
    }

    static Pos pos(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine() + 1);
    }

    static Pos pos(ParserRuleContext c) {
        return pos(c.getStart());
    }

    static Pos pos(TerminalNode n) {
        return pos(n.getSymbol());
    }

    static Ident ident(TerminalNode n) {
        return new Ident(pos(n), n.getText());
    }

    List<Expr> exprs(ExpressionListContext c) {
        List<Expr> out = new ArrayList<>();
        if (c != null) for (ExpressionContext e : c.expression()) out.add(expr(e));
        return out;
    }

    Expr expr(ExpressionContext c) {
        if (c == null) return null;
        if (c instanceof PrimaryContext p) return primary(p.primaryExpr());
        if (c instanceof UnaryContext u) {
            Expr x = expr(u.expression());
            Pos p = pos(u.op);
            return unary(p, u.op, x);
        }
        BinaryContext b = (BinaryContext) c;
        return new Binary(pos(b.op), b.op.getText(), expr(b.expression(0)), expr(b.expression(1)));
    }

    private static Expr unary(Pos p, Token op, Expr x) {
        if (op.getType() == gosub.parser.GoLexer.STAR) return new Star(p, x);
        if (op.getType() == gosub.parser.GoLexer.ARROW && x instanceof ChanType t) return recvChanType(p, t);
        return new Unary(p, op.getText(), x);
    }

    /** {@code <-} before a channel type makes a receive-only channel type; as in Go, the arrow
     *  associates with the leftmost chan, so {@code <-chan<- chan T} is {@code <-chan (<-chan T)}. */
    private static Expr recvChanType(Pos p, ChanType t) {
        return switch (t.dir()) {
            case BOTH -> new ChanType(p, ChanDir.RECV, t.elem());
            case SEND -> {
                if (!(t.elem() instanceof ChanType inner) || inner.dir() == ChanDir.RECV)
                    throw new SyntaxError(p, "syntax error: unexpected <-, expected channel type");
                yield new ChanType(p, ChanDir.RECV, recvChanType(inner.pos(), inner));
            }
            case RECV -> throw new SyntaxError(p, "syntax error: unexpected <-, expected chan");
        };
    }

    /** A header expression (before the block of if, for, switch): same forms, no T{} literal. */
    Expr hexpr(HexprContext c) {
        if (c == null) return null;
        if (c instanceof HPrimaryContext p) return hprimary(p.hprimary());
        if (c instanceof HUnaryContext u) {
            Expr x = hexpr(u.hexpr());
            Pos p = pos(u.op);
            return unary(p, u.op, x);
        }
        HBinaryContext b = (HBinaryContext) c;
        return new Binary(pos(b.op), b.op.getText(), hexpr(b.hexpr(0)), hexpr(b.hexpr(1)));
    }

    private Expr hprimary(HprimaryContext c) {
        return switch (c) {
            case HOperandContext o -> operand(o.operand());
            case HTypedLitContext l -> literal(nonNameType(l.nonNameType()), l.literalValue());
            case HSelectorContext s -> new Selector(pos(s.DOT()), hprimary(s.hprimary()), ident(s.IDENT()));
            case HTypeSwitchGuardContext g -> new TypeAssert(pos(g.DOT()), hprimary(g.hprimary()), null);
            case HTypeAssertContext a -> new TypeAssert(pos(a.DOT()), hprimary(a.hprimary()), type(a.type_()));
            case HIndexContext i -> new Index(pos(i.LBRACK()), hprimary(i.hprimary()), List.of(expr(i.expression())));
            case HInstanceContext i -> {
                List<Expr> args = new ArrayList<>();
                for (ExpressionContext e : i.typeArgList().expression()) args.add(expr(e));
                yield new Index(pos(i.LBRACK()), hprimary(i.hprimary()), args);
            }
            case HSliceContext s -> new Slice(pos(s.LBRACK()), hprimary(s.hprimary()), expr(s.lo), expr(s.hi), null, false);
            case HSlice3Context s -> new Slice(pos(s.LBRACK()), hprimary(s.hprimary()), expr(s.lo), expr(s.hi), expr(s.max), true);
            case HCallContext call -> {
                List<Expr> args = new ArrayList<>();
                boolean ellipsis = false;
                if (call.argList() != null) {
                    for (ExpressionContext e : call.argList().expression()) args.add(expr(e));
                    ellipsis = call.argList().ELLIPSIS() != null;
                }
                Expr fun = hprimary(call.hprimary());
                yield new Call(fun.pos(), fun, args, ellipsis, pos(call.LPAREN()), pos(call.RPAREN()));
            }
            default -> throw new SyntaxError(pos(c), "unexpected expression");
        };
    }

    Expr primary(PrimaryExprContext c) {
        return switch (c) {
            case OperandExprContext o -> operand(o.operand());
            case SelectorExprContext s -> new Selector(pos(s.DOT()), primary(s.primaryExpr()), ident(s.IDENT()));
            case TypeSwitchGuardContext g -> new TypeAssert(pos(g.DOT()), primary(g.primaryExpr()), null);
            case TypeAssertExprContext a -> new TypeAssert(pos(a.DOT()), primary(a.primaryExpr()), type(a.type_()));
            case IndexExprContext i -> new Index(pos(i.LBRACK()), primary(i.primaryExpr()), List.of(expr(i.expression())));
            case InstanceExprContext i -> {
                List<Expr> args = new ArrayList<>();
                for (ExpressionContext e : i.typeArgList().expression()) args.add(expr(e));
                yield new Index(pos(i.LBRACK()), primary(i.primaryExpr()), args);
            }
            case SliceExprContext s -> new Slice(pos(s.LBRACK()), primary(s.primaryExpr()), expr(s.lo), expr(s.hi), null, false);
            case Slice3ExprContext s -> new Slice(pos(s.LBRACK()), primary(s.primaryExpr()), expr(s.lo), expr(s.hi), expr(s.max), true);
            case CallExprContext call -> call(call);
            case CompositeLitContext l -> literal(primary(l.primaryExpr()), l.literalValue());
            default -> throw new SyntaxError(pos(c), "unexpected expression");
        };
    }

    private Expr call(CallExprContext c) {
        List<Expr> args = new ArrayList<>();
        boolean ellipsis = false;
        if (c.argList() != null) {
            for (ExpressionContext e : c.argList().expression()) args.add(expr(e));
            ellipsis = c.argList().ELLIPSIS() != null;
        }
        Expr fun = primary(c.primaryExpr());
        return new Call(fun.pos(), fun, args, ellipsis, pos(c.LPAREN()), pos(c.RPAREN()));
    }

    private Expr operand(OperandContext c) {
        return switch (c) {
            case IntLitContext l -> new BasicLit(pos(l), LitKind.INT, l.getText());
            case FloatLitContext l -> new BasicLit(pos(l), LitKind.FLOAT, l.getText());
            case ImagLitContext l -> new BasicLit(pos(l), LitKind.IMAG, l.getText());
            case RuneLitContext l -> new BasicLit(pos(l), LitKind.CHAR, l.getText());
            case StringLitContext l -> new BasicLit(pos(l), LitKind.STRING, l.getText());
            case IdentOperandContext i -> ident(i.IDENT());
            case FuncLitContext f -> new FuncLit(pos(f), signature(pos(f), null, f.signature()), stmts.block(f.block()));
            case ParenExprContext p -> new Paren(pos(p), expr(p.expression()));
            case TypeOperandContext t -> nonNameType(t.nonNameType());
            default -> throw new SyntaxError(pos(c), "unexpected operand");
        };
    }

    private Expr nonNameType(NonNameTypeContext c) {
        Pos p = pos(c);
        if (c.MAP() != null) return new MapType(p, type(c.type_(0)), type(c.type_(1)));
        if (c.CHAN() != null) return new ChanType(p, c.ARROW() != null ? ChanDir.SEND : ChanDir.BOTH, type(c.type_(0)));
        if (c.FUNC() != null) return signature(p, null, c.signature());
        if (c.structType() != null) return struct(c.structType());
        if (c.interfaceType() != null) return iface(c.interfaceType());
        if (c.ELLIPSIS() != null) return new ArrayType(p, new Ellipsis(pos(c.ELLIPSIS()), null), type(c.type_(0)));
        return new ArrayType(p, c.expression() == null ? null : expr(c.expression()), type(c.type_(0)));
    }

    private Expr element(ElementContext e) {
        return e.expression() != null ? expr(e.expression()) : literal(null, e.literalValue());
    }

    CompositeLit literal(Expr type, LiteralValueContext c) {
        List<KeyedElement> elems = new ArrayList<>();
        if (c.elementList() != null) {
            for (KeyedElementContext k : c.elementList().keyedElement()) {
                List<ElementContext> parts = k.element();
                Expr key = parts.size() == 2 ? element(parts.get(0)) : null;
                Expr value = element(parts.get(parts.size() - 1));
                elems.add(new KeyedElement(key, value));
            }
        }
        return new CompositeLit(type == null ? pos(c) : type.pos(), type, elems, pos(c.RBRACE()));
    }

    // ---------------------------------------------------------------- types

    Expr type(Type_Context c) {
        Pos p = pos(c);
        return switch (c) {
            case NamedTypeContext n -> {
                Expr name = typeName(n.typeName());
                if (n.typeArgs() == null) yield name;
                List<Expr> args = new ArrayList<>();
                for (Type_Context t : n.typeArgs().type_()) args.add(type(t));
                yield new Index(pos(n.typeArgs()), name, args);
            }
            case ArrayTypeContext a -> new ArrayType(p, expr(a.expression()), type(a.type_()));
            case AutoArrayTypeContext a -> new ArrayType(p, new Ellipsis(pos(a.ELLIPSIS()), null), type(a.type_()));
            case SliceTypeContext s -> new ArrayType(p, null, type(s.type_()));
            case PointerTypeContext s -> new Star(p, type(s.type_()));
            case MapTypeContext m -> new MapType(p, type(m.type_(0)), type(m.type_(1)));
            case ChanTypeContext ch -> new ChanType(p, ChanDir.BOTH, type(ch.type_()));
            case SendChanTypeContext ch -> new ChanType(p, ChanDir.SEND, type(ch.type_()));
            case RecvChanTypeContext ch -> new ChanType(p, ChanDir.RECV, type(ch.type_()));
            case FuncTypeContext f -> signature(p, null, f.signature());
            case StructTypeLitContext s -> struct(s.structType());
            case InterfaceTypeLitContext i -> iface(i.interfaceType());
            case ParenTypeContext t -> type(t.type_());
            default -> throw new SyntaxError(p, "unexpected type");
        };
    }

    Expr typeName(TypeNameContext c) {
        Ident first = ident(c.IDENT(0));
        if (c.IDENT().size() == 1) return first;
        return new Selector(pos(c.DOT()), first, ident(c.IDENT(1)));
    }

    FuncTypeExpr signature(Pos p, TypeParametersContext typeParams, SignatureContext c) {
        List<Field> results = List.of();
        ResultContext r = c.result();
        if (r != null) {
            results = r.parameters() != null ? parameters(r.parameters())
                    : List.of(new Field(pos(r), List.of(), type(r.type_()), null));
        }
        return new FuncTypeExpr(p, typeParams(typeParams), parameters(c.parameters()), results);
    }

    List<Field> typeParams(TypeParametersContext c) {
        List<Field> out = new ArrayList<>();
        if (c == null) return out;
        for (TypeParamDeclContext d : c.typeParamDecl()) {
            List<Ident> names = new ArrayList<>();
            for (TerminalNode n : d.identifierList().IDENT()) names.add(ident(n));
            out.add(new Field(pos(d), names, union(d.typeUnion()), null));
        }
        return out;
    }

    Expr union(TypeUnionContext c) {
        Expr result = null;
        for (TypeTermContext t : c.typeTerm()) {
            Expr term = type(t.type_());
            if (t.TILDE() != null) term = new Unary(pos(t.TILDE()), "~", term);
            result = result == null ? term : new Binary(term.pos(), "|", result, term);
        }
        return result;
    }

    /**
     * Regroups `(a, b int, c string)`: when any entry has a name, entries that are a bare
     * name share the type of the next named entry, as go/parser does.
     */
    List<Field> parameters(ParametersContext c) {
        List<ParameterDeclContext> decls = c.parameterDecl();
        boolean named = false;
        for (ParameterDeclContext d : decls) named |= d.IDENT() != null;
        List<Field> out = new ArrayList<>();
        if (!named) {
            for (ParameterDeclContext d : decls) out.add(new Field(pos(d), List.of(), paramType(d), null));
            return out;
        }
        List<Ident> pending = new ArrayList<>();
        for (ParameterDeclContext d : decls) {
            if (d.IDENT() == null) {
                if (!(paramType(d) instanceof Ident id) || d.ELLIPSIS() != null) {
                    throw new SyntaxError(pos(d), "syntax error: mixed named and unnamed parameters");
                }
                pending.add(id);
                continue;
            }
            pending.add(ident(d.IDENT()));
            out.add(new Field(pending.get(0).pos(), List.copyOf(pending), paramType(d), null));
            pending.clear();
        }
        if (!pending.isEmpty()) {
            throw new SyntaxError(pending.get(0).pos(), "syntax error: mixed named and unnamed parameters");
        }
        return out;
    }

    private Expr paramType(ParameterDeclContext d) {
        Expr t = type(d.type_());
        return d.ELLIPSIS() != null ? new Ellipsis(pos(d.ELLIPSIS()), t) : t;
    }

    StructType struct(StructTypeContext c) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            String tag = f.string_() == null ? null : f.string_().getText();
            if (f.identifierList() != null) {
                List<Ident> names = new ArrayList<>();
                for (TerminalNode n : f.identifierList().IDENT()) names.add(ident(n));
                fields.add(new Field(pos(f), names, type(f.type_()), tag));
            } else {
                Expr t = typeName(f.typeName());
                if (f.typeArgs() != null) {
                    List<Expr> args = new ArrayList<>();
                    for (Type_Context a : f.typeArgs().type_()) args.add(type(a));
                    t = new Index(pos(f.typeArgs()), t, args);
                }
                if (f.STAR() != null) t = new Star(pos(f.STAR()), t);
                fields.add(new Field(pos(f), List.of(), t, tag));
            }
        }
        return new StructType(pos(c), fields);
    }

    InterfaceType iface(InterfaceTypeContext c) {
        List<Field> elems = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e instanceof MethodElemContext m) {
                Ident name = ident(m.IDENT());
                elems.add(new Field(name.pos(), List.of(name), signature(name.pos(), null, m.signature()), null));
            } else {
                UnionElemContext u = (UnionElemContext) e;
                elems.add(new Field(pos(u), List.of(), union(u.typeUnion()), null));
            }
        }
        return new InterfaceType(pos(c), elems);
    }
}
