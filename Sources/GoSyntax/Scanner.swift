// Scanner.swift — Go's lexical tokens, with automatic semicolons.
//
// The scanner turns the characters of a Source into tokens, one per next():
//   1. Whitespace is skipped; a newline is skipped too unless the previous
//      token may end a statement (`nlsemi`: a name, literal, `)`, `]`, `}`,
//      `++`, `--`, break, continue, fallthrough, return). Then the newline,
//      or the end of input, becomes a `.semi` token whose lit is "newline"
//      or "EOF" (an explicit ';' has lit "semicolon"), as the Go spec says.
//   2. A /* */ comment that spans a newline acts like a newline.
//   3. Literals keep their source text in `lit`; a malformed literal is
//      reported once, with Go's wording, and marked `bad`.
//   4. `//go:name ...` line comments are collected in `pragmas` (the
//      directive name only) for the parser to attach to the next declaration.
// Positions (`line`, `col`) are 1-based, columns count bytes. Errors carry
// the same positions and messages as cmd/compile/internal/syntax/scanner.go.
// `halt()` makes every later next() return EOF: the parser uses it to stop
// on input nested too deeply to parse.

struct Scanner {
    var src: Source
    /// If set, a newline or EOF produces a `.semi` token.
    var nlsemi = false
    var halted = false

    // current token, valid after next()
    var line = 0, col = 0
    var tok: Token = .eof
    var lit = ""              // name, literal text, or for .semi "semicolon"/"newline"/"EOF"
    var bad = false           // literal has an error
    var kind: LitKind = .int
    var op: Operator = .none  // for .operator, .star, .assignOp, .incOp
    var prec = 0

    /// A `//go:name args` comment: the name with its "go:" prefix, the text
    /// after it, whether only blanks precede it on its line, and the
    /// position of "go:" (after the slashes), where Go reports misuse.
    struct Directive {
        var verb: String
        var args: String
        var blank: Bool
        var line: Int
        var col: Int
    }

    /// Directives seen since the parser last took them.
    var pragmas: [Directive] = []

    init(_ bytes: [UInt8]) {
        src = Source(bytes)
        src.nextch()   // read the first character (skips a leading BOM)
    }

    mutating func errorf(_ msg: String) { src.error(msg) }
    /// Reports at the token start plus a byte offset.
    mutating func errorAt(offset: Int, _ msg: String) {
        src.errors.append((line, col + offset, msg))
    }

    mutating func halt() {
        halted = true
        tok = .eof
        nlsemi = false
    }

    private mutating func setLit(_ k: LitKind, ok: Bool) {
        nlsemi = true
        tok = .literal
        lit = src.segment()
        bad = !ok
        kind = k
    }

