// Ftoa.swift — floating point to text as Go's strconv.FormatFloat does it:
// formats 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', precision -1 (the
// shortest digits that parse back to the same float32 or float64) or a
// fixed precision, correctly rounded.
//
// How it works:
//   1. The float is split into sign, mantissa and binary exponent.
//   2. Digits. Shortest: the fewest digits that read back as the float
//      and, when several such decimals exist, the one nearest the value
//      (Go's rule; a tie cannot occur). Fixed precision: the exact value
//      rounded half-to-even at the wanted digit. Two implementations give
//      the same digits: a fast one (Swift's shortest printer, which picks
//      the nearest of the shortest too, and the C library's exact printf
//      for fixed precision) that formatting uses, and an exact one over
//      big decimals (`exactDecimal`, `shortestDecimal`, `roundDecimal`)
//      that GoStdlibTests checks the fast one against.
//   3. `fmtEFG` lays the digits out (%e exponents have at least two digits;
//      'g' switches to 'e' below 1e-4 or from the precision on, 6 for
//      shortest); 'x' and 'b' read the mantissa bits directly.
//
// Invariant: digit strings never carry leading or trailing zeros; the value
// of (digits, dp) is 0.d1d2...dn × 10^dp.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exact nonnegative decimal: 0.digits × 10^dp; digits are 0...9 values.
struct DecimalDigits {
    var digits: [UInt8]
    var dp: Int
    var isZero: Bool { digits.isEmpty }
}

/// mant × 2^exp2 as an exact decimal (mant < 2^62).
func exactDecimal(_ mant: UInt64, _ exp2: Int) -> DecimalDigits {
    if mant == 0 { return DecimalDigits(digits: [], dp: 0) }
    // Base 10^9 limbs, least significant first.
    let base: UInt64 = 1_000_000_000
    var limbs: [UInt64] = []
    var m = mant
    while m > 0 { limbs.append(m % base); m /= base }
    func mulSmall(_ k: UInt64) {
        var carry: UInt64 = 0
        for i in 0..<limbs.count {
            let x = limbs[i] * k + carry
            limbs[i] = x % base
            carry = x / base
        }
        while carry > 0 { limbs.append(carry % base); carry /= base }
    }
    if exp2 > 0 {
        var k = exp2
        while k >= 31 { mulSmall(1 << 31); k -= 31 }
        if k > 0 { mulSmall(1 << UInt64(k)) }
    } else if exp2 < 0 {
        // mant / 2^n = mant × 5^n / 10^n
        var k = -exp2
        while k >= 13 { mulSmall(1_220_703_125); k -= 13 }
        var p: UInt64 = 1
        for _ in 0..<k { p *= 5 }
        if p > 1 { mulSmall(p) }
    }
    var digits: [UInt8] = []
    digits.reserveCapacity(limbs.count * 9)
    for (i, limb) in limbs.reversed().enumerated() {
        var chunk = [UInt8](repeating: 0, count: 9)
        var x = limb
        for j in stride(from: 8, through: 0, by: -1) { chunk[j] = UInt8(x % 10); x /= 10 }
        if i == 0 {
            let first = chunk.firstIndex(where: { $0 != 0 }) ?? 8
            digits.append(contentsOf: chunk[first...])
        } else {
            digits.append(contentsOf: chunk)
        }
    }
    let n = digits.count
    while let last = digits.last, last == 0 { digits.removeLast() }
    return DecimalDigits(digits: digits, dp: exp2 < 0 ? n + exp2 : n)
}

/// Compares two positive decimals without trailing zeros.
func compareDecimal(_ a: DecimalDigits, _ b: DecimalDigits) -> Int {
    if a.dp != b.dp { return a.dp < b.dp ? -1 : 1 }
    let n = min(a.digits.count, b.digits.count)
    for i in 0..<n where a.digits[i] != b.digits[i] { return a.digits[i] < b.digits[i] ? -1 : 1 }
    if a.digits.count == b.digits.count { return 0 }
    return a.digits.count < b.digits.count ? -1 : 1
}

