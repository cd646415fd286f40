// Constant.swift — exact values of Go constants (go/constant).
//
// Representation, as in go/constant:
//   - integers are exact BigInts of any size;
//   - non-integral numbers are exact rationals num/den (den > 1, reduced);
//     a rational with den == 1 is always normalized to .int, so 2.0 is .int(2)
//     (its *type* says untyped float; the value kind says Int, exactly as
//     go/constant's Kind does);
//   - numbers too large for a rational of reasonable size (exponents beyond
//     ±maxExp bits) fall back to a 512-bit BigFloat (BigFloat.swift), as
//     go/constant falls back to big.Float;
//   - complex values are a pair of real values.
// Strings are byte sequences (they may hold invalid UTF-8). BigInt is
// gomem's own (BigInt.swift).
import GoSyntax

public enum Constant: Sendable, Equatable, CustomStringConvertible {
    case unknown
    case bool(Bool)
    case string([UInt8])
    case int(BigInt)
    case rat(BigInt, BigInt)
    case float(BigFloat)
    indirect case complex(Constant, Constant)

    public enum Kind { case unknown, bool, string, int, float, complex }
    public var kind: Kind {
        switch self {
        case .unknown: return .unknown
        case .bool: return .bool
        case .string: return .string
        case .int: return .int
        case .rat, .float: return .float
        case .complex: return .complex
        }
    }

    static let maxExp = 4096

    // MARK: construction

    static func makeRat(_ n: BigInt, _ d: BigInt) -> Constant {
        if d.isZero { return .unknown }
        var n = n, d = d
        if d.sign == .minus { n = -n; d = -d }
        let g = n.magnitude.greatestCommonDivisor(with: d.magnitude)
        if g > 1 { n /= BigInt(g); d /= BigInt(g) }
        if n.magnitude.bitWidth >= maxExp || d.magnitude.bitWidth >= maxExp {
            return .float(BigFloat.fromRatio(n, d))
        }
        return .rat(n, d)
    }

    /// A BigFloat result: back to an exact rational when it is small enough.
    static func fromBig(_ f: BigFloat) -> Constant {
        if f.isInfinite { return .float(f) }
        if let (n, d) = f.ratio, n.magnitude.bitWidth < maxExp, d.magnitude.bitWidth < maxExp { return makeRat(n, d) }
        return .float(f)
    }

    /// The value as a BigFloat (rounded to its precision if not exact).
    var bigFloat: BigFloat {
        switch self {
        case .int(let i): return BigFloat(i, 0)
        case .rat(let n, let d): return BigFloat.fromRatio(n, d)
        case .float(let f): return f
        case .complex(let r, _): return r.bigFloat
        default: return BigFloat(0)
        }
    }

    public static func makeFloat64(_ f: Double) -> Constant {
        if f.isNaN || f.isInfinite { return .unknown }
        if f == 0 { return .rat(0, 1) }
        // f = significand * 2^exp exactly
        let e = Int(f.exponent) - 52
        let sig = BigInt(f.significandBitPattern | (f.isNormal ? (1 << 52) : 0)) * (f < 0 ? -1 : 1)
        let eAdj = f.isNormal ? e : -1074
        if eAdj >= 0 { return makeRat(sig << eAdj, 1) }
        return makeRat(sig, BigInt(1) << (-eAdj))
    }

    /// The value of a literal as the scanner produced it; nil if malformed.
    public static func fromLiteral(_ text: String, kind: LitKind) -> Constant? {
        switch kind {
        case .int: return parseInt(text).map { .int($0) }
        case .float: return parseFloat(text)
        case .imag:
            guard text.hasSuffix("i") else { return nil }
            let body = String(text.dropLast())
            // An integer part of decimal digits only is decimal even with a
            // leading 0 (012i is 12i; 0o12i is 10i), as the spec says.
            let allDecimal = body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") }
            let intPart = allDecimal ? BigInt(String(body.filter { $0 != "_" }), radix: 10) : parseInt(body)
            guard let v = intPart.map({ Constant.int($0) }) ?? parseFloat(body) else { return nil }
            return .complex(.int(0), v)
        case .rune:
            guard let bytes = unquote(text), let s = String(validating: bytes, as: UTF8.self),
                  let u = s.unicodeScalars.first, s.unicodeScalars.count == 1 else {
                // a byte escape like '\xff' yields a single byte
                if let b = unquote(text), b.count == 1 { return .int(BigInt(b[0])) }
                return nil
            }
            return .int(BigInt(u.value))
        case .string:
            return unquote(text).map { .string($0) }
        }
    }

