// Strconv.swift — natives of package strconv: Itoa/Atoi, Parse{Int,Uint,
// Float,Bool}, Format{Int,Uint,Float,Bool}, the Append family, the quoting
// functions (Quote.swift holds the rules), and *NumError with ErrRange and
// ErrSyntax.
//
//   - Errors are Go's: *strconv.NumError{Func, Num, Err} (Num is the whole
//     input), Err being the run's single ErrSyntax / ErrRange values (State.swift)
//     or a fresh "invalid base N" / "invalid bit size N" error. The program's
//     strconv.ErrRange and ErrSyntax variables come from the same natives.
//   - ParseFloat checks Go's float syntax itself (sign, digits with '_' only
//     after a base prefix, hex mantissas needing a 'p' exponent, inf,
//     infinity, nan) and lets the C library's correctly rounded strtod /
//     strtof produce the value; out of range is ±Inf with ErrRange.
//   - FormatFloat is Ftoa.swift's formatFloat.
//   - The Append functions grow dst as Go's append does, piece by piece
//     (`GoAppend`): in place while the capacity lasts, then by growslice's
//     rule, so len and cap match Go's.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime
import GoVM

enum NumErrKind { case syntax, range, base(Int), bitSize(Int) }

extension VM {
    var errRange: (UInt, UInt) { singleton("strconv.ErrRange") { newError("value out of range") } }
    var errSyntax: (UInt, UInt) { singleton("strconv.ErrSyntax") { newError("invalid syntax") } }

    /// &strconv.NumError{fn, num, err}, as an error.
    func numError(_ fn: String, _ num: [UInt8], _ kind: NumErrKind) -> (UInt, UInt) {
        let reason: (UInt, UInt)
        switch kind {
        case .syntax: reason = errSyntax
        case .range: reason = errRange
        case .base(let b): reason = newError("invalid base \(b)")
        case .bitSize(let n): reason = newError("invalid bit size \(n)")
        }
        heap.gcHoldCollections(true)
        defer { heap.gcHoldCollections(false) }
        guard let pt = program.namedType("*strconv.NumError"), let st = pt.elem else {
            return newErrorString(newString("strconv." + fn + ": parsing " + quoteBytes(num, ascii: false) + ": "
                                            + (kind.message)))
        }
        let box = mallocgc(st.size, type: st)
        box.storeBytes(of: newString(fn), as: GoString.self)
        box.storeBytes(of: num.withUnsafeBytes { newString($0) }, toByteOffset: 16, as: GoString.self)
        box.storeBytes(of: reason, toByteOffset: 32, as: (UInt, UInt).self)
        return errorValue(pt, UInt(bitPattern: box))
    }
}

extension NumErrKind {
    var message: String {
        switch self {
        case .syntax: return "invalid syntax"
        case .range: return "value out of range"
        case .base(let b): return "invalid base \(b)"
        case .bitSize(let n): return "invalid bit size \(n)"
        }
    }
}

// MARK: - Integers

@inline(__always) func lowerASCII(_ c: UInt8) -> UInt8 { c | 0x20 }

/// Go's underscoreOK: underscores only between digits or after a base prefix.
func underscoreOK(_ s: [UInt8]) -> Bool {
    var saw: UInt8 = UInt8(ascii: "^")
    var i = 0
    var s = s[...]
    if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { s = s.dropFirst() }
    let b = Array(s)
    var hex = false
    if b.count >= 2 && b[0] == UInt8(ascii: "0") && [UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "x")].contains(lowerASCII(b[1])) {
        i = 2
        saw = UInt8(ascii: "0")
        hex = lowerASCII(b[1]) == UInt8(ascii: "x")
    }
    while i < b.count {
        let c = b[i]
        if (c >= 48 && c <= 57) || (hex && lowerASCII(c) >= 97 && lowerASCII(c) <= 102) {
            saw = UInt8(ascii: "0")
        } else if c == UInt8(ascii: "_") {
            if saw != UInt8(ascii: "0") { return false }
            saw = UInt8(ascii: "_")
        } else {
            if saw == UInt8(ascii: "_") { return false }
            saw = UInt8(ascii: "!")
        }
        i += 1
    }
    return saw != UInt8(ascii: "_")
}