/// The first n digits of d (n < d.digits.count), truncated, and that plus one unit in the last place.
func truncatedAndNext(_ d: DecimalDigits, _ n: Int) -> (DecimalDigits, DecimalDigits) {
    var down = Array(d.digits[0..<n])
    var up = down
    var dpUp = d.dp
    var i = n - 1
    while i >= 0 && up[i] == 9 { i -= 1 }
    if i < 0 {
        up = [1]
        dpUp += 1
    } else {
        up[i] += 1
        up.removeSubrange((i + 1)...)
    }
    while let last = down.last, last == 0 { down.removeLast() }
    return (DecimalDigits(digits: down, dp: d.dp), DecimalDigits(digits: up, dp: dpUp))
}

/// Whether rounding d to n digits goes up: above half, or exactly half and the kept digit odd.
func roundsUp(_ d: DecimalDigits, _ n: Int) -> Bool {
    guard n >= 0, n < d.digits.count else { return false }
    let next = d.digits[n]
    if next != 5 { return next > 5 }
    if n + 1 < d.digits.count { return true }    // digits are trimmed: something nonzero follows
    return n > 0 && d.digits[n - 1] % 2 == 1
}

/// d rounded half-to-even to n significant digits (n <= 0: to zero or one unit at 10^dp).
func roundDecimal(_ d: DecimalDigits, _ n: Int) -> DecimalDigits {
    if d.isZero || n >= d.digits.count { return d }
    if n < 0 { return DecimalDigits(digits: [], dp: 0) }
    if n == 0 {
        // Only the first digit decides: 0.5 exactly rounds to even (zero).
        if roundsUp(d, 0) { return DecimalDigits(digits: [1], dp: d.dp + 1) }
        return DecimalDigits(digits: [], dp: 0)
    }
    let (down, up) = truncatedAndNext(d, n)
    if roundsUp(d, n) { return up }
    return down.isZero ? DecimalDigits(digits: [], dp: 0) : down
}

/// The parts of a float: sign, mantissa with the implicit bit, exponent of
/// the mantissa's leading bit position (value = mant × 2^(exp - mantBits)).
struct FloatParts {
    var neg: Bool
    var mant: UInt64
    var exp: Int
    var mantBits: Int
    var special: String?    // "NaN", "+Inf", "-Inf"
    /// The biased exponent field was at its minimum or minimum + 1 (no wider gap below).
    var lowestBinade: Bool
}

func floatParts(_ v: Double, bitSize: Int) -> FloatParts {
    let bits: UInt64, expBits: Int, mantBits: Int, bias: Int
    if bitSize == 32 {
        bits = UInt64(Float(v).bitPattern); expBits = 8; mantBits = 23; bias = -127
    } else {
        bits = v.bitPattern; expBits = 11; mantBits = 52; bias = -1023
    }
    let neg = bits >> UInt64(expBits + mantBits) != 0
    var exp = Int(bits >> UInt64(mantBits)) & ((1 << expBits) - 1)
    var mant = bits & ((1 << UInt64(mantBits)) - 1)
    if exp == (1 << expBits) - 1 {
        let s = mant != 0 ? "NaN" : (neg ? "-Inf" : "+Inf")
        return FloatParts(neg: neg, mant: 0, exp: 0, mantBits: mantBits, special: s, lowestBinade: false)
    }
    let lowest = exp <= 1
    if exp == 0 { exp += 1 } else { mant |= 1 << UInt64(mantBits) }
    exp += bias
    return FloatParts(neg: neg, mant: mant, exp: exp, mantBits: mantBits, special: nil, lowestBinade: lowest)
}

/// The shortest decimal that reads back as the float (Go's precision -1).
func shortestDecimal(_ f: FloatParts) -> DecimalDigits {
    let e2 = f.exp - f.mantBits
    let value = exactDecimal(f.mant, e2)
    let upper = exactDecimal(2 * f.mant + 1, e2 - 1)
    let lower = f.mant == 1 << UInt64(f.mantBits) && !f.lowestBinade
        ? exactDecimal(4 * f.mant - 1, e2 - 2)
        : exactDecimal(2 * f.mant - 1, e2 - 1)
    let inclusive = f.mant % 2 == 0
    for n in 1..<max(value.digits.count, 1) {
        let (down, up) = truncatedAndNext(value, n)
        let cl = down.isZero ? -1 : compareDecimal(down, lower)
        let okDown = cl > 0 || (inclusive && cl == 0)
        let cu = compareDecimal(up, upper)
        let okUp = cu < 0 || (inclusive && cu == 0)
        if okDown && okUp { return roundsUp(value, n) ? up : down }
        if okDown { return down }
        if okUp { return up }
    }
    return value
}