    static func parseInt(_ s0: String) -> BigInt? {
        var s = String(s0.filter { $0 != "_" })
        var radix = 10
        let lower = s.lowercased()
        if lower.hasPrefix("0x") { radix = 16; s = String(s.dropFirst(2)) }
        else if lower.hasPrefix("0b") { radix = 2; s = String(s.dropFirst(2)) }
        else if lower.hasPrefix("0o") { radix = 8; s = String(s.dropFirst(2)) }
        else if s.count > 1 && s.hasPrefix("0") { radix = 8; s = String(s.dropFirst(1)) }
        if s.isEmpty { return nil }
        return BigInt(s, radix: radix)
    }

    static func parseFloat(_ s0: String) -> Constant? {
        let s = String(s0.filter { $0 != "_" }).lowercased()
        if s.hasPrefix("0x") {
            // hex float: 0x mantissa p exp
            let body = s.dropFirst(2)
            let parts = body.split(separator: "p", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return nil }
            let mant = parts[0]
            var exp = 0
            if parts.count == 2 {
                guard let e = Int(parts[1]), Int(Int32.min)...Int(Int32.max) ~= e else { return nil }
                exp = e
            }
            let mp = mant.split(separator: ".", omittingEmptySubsequences: false)
            let intPart = String(mp[0]), frac = mp.count > 1 ? String(mp[1]) : ""
            guard let m = BigInt(intPart + frac == "" ? "0" : intPart + frac, radix: 16) else { return nil }
            exp -= 4 * frac.count
            if abs(exp) > maxExp {
                // big.Float's exponent range (int32) bounds a literal.
                let top = exp + m.magnitude.bitWidth
                guard m.isZero || Int(Int32.min)...Int(Int32.max) ~= top else { return nil }
                return fromBig(BigFloat(m, exp))
            }
            if exp >= 0 { return makeRat(m << exp, 1) }
            return makeRat(m, BigInt(1) << (-exp))
        }
        var mant = s
        var exp = 0
        if let ei = s.firstIndex(of: "e") {
            mant = String(s[..<ei])
            let es = s[s.index(after: ei)...]
            guard let e = Int(es), Int(Int32.min)...Int(Int32.max) ~= e else { return nil }
            exp = e
        }
        let mp = mant.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(mp[0]), frac = mp.count > 1 ? String(mp[1]) : ""
        let digits = intPart + frac
        guard let m = BigInt(digits.isEmpty ? "0" : digits, radix: 10) else { return nil }
        exp -= frac.count
        if m.isZero { return .rat(0, 1) }
        if abs(exp) > 1200 {
            // m·10^exp at 512 bits (1e646456992 / 1e646456991 is 10).
            // Beyond big.Float's binary exponent range (int32): too large
            // is malformed, too small is 0 (as Go).
            let p10 = BigFloat.pow10(abs(exp))
            let v = exp > 0 ? BigFloat(m, 0) * p10 : (BigFloat(m, 0) / p10)!
            let top = v.exp + v.mant.magnitude.bitWidth
            if top > Int(Int32.max) { return nil }
            if top < Int(Int32.min) { return .int(0) }
            return fromBig(v)
        }
        let p = BigInt(10).power(abs(exp))
        return exp >= 0 ? makeRat(m * p, 1) : makeRat(m, p)
    }

