// BigInt.swift — arbitrary-precision integers for exact constants
// (Constant.swift): BigUInt, a magnitude in 64-bit words, and BigInt, a sign
// and a magnitude. Only what go/constant's arithmetic needs: + - * and
// truncated / % (Knuth's algorithm D), shifts, two's-complement bitwise
// operations, gcd, powers, text in a radix, and exact conversions from and
// correctly rounded conversions to Double. gomem's own, so that the checker
// (and with it the gomem executable) depends on no package and not on
// Foundation. Zero has no sign: BigInt's sign of 0 is always .plus.

/// A non-negative integer of any size: little-endian 64-bit words, without
/// high zero words (0 is no words).
public struct BigUInt: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    var w: [UInt]

    init(words: [UInt]) {
        w = words
        while let last = w.last, last == 0 { w.removeLast() }
    }
    public init() { w = [] }
    public init(integerLiteral v: UInt) { w = v == 0 ? [] : [v] }
    public init<T: BinaryInteger>(_ v: T) {
        precondition(v.signum() >= 0, "negative value for BigUInt")
        self.init(words: Array(v.words))
    }

    public var isZero: Bool { w.isEmpty }
    /// Number of significant bits (0 for 0).
    public var bitWidth: Int { w.isEmpty ? 0 : w.count * 64 - w[w.count - 1].leadingZeroBitCount }

    public static func < (a: BigUInt, b: BigUInt) -> Bool {
        if a.w.count != b.w.count { return a.w.count < b.w.count }
        var i = a.w.count - 1
        while i >= 0 {
            if a.w[i] != b.w[i] { return a.w[i] < b.w[i] }
            i -= 1
        }
        return false
    }

    // MARK: arithmetic

    public static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        let (long, short) = a.w.count >= b.w.count ? (a.w, b.w) : (b.w, a.w)
        var r = long
        var carry: UInt = 0
        for i in 0..<long.count {
            let (s1, o1) = r[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            if carry == 0 && i >= short.count { break }
        }
        if carry != 0 { r.append(carry) }
        return BigUInt(words: r)
    }

    /// a - b; a must be at least b.
    public static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        precondition(!(a < b), "BigUInt subtraction underflow")
        var r = a.w
        var borrow: UInt = 0
        for i in 0..<r.count {
            let (d1, o1) = r[i].subtractingReportingOverflow(i < b.w.count ? b.w[i] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            if borrow == 0 && i >= b.w.count { break }
        }
        return BigUInt(words: r)
    }

    public static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt() }
        var r = [UInt](repeating: 0, count: a.w.count + b.w.count)
        for i in 0..<a.w.count {
            let x = a.w[i]
            if x == 0 { continue }
            var carry: UInt = 0
            for j in 0..<b.w.count {
                let (hi, lo) = x.multipliedFullWidth(by: b.w[j])
                let (s1, o1) = lo.addingReportingOverflow(r[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                r[i + j] = s2
                carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)   // cannot overflow
            }
            r[i + b.w.count] = carry
        }
        return BigUInt(words: r)
    }

    /// Truncated quotient and remainder; y must not be 0.
    public func quotientAndRemainder(dividingBy y: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        precondition(!y.isZero, "BigUInt division by zero")
        if self < y { return (BigUInt(), self) }
        if y.w.count == 1 {
            let d = y.w[0]
            var q = [UInt](repeating: 0, count: w.count)
            var r: UInt = 0
            var i = w.count - 1
            while i >= 0 {
                (q[i], r) = d.dividingFullWidth((r, w[i]))
                i -= 1
            }
            return (BigUInt(words: q), BigUInt(words: [r]))
        }
        // Knuth, TAOCP vol. 2, 4.3.1, algorithm D: normalize so that the
        // divisor's top word has its high bit set, then one quotient word
        // per step, estimated from the top two words and corrected.
        let s = y.w[y.w.count - 1].leadingZeroBitCount
        let v = (y << s).w
        var u = (self << s).w
        while u.count < w.count + 1 { u.append(0) }
        let n = v.count, m = w.count - n
        let vTop = v[n - 1], vNext = v[n - 2]
        var q = [UInt](repeating: 0, count: m + 1)
        var j = m
        while j >= 0 {
            var qhat: UInt, rhat: UInt
            var rhatOverflow = false
            if u[j + n] >= vTop {
                qhat = UInt.max
                let (r, o) = u[j + n - 1].addingReportingOverflow(vTop)
                rhat = r; rhatOverflow = o
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((u[j + n], u[j + n - 1]))
            }
            while !rhatOverflow {
                let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                guard ph > rhat || (ph == rhat && pl > u[j + n - 2]) else { break }
                qhat -= 1
                (rhat, rhatOverflow) = rhat.addingReportingOverflow(vTop)
            }
            // u[j...j+n] -= qhat * v
            var carry: UInt = 0, borrow: UInt = 0
            for i in 0..<n {
                let (ph, pl) = qhat.multipliedFullWidth(by: v[i])
                let (p, o1) = pl.addingReportingOverflow(carry)
                carry = ph &+ (o1 ? 1 : 0)
                let (d1, o2) = u[i + j].subtractingReportingOverflow(p)
                let (d2, o3) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (o2 ? 1 : 0) + (o3 ? 1 : 0)
            }
            let (t1, o1) = u[j + n].subtractingReportingOverflow(carry)
            let (t2, o2) = t1.subtractingReportingOverflow(borrow)
            u[j + n] = t2
            if o1 || o2 {
                // qhat was one too large: add v back
                qhat -= 1
                var c: UInt = 0
                for i in 0..<n {
                    let (s1, a1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, a2) = s1.addingReportingOverflow(c)
                    u[i + j] = s2
                    c = (a1 ? 1 : 0) + (a2 ? 1 : 0)
                }
                u[j + n] &+= c
            }
            q[j] = qhat
            j -= 1
        }
        return (BigUInt(words: q), BigUInt(words: Array(u[0..<n])) >> s)
    }

    public static func / (a: BigUInt, b: BigUInt) -> BigUInt { a.quotientAndRemainder(dividingBy: b).quotient }
    public static func % (a: BigUInt, b: BigUInt) -> BigUInt { a.quotientAndRemainder(dividingBy: b).remainder }

    public static func += (a: inout BigUInt, b: BigUInt) { a = a + b }
    public static func -= (a: inout BigUInt, b: BigUInt) { a = a - b }
    public static func *= (a: inout BigUInt, b: BigUInt) { a = a * b }
    public static func /= (a: inout BigUInt, b: BigUInt) { a = a / b }

    // MARK: shifts and bitwise operations

    public static func << (a: BigUInt, n: Int) -> BigUInt {
        if n < 0 { return a >> -n }
        if a.isZero || n == 0 { return a }
        let words = n / 64, bits = n % 64
        var r = [UInt](repeating: 0, count: words)
        r.reserveCapacity(words + a.w.count + 1)
        if bits == 0 {
            r.append(contentsOf: a.w)
        } else {
            var carry: UInt = 0
            for x in a.w {
                r.append(x << bits | carry)
                carry = x >> (64 - bits)
            }
            r.append(carry)
        }
        return BigUInt(words: r)
    }

    public static func >> (a: BigUInt, n: Int) -> BigUInt {
        if n < 0 { return a << -n }
        let words = n / 64, bits = n % 64
        if words >= a.w.count { return BigUInt() }
        if bits == 0 { return BigUInt(words: Array(a.w[words...])) }
        var r = [UInt](repeating: 0, count: a.w.count - words)
        for i in 0..<r.count {
            let lo = a.w[i + words] >> bits
            let hi = i + words + 1 < a.w.count ? a.w[i + words + 1] << (64 - bits) : 0
            r[i] = lo | hi
        }
        return BigUInt(words: r)
    }

    public static func <<= (a: inout BigUInt, n: Int) { a = a << n }
    public static func >>= (a: inout BigUInt, n: Int) { a = a >> n }

    public static func & (a: BigUInt, b: BigUInt) -> BigUInt {
        BigUInt(words: (0..<min(a.w.count, b.w.count)).map { a.w[$0] & b.w[$0] })
    }
    public static func | (a: BigUInt, b: BigUInt) -> BigUInt {
        BigUInt(words: (0..<max(a.w.count, b.w.count)).map { a.word($0) | b.word($0) })
    }
    public static func ^ (a: BigUInt, b: BigUInt) -> BigUInt {
        BigUInt(words: (0..<max(a.w.count, b.w.count)).map { a.word($0) ^ b.word($0) })
    }
    func word(_ i: Int) -> UInt { i < w.count ? w[i] : 0 }

    // MARK: number theory

    public func greatestCommonDivisor(with other: BigUInt) -> BigUInt {
        var a = self, b = other
        while !b.isZero { (a, b) = (b, a % b) }
        return a
    }

    public func power(_ e: Int) -> BigUInt {
        precondition(e >= 0)
        var result: BigUInt = 1, base = self, e = e
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    // MARK: text

    /// Parses digits of the radix (2...36, either case); nil if there are
    /// none or one is not a digit.
    public init?<S: StringProtocol>(_ text: S, radix: Int = 10) {
        precondition(radix >= 2 && radix <= 36)
        guard !text.isEmpty else { return nil }
        // chunks of k digits, radix^k fitting in a word
        var k = 0, chunkBase: UInt = 1
        while true {
            let (p, o) = chunkBase.multipliedReportingOverflow(by: UInt(radix))
            if o { break }
            chunkBase = p; k += 1
        }
        var r = BigUInt()
        var acc: UInt = 0, n = 0
        for c in text.utf8 {
            let d: UInt
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = UInt(c - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = UInt(c - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard d < UInt(radix) else { return nil }
            acc = acc * UInt(radix) + d
            n += 1
            if n == k {
                r = r.multipliedAdding(chunkBase, acc)
                acc = 0; n = 0
            }
        }
        if n > 0 {
            var p: UInt = 1
            for _ in 0..<n { p *= UInt(radix) }
            r = r.multipliedAdding(p, acc)
        }
        self = r
    }

    /// self * m + a for words m and a.
    func multipliedAdding(_ m: UInt, _ a: UInt) -> BigUInt {
        var r = [UInt](); r.reserveCapacity(w.count + 1)
        var carry = a
        for x in w {
            let (hi, lo) = x.multipliedFullWidth(by: m)
            let (s, o) = lo.addingReportingOverflow(carry)
            r.append(s)
            carry = hi &+ (o ? 1 : 0)
        }
        r.append(carry)
        return BigUInt(words: r)
    }

    /// The digits in the radix (lower case), "0" for 0.
    public func toString(radix: Int = 10) -> String {
        precondition(radix >= 2 && radix <= 36)
        if isZero { return "0" }
        var k = 0, chunkBase: UInt = 1
        while true {
            let (p, o) = chunkBase.multipliedReportingOverflow(by: UInt(radix))
            if o { break }
            chunkBase = p; k += 1
        }
        var chunks: [UInt] = []   // least significant first
        var rest = w
        while !rest.isEmpty {
            var r: UInt = 0
            var i = rest.count - 1
            while i >= 0 {
                (rest[i], r) = chunkBase.dividingFullWidth((r, rest[i]))
                i -= 1
            }
            while let last = rest.last, last == 0 { rest.removeLast() }
            chunks.append(r)
        }
        var s = String(chunks[chunks.count - 1], radix: radix)
        for c in chunks.dropLast().reversed() {
            let part = String(c, radix: radix)
            s += String(repeating: "0", count: k - part.count) + part
        }
        return s
    }

    public var description: String { toString() }
}

/// A signed integer of any size: sign and magnitude.
public struct BigInt: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public enum Sign: Sendable { case plus, minus }

    public private(set) var magnitude: BigUInt
    /// .minus only for a negative value.
    public private(set) var sign: Sign

    public init(sign: Sign, magnitude: BigUInt) {
        self.magnitude = magnitude
        self.sign = magnitude.isZero ? .plus : sign
    }
    public init() { self.init(sign: .plus, magnitude: BigUInt()) }
    public init(_ m: BigUInt) { self.init(sign: .plus, magnitude: m) }
    public init(integerLiteral v: Int) { self.init(v) }
    public init<T: BinaryInteger>(_ v: T) {
        if v.signum() < 0 {
            // the magnitude of a negative T, T.min included
            self.init(sign: .minus, magnitude: BigUInt(v.magnitude))
        } else {
            self.init(sign: .plus, magnitude: BigUInt(v))
        }
    }

    public var isZero: Bool { magnitude.isZero }
    /// The magnitude's bits plus a sign bit; 0 for 0.
    public var bitWidth: Int { isZero ? 0 : magnitude.bitWidth + 1 }

    public static func < (a: BigInt, b: BigInt) -> Bool {
        switch (a.sign, b.sign) {
        case (.minus, .plus): return true
        case (.plus, .minus): return false
        case (.plus, .plus): return a.magnitude < b.magnitude
        case (.minus, .minus): return b.magnitude < a.magnitude
        }
    }

    // MARK: arithmetic

    public static prefix func - (a: BigInt) -> BigInt {
        BigInt(sign: a.sign == .plus ? .minus : .plus, magnitude: a.magnitude)
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.sign == b.sign { return BigInt(sign: a.sign, magnitude: a.magnitude + b.magnitude) }
        if a.magnitude < b.magnitude { return BigInt(sign: b.sign, magnitude: b.magnitude - a.magnitude) }
        return BigInt(sign: a.sign, magnitude: a.magnitude - b.magnitude)
    }
    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }
    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(sign: a.sign == b.sign ? .plus : .minus, magnitude: a.magnitude * b.magnitude)
    }
    /// Truncated division (the quotient rounds toward zero), as Go's / on integers.
    public static func / (a: BigInt, b: BigInt) -> BigInt {
        BigInt(sign: a.sign == b.sign ? .plus : .minus, magnitude: a.magnitude / b.magnitude)
    }
    /// The remainder of truncated division: it has the dividend's sign.
    public static func % (a: BigInt, b: BigInt) -> BigInt {
        BigInt(sign: a.sign, magnitude: a.magnitude % b.magnitude)
    }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }
    public static func /= (a: inout BigInt, b: BigInt) { a = a / b }
    public static func %= (a: inout BigInt, b: BigInt) { a = a % b }

    /// a · 2^n (magnitude shifted; the sign kept).
    public static func << (a: BigInt, n: Int) -> BigInt { BigInt(sign: a.sign, magnitude: a.magnitude << n) }

    public func power(_ e: Int) -> BigInt {
        BigInt(sign: sign == .minus && e & 1 == 1 ? .minus : .plus, magnitude: magnitude.power(e))
    }

    // MARK: two's-complement bitwise operations

    /// f applied to the infinite two's-complement forms of x and y, word by word.
    public static func bitwise(_ x: BigInt, _ y: BigInt, _ f: (UInt, UInt) -> UInt) -> BigInt {
        let n = max(x.magnitude.w.count, y.magnitude.w.count) + 1   // room for the sign
        let a = x.twosComplement(n), b = y.twosComplement(n)
        var r = (0..<n).map { f(a[$0], b[$0]) }
        if r[n - 1] >> 63 == 0 { return BigInt(sign: .plus, magnitude: BigUInt(words: r)) }
        negateWords(&r)
        return BigInt(sign: .minus, magnitude: BigUInt(words: r))
    }

    /// The value in n words of two's complement (n exceeding the magnitude's words).
    func twosComplement(_ n: Int) -> [UInt] {
        var r = (0..<n).map { magnitude.word($0) }
        if sign == .minus { BigInt.negateWords(&r) }
        return r
    }

    static func negateWords(_ r: inout [UInt]) {
        var carry: UInt = 1
        for i in 0..<r.count {
            let (s, o) = (~r[i]).addingReportingOverflow(carry)
            r[i] = s
            carry = o ? 1 : 0
        }
    }

    // MARK: text

    /// Digits of the radix, after an optional + or -; nil if malformed.
    public init?<S: StringProtocol>(_ text: S, radix: Int = 10) {
        var sign = Sign.plus
        var body = Substring(text)
        if body.first == "-" { sign = .minus; body = body.dropFirst() }
        else if body.first == "+" { body = body.dropFirst() }
        guard let m = BigUInt(body, radix: radix) else { return nil }
        self.init(sign: sign, magnitude: m)
    }

    public var description: String { (sign == .minus ? "-" : "") + magnitude.description }

    // MARK: floating point

    /// The integer a Double holds; nil unless it is finite and integral.
    public init?(exactly f: Double) {
        guard f.isFinite, f == f.rounded(.towardZero) else { return nil }
        if f == 0 { self.init(); return }
        // |f| = significand · 2^(exponent-52), the significand with its implicit bit
        let sig = BigUInt(f.significandBitPattern | (1 << 52))
        let e = Int(f.exponent) - 52
        self.init(sign: f < 0 ? .minus : .plus, magnitude: e >= 0 ? sig << e : sig >> -e)
    }
}

extension Int64 {
    /// The value if it fits in an Int64.
    init?(exactly v: BigInt) {
        guard v.magnitude.w.count <= 1 else { return nil }
        let m = v.magnitude.word(0)
        if v.sign == .minus {
            guard m <= UInt(Int64.max) + 1 else { return nil }
            self = m == UInt(Int64.max) + 1 ? Int64.min : -Int64(m)
        } else {
            guard m <= UInt(Int64.max) else { return nil }
            self = Int64(m)
        }
    }
}

extension UInt64 {
    /// The value if it fits in a UInt64.
    init?(exactly v: BigInt) {
        guard v.sign == .plus, v.magnitude.w.count <= 1 else { return nil }
        self = UInt64(v.magnitude.word(0))
    }
    /// The value (it must fit).
    init(_ v: BigUInt) {
        precondition(v.w.count <= 1, "BigUInt too large for UInt64")
        self = UInt64(v.word(0))
    }
}

extension Double {
    /// The nearest Double (ties to even); ±infinity beyond the range.
    init(_ v: BigInt) { self = ratToDouble(v, 1) }
}

extension Float {
    /// The nearest Float (ties to even); ±infinity beyond the range.
    init(_ v: BigInt) { self = ratToFloat(v, 1) }
}
