package gosub.lib.strconv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Expected values were produced by Go 1.19's strconv.Unquote and strconv.QuotedPrefix. */
class UnquoteTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] h(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** input, Unquote result (null for ErrSyntax), QuotedPrefix result (null for ErrSyntax). */
    private static final byte[][][] UNQUOTE = {
        {b("\"\""), b(""), b("\"\"")},
        {b("\"a\""), b("a"), b("\"a\"")},
        {b("\"abc\""), b("abc"), b("\"abc\"")},
        {b("\"\\n\""), b("\n"), b("\"\\n\"")},
        {b("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""), b("\007\010\014\n\r\t\013\\\""), b("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"")},
        {b("\"\\x41\""), b("A"), b("\"\\x41\"")},
        {b("\"\\xff\""), h("ff"), b("\"\\xff\"")},
        {b("\"\\377\""), h("ff"), b("\"\\377\"")},
        {b("\"\\400\""), null, null},
        {b("\"\\101\""), b("A"), b("\"\\101\"")},
        {b("\"\\u00e9\""), b("\u00e9"), b("\"\\u00e9\"")},
        {b("\"\\U0001F600\""), b("\ud83d\ude00"), b("\"\\U0001F600\"")},
        {b("\"\\ud800\""), null, null},
        {b("\"\\U00110000\""), null, null},
        {b("\"\\x4\""), null, null},
        {b("\"\\x4g\""), null, null},
        {b("\"\\u12\""), null, null},
        {b("\"\\z\""), null, null},
        {b("\"\\'\""), null, null},
        {b("\"'\""), b("'"), b("\"'\"")},
        {b("\"\\\""), null, null},
        {b("\"a\"b\""), null, b("\"a\"")},
        {b("\"a\"\""), null, b("\"a\"")},
        {b("\""), null, null},
        {b("\"a"), null, null},
        {b("a\""), null, null},
        {b("'a'"), b("a"), b("'a'")},
        {b("'\\''"), b("'"), b("'\\''")},
        {b("'\"'"), b("\""), b("'\"'")},
        {b("'\\\"'"), null, null},
        {b("'\\n'"), b("\n"), b("'\\n'")},
        {b("'\\x80'"), h("80"), b("'\\x80'")},
        {b("'\\377'"), h("ff"), b("'\\377'")},
        {b("'\\u00e9'"), b("\u00e9"), b("'\\u00e9'")},
        {b("'\u00e9'"), b("\u00e9"), b("'\u00e9'")},
        {b("'\u65e5'"), b("\u65e5"), b("'\u65e5'")},
        {b("'ab'"), null, null},
        {b("''"), b(""), b("''")},
        {b("'''"), null, b("''")},
        {b("'\\'"), null, null},
        {b("`raw`"), b("raw"), b("`raw`")},
        {b("`a\\nb`"), b("a\\nb"), b("`a\\nb`")},
        {b("`a\rb\r`"), b("ab"), b("`a\rb\r`")},
        {b("`a\nb`"), b("a\nb"), b("`a\nb`")},
        {b("``"), b(""), b("``")},
        {b("`"), null, null},
        {b("`a`b`"), null, b("`a`")},
        {b("`\"`"), b("\""), b("`\"`")},
        {b("\"\n\""), null, null},
        {b("\"a\nb\""), null, null},
        {b("'\n'"), null, null},
        {h("22ff22"), b("\ufffd"), h("22ff22")},
        {h("22ff5c6e22"), b("\ufffd\n"), h("22ff5c6e22")},
        {h("27ff27"), b("\ufffd"), h("27ff27")},
        {b("\"\u00e9\""), b("\u00e9"), b("\"\u00e9\"")},
        {b("\"\\\u00e9\""), null, null},
        {b("x"), null, null},
        {b(""), null, null},
        {b("\"\t\""), b("\t"), b("\"\t\"")},
        {b("\"\000\""), b("\000"), b("\"\000\"")},
        {b("\"\\0\""), null, null},
        {b("\"\\08\""), null, null},
        {b("\"\\777\""), null, null},
        {b("\"\\ud83d\\ude00\""), null, null},
        {b("\"\\U0010ffff\""), b("\udbff\udfff"), b("\"\\U0010ffff\"")},
        {b("\"\\uFFFE\""), b("\ufffe"), b("\"\\uFFFE\"")},
        {b("\"\\X41\""), null, null},
        {b("'\\ud800'"), null, null},
        {b("'\\xff'"), h("ff"), b("'\\xff'")},
        {b("\"ab\"cd"), null, b("\"ab\"")},
    };

    @Test
    void unquoteTable() {
        for (byte[][] c : UNQUOTE) {
            String name = Quote.quote(c[0]);
            assertArrayEquals(c[1], Unquote.unquote(c[0]), "Unquote " + name);
            assertArrayEquals(c[2], Unquote.quotedPrefix(c[0]), "QuotedPrefix " + name);
        }
    }

    @Test
    void unquoteChar() {
        byte[] s = b("\\u00e9x");
        var c = Unquote.unquoteChar(s, 0, s.length, (byte) '"');
        assertEquals(new Unquote.Char(0xE9, true, 6), c);
        var x = Unquote.unquoteChar(b("\\xffz"), 0, 5, (byte) '"');
        assertEquals(new Unquote.Char(0xFF, false, 4), x);
        assertNull(Unquote.unquoteChar(b("\"a"), 0, 2, (byte) '"'));
        assertNull(Unquote.unquoteChar(b("\\q"), 0, 2, (byte) '"'));
        assertEquals(new Unquote.Char('\'', false, 2), Unquote.unquoteChar(b("\\'"), 0, 2, (byte) '\''));
    }

    @Test
    void stringOverloadUsesUtf8() {
        assertArrayEquals(h("c3a9"), Unquote.unquote("\"é\""));
        assertArrayEquals(h("e697a5"), Unquote.unquote("'日'"));
        assertEquals("\"\\xff\"", Quote.quote(h("ff")));
    }
}
