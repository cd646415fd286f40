// ScannerTests.swift — tokens, literals, semicolons and positions.

import Testing
@testable import GoSyntax

struct Tok: Equatable, CustomStringConvertible {
    var tok: Token
    var text: String   // lit for names, literals and semis; operator text otherwise
    var line: Int
    var col: Int
    var description: String { "\(tok)(\(text))@\(line):\(col)" }
}

func scanAll(_ src: String) -> ([Tok], [String]) {
    scanAll(Array(src.utf8))
}

func scanAll(_ bytes: [UInt8]) -> ([Tok], [String]) {
    var s = Scanner(bytes)
    var out: [Tok] = []
    for _ in 0..<10_000 {
        s.next()
        if s.tok == .eof { break }
        let text: String
        switch s.tok {
        case .name, .literal, .semi: text = s.lit
        case .operator, .star: text = s.op.description
        case .assignOp: text = s.op.description + "="
        case .incOp: text = s.op.description + s.op.description
        default: text = s.tok.description
        }
        out.append(Tok(tok: s.tok, text: text, line: s.line, col: s.col))
    }
    let errs = s.src.errors.map { "\($0.line):\($0.col): \($0.msg)" }
    return (out, errs)
}

func texts(_ src: String) -> [String] { scanAll(src).0.map(\.text) }

@Test func operatorsAndDelimiters() {
    let src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; . :"
    let (toks, errs) = scanAll(src)
    #expect(errs.isEmpty)
    #expect(toks.map(\.text) == ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=", "&&", "||", "<-",
        "++", "--", "==", "<", ">", "=", "!", "~", "!=", "<=", ">=", ":=", "...", "(", ")", "[", "]",
        "{", "}", ",", "semicolon", ".", ":"])
    #expect(toks[2].tok == .star)
    #expect(toks[24].tok == .arrow)
    #expect(toks[30].tok == .assign)
    #expect(toks[36].tok == .define)
    #expect(toks[37].tok == .dotDotDot)
}

@Test func keywordsAndNames() {
    let (toks, _) = scanAll("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var x _y élan 世界 a1")
    #expect(toks.prefix(25).map(\.tok) == [.break, .case, .chan, .const, .continue, .default, .defer, .else,
        .fallthrough, .for, .func, .go, .goto, .if, .import, .interface, .map, .package, .range,
        .return, .select, .struct, .switch, .type, .var])
    #expect(Array(toks.dropFirst(25).map(\.text)) == ["x", "_y", "élan", "世界", "a1", "EOF"])
}

@Test func semicolonInsertion() {
    // after names, literals, ) ] } ++ -- and break/continue/fallthrough/return
    #expect(texts("x\n1\n)\n]\n}\ni++\ni--\nbreak\ncontinue\nfallthrough\nreturn\n")
        == ["x", "newline", "1", "newline", ")", "newline", "]", "newline", "}", "newline",
            "i", "++", "newline", "i", "--", "newline", "break", "newline", "continue", "newline",
            "fallthrough", "newline", "return", "newline"])
    // not after operators, keywords like if, or '('
    #expect(texts("a +\nb\n") == ["a", "+", "b", "newline"])
    #expect(texts("if\nx") == ["if", "x", "EOF"])
    #expect(texts("f(\n)") == ["f", "(", ")", "EOF"])
    // EOF after a name is a semicolon "EOF"
    #expect(texts("x") == ["x", "EOF"])
    // a line comment ends like a newline
    #expect(texts("x // c\ny") == ["x", "newline", "y", "EOF"])
    // a general comment with a newline acts like a newline; one without does not
    #expect(texts("x /* a\nb */ y") == ["x", "newline", "y", "EOF"])
    #expect(texts("x /* a */ y") == ["x", "y", "EOF"])
    #expect(texts("( /* a\nb */ y") == ["(", "y", "EOF"])
}

@Test func numberLiterals() {
    let good = ["0", "42", "0777", "0o17", "0O17", "0b101", "0B1", "0x1F", "0X_ff", "1_000_000",
                "3.14", ".5", "1.", "1e10", "1E-3", "0x1p-2", "0x1.8P+3", "0x_1p4", "089.5", "00",
                "1i", "0.5i", "0x1p2i", "0777i", "1_2.3_4e5_6"]
    for g in good {
        var s = Scanner(Array(g.utf8))
        s.next()
        #expect(s.tok == .literal && s.lit == g && !s.bad && s.src.errors.isEmpty, "\(g)")
    }
    var s = Scanner(Array("1 1.5 1i 'a' \"s\" `r`".utf8))
    var kinds: [LitKind] = []
    for _ in 0..<6 { s.next(); kinds.append(s.kind) }
    #expect(kinds == [.int, .float, .imag, .rune, .string, .string])
}

@Test func numberLiteralErrors() {
    // messages as Go prints them (see also SyntaxErrorTable's number_forms)
    func err(_ lit: String) -> String? {
        var s = Scanner(Array(lit.utf8))
        s.next()
        #expect(s.bad == !s.src.errors.isEmpty)
        return s.src.errors.first.map { "\($0.col): \($0.msg)" }
    }
    #expect(err("0x") == "3: hexadecimal literal has no digits")
    #expect(err("0b102") == "5: invalid digit '2' in binary literal")
    #expect(err("0778") == "4: invalid digit '8' in octal literal")
    #expect(err("1__2") == "3: '_' must separate successive digits")
    #expect(err("1_") == "2: '_' must separate successive digits")
    #expect(err("0x1.0") == "6: hexadecimal mantissa requires a 'p' exponent")
    #expect(err("1p3") == "2: 'p' exponent requires hexadecimal mantissa")
    #expect(err("0o1e3") == "4: 'e' exponent requires decimal mantissa")
    #expect(err("0b1.0") == "4: invalid radix point in binary literal")
    #expect(err("1e") == "3: exponent has no digits")
}