/// Digits and decimal point of a printed number ("-1.25e-07", "0.0012",
/// "123.5"): sign ignored, leading and trailing zeros removed.
func parseDigits<S: Sequence>(_ text: S) -> DecimalDigits where S.Element == UInt8 {
    var digits: [UInt8] = []
    var dp = 0, seenPoint = false, exp = 0, expSign = 1, inExp = false
    for c in text {
        switch c {
        case 48...57:
            if inExp { exp = exp * 10 + Int(c - 48); continue }
            if digits.isEmpty && c == 48 { if seenPoint { dp -= 1 }; continue }
            digits.append(c - 48)
            if !seenPoint { dp += 1 }
        case UInt8(ascii: "."): seenPoint = true
        case UInt8(ascii: "e"), UInt8(ascii: "E"): inExp = true
        case UInt8(ascii: "-") where inExp: expSign = -1
        default: break
        }
    }
    while let last = digits.last, last == 0 { digits.removeLast() }
    if digits.isEmpty { return DecimalDigits(digits: [], dp: 0) }
    return DecimalDigits(digits: digits, dp: dp + expSign * exp)
}

/// The shortest digits, from Swift's shortest round-trip printer.
func shortestDigitsFast(_ v: Double, bitSize: Int) -> DecimalDigits {
    parseDigits((bitSize == 32 ? Float(v).description : v.description).utf8)
}

/// The digits of v rounded half-to-even to `significant` digits, or to
/// `fraction` digits after the point, from the C library's exact printf.
func fixedDigitsFast(_ v: Double, bitSize: Int, significant: Int? = nil, fraction: Int? = nil) -> DecimalDigits {
    let x = bitSize == 32 ? Double(Float(v)) : v
    let prec = significant.map { max($0 - 1, 0) } ?? fraction ?? 0
    let size = 400 + prec
    var buf = [CChar](repeating: 0, count: size)
    let n = buf.withUnsafeMutableBufferPointer { b in
        withVaList([Int32(clamping: prec), x]) { vsnprintf(b.baseAddress!, size, significant != nil ? "%.*e" : "%.*f", $0) }
    }
    return parseDigits(buf[0..<Int(n)].lazy.map { UInt8(bitPattern: $0) })
}

/// The same digits as the fast paths, computed exactly (the reference).
func exactDigits(_ v: Double, fmt: UInt8, prec: Int, bitSize: Int) -> DecimalDigits {
    let f = floatParts(v, bitSize: bitSize)
    if f.mant == 0 { return DecimalDigits(digits: [], dp: 0) }
    if prec < 0 { return shortestDecimal(f) }
    let d = exactDecimal(f.mant, f.exp - f.mantBits)
    switch fmt {
    case UInt8(ascii: "e"), UInt8(ascii: "E"): return roundDecimal(d, prec + 1)
    case UInt8(ascii: "f"): return roundDecimal(d, d.dp + prec)
    default: return roundDecimal(d, max(prec, 1))
    }
}

/// Go's strconv.FormatFloat(v, fmt, prec, bitSize) as bytes.
func formatFloat(_ v: Double, fmt: UInt8, prec: Int, bitSize: Int) -> [UInt8] {
    let f = floatParts(v, bitSize: bitSize)
    if let s = f.special { return Array(s.utf8) }
    switch fmt {
    case UInt8(ascii: "b"): return fmtB(f)
    case UInt8(ascii: "x"), UInt8(ascii: "X"): return fmtX(f, prec: prec, upper: fmt == UInt8(ascii: "X"))
    case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "G"): break
    default: return [UInt8(ascii: "%"), fmt]
    }
    var prec = prec
    var d: DecimalDigits
    let shortest = prec < 0
    if f.mant == 0 {
        d = DecimalDigits(digits: [], dp: 0)
    } else if shortest {
        d = shortestDigitsFast(v, bitSize: bitSize)
    } else {
        switch fmt {
        case UInt8(ascii: "e"), UInt8(ascii: "E"): d = fixedDigitsFast(v, bitSize: bitSize, significant: prec + 1)
        case UInt8(ascii: "f"): d = fixedDigitsFast(v, bitSize: bitSize, fraction: prec)
        default:
            if prec == 0 { prec = 1 }
            d = fixedDigitsFast(v, bitSize: bitSize, significant: prec)
        }
    }
    if shortest {
        switch fmt {
        case UInt8(ascii: "e"), UInt8(ascii: "E"): prec = max(d.digits.count - 1, 0)
        case UInt8(ascii: "f"): prec = max(d.digits.count - d.dp, 0)
        default: prec = d.digits.count
        }
    }
    return fmtEFG(neg: f.neg, d, prec: prec, fmt: fmt, shortest: shortest)
}