    // MARK: accessors

    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var stringBytes: [UInt8]? { if case .string(let s) = self { return s }; return nil }
    public var stringValue: String? { stringBytes.map { String(decoding: $0, as: UTF8.self) } }
    public var intValue: BigInt? { if case .int(let i) = self { return i }; return nil }
    public var int64Value: Int64? {
        guard case .int(let i) = self, i.bitWidth <= 64 else { return nil }
        return Int64(exactly: i)
    }
    public var uint64Value: UInt64? {
        guard case .int(let i) = self, i.sign == .plus || i.isZero else { return nil }
        return UInt64(exactly: i)
    }
    public var doubleValue: Double {
        switch self {
        case .int(let i): return Double(i)
        case .rat(let n, let d): return ratToDouble(n, d)
        case .float(let f): return f.doubleValue
        case .complex(let r, _): return r.doubleValue
        default: return 0
        }
    }
    public var floatValue32: Float {
        switch self {
        case .int(let i): return Float(i)
        case .rat(let n, let d): return ratToFloat(n, d)
        case .float(let f): return f.floatValue
        default: return 0
        }
    }
    public var real: Constant { if case .complex(let r, _) = self { return r }; return isNumeric ? self : .unknown }
    public var imag: Constant { if case .complex(_, let i) = self { return i }; return isNumeric ? .int(0) : .unknown }
    var isNumeric: Bool { switch kind { case .int, .float, .complex: return true; default: return false } }

    /// Sign of a real value: -1, 0, 1.
    public var sign: Int {
        switch self {
        case .int(let i): return i.isZero ? 0 : (i.sign == .minus ? -1 : 1)
        case .rat(let n, _): return n.sign == .minus ? -1 : 1
        case .float(let f): return f.sign
        case .complex(let r, let i): return r.sign == 0 && i.sign == 0 ? 0 : 1
        default: return 1
        }
    }

    // MARK: conversions between kinds

    /// The value as an integer if it is integral (go/constant ToInt).
    public func toInt() -> Constant {
        switch self {
        case .int: return self
        case .rat(let n, let d): return d == 1 ? .int(n) : .unknown
        case .float(let f):
            if let (n, d) = f.ratio, case .rat(let rn, let rd) = Constant.makeRat(n, d), rd == 1 { return .int(rn) }
            return .unknown
        case .complex(let r, let i): return i.sign == 0 ? r.toInt() : .unknown
        default: return .unknown
        }
    }
    public func toFloat() -> Constant {
        switch self {
        case .int(let i): return .rat(i, 1)
        case .rat, .float: return self
        case .complex(let r, let i): return i.sign == 0 ? r.toFloat() : .unknown
        default: return .unknown
        }
    }
    public func toComplex() -> Constant {
        switch self {
        case .int, .rat, .float: return .complex(self, .int(0))
        case .complex: return self
        default: return .unknown
        }
    }

    // MARK: printing (go/constant String)