/// strconv.ParseUint's value and error kind.
func parseUint(_ s0: [UInt8], _ base0: Int, _ bitSize0: Int) -> (UInt64, NumErrKind?) {
    if s0.isEmpty { return (0, .syntax) }
    var base = base0
    var s = s0[...]
    let prefixed = base0 == 0
    if base == 0 {
        base = 10
        if s0[0] == UInt8(ascii: "0") {
            if s0.count >= 3 && lowerASCII(s0[1]) == UInt8(ascii: "b") { base = 2; s = s.dropFirst(2) }
            else if s0.count >= 3 && lowerASCII(s0[1]) == UInt8(ascii: "o") { base = 8; s = s.dropFirst(2) }
            else if s0.count >= 3 && lowerASCII(s0[1]) == UInt8(ascii: "x") { base = 16; s = s.dropFirst(2) }
            else { base = 8; s = s.dropFirst(1) }
        }
    } else if base < 2 || base > 36 {
        return (0, .base(base0))
    }
    var bitSize = bitSize0
    if bitSize == 0 { bitSize = 64 } else if bitSize < 0 || bitSize > 64 { return (0, .bitSize(bitSize0)) }
    let cutoff = UInt64.max / UInt64(base) + 1
    let maxVal: UInt64 = bitSize == 64 ? .max : (1 << UInt64(bitSize)) - 1
    var underscores = false
    var n: UInt64 = 0
    for c in s {
        var d: UInt8
        if c == UInt8(ascii: "_") && prefixed { underscores = true; continue }
        if c >= 48 && c <= 57 { d = c - 48 }
        else if lowerASCII(c) >= 97 && lowerASCII(c) <= 122 { d = lowerASCII(c) - 97 + 10 }
        else { return (0, .syntax) }
        if Int(d) >= base { return (0, .syntax) }
        if n >= cutoff { return (maxVal, .range) }
        n &*= UInt64(base)
        let n1 = n &+ UInt64(d)
        if n1 < n || n1 > maxVal { return (maxVal, .range) }
        n = n1
    }
    if underscores && !underscoreOK(s0) { return (0, .syntax) }
    return (n, nil)
}

/// strconv.ParseInt's value and error kind.
func parseInt(_ s0: [UInt8], _ base: Int, _ bitSize0: Int) -> (Int64, NumErrKind?) {
    if s0.isEmpty { return (0, .syntax) }
    var s = s0[...]
    var neg = false
    if s0[0] == UInt8(ascii: "+") { s = s.dropFirst() } else if s0[0] == UInt8(ascii: "-") { neg = true; s = s.dropFirst() }
    let (un, err) = parseUint(Array(s), base, bitSize0)
    if let err, case .range = err {} else if let err { return (0, err) }
    let bitSize = bitSize0 == 0 ? 64 : bitSize0
    let cutoff = UInt64(1) << UInt64(bitSize - 1)
    if !neg && un >= cutoff { return (Int64(bitPattern: cutoff - 1), .range) }
    if neg && un > cutoff { return (0 &- Int64(bitPattern: cutoff), .range) }
    let n = Int64(bitPattern: un)
    return (neg ? 0 &- n : n, nil)
}

/// strconv.Atoi's value and error kind (the fast path's plain syntax check, else ParseInt).
func atoi(_ s: [UInt8]) -> (Int64, NumErrKind?) {
    if s.count > 0 && s.count < 19 {
        var body = s[...]
        if s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") {
            body = body.dropFirst()
            if body.isEmpty { return (0, .syntax) }
        }
        var n: Int64 = 0
        for c in body {
            guard c >= 48 && c <= 57 else { return (0, .syntax) }
            n = n * 10 + Int64(c - 48)
        }
        return (s[0] == UInt8(ascii: "-") ? -n : n, nil)
    }
    return parseInt(s, 10, 0)
}

func formatBits(_ u: UInt64, base: Int, neg: Bool) -> [UInt8] {
    Array(((neg ? "-" : "") + String(u, radix: base)).utf8)
}

// MARK: - Floats

