// Source.swift — the character reader under the scanner.
//
// A Source walks a UTF-8 byte array one Unicode character at a time and
// knows the line and byte column of the current character, as
// cmd/compile/internal/syntax/source.go does:
//   1. `ch` is the current character (-1 at end of input) and `chw` its width
//      in bytes; `r` indexes the byte after it.
//   2. `line` and `col` are the 0-based position of `ch`; a tab is one
//      column, a multi-byte character counts all its bytes.
//   3. NUL bytes, invalid UTF-8 and byte order marks after the first byte
//      are reported and skipped, so the scanner never sees them.
//   4. A segment [b, r - chw) of the input can be marked with start() and
//      read back with segment(); the scanner uses it for literal text.
// Reading never traps: every index is checked against the array's length.

struct Source {
    let buf: [UInt8]
    /// Index of the byte after the current character.
    var r = 0
    /// Start of the active segment, or -1.
    var b = -1
    /// 0-based line and byte column of `ch`.
    var line = 0
    var col = 0
    /// The current character: a Unicode scalar value, or -1 at end of input.
    var ch: Int32 = 0x20
    /// Width of `ch` in bytes (0 at end of input and before the first read).
    var chw = 0

    /// Receives errors at a 1-based (line, col).
    var errors: [(line: Int, col: Int, msg: String)] = []

    init(_ bytes: [UInt8]) {
        buf = bytes
    }

    /// 1-based position of the current character.
    var pos: (line: Int, col: Int) { (line + 1, col + 1) }

    mutating func error(_ msg: String) {
        let p = pos
        errors.append((p.line, p.col, msg))
    }

    mutating func start() { b = r - chw }
    mutating func stop() { b = -1 }

    /// The bytes from the segment start up to (excluding) the current character.
    func segmentBytes() -> ArraySlice<UInt8> {
        let lo = max(0, min(b, buf.count))
        let hi = max(lo, min(r - chw, buf.count))
        return buf[lo..<hi]
    }

    func segment() -> String {
        String(decoding: segmentBytes(), as: UTF8.self)
    }

    /// Moves back to the segment start and re-reads its first character.
    mutating func rewind() {
        guard b >= 0 else { return }
        col -= r - b   // nextch adds chw back, landing on the segment start
        r = b
        ch = 0x20      // not a newline: the line stays
        nextch()
    }

    /// Advances to the next character.
    mutating func nextch() {
        while true {
            col += chw
            if ch == 0x0A {
                line += 1
                col = 0
            }
            guard r < buf.count else {
                ch = -1
                chw = 0
                return
            }
            let c0 = buf[r]
            if c0 < 0x80 {
                r += 1
                chw = 1
                ch = Int32(c0)
                if c0 == 0 {
                    error("invalid NUL character")
                    continue
                }
                return
            }
            let (scalar, width) = decodeUTF8(at: r)
            r += width
            chw = width
            if scalar < 0 {
                ch = 0xFFFD
                error("invalid UTF-8 encoding")
                continue
            }
            ch = scalar
            if scalar == 0xFEFF {
                if line > 0 || col > 0 {
                    error("invalid BOM in the middle of the file")
                }
                continue
            }
            return
        }
    }

    /// Decodes one UTF-8 sequence at i (buf[i] >= 0x80). Returns (-1, 1) for an
    /// invalid, overlong, surrogate or truncated sequence, as Go's
    /// utf8.DecodeRune returns (RuneError, 1).
    func decodeUTF8(at i: Int) -> (Int32, Int) {
        let n = buf.count
        let c0 = buf[i]
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let c = buf[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        switch c0 {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { return (-1, 1) }
            return (Int32((UInt32(c0 & 0x1F) << 6) | c1), 2)
        case 0xE0...0xEF:
            guard let c1 = cont(1), let c2 = cont(2) else { return (-1, 1) }
            let v = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
            if v < 0x800 || (0xD800...0xDFFF).contains(v) { return (-1, 1) }
            return (Int32(v), 3)
        case 0xF0...0xF4:
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return (-1, 1) }
            let v = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if v < 0x10000 || v > 0x10FFFF { return (-1, 1) }
            return (Int32(v), 4)
        default:
            return (-1, 1)
        }
    }
}

// MARK: - Character classes and formatting shared by scanner and parser

@inline(__always) func lower(_ ch: Int32) -> Int32 { 0x20 | ch }
@inline(__always) func isLetter(_ ch: Int32) -> Bool {
    let l = lower(ch)
    return (0x61...0x7A).contains(l) || ch == 0x5F
}
@inline(__always) func isDecimal(_ ch: Int32) -> Bool { (0x30...0x39).contains(ch) }
@inline(__always) func isHex(_ ch: Int32) -> Bool {
    isDecimal(ch) || (0x61...0x66).contains(lower(ch))
}

func unicodeScalar(_ ch: Int32) -> Unicode.Scalar? {
    ch >= 0 ? Unicode.Scalar(UInt32(ch)) : nil
}

/// unicode.IsLetter: categories Lu, Ll, Lt, Lm, Lo.
func isUnicodeLetter(_ ch: Int32) -> Bool {
    guard let s = unicodeScalar(ch) else { return false }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

/// unicode.IsDigit: category Nd.
func isUnicodeDigit(_ ch: Int32) -> Bool {
    guard let s = unicodeScalar(ch) else { return false }
    return s.properties.generalCategory == .decimalNumber
}

/// strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020.
func isPrint(_ ch: Int32) -> Bool {
    if ch == 0x20 { return true }
    guard let s = unicodeScalar(ch) else { return false }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
         .nonspacingMark, .spacingMark, .enclosingMark,
         .decimalNumber, .letterNumber, .otherNumber,
         .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
         .initialPunctuation, .finalPunctuation, .otherPunctuation,
         .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        return true
    default:
        return false
    }
}

private func hexDigits(_ v: UInt32, _ width: Int) -> String {
    var s = String(v, radix: 16, uppercase: false)
    while s.count < width { s = "0" + s }
    return s
}

/// Go's `%#U`: "U+0040 '@'" (the character only when printable).
func formatU(_ ch: Int32) -> String {
    let v = UInt32(bitPattern: ch)
    let hex = hexDigits(v, 4).uppercased()
    if isPrint(ch), let s = unicodeScalar(ch) {
        return "U+\(hex) '\(Character(s))'"
    }
    return "U+\(hex)"
}

/// Go's `%q` for a rune: '\n', 'a', '\'', '\x00', '\u00ad'.
func quoteRune(_ ch: Int32) -> String {
    switch ch {
    case 0x07: return "'\\a'"
    case 0x08: return "'\\b'"
    case 0x0C: return "'\\f'"
    case 0x0A: return "'\\n'"
    case 0x0D: return "'\\r'"
    case 0x09: return "'\\t'"
    case 0x0B: return "'\\v'"
    case 0x27: return "'\\''"
    case 0x5C: return "'\\\\'"
    default: break
    }
    if ch < 0 || ch > 0x10FFFF || (0xD800...0xDFFF).contains(ch) { return "'\\ufffd'" }
    if isPrint(ch), let s = unicodeScalar(ch) { return "'\(Character(s))'" }
    let v = UInt32(ch)
    if v < 0x80 { return "'\\x\(hexDigits(v, 2))'" }
    if v < 0x10000 { return "'\\u\(hexDigits(v, 4))'" }
    return "'\\U\(hexDigits(v, 8))'"
}
