package gosub.syntax;

import gosub.parser.GoLexer;
import gosub.parser.GoParser;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Go's wording for a syntax error that ANTLR found: which token was unexpected, as Go names
 * it, and what Go's parser would have said it expected there.
 */
final class SyntaxMessages {
    private SyntaxMessages() {}

    static SyntaxError error(Parser p, Token t, IntervalSet expected) {
        String what = describe(t);
        if (t.getType() == GoLexer.ERROR_CHAR) {
            return new SyntaxError(ExprBuilder.pos(t), "invalid character " + quote(t.getText()));
        }
        Token prev = previous(p, t);
        TokenStream ts = (TokenStream) p.getInputStream();
        // `go run` reads the package clause and imports with go/parser, whose messages differ.
        RuleContext ctx = p.getContext();
        if (ctx instanceof GoParser.PackageClauseContext && ((GoParser.PackageClauseContext) ctx).PACKAGE() == null) {
            return new SyntaxError(ExprBuilder.pos(t), "expected 'package', found " + goParserToken(t));
        }
        if (ctx instanceof GoParser.ImportDeclContext || ctx instanceof GoParser.ImportSpecContext || ctx.parent instanceof GoParser.ImportSpecContext) {
            return new SyntaxError(ExprBuilder.pos(t), "expected 'STRING', found " + goParserToken(t));
        }
        // A top-level declaration must end at a line break: `eos` failed right after one.
        if (ctx instanceof GoParser.EosContext && ctx.parent instanceof GoParser.SourceFileContext && t.getType() != Token.EOF) {
            return new SyntaxError(ExprBuilder.pos(t), "syntax error: unexpected " + what + " after top level declaration");
        }
        if (ctx instanceof GoParser.SourceFileContext && t.getType() != Token.EOF) {
            return new SyntaxError(ExprBuilder.pos(t), "syntax error: non-declaration statement outside function body");
        }
        // `if x` followed by a newline: Go reports the missing { at the end of the header.
        String clause = prev == null ? null : headerKeyword(ts, prev);
        if (clause == null) clause = openHeader(p.getContext());
        if (t.getType() == GoLexer.LBRACE && prev != null && prev.getType() == GoLexer.EOS && !prev.getText().equals(";") && clause != null) {
            return new SyntaxError(ExprBuilder.pos(prev), "syntax error: unexpected newline, expected { after " + clause + " clause");
        }
        if (t.getType() == GoLexer.EOS && !t.getText().equals(";") && clause != null) {
            return new SyntaxError(ExprBuilder.pos(t), "syntax error: unexpected newline, expected { after " + clause + " clause");
        }
        return new SyntaxError(ExprBuilder.pos(t), "syntax error: unexpected " + what + expectation(p, t, expected));
    }

    /**
     * What Go's parser says it wanted instead, for the mistakes learners make most: a missing
     * comma in a call or composite literal, a list with no assignment, a stray statement in a
     * struct or clause list, an unclosed block or unended statement, a missing operand.
     */
    private static String expectation(Parser p, Token t, IntervalSet expected) {
        for (RuleContext c = p.getContext(); c != null; c = c.parent) {
            if (c instanceof GoParser.BlockContext) break; // the innermost block decides
            if (c instanceof GoParser.CallExprContext || c instanceof GoParser.HCallContext) {
                return " in argument list; possibly missing comma or )";
            }
            if (c instanceof GoParser.LiteralValueContext) {
                return " in composite literal; possibly missing comma or }";
            }
        }
        RuleContext ctx = p.getContext();
        if (ctx instanceof GoParser.StructTypeContext st && st.LBRACE() != null) return ", expected field name or embedded type";
        if (!inLiteral(ctx) && unassignedList((TokenStream) p.getInputStream(), t)) return ", expected := or = or comma";
        boolean inClauses = ctx instanceof GoParser.SwitchStmtContext sw && sw.LBRACE() != null
                || ctx instanceof GoParser.SelectStmtContext sel && sel.LBRACE() != null;
        if (inClauses) return ", expected case or default or }";
        // A set that holds the offending token itself describes a later decision, not this error.
        if (expected == null || expected.contains(t.getType())) return "";
        // An opening bracket where a statement could end began a construct the parser could not
        // take (a literal or call spread over lines): the real mistake lies further on.
        boolean opens = t.getType() == GoLexer.LBRACE || t.getType() == GoLexer.LPAREN || t.getType() == GoLexer.LBRACK;
        if (!opens && expected.contains(GoLexer.RBRACE) && inStatementList(p.getContext())) {
            // After a finished statement only } may come; within one, the statement ended early.
            Token prev = previous(p, t);
            return prev != null && prev.getType() == GoLexer.EOS || t.getType() == Token.EOF ? ", expected }" : " at end of statement";
        }
        if (expected.contains(GoLexer.IDENT) && expected.contains(GoLexer.INT_LIT)) return ", expected expression";
        return "";
    }

