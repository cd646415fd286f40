// UTF8.swift — natives of package unicode/utf8 over GoVM's decodeRune /
// encodeRune (Go's rules: an invalid or truncated sequence decodes as
// RuneError with width 1; surrogates and runes past U+10FFFF encode as
// RuneError). Rune results are int32 slots (sign-extended words).
import GoABI
import GoRuntime
import GoVM

/// The bytes of a []byte argument at offset off.
func sliceBytes(_ a: UnsafeMutableRawPointer, _ off: Int) -> [UInt8] {
    let (p, n, _) = a.load(fromByteOffset: off, as: (UInt, Int, Int).self)
    guard n > 0, let base = UnsafeRawPointer(bitPattern: p) else { return [] }
    return Array(UnsafeRawBufferPointer(start: base, count: n))
}

func runeCount(_ b: [UInt8]) -> Int {
    var i = 0, n = 0
    while i < b.count { i += b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, b.count - i).1 }; n += 1 }
    return n
}

func decodeFirst(_ b: [UInt8]) -> (Int32, Int) {
    b.isEmpty ? (0xFFFD, 0) : b.withUnsafeBufferPointer { decodeRune($0.baseAddress!, b.count) }
}

/// Go's DecodeLastRune: back up to four bytes to a start byte, then decode.
func decodeLast(_ b: [UInt8]) -> (Int32, Int) {
    let end = b.count
    if end == 0 { return (0xFFFD, 0) }
    var start = end - 1
    if b[start] < 0x80 { return (Int32(b[start]), 1) }
    let lim = max(end - 4, 0)
    start -= 1
    while start >= lim && b[start] & 0xC0 == 0x80 { start -= 1 }
    if start < 0 { start = 0 }
    let (r, w) = b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + start, end - start) }
    return start + w == end ? (r, w) : (0xFFFD, 1)
}

/// Go's FullRune: false only for a valid but truncated multi-byte prefix.
func fullRune(_ b: [UInt8]) -> Bool {
    guard let c = b.first else { return false }
    let need: Int
    switch c {
    case 0xC2...0xDF: need = 2
    case 0xE0...0xEF: need = 3
    case 0xF0...0xF4: need = 4
    default: return true
    }
    if b.count >= need { return true }
    if b.count > 1 {
        let (lo, hi): (UInt8, UInt8) = c == 0xE0 ? (0xA0, 0xBF) : c == 0xED ? (0x80, 0x9F) : c == 0xF0 ? (0x90, 0xBF) : c == 0xF4 ? (0x80, 0x8F) : (0x80, 0xBF)
        if b[1] < lo || b[1] > hi { return true }
    }
    if b.count > 2 && (b[2] < 0x80 || b[2] > 0xBF) { return true }
    return false
}

func runeLen(_ r: Int64) -> Int {
    if r < 0 { return -1 }
    if r < 0x80 { return 1 }
    if r < 0x800 { return 2 }
    if r >= 0xD800 && r <= 0xDFFF { return -1 }
    if r < 0x10000 { return 3 }
    if r <= 0x10FFFF { return 4 }
    return -1
}

let utf8Natives: [(String, NativeFn)] = [
    ("unicode/utf8.RuneLen", { _, a in Args(p: a).set(8, runeLen(Int64(a.load(as: Int32.self)))); return 0 }),
    ("unicode/utf8.RuneCountInString", { _, a in let A = Args(p: a); A.set(16, runeCount(A.bytes(0))); return 0 }),
    ("unicode/utf8.RuneCount", { _, a in Args(p: a).set(24, runeCount(sliceBytes(a, 0))); return 0 }),
    ("unicode/utf8.ValidString", { _, a in let A = Args(p: a); A.set(16, isValidUTF8(A.bytes(0))); return 0 }),
    ("unicode/utf8.Valid", { _, a in Args(p: a).set(24, isValidUTF8(sliceBytes(a, 0))); return 0 }),
    ("unicode/utf8.ValidRune", { _, a in Args(p: a).set(8, validRune(Int64(a.load(as: Int32.self)))); return 0 }),
    ("unicode/utf8.RuneStart", { _, a in Args(p: a).set(8, a.load(as: UInt8.self) & 0xC0 != 0x80); return 0 }),
    ("unicode/utf8.FullRune", { _, a in Args(p: a).set(24, fullRune(sliceBytes(a, 0))); return 0 }),
    ("unicode/utf8.FullRuneInString", { _, a in let A = Args(p: a); A.set(16, fullRune(A.bytes(0))); return 0 }),
    ("unicode/utf8.DecodeRuneInString", { _, a in
        let A = Args(p: a); let (r, w) = decodeFirst(A.bytes(0)); A.set(16, Int(r)); A.set(24, w); return 0
    }),
    ("unicode/utf8.DecodeRune", { _, a in
        let A = Args(p: a); let (r, w) = decodeFirst(sliceBytes(a, 0)); A.set(24, Int(r)); A.set(32, w); return 0
    }),
    ("unicode/utf8.DecodeLastRuneInString", { _, a in
        let A = Args(p: a); let (r, w) = decodeLast(A.bytes(0)); A.set(16, Int(r)); A.set(24, w); return 0
    }),
    ("unicode/utf8.DecodeLastRune", { _, a in
        let A = Args(p: a); let (r, w) = decodeLast(sliceBytes(a, 0)); A.set(24, Int(r)); A.set(32, w); return 0
    }),
    ("unicode/utf8.EncodeRune", { vm, a in
        let (p, n, _) = a.load(as: (UInt, Int, Int).self)
        let b = utf8Bytes(Int64(a.load(fromByteOffset: 24, as: Int32.self)))
        // Go indexes the last byte first: a short p panics with its length.
        if n < b.count { return VM.from(vm).raiseRuntimeError("index out of range [\(b.count - 1)] with length \(n)") }
        b.withUnsafeBytes { UnsafeMutableRawPointer(bitPattern: p)!.copyMemory(from: $0.baseAddress!, byteCount: b.count) }
        Args(p: a).set(32, b.count)
        return 0
    }),
    ("unicode/utf8.AppendRune", { vm, a in
        appendOne(VM.from(vm), a, utf8Bytes(Int64(a.load(fromByteOffset: 24, as: Int32.self))), resultOff: 32)
    }),
]
