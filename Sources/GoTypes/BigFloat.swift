// BigFloat.swift — binary floating-point constants too large (or too
// small) for an exact rational: go/constant's big.Float fallback.
//
// A value is mant · 2^exp with |mant| < 2^precision (512 bits, as
// go/constant), rounded to nearest-even after every operation. Zero is
// mant 0. `infinity` (exp == Int.max) stands for an exponent beyond what
// Go accepts; any arithmetic on it gives no value (the caller reports
// "constant overflow").
public struct BigFloat: Sendable, Equatable {
    public let mant: BigInt
    public let exp: Int

    static let precision = 512

    public static let infinity = BigFloat(raw: 1, Int.max)
    public var isInfinite: Bool { exp == Int.max }
    public var isZero: Bool { mant.isZero }
    public var sign: Int { mant.isZero ? 0 : (mant.sign == .minus ? -1 : 1) }

    private init(raw m: BigInt, _ e: Int) { mant = m; exp = e }

    /// m · 2^e rounded to `precision` bits (nearest, ties to even).
    public init(_ m: BigInt, _ e: Int) {
        let mag = m.magnitude
        let extra = mag.bitWidth - BigFloat.precision
        if extra <= 0 { self.init(raw: m, e); return }
        var top = mag >> extra
        let rest = mag - (top << extra)
        let half = BigUInt(1) << (extra - 1)
        if half < rest || (rest == half && !(top & 1).isZero) { top += 1 }
        self.init(raw: BigInt(sign: m.sign, magnitude: top), e + extra)
    }

    /// The exact value of a finite Double.
    public init(_ d: Double) {
        if d == 0 || !d.isFinite { self.init(raw: 0, 0); return }
        let sig = BigInt(d.significandBitPattern | (d.isNormal ? (1 << 52) : 0))
        self.init(d < 0 ? -sig : sig, d.isNormal ? Int(d.exponent) - 52 : -1074)
    }

    /// n/d rounded to `precision` bits.
    public static func fromRatio(_ n: BigInt, _ d: BigInt) -> BigFloat {
        if n.isZero { return BigFloat(raw: 0, 0) }
        let neg = (n.sign == .minus) != (d.sign == .minus)
        let a = n.magnitude, b = d.magnitude
        // a quotient of at least precision + 2 bits, then a sticky bit
        let shift = precision + 2 - (a.bitWidth - b.bitWidth)
        let num = shift > 0 ? a << shift : a
        let den = shift < 0 ? b << (-shift) : b
        let (q, r) = num.quotientAndRemainder(dividingBy: den)
        var m = q << 1
        if !r.isZero { m += 1 }
        return BigFloat(BigInt(sign: neg ? .minus : .plus, magnitude: m), -shift - 1)
    }

    /// 10^k for k ≥ 0, by repeated squaring at working precision.
    public static func pow10(_ k: Int) -> BigFloat {
        var result = BigFloat(BigInt(1), 0)
        var base = BigFloat(BigInt(10), 0)
        var k = k
        while k > 0 {
            if k & 1 == 1 { result = result * base }
            k >>= 1
            if k > 0 { base = base * base }
        }
        return result
    }

    public static prefix func - (x: BigFloat) -> BigFloat { x.isInfinite ? x : BigFloat(raw: -x.mant, x.exp) }

    public static func * (x: BigFloat, y: BigFloat) -> BigFloat {
        if x.isInfinite || y.isInfinite { return .infinity }
        return BigFloat(x.mant * y.mant, x.exp + y.exp)
    }

    public static func + (x: BigFloat, y: BigFloat) -> BigFloat {
        if x.isInfinite || y.isInfinite { return .infinity }
        if x.isZero { return y }
        if y.isZero { return x }
        // Align to the smaller exponent; an operand far below the other's
        // precision only matters as a sticky contribution.
        let (hi, lo) = x.exp >= y.exp ? (x, y) : (y, x)
        let gap = hi.exp - lo.exp
        let hiTop = hi.exp + hi.mant.magnitude.bitWidth
        let loTop = lo.exp + lo.mant.magnitude.bitWidth
        if hiTop - loTop > precision + 4 {
            // lo is below half an ulp of hi at full precision: it only
            // counts as a sticky bit under hi's rounding bit.
            let s = precision + 2 - hi.mant.magnitude.bitWidth
            let m = (hi.mant << s) + (lo.mant.sign == .minus ? -1 : 1)
            return BigFloat(m, hi.exp - s)
        }
        return BigFloat((hi.mant << gap) + lo.mant, lo.exp)
    }

    public static func - (x: BigFloat, y: BigFloat) -> BigFloat { x + (-y) }

    public static func / (x: BigFloat, y: BigFloat) -> BigFloat? {
        if y.isZero { return nil }
        if x.isInfinite || y.isInfinite { return .infinity }
        let q = fromRatio(x.mant, y.mant)
        return BigFloat(q.mant, q.exp + x.exp - y.exp)
    }

    /// -1, 0, 1 as x <, ==, > y (finite values).
    public static func compare(_ x: BigFloat, _ y: BigFloat) -> Int { (x - y).sign }

    /// The value as an exact rational n/d when its exponent is modest.
    public var ratio: (BigInt, BigInt)? {
        if isInfinite || abs(exp) > 1 << 16 { return nil }
        return exp >= 0 ? (mant << exp, 1) : (mant, BigInt(1) << (-exp))
    }

    /// Correctly rounded to float64 (overflow: ±infinity; tiny: 0).
    public var doubleValue: Double {
        if isInfinite { return .infinity }
        if isZero { return 0 }
        return BigFloat.round(mant, exp, mantBits: 53, minLSBExp: -1074)
    }

    /// Correctly rounded to float32.
    public var floatValue: Float {
        if isInfinite { return .infinity }
        if isZero { return 0 }
        return Float(BigFloat.round(mant, exp, mantBits: 24, minLSBExp: -149))
    }

    /// m·2^e rounded once to mantBits (fewer in the denormal range) as a Double.
    static func round(_ m: BigInt, _ e: Int, mantBits: Int, minLSBExp: Int) -> Double {
        let mag = m.magnitude
        // The top 64 bits and a sticky bit.
        let drop = max(mag.bitWidth - 64, 0)
        let top = mag >> drop
        var qm = UInt64(top.description) ?? 0
        if drop > 0 && !(mag - (top << drop)).isZero { qm |= 1 }
        let r = roundBinary(qm, e + drop, mantBits: mantBits, minLSBExp: minLSBExp)
        return m.sign == .minus ? -r : r
    }
}

/// qm · 2^e (qm holding a sticky bit in bit 0 if inexact) rounded to
/// nearest-even with mantBits of significand whose least significant bit
/// weighs at least 2^minLSBExp; the result is exact as a Double.
func roundBinary(_ qm: UInt64, _ e: Int, mantBits: Int, minLSBExp: Int) -> Double {
    if qm == 0 { return 0 }
    let bits = 64 - qm.leadingZeroBitCount
    if e > 4096 { return .infinity }
    let drop = max(bits - mantBits, minLSBExp - e)
    if drop <= 0 { return Double(sign: .plus, exponent: e, significand: Double(qm)) }
    if drop > bits { return 0 }   // below half the smallest denormal
    let top = drop == 64 ? 0 : qm >> drop
    let rest = drop == 64 ? qm : qm & ((1 << drop) - 1)
    let half: UInt64 = 1 << (drop - 1)
    var m = top
    if rest > half || (rest == half && top & 1 == 1) { m += 1 }
    return Double(sign: .plus, exponent: e + drop, significand: Double(m))
}
