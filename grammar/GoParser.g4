// Go's syntax. Types are parsed as expressions wherever both may appear (as go/parser does);
// the checker decides what `a.b(c)` or `T{...}` means. No semantic predicates, so SLL suffices.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

sourceFile
    : EOS* packageClause eos (importDecl eos)* (topLevelDecl eos)* EOF
    ;

packageClause : PACKAGE IDENT;

importDecl : IMPORT (importSpec | LPAREN (importSpec EOS)* RPAREN);
importSpec : (DOT | IDENT)? string_;

topLevelDecl : functionDecl | methodDecl | declaration;

declaration : constDecl | typeDecl | varDecl;

constDecl : CONST (constSpec | LPAREN (constSpec EOS)* RPAREN);
constSpec : identifierList (type_? ASSIGN expressionList)?;

varDecl : VAR (varSpec | LPAREN (varSpec EOS)* RPAREN);
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl : TYPE (typeSpec | LPAREN (typeSpec EOS)* RPAREN);
typeSpec : IDENT typeParameters? ASSIGN? type_;

typeParameters : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK;
typeParamDecl  : identifierList typeUnion;

functionDecl : FUNC IDENT typeParameters? signature block?;
methodDecl   : FUNC receiver=parameters IDENT typeParameters? signature block?;

signature : parameters result?;
result    : parameters | type_;
parameters : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN;
// One optional name per entry: `a, b int` is regrouped by the AST builder, as go/parser does.
parameterDecl : IDENT? ELLIPSIS? type_;

identifierList : IDENT (COMMA IDENT)*;
expressionList : expression (COMMA expression)*;

// ---------------------------------------------------------------- types
type_
    : typeName typeArgs?                      # namedType
    | LBRACK expression RBRACK type_          # arrayType
    | LBRACK ELLIPSIS RBRACK type_            # autoArrayType
    | LBRACK RBRACK type_                     # sliceType
    | STAR type_                              # pointerType
    | MAP LBRACK type_ RBRACK type_           # mapType
    | CHAN ARROW type_                        # sendChanType
    | CHAN type_                              # chanType
    | ARROW CHAN type_                        # recvChanType
    | FUNC signature                          # funcType
    | structType                              # structTypeLit
    | interfaceType                           # interfaceTypeLit
    | LPAREN type_ RPAREN                     # parenType
    ;

typeName : IDENT (DOT IDENT)?;
typeArgs : LBRACK type_ (COMMA type_)* COMMA? RBRACK;

structType : STRUCT LBRACE (fieldDecl EOS)* fieldDecl? RBRACE;
fieldDecl  : (identifierList type_ | STAR? typeName typeArgs?) string_?;

interfaceType : INTERFACE LBRACE (interfaceElem EOS)* interfaceElem? RBRACE;
interfaceElem : IDENT signature   # methodElem
              | typeUnion         # unionElem
              ;
typeUnion : typeTerm (PIPE typeTerm)*;
typeTerm  : TILDE? type_;

// ---------------------------------------------------------------- statements
block : LBRACE statementList RBRACE;

// Statements separated by semicolons, each optional. Written so that every decision needs one
// token of lookahead: `(statement? EOS)* statement?` made the parser scan whole statements
// to find where the list ends, the largest cost of a cold parse.
statementList : statement? (EOS statement?)*;

statement
    : declaration                                                        # declStmt
    | IDENT COLON statement?                                             # labeledStmt
    | simpleStmt                                                         # simpleStatement
    | GO expression                                                      # goStmt
    | DEFER expression                                                   # deferStmt
    | RETURN expressionList?                                             # returnStmt
    | BREAK IDENT?                                                       # breakStmt
    | CONTINUE IDENT?                                                    # continueStmt
    | GOTO IDENT                                                         # gotoStmt
    | FALLTHROUGH                                                        # fallthroughStmt
    | block                                                              # blockStmt
    | ifStmt                                                             # ifStatement
    | SWITCH (simpleStmt? EOS)? (IDENT DEFINE)? hexpr? LBRACE caseClause* RBRACE   # switchStmt
    | SELECT LBRACE commClause* RBRACE                                   # selectStmt
    | FOR forHeader? block                                               # forStmt
    ;

ifStmt : IF (simpleStmt? EOS)? hexpr block (ELSE (ifStmt | block))?;

forHeader
    : hexpr                                                              # forCond
    | simpleStmt? EOS expression? EOS simpleStmt?                        # forClause
    | (expressionList (ASSIGN | DEFINE))? RANGE hexpr                    # rangeClause
    ;

caseClause : (CASE expressionList | DEFAULT) COLON statementList;

commClause : (CASE commCase | DEFAULT) COLON statementList;
commCase
    : expression ARROW expression                                        # sendCase
    | (expressionList (ASSIGN | DEFINE))? expression                     # recvCase
    ;