    mutating func next() {
        if halted { tok = .eof; return }
        let nl = nlsemi
        nlsemi = false

        while true {   // redo after comments and invalid characters
            src.stop()
            while src.ch == 0x20 || src.ch == 0x09 || (src.ch == 0x0A && !nl) || src.ch == 0x0D {
                src.nextch()
            }
            (line, col) = src.pos
            src.start()

            let ch = src.ch
            if isLetter(ch) || (ch >= 0x80 && atIdentChar(first: true)) {
                src.nextch()
                ident()
                return
            }

            switch ch {
            case -1:
                if nl { lit = "EOF"; tok = .semi } else { tok = .eof }
            case 0x0A:
                src.nextch(); lit = "newline"; tok = .semi
            case 0x30...0x39:
                number(seenPoint: false)
            case 0x22: stdString()
            case 0x60: rawString()
            case 0x27: runeLit()
            case 0x28: src.nextch(); tok = .lparen
            case 0x5B: src.nextch(); tok = .lbrack
            case 0x7B: src.nextch(); tok = .lbrace
            case 0x2C: src.nextch(); tok = .comma
            case 0x3B: src.nextch(); lit = "semicolon"; tok = .semi
            case 0x29: src.nextch(); nlsemi = true; tok = .rparen
            case 0x5D: src.nextch(); nlsemi = true; tok = .rbrack
            case 0x7D: src.nextch(); nlsemi = true; tok = .rbrace
            case 0x3A:   // :
                src.nextch()
                if src.ch == 0x3D { src.nextch(); tok = .define } else { tok = .colon }
            case 0x2E:   // .
                src.nextch()
                if isDecimal(src.ch) { number(seenPoint: true); break }
                if src.ch == 0x2E {
                    src.nextch()
                    if src.ch == 0x2E { src.nextch(); tok = .dotDotDot; break }
                    src.rewind()   // back to the first '.'
                    src.nextch()
                }
                tok = .dot
            case 0x2B:   // +
                src.nextch()
                setOp(.add)
                if src.ch == 0x2B { src.nextch(); nlsemi = true; tok = .incOp } else { assignOp() }
            case 0x2D:   // -
                src.nextch()
                setOp(.sub)
                if src.ch == 0x2D { src.nextch(); nlsemi = true; tok = .incOp } else { assignOp() }
            case 0x2A:   // *
                src.nextch()
                setOp(.mul)
                if src.ch == 0x3D { src.nextch(); tok = .assignOp } else { tok = .star }
            case 0x2F:   // /
                src.nextch()
                if src.ch == 0x2F {
                    src.nextch()
                    lineComment()
                    continue
                }
                if src.ch == 0x2A {
                    src.nextch()
                    fullComment()
                    if src.pos.line > line && nl {
                        lit = "newline"; tok = .semi
                        return
                    }
                    continue
                }
                setOp(.div); assignOp()
            case 0x25: src.nextch(); setOp(.rem); assignOp()
            case 0x26:   // &
                src.nextch()
                if src.ch == 0x26 { src.nextch(); setOp(.andAnd); tok = .operator; break }
                setOp(.and)
                if src.ch == 0x5E { src.nextch(); op = .andNot }
                assignOp()
            case 0x7C:   // |
                src.nextch()
                if src.ch == 0x7C { src.nextch(); setOp(.orOr); tok = .operator; break }
                setOp(.or); assignOp()
            case 0x5E: src.nextch(); setOp(.xor); assignOp()
            case 0x3C:   // <
                src.nextch()
                if src.ch == 0x3D { src.nextch(); setOp(.leq); tok = .operator; break }
                if src.ch == 0x3C { src.nextch(); setOp(.shl); assignOp(); break }
                if src.ch == 0x2D { src.nextch(); tok = .arrow; break }
                setOp(.lss); tok = .operator
            case 0x3E:   // >
                src.nextch()
                if src.ch == 0x3D { src.nextch(); setOp(.geq); tok = .operator; break }
                if src.ch == 0x3E { src.nextch(); setOp(.shr); assignOp(); break }
                setOp(.gtr); tok = .operator
            case 0x3D:   // =
                src.nextch()
                if src.ch == 0x3D { src.nextch(); setOp(.eql); tok = .operator; break }
                tok = .assign
            case 0x21:   // !
                src.nextch()
                if src.ch == 0x3D { src.nextch(); setOp(.neq); tok = .operator; break }
                op = .not; prec = 0; tok = .operator
            case 0x7E:   // ~
                src.nextch()
                op = .tilde; prec = 0; tok = .operator
            default:
                errorf("invalid character \(formatU(ch))")
                src.nextch()
                continue
            }
            return
        }
    }

    private mutating func setOp(_ o: Operator) {
        op = o
        prec = o.precedence
    }

    /// After an operator that may be followed by '=' to form op=.
    private mutating func assignOp() {
        if src.ch == 0x3D {
            src.nextch()
            tok = .assignOp
        } else {
            tok = .operator
        }
    }

    // MARK: identifiers

    private mutating func ident() {
        while isLetter(src.ch) || isDecimal(src.ch) {
            src.nextch()
        }
        if src.ch >= 0x80 {
            while atIdentChar(first: false) {
                src.nextch()
            }
        }
        let bytes = src.segmentBytes()
        if bytes.count >= 2, bytes.count <= 11 {
            let text = String(decoding: bytes, as: UTF8.self)
            if let kw = Token.keywords[text] {
                nlsemi = kw == .break || kw == .continue || kw == .fallthrough || kw == .return
                tok = kw
                return
            }
            nlsemi = true
            lit = text
            tok = .name
            return
        }
        nlsemi = true
        lit = String(decoding: bytes, as: UTF8.self)
        tok = .name
    }

    /// Whether the current character may continue (or, with first, start)
    /// an identifier. Any non-ASCII character is accepted, with an error if
    /// it is not a letter, so that the scanner makes progress.
    private mutating func atIdentChar(first: Bool) -> Bool {
        let ch = src.ch
        if isLetter(ch) || ch == 0x5F { return true }
        if ch < 0x80 && isDecimal(ch) { return true }
        if ch < 0x80 { return false }
        if isUnicodeLetter(ch) { return true }
        if isUnicodeDigit(ch) {
            if first { errorf("identifier cannot begin with digit \(formatU(ch))") }
            return true
        }
        errorf("invalid character \(formatU(ch)) in identifier")
        return true
    }

    // MARK: numbers

    /// Scans digits of the base (all decimal digits for base <= 10, recording
    /// the offset of the first one too large in `invalid`). Returns bit 0 set
    /// if a digit was seen and bit 1 if a '_' was seen.
    private mutating func digits(base: Int, invalid: inout Int) -> Int {
        var digsep = 0
        if base <= 10 {
            let maxDigit = Int32(0x30 + base)
            while isDecimal(src.ch) || src.ch == 0x5F {
                var ds = 1
                if src.ch == 0x5F {
                    ds = 2
                } else if src.ch >= maxDigit && invalid < 0 {
                    invalid = src.col + 1 - col
                }
                digsep |= ds
                src.nextch()
            }
        } else {
            while isHex(src.ch) || src.ch == 0x5F {
                digsep |= src.ch == 0x5F ? 2 : 1
                src.nextch()
            }
        }
        return digsep
    }