/// Go's float syntax: the length of the longest valid prefix read as a
/// number (0 if none), and whether it is hexadecimal.
func readFloatSyntax(_ s: [UInt8]) -> (n: Int, hex: Bool)? {
    var i = 0
    var underscores = false
    if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
    var hex = false
    if i + 2 < s.count && s[i] == UInt8(ascii: "0") && lowerASCII(s[i + 1]) == UInt8(ascii: "x") {
        hex = true
        i += 2
    }
    var sawDot = false, sawDigits = false
    loop: while i < s.count {
        let c = s[i]
        switch c {
        case UInt8(ascii: "_"): underscores = true
        case UInt8(ascii: "."):
            if sawDot { break loop }
            sawDot = true
        case 48...57: sawDigits = true
        default:
            if hex && lowerASCII(c) >= 97 && lowerASCII(c) <= 102 { sawDigits = true } else { break loop }
        }
        i += 1
    }
    if !sawDigits { return nil }
    let expChar = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
    if i < s.count && lowerASCII(s[i]) == expChar {
        i += 1
        if i >= s.count { return nil }
        if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        if i >= s.count || s[i] < 48 || s[i] > 57 { return nil }
        while i < s.count && ((s[i] >= 48 && s[i] <= 57) || s[i] == UInt8(ascii: "_")) {
            if s[i] == UInt8(ascii: "_") { underscores = true }
            i += 1
        }
    } else if hex {
        return nil
    }
    if underscores && !underscoreOK(Array(s[0..<i])) { return nil }
    return (i, hex)
}

/// Go's special values: inf, infinity (signed), nan, any case; (value, bytes read).
func specialFloat(_ s: [UInt8]) -> (Double, Int)? {
    guard let c0 = s.first else { return nil }
    func prefixLen(_ from: Int, _ word: String) -> Int {
        var n = 0
        for (k, w) in word.utf8.enumerated() {
            guard from + k < s.count, lowerASCII(s[from + k]) == w else { break }
            n += 1
        }
        return n
    }
    var sign = 1.0, nsign = 0
    switch c0 {
    case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "i"), UInt8(ascii: "I"):
        if c0 == UInt8(ascii: "-") { sign = -1 }
        if c0 == UInt8(ascii: "+") || c0 == UInt8(ascii: "-") { nsign = 1 }
        var n = prefixLen(nsign, "infinity")
        if n > 3 && n < 8 { n = 3 }
        if n == 3 || n == 8 { return (sign * .infinity, nsign + n) }
    case UInt8(ascii: "n"), UInt8(ascii: "N"):
        if prefixLen(0, "nan") == 3 { return (.nan, 3) }
    default: break
    }
    return nil
}

/// strconv.ParseFloat's value and error kind.
func parseFloat(_ s: [UInt8], bitSize: Int) -> (Double, NumErrKind?) {
    if let (v, n) = specialFloat(s) {
        return n == s.count ? (bitSize == 32 ? Double(Float(v)) : v, nil) : (0, .syntax)
    }
    guard let (n, _) = readFloatSyntax(s), n == s.count else { return (0, .syntax) }
    var text = s.filter { $0 != UInt8(ascii: "_") }
    text.append(0)
    let v: Double = text.withUnsafeBufferPointer { p in
        let cs = UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self)
        return bitSize == 32 ? Double(strtof(cs, nil)) : strtod(cs, nil)
    }
    return v.isInfinite ? (v, .range) : (v, nil)
}

// MARK: - Append

/// Go's append on a []byte, piece by piece: in place while the capacity
/// lasts, then in Swift memory with the capacity growslice would give;
/// `finish` allocates the grown array.
struct GoAppend {
    var base: UInt
    var len: Int
    var cap: Int
    var grown: [UInt8]? = nil

    init(_ slice: (UInt, Int, Int)) { (base, len, cap) = slice }

    /// growslice's new capacity for a byte slice that must hold `need`.
    static func grow(_ cap: Int, _ need: Int) -> Int {
        var newcap = cap
        let doublecap = cap + cap
        if need > doublecap { newcap = need } else if cap < 256 { newcap = doublecap } else {
            while newcap < need { newcap += (newcap + 3 * 256) >> 2 }
        }
        return SizeClasses.roundupsize(newcap, noscan: true)
    }

    /// make([]byte, len, n) and a copy: an exact capacity (appendQuotedWith's preallocation).
    mutating func reserveExact(_ n: Int) {
        grown = contents()
        cap = n
    }

    mutating func append(_ piece: [UInt8]) {
        if piece.isEmpty { return }
        if len + piece.count > cap {
            if grown == nil { grown = contents() }
            cap = GoAppend.grow(cap, len + piece.count)
        }
        if grown != nil {
            grown! += piece
        } else {
            piece.withUnsafeBytes { UnsafeMutableRawPointer(bitPattern: base)!.advanced(by: len).copyMemory(from: $0.baseAddress!, byteCount: piece.count) }
        }
        len += piece.count
    }