// Left-factored: the statement's kind is decided by the token after the first expression
// list, so prediction needs one token of lookahead instead of scanning the list.
simpleStmt : expressionList simpleStmtTail?;

simpleStmtTail
    : ARROW expression                                                   # sendTail
    | (INC | DEC)                                                        # incDecTail
    | assignOp expressionList                                            # assignTail
    | DEFINE expressionList                                              # defineTail
    ;

assignOp
    : ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | ANDNOT_ASSIGN
    ;

// ---------------------------------------------------------------- expressions
expression
    : primaryExpr                                                        # primary
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expression   # unary
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | ANDNOT) expression # binary
    | expression op=(PLUS | MINUS | PIPE | CARET) expression            # binary
    | expression op=(EQ | NE | LT | LE | GT | GE) expression            # binary
    | expression op=LAND expression                                     # binary
    | expression op=LOR expression                                      # binary
    ;

primaryExpr
    : operand                                                            # operandExpr
    | primaryExpr DOT IDENT                                              # selectorExpr
    | primaryExpr DOT LPAREN TYPE RPAREN                                 # typeSwitchGuard
    | primaryExpr DOT LPAREN type_ RPAREN                                # typeAssertExpr
    | primaryExpr LBRACK expression COMMA? RBRACK                        # indexExpr
    | primaryExpr LBRACK typeArgList RBRACK                              # instanceExpr
    | primaryExpr LBRACK lo=expression? COLON hi=expression? RBRACK      # sliceExpr
    | primaryExpr LBRACK lo=expression? COLON hi=expression COLON max=expression RBRACK # slice3Expr
    | primaryExpr LPAREN (argList COMMA?)? RPAREN                        # callExpr
    | primaryExpr literalValue                                           # compositeLit
    ;

// The expression right before the block of if, for and switch: a composite literal with a
// bare type name (T{}) is not allowed there unparenthesised, exactly as the spec says, so
// `for x := range xs {}` is never read as the literal xs{}.
hexpr
    : hprimary                                                           # hPrimary
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) hexpr        # hUnary
    | hexpr op=(STAR | DIV | MOD | SHL | SHR | AMP | ANDNOT) hexpr     # hBinary
    | hexpr op=(PLUS | MINUS | PIPE | CARET) hexpr                      # hBinary
    | hexpr op=(EQ | NE | LT | LE | GT | GE) hexpr                      # hBinary
    | hexpr op=LAND hexpr                                               # hBinary
    | hexpr op=LOR hexpr                                                # hBinary
    ;

hprimary
    : operand                                                            # hOperand
    | nonNameType literalValue                                           # hTypedLit
    | hprimary DOT IDENT                                                 # hSelector
    | hprimary DOT LPAREN TYPE RPAREN                                    # hTypeSwitchGuard
    | hprimary DOT LPAREN type_ RPAREN                                   # hTypeAssert
    | hprimary LBRACK expression COMMA? RBRACK                           # hIndex
    | hprimary LBRACK typeArgList RBRACK                                 # hInstance
    | hprimary LBRACK lo=expression? COLON hi=expression? RBRACK         # hSlice
    | hprimary LBRACK lo=expression? COLON hi=expression COLON max=expression RBRACK # hSlice3
    | hprimary LPAREN (argList COMMA?)? RPAREN                           # hCall
    ;

typeArgList : expression COMMA expression (COMMA expression)* COMMA?;

// Arguments may be types (make, new): types without a name are operands too.
argList : expression (COMMA expression)* ELLIPSIS?;

operand
    : INT_LIT                                                            # intLit
    | FLOAT_LIT                                                          # floatLit
    | IMAGINARY_LIT                                                      # imagLit
    | RUNE_LIT                                                           # runeLit
    | string_                                                            # stringLit
    | IDENT                                                              # identOperand
    | FUNC signature block                                               # funcLit
    | LPAREN expression RPAREN                                           # parenExpr
    | nonNameType                                                        # typeOperand
    ;

// A type without a name written inside an expression: a composite literal's type, a
// conversion, or an argument of make or new. (In both rules the send-only channel comes
// first: `chan <-chan T` is ambiguous and Go reads it as `chan<- (chan T)`.)
nonNameType
    : LBRACK expression RBRACK type_
    | LBRACK ELLIPSIS RBRACK type_
    | LBRACK RBRACK type_
    | MAP LBRACK type_ RBRACK type_
    | CHAN ARROW type_
    | CHAN type_
    | FUNC signature
    | structType
    | interfaceType
    ;

literalValue : LBRACE (elementList COMMA?)? RBRACE;
elementList  : keyedElement (COMMA keyedElement)*;
// `key: value` or `value`; read as element (COLON element)? so the parser need not look past
// the key for a colon.
keyedElement : element (COLON element)?;
element      : expression | literalValue;

string_ : STRING_LIT | RAW_STRING_LIT;

eos : EOS | EOF;