    private mutating func number(seenPoint seen: Bool) {
        var seenPoint = seen
        var ok = true
        var k = LitKind.int
        var base = 10
        var prefix: UInt8 = 0     // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
        var digsep = 0
        var invalid = -1

        if !seenPoint {
            if src.ch == 0x30 {
                src.nextch()
                switch lower(src.ch) {
                case 0x78: src.nextch(); base = 16; prefix = 0x78
                case 0x6F: src.nextch(); base = 8; prefix = 0x6F
                case 0x62: src.nextch(); base = 2; prefix = 0x62
                default: base = 8; prefix = 0x30; digsep = 1   // leading 0
                }
            }
            digsep |= digits(base: base, invalid: &invalid)
            if src.ch == 0x2E {
                if prefix == 0x6F || prefix == 0x62 {
                    errorf("invalid radix point in \(baseName(base)) literal")
                    ok = false
                }
                src.nextch()
                seenPoint = true
            }
        }
        if seenPoint {
            k = .float
            digsep |= digits(base: base, invalid: &invalid)
        }
        if digsep & 1 == 0 && ok {
            errorf("\(baseName(base)) literal has no digits")
            ok = false
        }

        let e = lower(src.ch)
        if e == 0x65 || e == 0x70 {   // e or p
            if ok {
                if e == 0x65 && prefix != 0 && prefix != 0x30 {
                    errorf("\(quoteRune(src.ch)) exponent requires decimal mantissa")
                    ok = false
                } else if e == 0x70 && prefix != 0x78 {
                    errorf("\(quoteRune(src.ch)) exponent requires hexadecimal mantissa")
                    ok = false
                }
            }
            src.nextch()
            k = .float
            if src.ch == 0x2B || src.ch == 0x2D { src.nextch() }
            var ignored = -1
            digsep = digits(base: 10, invalid: &ignored) | (digsep & 2)
            if digsep & 1 == 0 && ok {
                errorf("exponent has no digits")
                ok = false
            }
        } else if prefix == 0x78 && k == .float && ok {
            errorf("hexadecimal mantissa requires a 'p' exponent")
            ok = false
        }

        if src.ch == 0x69 {   // i
            k = .imag
            src.nextch()
        }

        setLit(k, ok: ok)
        let bytes = Array(src.segmentBytes())

        if k == .int && invalid >= 0 && ok && invalid < bytes.count {
            errorAt(offset: invalid, "invalid digit \(quoteRune(Int32(bytes[invalid]))) in \(baseName(base)) literal")
            ok = false
        }
        if digsep & 2 != 0 && ok {
            let i = invalidSep(bytes)
            if i >= 0 {
                errorAt(offset: i, "'_' must separate successive digits")
                ok = false
            }
        }
        bad = !ok
    }

    // MARK: runes and strings

    private mutating func runeLit() {
        var ok = true
        src.nextch()
        var n = 0
        while true {
            let ch = src.ch
            if ch == 0x27 {
                if ok {
                    if n == 0 {
                        errorf("empty rune literal or unescaped '")
                        ok = false
                    } else if n != 1 {
                        errorAt(offset: 0, "more than one character in rune literal")
                        ok = false
                    }
                }
                src.nextch()
                break
            }
            if ch == 0x5C {
                src.nextch()
                if !escape(quote: 0x27) { ok = false }
                n += 1
                continue
            }
            if ch == 0x0A {
                if ok { errorf("newline in rune literal"); ok = false }
                break
            }
            if ch < 0 {
                if ok { errorAt(offset: 0, "rune literal not terminated"); ok = false }
                break
            }
            src.nextch()
            n += 1
        }
        setLit(.rune, ok: ok)
    }

    private mutating func stdString() {
        var ok = true
        src.nextch()
        while true {
            let ch = src.ch
            if ch == 0x22 { src.nextch(); break }
            if ch == 0x5C {
                src.nextch()
                if !escape(quote: 0x22) { ok = false }
                continue
            }
            if ch == 0x0A { errorf("newline in string"); ok = false; break }
            if ch < 0 { errorAt(offset: 0, "string not terminated"); ok = false; break }
            src.nextch()
        }
        setLit(.string, ok: ok)
    }

    private mutating func rawString() {
        var ok = true
        src.nextch()
        while true {
            if src.ch == 0x60 { src.nextch(); break }
            if src.ch < 0 { errorAt(offset: 0, "string not terminated"); ok = false; break }
            src.nextch()
        }
        setLit(.string, ok: ok)
    }