/// Lays out digits in %e, %f or %g form.
func fmtEFG(neg: Bool, _ d: DecimalDigits, prec: Int, fmt: UInt8, shortest: Bool) -> [UInt8] {
    var prec = prec
    var fmt = fmt
    let nd = d.digits.count
    let dp = d.isZero ? 0 : d.dp
    if fmt == UInt8(ascii: "g") || fmt == UInt8(ascii: "G") {
        var eprec = prec
        if eprec > nd && nd >= dp { eprec = nd }
        if shortest { eprec = 6 }
        let x = dp - 1
        if x < -4 || x >= eprec {
            if prec > nd { prec = nd }
            prec -= 1
            fmt = fmt == UInt8(ascii: "g") ? UInt8(ascii: "e") : UInt8(ascii: "E")
        } else {
            if prec > dp { prec = nd }
            prec = max(prec - dp, 0)
            fmt = UInt8(ascii: "f")
        }
    }
    var out: [UInt8] = []
    if neg { out.append(UInt8(ascii: "-")) }
    func digit(_ i: Int) -> UInt8 { 48 + (i < nd ? d.digits[i] : 0) }
    if fmt == UInt8(ascii: "e") || fmt == UInt8(ascii: "E") {
        out.append(digit(0))
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...prec { out.append(digit(i)) }
        }
        out.append(fmt)
        var x = nd == 0 ? 0 : dp - 1
        out.append(x < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        x = abs(x)
        if x < 10 { out.append(48) }
        out.append(contentsOf: String(x).utf8)
        return out
    }
    // %f
    if dp > 0 {
        for i in 0..<dp { out.append(digit(i)) }
    } else {
        out.append(48)
    }
    if prec > 0 {
        out.append(UInt8(ascii: "."))
        for i in 0..<prec {
            let k = dp + i
            out.append(k < 0 ? 48 : digit(k))
        }
    }
    return out
}

/// %b: decimal mantissa, 'p', binary exponent.
func fmtB(_ f: FloatParts) -> [UInt8] {
    var s = f.neg ? "-" : ""
    let e = f.exp - f.mantBits
    s += String(f.mant) + "p" + (e >= 0 ? "+" : "") + String(e)
    return Array(s.utf8)
}

/// %x: -0x1.hhhhp±dd, the mantissa in hex with a leading 1 (0 for zero).
func fmtX(_ f: FloatParts, prec: Int, upper: Bool) -> [UInt8] {
    var mant = f.mant
    var exp = mant == 0 ? 0 : f.exp
    // Leading one at bit 60, four bits per hex digit after it.
    mant <<= UInt64(60 - f.mantBits)
    while mant != 0 && mant & (1 << 60) == 0 { mant <<= 1; exp -= 1 }
    if prec >= 0 && prec < 15 {
        let shift = UInt64(prec * 4)
        let dropped = (mant << shift) & ((1 << 60) - 1)
        mant >>= 60 - shift
        let half: UInt64 = 1 << 59
        if dropped > half || (dropped == half && mant & 1 == 1) { mant += 1 }
        mant <<= 60 - shift
        if mant & (1 << 61) != 0 { mant >>= 1; exp += 1 }
    }
    let hex = Array((upper ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
    var out: [UInt8] = []
    if f.neg { out.append(UInt8(ascii: "-")) }
    out.append(48)
    out.append(upper ? UInt8(ascii: "X") : UInt8(ascii: "x"))
    out.append(48 + UInt8((mant >> 60) & 1))
    mant <<= 4
    if prec < 0 && mant != 0 {
        out.append(UInt8(ascii: "."))
        while mant != 0 { out.append(hex[Int((mant >> 60) & 15)]); mant <<= 4 }
    } else if prec > 0 {
        out.append(UInt8(ascii: "."))
        for _ in 0..<prec { out.append(hex[Int((mant >> 60) & 15)]); mant <<= 4 }
    }
    out.append(upper ? UInt8(ascii: "P") : UInt8(ascii: "p"))
    out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    let x = abs(exp)
    if x < 10 { out.append(48) }
    out.append(contentsOf: String(x).utf8)
    return out
}
