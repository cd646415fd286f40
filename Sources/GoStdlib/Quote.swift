// Quote.swift — Go's quoting rules (strconv.Quote, QuoteToASCII,
// QuoteToGraphic, QuoteRune..., Unquote, UnquoteChar, IsPrint, IsGraphic),
// shared by strconv's natives and fmt's %q.
//
// Quoting produces its output as the sequence of pieces Go's strconv
// appends (the opening quote, one piece per escape or rune, the closing
// quote), so AppendQuote can grow a []byte exactly as Go's append does
// (see `GoAppend` in Strconv.swift). IsPrint is Unicode categories L, M, N,
// P, S plus the ASCII space; IsGraphic adds the Zs spaces.
import GoVM

/// strconv.IsPrint.
func isPrint(_ r: Int32) -> Bool {
    if r < 0x80 { return r >= 0x20 && r < 0x7F }
    guard let sc = Unicode.Scalar(UInt32(r)) else { return false }
    switch sc.properties.generalCategory {
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

/// strconv.IsGraphic: IsPrint or a space separator (U+00A0, U+3000, ...).
func isGraphicRune(_ r: Int32) -> Bool {
    if isPrint(r) { return true }
    guard r >= 0x80, let sc = Unicode.Scalar(UInt32(r)) else { return false }
    return sc.properties.generalCategory == .spaceSeparator
}

func validRune(_ r: Int64) -> Bool { (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF) }

let lowerhex = Array("0123456789abcdef".utf8)

/// The UTF-8 bytes of r (invalid runes as U+FFFD).
func utf8Bytes(_ r: Int64) -> [UInt8] {
    var b: [UInt8] = []
    encodeRune(r, into: &b)
    return b
}

/// Go's appendEscapedRune: the pieces that stand for rune r inside quotes.
func escapedRunePieces(_ r: Int32, quote: UInt8, ascii: Bool, graphic: Bool, _ emit: ([UInt8]) -> Void) {
    if r == Int32(quote) || r == 0x5C {
        emit([0x5C]); emit([UInt8(r)])
        return
    }
    if ascii {
        if r < 0x80 && isPrint(r) { emit([UInt8(r)]); return }
    } else if isPrint(r) || (graphic && isGraphicRune(r)) {
        emit(utf8Bytes(Int64(r)))
        return
    }
    switch r {
    case 7: emit(Array(#"\a"#.utf8))
    case 8: emit(Array(#"\b"#.utf8))
    case 12: emit(Array(#"\f"#.utf8))
    case 10: emit(Array(#"\n"#.utf8))
    case 13: emit(Array(#"\r"#.utf8))
    case 9: emit(Array(#"\t"#.utf8))
    case 11: emit(Array(#"\v"#.utf8))
    default:
        if r < 0x20 || r == 0x7F {
            emit(Array(#"\x"#.utf8))
            emit([lowerhex[Int(r >> 4) & 15]])
            emit([lowerhex[Int(r) & 15]])
            return
        }
        let v = validRune(Int64(r)) ? r : 0xFFFD
        if v < 0x10000 {
            emit(Array(#"\u"#.utf8))
            for s in stride(from: 12, through: 0, by: -4) { emit([lowerhex[Int(v >> Int32(s)) & 15]]) }
        } else {
            emit(Array(#"\U"#.utf8))
            for s in stride(from: 28, through: 0, by: -4) { emit([lowerhex[Int(v >> Int32(s)) & 15]]) }
        }
    }
}

/// Go's appendQuotedWith after its preallocation: the pieces of a quoted string.
func quotedPieces(_ s: [UInt8], quote: UInt8, ascii: Bool, graphic: Bool, _ emit: ([UInt8]) -> Void) {
    emit([quote])
    var i = 0
    while i < s.count {
        let (r, w) = s.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, s.count - i) }
        if w == 1 && r == 0xFFFD {
            emit(Array(#"\x"#.utf8))
            emit([lowerhex[Int(s[i] >> 4)]])
            emit([lowerhex[Int(s[i] & 15)]])
            i += 1
            continue
        }
        escapedRunePieces(r, quote: quote, ascii: ascii, graphic: graphic, emit)
        i += w
    }
    emit([quote])
}

/// Go's appendQuotedRuneWith: the pieces of a quoted rune.
func quotedRunePieces(_ r: Int64, ascii: Bool, graphic: Bool, _ emit: ([UInt8]) -> Void) {
    emit([0x27])
    escapedRunePieces(validRune(r) ? Int32(r) : 0xFFFD, quote: 0x27, ascii: ascii, graphic: graphic, emit)
    emit([0x27])
}

/// strconv.Quote / QuoteToASCII / QuoteToGraphic of raw bytes.
func quoteBytes(_ s: [UInt8], ascii: Bool, graphic: Bool = false) -> String {
    var out: [UInt8] = []
    quotedPieces(s, quote: 0x22, ascii: ascii, graphic: graphic) { out += $0 }
    return String(decoding: out, as: UTF8.self)
}

/// strconv.Quote.
func quote(_ s: String) -> String { quoteBytes(Array(s.utf8), ascii: false) }

/// strconv.QuoteRune (and ToASCII / ToGraphic).
func quoteRune(_ r: Int64, ascii: Bool = false, graphic: Bool = false) -> String {
    var out: [UInt8] = []
    quotedRunePieces(r, ascii: ascii, graphic: graphic) { out += $0 }
    return String(decoding: out, as: UTF8.self)
}

/// strconv.CanBackquote: one line of valid UTF-8 without control characters
/// other than tab, without a backquote or the byte order mark.
func canBackquote(_ b: [UInt8]) -> Bool {
    var i = 0
    while i < b.count {
        let (r, w) = b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, b.count - i) }
        if w == 1 && b[i] >= 0x80 { return false }
        if r == 0xFEFF { return false }
        if (r < 0x20 && r != 9) || r == 0x7F || r == 0x60 { return false }
        i += w
    }
    return true
}

/// strconv.UnquoteChar: (value, multibyte, bytes consumed), nil on a syntax error.
func unquoteChar(_ s: ArraySlice<UInt8>, quote: UInt8) -> (value: Int32, multibyte: Bool, used: Int)? {
    guard let c = s.first else { return nil }
    let s0 = s.startIndex
    if c == quote && (quote == 0x27 || quote == 0x22) { return nil }
    if c >= 0x80 {
        let (r, w) = s.withUnsafeBufferPointer { decodeRune($0.baseAddress!, s.count) }
        return (r, true, w)
    }
    if c != 0x5C { return (Int32(c), false, 1) }
    guard s.count > 1 else { return nil }
    let e = s[s0 + 1]
    func hex(_ b: UInt8) -> Int32? {
        switch b {
        case 48...57: return Int32(b - 48)
        case 97...102: return Int32(b - 97 + 10)
        case 65...70: return Int32(b - 65 + 10)
        default: return nil
        }
    }
    switch e {
    case UInt8(ascii: "a"): return (7, false, 2)
    case UInt8(ascii: "b"): return (8, false, 2)
    case UInt8(ascii: "f"): return (12, false, 2)
    case UInt8(ascii: "n"): return (10, false, 2)
    case UInt8(ascii: "r"): return (13, false, 2)
    case UInt8(ascii: "t"): return (9, false, 2)
    case UInt8(ascii: "v"): return (11, false, 2)
    case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
        let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
        guard s.count >= 2 + n else { return nil }
        var v: Int32 = 0
        for j in 0..<n {
            guard let x = hex(s[s0 + 2 + j]) else { return nil }
            v = v << 4 | x
        }
        if e == UInt8(ascii: "x") { return (v, false, 2 + n) }
        guard validRune(Int64(v)) else { return nil }
        return (v, true, 2 + n)
    case 48...55:
        guard s.count >= 4 else { return nil }
        var v = Int32(e - 48)
        for j in 0..<2 {
            let x = Int32(s[s0 + 2 + j]) - 48
            guard x >= 0 && x <= 7 else { return nil }
            v = v << 3 | x
        }
        guard v <= 255 else { return nil }
        return (v, false, 4)
    case 0x5C: return (0x5C, false, 2)
    case 0x27, 0x22:
        guard e == quote else { return nil }
        return (Int32(e), false, 2)
    default:
        return nil
    }
}

/// Go's unquote: the quoted string at the start of `input` → (value or the
/// literal itself when !unescape, bytes consumed); nil on a syntax error.
func unquotePrefix(_ input: [UInt8], unescape: Bool) -> ([UInt8], Int)? {
    guard input.count >= 2 else { return nil }
    let q = input[0]
    guard let close = input[1...].firstIndex(of: q) else { return nil }
    let end = close + 1
    switch q {
    case 0x60:
        if !unescape { return (Array(input[0..<end]), end) }
        return (input[1..<(end - 1)].filter { $0 != 13 }, end)
    case 0x22, 0x27:
        let body = input[1..<(end - 1)]
        if !body.contains(0x5C) && !body.contains(10) {
            var valid: Bool
            if q == 0x22 {
                valid = isValidUTF8(Array(body))
            } else {
                let a = Array(body)
                let (r, n) = a.isEmpty ? (0xFFFD, 0) : a.withUnsafeBufferPointer { decodeRune($0.baseAddress!, a.count) }
                valid = 2 + n == end && (r != 0xFFFD || n != 1)
            }
            if valid { return (unescape ? Array(body) : Array(input[0..<end]), end) }
        }
        var out: [UInt8] = []
        var i = 1
        while i < input.count && input[i] != q {
            guard input[i] != 10, let (r, multibyte, used) = unquoteChar(input[i...], quote: q) else { return nil }
            i += used
            if unescape {
                if r < 0x80 || !multibyte { out.append(UInt8(truncatingIfNeeded: r)) } else { out += utf8Bytes(Int64(r)) }
            }
            if q == 0x27 { break }
        }
        guard i < input.count && input[i] == q else { return nil }
        i += 1
        return (unescape ? out : Array(input[0..<i]), i)
    default:
        return nil
    }
}

func isValidUTF8(_ b: [UInt8]) -> Bool {
    var i = 0
    while i < b.count {
        let (r, w) = b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, b.count - i) }
        if r == 0xFFFD && w == 1 { return false }
        i += w
    }
    return true
}
