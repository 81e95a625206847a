// Go's lexical grammar. Semicolons are inserted here, in the lexer alone: after a token that
// can end a statement we switch to mode NLSEMI, where a newline, ';', a comment spanning lines
// or EOF becomes the terminator EOS and anything else falls back to the default mode.
lexer grammar GoLexer;

// Keywords
BREAK       : 'break' -> mode(NLSEMI);
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue' -> mode(NLSEMI);
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough' -> mode(NLSEMI);
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return' -> mode(NLSEMI);
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENT       : LETTER (LETTER | UNICODE_DIGIT)* -> mode(NLSEMI);

// Punctuation and operators (longest first where prefixes overlap)
LPAREN      : '(';
RPAREN      : ')' -> mode(NLSEMI);
LBRACE      : '{';
RBRACE      : '}' -> mode(NLSEMI);
LBRACK      : '[';
RBRACK      : ']' -> mode(NLSEMI);
ELLIPSIS    : '...';
DEFINE      : ':=';
COLON       : ':';
COMMA       : ',';
DOT         : '.';
INC         : '++' -> mode(NLSEMI);
DEC         : '--' -> mode(NLSEMI);
ARROW       : '<-';
LAND        : '&&';
LOR         : '||';
EQ          : '==';
NE          : '!=';
LE          : '<=';
GE          : '>=';
SHL_ASSIGN  : '<<=';
SHR_ASSIGN  : '>>=';
ANDNOT_ASSIGN : '&^=';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MUL_ASSIGN  : '*=';
QUO_ASSIGN  : '/=';
REM_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
SHL         : '<<';
SHR         : '>>';
ANDNOT      : '&^';
ASSIGN      : '=';
LT          : '<';
GT          : '>';
NOT         : '!';
TILDE       : '~';
PLUS        : '+';
MINUS       : '-';
STAR        : '*';
DIV         : '/';
MOD         : '%';
AMP         : '&';
PIPE        : '|';
CARET       : '^';
EOS         : ';';

// Literals
IMAGINARY_LIT : (DECIMAL_DIGITS | INT_LIT_BODY | FLOAT_BODY) 'i' -> mode(NLSEMI);
FLOAT_LIT   : FLOAT_BODY -> mode(NLSEMI);
INT_LIT     : INT_LIT_BODY -> mode(NLSEMI);
RUNE_LIT    : '\'' (~['\\\r\n] | ESCAPE)+ '\'' -> mode(NLSEMI);
RAW_STRING_LIT : '`' ~'`'* '`' -> mode(NLSEMI);
STRING_LIT  : '"' (~["\\\r\n] | ESCAPE)* '"' -> mode(NLSEMI);

WS          : [ \t\r\n]+ -> channel(HIDDEN);
COMMENT     : '/*' .*? '*/' -> channel(HIDDEN);
LINE_COMMENT: '//' ~[\r\n]* -> channel(HIDDEN);
ERROR_CHAR  : . ;

fragment INT_LIT_BODY
    : '0' ('x' | 'X') ('_'? HEX_DIGIT)+
    | '0' ('o' | 'O') ('_'? [0-7])+
    | '0' ('b' | 'B') ('_'? [01])+
    | '0' ('_'? [0-7])*
    | [1-9] ('_'? [0-9])*
    ;
fragment DECIMAL_DIGITS : [0-9] ('_'? [0-9])*;
fragment HEX_DIGITS     : HEX_DIGIT ('_'? HEX_DIGIT)*;
fragment FLOAT_BODY
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXP?
    | DECIMAL_DIGITS DECIMAL_EXP
    | '.' DECIMAL_DIGITS DECIMAL_EXP?
    | '0' [xX] ('_'? HEX_DIGITS)? ('.' HEX_DIGITS?)? [pP] [+-]? DECIMAL_DIGITS
    ;
fragment DECIMAL_EXP : [eE] [+-]? DECIMAL_DIGITS;
fragment HEX_DIGIT   : [0-9a-fA-F];
fragment ESCAPE
    : '\\' ( [abfnrtv\\'"]
           | [0-7] [0-7] [0-7]
           | 'x' HEX_DIGIT HEX_DIGIT
           | 'u' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT
           | 'U' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT )
    ;
// Any non-ASCII character lexes as part of a name here; gosub.syntax.NameLexer then keeps only
// Unicode letters (and digits after the first). Sets as large as \p{L} took the ANTLR runtime
// over 10 ms to build at every start.
fragment LETTER        : [a-zA-Z_] | NON_ASCII;
fragment UNICODE_DIGIT : [0-9];
fragment NON_ASCII     : [\u0080-\u{10FFFF}];

// After a token that can end a statement.
mode NLSEMI;
WS_NLSEMI           : [ \t]+ -> channel(HIDDEN);
COMMENT_NLSEMI      : '/*' ~[\r\n]*? '*/' -> channel(HIDDEN);
LINE_COMMENT_NLSEMI : '//' ~[\r\n]* -> channel(HIDDEN);
EOS_NLSEMI          : ([\r\n]+ | ';' | '/*' .*? '*/' | EOF) -> type(EOS), mode(DEFAULT_MODE);
OTHER               : -> mode(DEFAULT_MODE), channel(HIDDEN);
