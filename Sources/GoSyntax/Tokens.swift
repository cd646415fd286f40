// Tokens.swift — the lexical tokens, operators and literal kinds of Go.
//
// Mirrors cmd/compile/internal/syntax: operators carry their own Operator value
// and precedence, so the scanner reports `.op(.add, prec)` rather than one
// token per operator. The raw text of a literal is kept unchanged; its value
// is computed by the type checker.

public enum Token: UInt8, Sendable, CustomStringConvertible {
    case eof
    // names and literals
    case name, literal
    // operators and operations
    case `operator`   // op (excluding '*')
    case assignOp     // op=
    case incOp        // ++ or --
    case assign       // =
    case define       // :=
    case arrow        // <-
    case star         // *
    // delimiters
    case lparen, lbrack, lbrace, rparen, rbrack, rbrace
    case comma, semi, colon, dot, dotDotDot
    // keywords
    case `break`, `case`, chan, const, `continue`, `default`, `defer`, `else`
    case `fallthrough`, `for`, `func`, go, goto, `if`, `import`, interface
    case map, package, range, `return`, select, `struct`, `switch`, type, `var`

    public var description: String {
        switch self {
        case .eof: return "EOF"
        case .name: return "name"
        case .literal: return "literal"
        case .operator: return "op"
        case .assignOp: return "op="
        case .incOp: return "opop"
        case .assign: return "="
        case .define: return ":="
        case .arrow: return "<-"
        case .star: return "*"
        case .lparen: return "("
        case .lbrack: return "["
        case .lbrace: return "{"
        case .rparen: return ")"
        case .rbrack: return "]"
        case .rbrace: return "}"
        case .comma: return ","
        case .semi: return ";"
        case .colon: return ":"
        case .dot: return "."
        case .dotDotDot: return "..."
        case .break: return "break"
        case .case: return "case"
        case .chan: return "chan"
        case .const: return "const"
        case .continue: return "continue"
        case .default: return "default"
        case .defer: return "defer"
        case .else: return "else"
        case .fallthrough: return "fallthrough"
        case .for: return "for"
        case .func: return "func"
        case .go: return "go"
        case .goto: return "goto"
        case .if: return "if"
        case .import: return "import"
        case .interface: return "interface"
        case .map: return "map"
        case .package: return "package"
        case .range: return "range"
        case .return: return "return"
        case .select: return "select"
        case .struct: return "struct"
        case .switch: return "switch"
        case .type: return "type"
        case .var: return "var"
        }
    }

    public static let keywords: [String: Token] = [
        "break": .break, "case": .case, "chan": .chan, "const": .const,
        "continue": .continue, "default": .default, "defer": .defer, "else": .else,
        "fallthrough": .fallthrough, "for": .for, "func": .func, "go": .go,
        "goto": .goto, "if": .if, "import": .import, "interface": .interface,
        "map": .map, "package": .package, "range": .range, "return": .return,
        "select": .select, "struct": .struct, "switch": .switch, "type": .type,
        "var": .var,
    ]
}

public enum LitKind: UInt8, Sendable {
    case int, float, imag, rune, string
}

/// Operators, in the order and with the precedences of Go's syntax package.
public enum Operator: UInt8, Sendable, CustomStringConvertible {
    case none
    case def      // : (in :=)
    case not      // !
    case recv     // <-
    case tilde    // ~
    case orOr     // ||
    case andAnd   // &&
    case eql, neq, lss, leq, gtr, geq   // == != < <= > >=
    case add, sub, or, xor              // + - | ^
    case mul, div, rem, and, andNot, shl, shr  // * / % & &^ << >>

    public var description: String {
        switch self {
        case .none: return ""
        case .def: return ":"
        case .not: return "!"
        case .recv: return "<-"
        case .tilde: return "~"
        case .orOr: return "||"
        case .andAnd: return "&&"
        case .eql: return "=="
        case .neq: return "!="
        case .lss: return "<"
        case .leq: return "<="
        case .gtr: return ">"
        case .geq: return ">="
        case .add: return "+"
        case .sub: return "-"
        case .or: return "|"
        case .xor: return "^"
        case .mul: return "*"
        case .div: return "/"
        case .rem: return "%"
        case .and: return "&"
        case .andNot: return "&^"
        case .shl: return "<<"
        case .shr: return ">>"
        }
    }

    /// Binary precedence: 1 (||) … 5 (* / % & &^ << >>); 0 for non-binary.
    public var precedence: Int {
        switch self {
        case .orOr: return 1
        case .andAnd: return 2
        case .eql, .neq, .lss, .leq, .gtr, .geq: return 3
        case .add, .sub, .or, .xor: return 4
        case .mul, .div, .rem, .and, .andNot, .shl, .shr: return 5
        default: return 0
        }
    }

    public var isComparison: Bool { precedence == 3 }
}