@Test func runeAndStringLiterals() {
    let good = ["'a'", "'\\n'", "'\\''", "'\\x41'", "'\\101'", "'\\u00e9'", "'\\U0001F600'", "'世'",
                "\"\"", "\"a\\tb\"", "\"\\\"\"", "\"\\u4e16\"", "`raw\\n`", "`multi\nline`"]
    for g in good {
        var s = Scanner(Array(g.utf8))
        s.next()
        #expect(s.tok == .literal && s.lit == g && !s.bad && s.src.errors.isEmpty, "\(g)")
    }
    func err(_ lit: String) -> String? {
        var s = Scanner(Array(lit.utf8))
        s.next()
        #expect(s.bad)
        return s.src.errors.first.map { "\($0.line):\($0.col): \($0.msg)" }
    }
    #expect(err("''") == "1:2: empty rune literal or unescaped '")
    #expect(err("'ab'") == "1:1: more than one character in rune literal")
    #expect(err("'\\q'") == "1:3: unknown escape")
    #expect(err("'a\n'") == "1:3: newline in rune literal")
    #expect(err("'a") == "1:1: rune literal not terminated")
    #expect(err("\"ab\n\"") == "1:4: newline in string")
    #expect(err("\"ab") == "1:1: string not terminated")
    #expect(err("`ab") == "1:1: string not terminated")
    #expect(err("\"\\xZ1\"") == "1:4: invalid character 'Z' in hexadecimal escape")
    #expect(err("\"\\400\"") == "1:6: octal escape value 256 > 255")
    #expect(err("\"\\uD800\"") == "1:8: escape is invalid Unicode code point U+D800")
}

@Test func commentsAndInvalidCharacters() {
    let (toks, errs) = scanAll("x /* never closed")
    #expect(toks.map(\.text) == ["x", "EOF"])
    #expect(errs == ["1:3: comment not terminated"])
    #expect(scanAll("a @ b").1 == ["1:3: invalid character U+0040 '@'"])
    #expect(scanAll("a\u{1}b").1 == ["1:2: invalid character U+0001"])
    #expect(scanAll("a€b").1 == ["1:2: invalid character U+20AC '€' in identifier"])
    #expect(scanAll("٣x").1 == ["1:1: identifier cannot begin with digit U+0663 '٣'"])
    #expect(scanAll([0x61, 0x00, 0x62]).1 == ["1:2: invalid NUL character"])
    #expect(scanAll([0x61, 0x20, 0xFF, 0x20, 0x62]).1 == ["1:3: invalid UTF-8 encoding"])
    // a BOM is skipped at the start and reported elsewhere
    #expect(scanAll([0xEF, 0xBB, 0xBF, 0x61]).1.isEmpty)
    #expect(scanAll([0xEF, 0xBB, 0xBF, 0x61]).0.first == Tok(tok: .name, text: "a", line: 1, col: 4))
    #expect(scanAll([0x61, 0x20, 0xEF, 0xBB, 0xBF]).1 == ["1:3: invalid BOM in the middle of the file"])
}

@Test func dotsAndPeriods() {
    // ".." is two periods: the scanner backs up after looking for a third
    #expect(scanAll("a..b x...y é..\n").0.map(\.description) == [
        "name(a)@1:1", ".(.)@1:2", ".(.)@1:3", "name(b)@1:4", "name(x)@1:6", "...(...)@1:7",
        "name(y)@1:10", "name(é)@1:12", ".(.)@1:14", ".(.)@1:15"])
}

@Test func positionsCountBytes() {
    // tabs are one column; multi-byte characters count all their bytes
    let (toks, _) = scanAll("\tx := \"héllo\" + y\n\t\t世界 = 1\n")
    #expect(toks.map(\.description) == [
        "name(x)@1:2", ":=(:=)@1:4", "literal(\"héllo\")@1:7", "op(+)@1:16", "name(y)@1:18",
        ";(newline)@1:19", "name(世界)@2:3", "=(=)@2:10", "literal(1)@2:12", ";(newline)@2:13"])
}

@Test func directivesAreCollected() {
    var s = Scanner(Array("//go:noinline\n//go:linkname a b.c\n// not:this\n//go:nosplit\nfunc".utf8))
    s.next()
    #expect(s.tok == .func)
    #expect(s.pragmas.map { $0.verb } == ["go:noinline", "go:linkname", "go:nosplit"])
    #expect(s.pragmas.map { $0.args } == ["", " a b.c", ""])
    #expect(s.pragmas.map { "\($0.line):\($0.col)" } == ["1:3", "2:3", "4:3"])
    #expect(s.pragmas.allSatisfy { $0.blank })
    var t = Scanner(Array("x := 1 //go:noinline\nfunc".utf8))
    while t.tok != .func { t.next() }
    #expect(t.pragmas.map { $0.blank } == [false])
}
