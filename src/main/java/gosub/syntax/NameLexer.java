package gosub.syntax;

import gosub.parser.GoLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The Go lexer with Go's rule for names: the grammar lets any non-ASCII character into an
 * IDENT (see GoLexer.g4), and this keeps only the longest prefix that is a Go identifier (a
 * letter or _, then letters and decimal digits). A character that cannot start one becomes an
 * ERROR_CHAR token on its own, as the grammar's catch-all rule made it before; lexing resumes
 * after what was kept.
 */
final class NameLexer extends GoLexer {
    NameLexer(CharStream input) {
        super(input);
    }

    @Override
    public Token nextToken() {
        Token t = super.nextToken();
        if (t.getType() != IDENT) return t;
        String text = t.getText();
        int chars = 0, codePoints = 0;
        while (chars < text.length()) {
            int cp = text.codePointAt(chars);
            boolean ok = cp < 0x80 || Character.isLetter(cp) || codePoints > 0 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
            if (!ok) break;
            chars += Character.charCount(cp);
            codePoints++;
        }
        if (chars == text.length()) return t;
        CommonToken cut = new CommonToken(t);
        if (codePoints == 0) {
            cut.setType(ERROR_CHAR);
            codePoints = 1;
            mode(DEFAULT_MODE); // the catch-all rule does not switch modes; IDENT did
        }
        cut.setStopIndex(t.getStartIndex() + codePoints - 1);
        _input.seek(t.getStartIndex() + codePoints);
        _hitEOF = false; // set when the uncut name ended the input
        setLine(t.getLine());
        setCharPositionInLine(t.getCharPositionInLine() + codePoints);
        return cut;
    }
}