    func contents() -> [UInt8] {
        guard len > 0, let p = UnsafeRawPointer(bitPattern: base) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: len))
    }

    /// The resulting slice header.
    func finish(_ vm: VM) -> (UInt, Int, Int) {
        guard let g = grown else { return (base, len, cap) }
        let p = vm.mallocgc(cap, type: nil)
        g.withUnsafeBytes { if !g.isEmpty { p.copyMemory(from: $0.baseAddress!, byteCount: g.count) } }
        return (UInt(bitPattern: p), len, cap)
    }
}

func byteSlice(_ a: UnsafeMutableRawPointer, _ off: Int) -> (UInt, Int, Int) {
    a.load(fromByteOffset: off, as: (UInt, Int, Int).self)
}

/// Appends one piece to dst (at offset 0) and stores the result at `resultOff`.
func appendOne(_ v: VM, _ a: UnsafeMutableRawPointer, _ piece: [UInt8], resultOff: Int) -> Int32 {
    var g = GoAppend(byteSlice(a, 0))
    g.append(piece)
    v.nativeArgs().storeBytes(of: g.finish(v), toByteOffset: resultOff, as: (UInt, Int, Int).self)
    return 0
}

/// AppendQuote*: Go's preallocation, then the pieces.
func appendQuoted(_ v: VM, _ a: UnsafeMutableRawPointer, ascii: Bool, graphic: Bool) -> Int32 {
    let s = Args(p: a).bytes(24)
    var g = GoAppend(byteSlice(a, 0))
    if g.cap - g.len < s.count { g.reserveExact(g.len + 1 + s.count + 1) }
    quotedPieces(s, quote: 0x22, ascii: ascii, graphic: graphic) { g.append($0) }
    v.nativeArgs().storeBytes(of: g.finish(v), toByteOffset: 40, as: (UInt, Int, Int).self)
    return 0
}

func appendQuotedRune(_ v: VM, _ a: UnsafeMutableRawPointer, ascii: Bool, graphic: Bool) -> Int32 {
    var g = GoAppend(byteSlice(a, 0))
    quotedRunePieces(Int64(a.load(fromByteOffset: 24, as: Int32.self)), ascii: ascii, graphic: graphic) { g.append($0) }
    v.nativeArgs().storeBytes(of: g.finish(v), toByteOffset: 32, as: (UInt, Int, Int).self)
    return 0
}

/// FormatFloat's checks: fmt byte and bitSize; nil and a panic status when the bit size is wrong.
func floatText(_ v: VM, _ f: Double, _ fmt: Int, _ prec: Int, _ bitSize: Int, fn: String) -> [UInt8]? {
    guard bitSize == 32 || bitSize == 64 else { return nil }
    return formatFloat(f, fmt: UInt8(truncatingIfNeeded: fmt), prec: prec, bitSize: bitSize)
}

// MARK: - Natives

