package gosub.syntax;

/**
 * The byte format of a serialized syntax tree (AstWriter writes it, AstReader reads it): one tag
 * per node kind. Changing the format means changing VERSION, so an old file is never misread.
 */
final class AstTags {
    private AstTags() {}

    static final int MAGIC = 0x47534131; // "GSA1"
    static final int VERSION = 1;

    static final int NULL = 0;

    static final int IDENT = 1, BASIC_LIT = 2, COMPOSITE_LIT = 3, KEYED_ELEMENT = 4, FUNC_LIT = 5, PAREN = 6,
            SELECTOR = 7, INDEX = 8, SLICE = 9, TYPE_ASSERT = 10, CALL = 11, STAR = 12, UNARY = 13, BINARY = 14,
            ARRAY_TYPE = 15, MAP_TYPE = 16, CHAN_TYPE = 17, FUNC_TYPE = 18, STRUCT_TYPE = 19, INTERFACE_TYPE = 20,
            ELLIPSIS = 21, FIELD = 22;

    static final int EMPTY = 30, EXPR_STMT = 31, SEND = 32, INC_DEC = 33, ASSIGN = 34, GO = 35, DEFER = 36,
            RETURN = 37, BRANCH = 38, BLOCK = 39, IF = 40, CASE_CLAUSE = 41, SWITCH = 42, TYPE_SWITCH = 43,
            COMM_CLAUSE = 44, SELECT = 45, FOR = 46, RANGE = 47, LABELED = 48, DECL_STMT = 49;

    static final int IMPORT = 60, VALUE_SPEC = 61, CONST = 62, VAR = 63, TYPE_SPEC = 64, TYPE = 65,
            /** A function whose body follows as a chunk of its own, read when first asked for. */
            FUNC = 66;
}