    public var description: String {
        switch self {
        case .unknown: return "unknown"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s):
            let q = goQuote(s)
            let scalars = Array(q.unicodeScalars)
            if scalars.count > 72 {
                var r = String.UnicodeScalarView()
                r.append(contentsOf: scalars[0..<69])
                return String(r) + "..."
            }
            return q
        case .int(let i): return i.description
        case .rat(let n, let d):
            let f = doubleValue
            if f.isInfinite || (f == 0 && !n.isZero) { return Constant.bigDecimal(n, d) }
            fallthrough
        case .float:
            let f = doubleValue
            if case .float(let big) = self {
                if big.isInfinite { return "+Inf" }
                if f.isInfinite || (f == 0 && !big.isZero) { return Constant.bigDecimal(big) }
            }
            var s = formatG6(f)
            var isInt = false
            if case .rat(_, let d) = self { isInt = d == 1 } else { isInt = f == f.rounded(.towardZero) }
            if !isInt && !s.contains(".") {
                // non-integral but printed without '.': use %g
                s = formatG(f)
            }
            return s
        case .complex(let r, let i): return "(\(r) + \(i)i)"
        }
    }

    /// Approximate decimal form m·10^e of a BigFloat outside float64's range.
    static func bigDecimal(_ f: BigFloat) -> String {
        let bits = f.mant.magnitude.bitWidth + f.exp
        var e = Int(Double(bits) * 0.30102999566398119521)
        let scaled = e >= 0 ? (f / BigFloat.pow10(e))! : f * BigFloat.pow10(-e)
        var m = scaled.doubleValue
        while abs(m) >= 10 { m /= 10; e += 1 }
        while abs(m) < 1 - 0.5e-6 && m != 0 { m *= 10; e -= 1 }
        return formatG6(m) + (e >= 0 ? "e+\(e)" : "e\(e)")
    }

    /// Approximate decimal form m·10^e of a value outside float64's range
    /// (go/constant floatVal.String).
    static func bigDecimal(_ n: BigInt, _ d: BigInt) -> String {
        let bits = n.magnitude.bitWidth - d.magnitude.bitWidth
        var e = Int(Double(bits) * 0.30102999566398119521)
        var m: Double
        if e >= 0 {
            m = ratToDouble(n, d * BigInt(10).power(e))
        } else {
            m = ratToDouble(n * BigInt(10).power(-e), d)
        }
        while abs(m) >= 10 { m /= 10; e += 1 }
        while abs(m) < 1 - 0.5e-6 && m != 0 { m *= 10; e -= 1 }
        return formatG6(m) + (e >= 0 ? "e+\(e)" : "e\(e)")
    }

    /// Exact value text (used by `ExactString`-like needs and tests).
    public var exactString: String {
        switch self {
        case .rat(let n, let d): return "\(n)/\(d)"
        default: return description
        }
    }
}

/// Go's %g for a float64: shortest representation, exponent when exp < -4 || exp >= 21.
func formatG(_ f: Double) -> String {
    if f == 0 { return "0" }
    var s = "\(f)"   // Swift prints the shortest round-tripping digits
    if s.hasSuffix(".0") { s.removeLast(2) }
    // Normalise Swift's exponent form "1e-05" / "1e+20" into Go's.
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        let mant = s[..<e]
        var ex = String(s[s.index(after: e)...])
        var sign = "+"
        if ex.hasPrefix("-") { sign = "-"; ex.removeFirst() } else if ex.hasPrefix("+") { ex.removeFirst() }
        while ex.count > 2 && ex.hasPrefix("0") { ex.removeFirst() }
        if ex.count < 2 { ex = "0" + ex }
        var m = String(mant)
        if m.hasSuffix(".0") { m.removeLast(2) }
        return "\(m)e\(sign)\(ex)"
    }
    // Swift switches to exponent form at 2^53 / 1e16; Go's %g at 1e21.
    return s
}

/// strconv.Quote of a byte string.
func goQuote(_ bytes: [UInt8]) -> String {
    var out = "\""
    var i = 0
    while i < bytes.count {
        let b = bytes[i]
        if b < 0x80 {
            switch b {
            case 0x07: out += "\\a"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x0B: out += "\\v"
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            default:
                if b < 0x20 || b == 0x7F { out += "\\x" + hexDigits(b, 2) }
                else { out += String(UnicodeScalar(b)) }
            }
            i += 1
            continue
        }
        // decode one UTF-8 sequence
        if let (u, n) = decodeUTF8(bytes, i) {
            let printable = u.properties.generalCategory != .control && u.properties.generalCategory != .format
                && u.properties.generalCategory != .unassigned && u.properties.generalCategory != .privateUse
                && u.properties.generalCategory != .surrogate && u.properties.generalCategory != .lineSeparator
                && u.properties.generalCategory != .paragraphSeparator && u.properties.generalCategory != .spaceSeparator
            if printable { out.unicodeScalars.append(u) }
            else if u.value < 0x10000 { out += "\\u" + hexDigits(u.value, 4) }
            else { out += "\\U" + hexDigits(u.value, 8) }
            i += n
        } else {
            out += "\\x" + hexDigits(b, 2)
            i += 1
        }
    }
    return out + "\""
}