let strconvNatives: [(String, NativeFn)] = [
    ("strconv.ErrRange", { vm, a in a.storeBytes(of: VM.from(vm).errRange, as: (UInt, UInt).self); return 0 }),
    ("strconv.ErrSyntax", { vm, a in a.storeBytes(of: VM.from(vm).errSyntax, as: (UInt, UInt).self); return 0 }),
    ("strconv.NumError.Error", { vm, a in
        let v = VM.from(vm)
        let p = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self))!
        let fn = p.load(as: GoString.self), num = p.load(fromByteOffset: 16, as: GoString.self)
        let err = p.load(fromByteOffset: 32, as: (UInt, UInt).self)
        guard let t = v.errorType(err), let m = t.method(named: "Error") else {
            return v.raiseRuntimeError("invalid memory address or nil pointer dereference")
        }
        let (st, reason) = v.callStringMethod(type: t, data: err.1, method: m)
        if st != .ok { return st.rawValue }
        let text = Array("strconv.".utf8) + Array(fn.bytes) + Array(": parsing ".utf8)
            + Array(quoteBytes(Array(num.bytes), ascii: false).utf8) + Array(": ".utf8) + Array(reason.bytes)
        v.nativeArgs().storeBytes(of: text.withUnsafeBytes { v.newString($0) }, as: GoString.self)
        return 0
    }),
    ("strconv.NumError.Unwrap", { _, a in
        let p = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self))!
        a.storeBytes(of: p.load(fromByteOffset: 32, as: (UInt, UInt).self), as: (UInt, UInt).self)
        return 0
    }),
    ("strconv.Itoa", { vm, a in
        let A = Args(p: a); A.set(8, VM.from(vm).newString(String(A.int(0)))); return 0
    }),
    ("strconv.Atoi", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let s = A.bytes(0)
        let (n, err) = atoi(s)
        let e = err.map { v.numError("Atoi", s, $0) } ?? (0, 0)
        let o = Args(p: v.nativeArgs()); o.set(16, Int(n)); o.set(24, e)
        return 0
    }),
    ("strconv.ParseInt", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let s = A.bytes(0)
        let (n, err) = parseInt(s, A.int(16), A.int(24))
        let e = err.map { v.numError("ParseInt", s, $0) } ?? (0, 0)
        let o = Args(p: v.nativeArgs()); o.set(32, Int(n)); o.set(40, e)
        return 0
    }),
    ("strconv.ParseUint", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let s = A.bytes(0)
        let (n, err) = parseUint(s, A.int(16), A.int(24))
        let e = err.map { v.numError("ParseUint", s, $0) } ?? (0, 0)
        let o = Args(p: v.nativeArgs()); o.p.storeBytes(of: n, toByteOffset: 32, as: UInt64.self); o.set(40, e)
        return 0
    }),
    ("strconv.ParseFloat", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let s = A.bytes(0)
        let (f, err) = parseFloat(s, bitSize: A.int(16))
        let e = err.map { v.numError("ParseFloat", s, $0) } ?? (0, 0)
        let o = Args(p: v.nativeArgs()); o.set(24, f); o.set(32, e)
        return 0
    }),
    ("strconv.ParseBool", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let s = A.bytes(0)
        switch String(decoding: s, as: UTF8.self) {
        case "1", "t", "T", "true", "TRUE", "True": A.set(16, true); A.set(24, (UInt(0), UInt(0)))
        case "0", "f", "F", "false", "FALSE", "False": A.set(16, false); A.set(24, (UInt(0), UInt(0)))
        default:
            let e = v.numError("ParseBool", s, .syntax)
            let o = Args(p: v.nativeArgs()); o.set(16, false); o.set(24, e)
        }
        return 0
    }),
    ("strconv.FormatBool", { vm, a in
        let A = Args(p: a); A.set(8, VM.from(vm).newString(A.int(0) != 0 ? "true" : "false")); return 0
    }),
    ("strconv.FormatInt", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let base = A.int(8), i = A.int(0)
        guard base >= 2 && base <= 36 else { return v.raisePanicString("strconv: illegal AppendInt/FormatInt base") }
        A.set(16, v.str(formatBits(i.magnitude.toU64, base: base, neg: i < 0))); return 0
    }),
    ("strconv.FormatUint", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let base = A.int(8)
        guard base >= 2 && base <= 36 else { return v.raisePanicString("strconv: illegal AppendInt/FormatInt base") }
        A.set(16, v.str(formatBits(a.load(as: UInt64.self), base: base, neg: false))); return 0
    }),
    ("strconv.FormatFloat", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        guard let t = floatText(v, A.f64(0), A.int(8), A.int(16), A.int(24), fn: "FormatFloat") else {
            return v.raisePanicString("strconv: illegal FormatFloat bitSize")
        }
        A.set(32, v.str(t)); return 0
    }),
    ("strconv.AppendInt", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let base = A.int(32), i = A.int(24)
        guard base >= 2 && base <= 36 else { return v.raisePanicString("strconv: illegal AppendInt/FormatInt base") }
        var g = GoAppend(byteSlice(a, 0))
        if i < 0 { g.append([UInt8(ascii: "-")]) }
        g.append(formatBits(i.magnitude.toU64, base: base, neg: false))
        v.nativeArgs().storeBytes(of: g.finish(v), toByteOffset: 40, as: (UInt, Int, Int).self)
        return 0
    }),
    ("strconv.AppendUint", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let base = A.int(32)
        guard base >= 2 && base <= 36 else { return v.raisePanicString("strconv: illegal AppendInt/FormatInt base") }
        return appendOne(v, a, formatBits(a.load(fromByteOffset: 24, as: UInt64.self), base: base, neg: false), resultOff: 40)
    }),
    ("strconv.AppendBool", { vm, a in
        appendOne(VM.from(vm), a, Array((Args(p: a).int(24) != 0 ? "true" : "false").utf8), resultOff: 32)
    }),
    ("strconv.AppendFloat", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        guard let t = floatText(v, A.f64(24), A.int(32), A.int(40), A.int(48), fn: "AppendFloat") else {
            return v.raisePanicString("strconv: illegal AppendFloat bitSize")
        }
        return appendOne(v, a, t, resultOff: 56)
    }),
    ("strconv.Quote", { vm, a in let A = Args(p: a); A.set(16, VM.from(vm).newString(quoteBytes(A.bytes(0), ascii: false))); return 0 }),
    ("strconv.QuoteToASCII", { vm, a in let A = Args(p: a); A.set(16, VM.from(vm).newString(quoteBytes(A.bytes(0), ascii: true))); return 0 }),
    ("strconv.QuoteToGraphic", { vm, a in
        let A = Args(p: a); A.set(16, VM.from(vm).newString(quoteBytes(A.bytes(0), ascii: false, graphic: true))); return 0
    }),
    ("strconv.QuoteRune", { vm, a in
        Args(p: a).set(8, VM.from(vm).newString(quoteRune(Int64(a.load(as: Int32.self))))); return 0
    }),
    ("strconv.QuoteRuneToASCII", { vm, a in
        Args(p: a).set(8, VM.from(vm).newString(quoteRune(Int64(a.load(as: Int32.self)), ascii: true))); return 0
    }),
    ("strconv.QuoteRuneToGraphic", { vm, a in
        Args(p: a).set(8, VM.from(vm).newString(quoteRune(Int64(a.load(as: Int32.self)), graphic: true))); return 0
    }),
    ("strconv.AppendQuote", { vm, a in appendQuoted(VM.from(vm), a, ascii: false, graphic: false) }),
    ("strconv.AppendQuoteToASCII", { vm, a in appendQuoted(VM.from(vm), a, ascii: true, graphic: false) }),
    ("strconv.AppendQuoteToGraphic", { vm, a in appendQuoted(VM.from(vm), a, ascii: false, graphic: true) }),
    ("strconv.AppendQuoteRune", { vm, a in appendQuotedRune(VM.from(vm), a, ascii: false, graphic: false) }),
    ("strconv.AppendQuoteRuneToASCII", { vm, a in appendQuotedRune(VM.from(vm), a, ascii: true, graphic: false) }),
    ("strconv.AppendQuoteRuneToGraphic", { vm, a in appendQuotedRune(VM.from(vm), a, ascii: false, graphic: true) }),
    ("strconv.CanBackquote", { _, a in let A = Args(p: a); A.set(16, canBackquote(A.bytes(0))); return 0 }),
    ("strconv.IsPrint", { _, a in Args(p: a).set(8, isPrint(a.load(as: Int32.self))); return 0 }),
    ("strconv.IsGraphic", { _, a in Args(p: a).set(8, isGraphicRune(a.load(as: Int32.self))); return 0 }),
    ("strconv.Unquote", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let s = A.bytes(0)
        if let (out, n) = unquotePrefix(s, unescape: true), n == s.count {
            A.set(16, v.str(out)); A.set(32, (UInt(0), UInt(0)))
        } else {
            let e = v.errSyntax
            let o = Args(p: v.nativeArgs()); o.set(16, GoString(ptr: 0, len: 0)); o.set(32, e)
        }
        return 0
    }),
    ("strconv.QuotedPrefix", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let s = A.str(0)
        if let (_, n) = unquotePrefix(A.bytes(0), unescape: false) {
            A.set(16, GoString(ptr: s.ptr, len: n)); A.set(32, (UInt(0), UInt(0)))
        } else {
            let e = v.errSyntax
            let o = Args(p: v.nativeArgs()); o.set(16, GoString(ptr: 0, len: 0)); o.set(32, e)
        }
        return 0
    }),
    ("strconv.UnquoteChar", { vm, a in
        // (s string, quote byte) (value rune, multibyte bool, tail string, err error)
        let v = VM.from(vm), A = Args(p: a)
        let s = A.str(0)
        if let (r, mb, used) = unquoteChar(A.bytes(0)[...], quote: a.load(fromByteOffset: 16, as: UInt8.self)) {
            A.set(24, Int(r)); A.set(32, mb); A.set(40, GoString(ptr: s.ptr + UInt(used), len: s.len - used))
            A.set(56, (UInt(0), UInt(0)))
        } else {
            let e = v.errSyntax
            let o = Args(p: v.nativeArgs())
            o.set(24, 0); o.set(32, false); o.set(40, GoString(ptr: 0, len: 0)); o.set(56, e)
        }
        return 0
    }),
]

extension UInt {
    var toU64: UInt64 { UInt64(self) }
}