    /**
     * Whether t follows a list `a, b` at the start of a statement or header that has no
     * assignment yet: only := or = (or another comma) may come next.
     */
    private static boolean unassignedList(TokenStream ts, Token t) {
        boolean comma = false;
        int depth = 0;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token b = ts.get(i);
            if (b.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int type = b.getType();
            if (type == GoLexer.RPAREN || type == GoLexer.RBRACK) depth++;
            else if (type == GoLexer.LPAREN || type == GoLexer.LBRACK) {
                if (depth-- == 0) return false; // inside brackets: an argument or index list
            } else if (depth > 0) {
                continue;
            } else if (type == GoLexer.COMMA) {
                comma = true;
            } else if (type == GoLexer.EOS || type == GoLexer.LBRACE || type == GoLexer.FOR
                    || type == GoLexer.IF || type == GoLexer.SWITCH || type == GoLexer.COLON) {
                return comma;
            } else if (type == GoLexer.ASSIGN || type == GoLexer.DEFINE || type == GoLexer.RBRACE
                    || type >= GoLexer.SHL_ASSIGN && type <= GoLexer.XOR_ASSIGN || type == GoLexer.RANGE
                    || type == GoLexer.VAR || type == GoLexer.CONST || type == GoLexer.RETURN || type == GoLexer.CASE) {
                return false;
            }
        }
        return false;
    }

    /** The token before t on the parser's channel, or null at the start. */
    private static Token previous(Parser p, Token t) {
        TokenStream ts = (TokenStream) p.getInputStream();
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            if (ts.get(i).getChannel() == Token.DEFAULT_CHANNEL) return ts.get(i);
        }
        return null;
    }

    private static boolean inLiteral(RuleContext c) {
        for (; c != null && !(c instanceof GoParser.BlockContext); c = c.parent) {
            if (c instanceof GoParser.LiteralValueContext) return true;
        }
        return false;
    }

    private static boolean inStatementList(RuleContext c) {
        return c instanceof GoParser.StatementListContext || c instanceof GoParser.BlockContext;
    }

    /**
     * The if/for/switch statement whose header is being parsed (its block not begun), for a
     * header that runs over a line break: `if x == 5` then a statement on the next line.
     */
    private static String openHeader(RuleContext c) {
        for (; c != null && !(c instanceof GoParser.BlockContext b && b.LBRACE() != null); c = c.parent) {
            if (c instanceof GoParser.IfStmtContext i && (i.block().isEmpty() || i.block(0).LBRACE() == null)) return "if";
            if (c instanceof GoParser.ForStmtContext f && (f.block() == null || f.block().LBRACE() == null)) return "for";
            if (c instanceof GoParser.SwitchStmtContext w && w.LBRACE() == null) return "switch";
        }
        return null;
    }

    /** The if/for/switch keyword starting the line that `end` ends, if that line opens no block. */
    private static String headerKeyword(TokenStream ts, Token end) {
        for (int i = end.getTokenIndex() - 1; i >= 0; i--) {
            Token t = ts.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (t.getLine() != end.getLine() || t.getType() == GoLexer.LBRACE || t.getType() == GoLexer.RBRACE) return null;
            if (t.getType() == GoLexer.IF) return "if";
            if (t.getType() == GoLexer.FOR) return "for";
            if (t.getType() == GoLexer.SWITCH) return "switch";
        }
        return null;
    }

    /** A token as go/parser names it: literals and names by their text, the rest quoted. */
    private static String goParserToken(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "'EOF'";
            case GoLexer.EOS -> t.getText().equals(";") ? "';'" : "newline";
            case GoLexer.IDENT, GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.STRING_LIT, GoLexer.RUNE_LIT -> t.getText();
            default -> "'" + t.getText() + "'";
        };
    }

    private static String describe(Token t) {
        if (t.getType() == Token.EOF) return "EOF";
        if (t.getType() == GoLexer.EOS) return t.getText().equals(";") ? "semicolon" : "newline";
        if (t.getType() == GoLexer.IDENT) return "name " + t.getText();
        if (t.getType() == GoLexer.INT_LIT || t.getType() == GoLexer.FLOAT_LIT
                || t.getType() == GoLexer.STRING_LIT || t.getType() == GoLexer.RUNE_LIT) return "literal " + t.getText();
        String s = t.getText();
        if (Character.isLetter(s.charAt(0))) return "keyword " + s;
        return s;
    }

    private static String quote(String s) {
        return "U+" + String.format("%04X", s.codePointAt(0)) + " '" + s + "'";
    }
}