    /// Validates one escape after a backslash. Returns false after reporting.
    private mutating func escape(quote: Int32) -> Bool {
        let n: Int
        let base: UInt32
        let maxValue: UInt32
        switch src.ch {
        case quote, 0x61, 0x62, 0x66, 0x6E, 0x72, 0x74, 0x76, 0x5C:   // a b f n r t v backslash
            src.nextch()
            return true
        case 0x30...0x37:
            n = 3; base = 8; maxValue = 255
        case 0x78:   // x
            src.nextch(); n = 2; base = 16; maxValue = 255
        case 0x75:   // u
            src.nextch(); n = 4; base = 16; maxValue = 0x10FFFF
        case 0x55:   // U
            src.nextch(); n = 8; base = 16; maxValue = 0x10FFFF
        default:
            if src.ch < 0 { return true }   // the caller reports EOF
            errorf("unknown escape")
            return false
        }

        var x: UInt32 = 0
        for _ in 0..<n {
            let ch = src.ch
            if ch < 0 { return true }
            var d = base
            if isDecimal(ch) {
                d = UInt32(ch - 0x30)
            } else if (0x61...0x66).contains(lower(ch)) {
                d = UInt32(lower(ch) - 0x61 + 10)
            }
            if d >= base {
                errorf("invalid character \(quoteRune(ch)) in \(baseName(Int(base))) escape")
                return false
            }
            x = x &* base &+ d   // at most 8 hex digits: fits in UInt32
            src.nextch()
        }
        if x > maxValue && base == 8 {
            errorf("octal escape value \(x) > 255")
            return false
        }
        if x > maxValue || (0xD800..<0xE000).contains(x) {
            errorf("escape is invalid Unicode code point \(formatU(Int32(bitPattern: x)))")
            return false
        }
        return true
    }

    // MARK: comments

    private mutating func skipLine() {
        while src.ch >= 0 && src.ch != 0x0A { src.nextch() }
    }

    /// After "//". Collects `//go:name` directives.
    private mutating func lineComment() {
        guard src.ch == 0x67 else {   // g
            skipLine()
            return
        }
        let textStart = src.r - src.chw
        skipLine()
        let hi = min(max(textStart, src.r - src.chw), src.buf.count)
        guard textStart < hi else { return }
        var text = Array(src.buf[textStart..<hi])
        if text.last == 0x0D { text.removeLast() }
        guard text.count > 3, text[0] == 0x67, text[1] == 0x6F, text[2] == 0x3A else { return }   // "go:"
        var verbEnd = 0
        while verbEnd < text.count && text[verbEnd] != 0x20 && text[verbEnd] != 0x09 { verbEnd += 1 }
        // only blanks between the line start and the "//"?
        var i = textStart - 3
        var blank = true
        while i >= 0 && src.buf[i] != 0x0A {
            let c = src.buf[i]
            if c != 0x20 && c != 0x09 && c != 0x0D { blank = false; break }
            i -= 1
        }
        pragmas.append(Directive(
            verb: String(decoding: text[0..<verbEnd], as: UTF8.self),
            args: String(decoding: text[verbEnd...], as: UTF8.self),
            blank: blank, line: line, col: col + 2))
    }

    /// After "/*". Reports an unterminated comment at its start.
    private mutating func fullComment() {
        while src.ch >= 0 {
            while src.ch == 0x2A {
                src.nextch()
                if src.ch == 0x2F {
                    src.nextch()
                    return
                }
            }
            src.nextch()
        }
        errorAt(offset: 0, "comment not terminated")
    }
}

func baseName(_ base: Int) -> String {
    switch base {
    case 2: return "binary"
    case 8: return "octal"
    case 10: return "decimal"
    default: return "hexadecimal"
    }
}

/// The byte offset of the first '_' in a number literal that does not
/// separate two digits (or a prefix and a digit), or -1.
func invalidSep(_ x: [UInt8]) -> Int {
    var x1: Int32 = 0x20   // prefix char; only 'x' matters
    var d: UInt8 = 0x2E    // '_', '0' (a digit) or '.' (anything else)
    var i = 0
    if x.count >= 2 && x[0] == 0x30 {
        x1 = lower(Int32(x[1]))
        if x1 == 0x78 || x1 == 0x6F || x1 == 0x62 {
            d = 0x30
            i = 2
        }
    }
    while i < x.count {
        let p = d
        d = x[i]
        if d == 0x5F {
            if p != 0x30 { return i }
        } else if isDecimal(Int32(d)) || (x1 == 0x78 && isHex(Int32(d))) {
            d = 0x30
        } else {
            if p == 0x5F { return i - 1 }
            d = 0x2E
        }
        i += 1
    }
    if d == 0x5F { return x.count - 1 }
    return -1
}