func decodeUTF8(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int)? {
    let c = b[i]
    var n = 0, v: UInt32 = 0
    if c & 0xE0 == 0xC0 { n = 2; v = UInt32(c & 0x1F) }
    else if c & 0xF0 == 0xE0 { n = 3; v = UInt32(c & 0x0F) }
    else if c & 0xF8 == 0xF0 { n = 4; v = UInt32(c & 0x07) }
    else { return nil }
    guard i + n <= b.count else { return nil }
    for k in 1..<n {
        let cc = b[i + k]
        guard cc & 0xC0 == 0x80 else { return nil }
        v = (v << 6) | UInt32(cc & 0x3F)
    }
    if (n == 2 && v < 0x80) || (n == 3 && v < 0x800) || (n == 4 && v < 0x10000) { return nil }
    guard let u = Unicode.Scalar(v) else { return nil }
    return (u, n)
}

/// Interprets a Go string or rune literal (quotes included); nil if malformed.
public func unquote(_ text: String) -> [UInt8]? {
    let b = Array(text.utf8)
    guard b.count >= 2 else { return nil }
    let q = b[0]
    guard b[b.count - 1] == q else { return nil }
    let body = b[1..<(b.count - 1)]
    if q == UInt8(ascii: "`") { return body.filter { $0 != 0x0D } }
    var out: [UInt8] = []
    var i = body.startIndex
    func hex(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }
    while i < body.endIndex {
        let c = body[i]
        if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
        i += 1
        guard i < body.endIndex else { return nil }
        let e = body[i]; i += 1
        switch e {
        case UInt8(ascii: "a"): out.append(7)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "t"): out.append(9)
        case UInt8(ascii: "v"): out.append(11)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var v = UInt32(e - 0x30)
            for _ in 0..<2 {
                guard i < body.endIndex, body[i] >= 0x30, body[i] <= 0x37 else { return nil }
                v = v * 8 + UInt32(body[i] - 0x30); i += 1
            }
            guard v < 256 else { return nil }
            out.append(UInt8(v))
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
            var v: UInt32 = 0
            for _ in 0..<n {
                guard i < body.endIndex, let h = hex(body[i]) else { return nil }
                v = v &* 16 &+ h; i += 1
            }
            if n == 2 { out.append(UInt8(truncatingIfNeeded: v)) }
            else {
                guard let u = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(u).utf8))
            }
        default: return nil
        }
    }
    return out
}

// MARK: - rational to binary floating point

/// Correctly rounded n/d as a Double.
func ratToDouble(_ n: BigInt, _ d: BigInt) -> Double {
    return ratToBinary(n, d, mantBits: 53, minLSBExp: -1074)
}
func ratToFloat(_ n: BigInt, _ d: BigInt) -> Float {
    // Rounded once to float32's precision (and its denormal spacing), the
    // value is exact as a Double, so the final conversion does not round.
    return Float(ratToBinary(n, d, mantBits: 24, minLSBExp: -149))
}

/// n/d rounded to nearest-even with mantBits of significand, whose least
/// significant bit weighs at least 2^minLSBExp (the format's smallest
/// denormal), so values at the denormal boundary round once, as Go does.
/// The quotient is computed to 64 bits plus a sticky bit (roundBinary in
/// BigFloat.swift rounds it); overflow gives infinity.
private func ratToBinary(_ n: BigInt, _ d: BigInt, mantBits: Int, minLSBExp: Int) -> Double {
    if n.isZero { return 0 }
    let neg = (n.sign == .minus) != (d.sign == .minus)
    let a = n.magnitude, b = d.magnitude
    // a quotient of 64 or 65 bits
    let shift = 64 - (Int(a.bitWidth) - Int(b.bitWidth))
    let num = shift >= 0 ? a << shift : a
    let den = shift >= 0 ? b : b << (-shift)
    var (q, r) = num.quotientAndRemainder(dividingBy: den)
    var e = -shift
    while q.bitWidth > 64 { let low = q & 1; q >>= 1; e += 1; if low != 0 { r = 1 } }
    var qm = UInt64(q)
    if !r.isZero { qm |= 1 }   // sticky bit
    let result = roundBinary(qm, e, mantBits: mantBits, minLSBExp: minLSBExp)
    return neg ? -result : result
}
