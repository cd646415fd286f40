// Math.swift — natives of package math: the functions whose Go result is
// exactly determined (IEEE operations, exact remainders, bit patterns,
// rounding, frexp/ldexp), so the C library or Swift gives Go's bits.
//
// Go computes Exp, Log, Sin and the other transcendental functions with its
// own algorithms (assembly on amd64 for some); a C library's result differs
// from Go's in the last bit for many arguments, which would print different
// digits, so those stay "not supported yet". Pow is Go's algorithm for the
// cases it does with IEEE arithmetic alone (integer exponents by repeated
// squaring with frexp normalisation, ±0.5 by Sqrt, the special values);
// other fractional exponents need Go's Exp and Log and stop the program.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoVM

/// Float32 values live in frame slots as their bits in the low 32 bits.
@inline(__always) func f32(_ a: UnsafeMutableRawPointer, _ off: Int) -> Float { Float(bitPattern: a.load(fromByteOffset: off, as: UInt32.self)) }
@inline(__always) func setF32(_ a: UnsafeMutableRawPointer, _ off: Int, _ v: Float) {
    a.storeBytes(of: UInt64(v.bitPattern), toByteOffset: off, as: UInt64.self)
}

/// Go's Pow where it needs no Exp or Log; nil when it would.
func goPow(_ x: Double, _ y: Double) -> Double? {
    func isOddInt(_ v: Double) -> Bool {
        if abs(v) >= 9007199254740992 { return false }
        let i = v.rounded(.towardZero)
        return i == v && Int64(i) & 1 == 1
    }
    if y == 0 || x == 1 { return 1 }
    if y == 1 { return x }
    if x.isNaN || y.isNaN { return .nan }
    if x == 0 {
        if y < 0 { return x.sign == .minus && isOddInt(y) ? -.infinity : .infinity }
        return x.sign == .minus && isOddInt(y) ? x : 0
    }
    if y.isInfinite {
        if x == -1 { return 1 }
        return (abs(x) < 1) == (y > 0) ? 0 : .infinity
    }
    if x.isInfinite {
        if x < 0 { return goPow(1 / x, -y) }
        return y < 0 ? 0 : .infinity
    }
    if y == 0.5 { return x.squareRoot() }
    if y == -0.5 { return 1 / x.squareRoot() }
    let ay = abs(y)
    let yi = ay.rounded(.towardZero), yf = ay - yi
    if yf != 0 && x < 0 { return .nan }
    if yi >= 9223372036854775808 {
        if x == -1 { return 1 }
        return (abs(x) < 1) == (y > 0) ? 0 : .infinity
    }
    if yf != 0 { return nil }    // x**yf needs Go's Exp(yf * Log(x))
    // x**yi: square a mantissa in [0.5, 1), keep the powers of two apart.
    var acc = 1.0, accExp = 0
    var e: Int32 = 0
    var m = frexp(x, &e)
    var me = Int(e)
    var bits = Int64(yi)
    while bits != 0 {
        if me < -(1 << 12) || me > 1 << 12 {
            accExp += me    // the result under- or overflows whatever the remaining bits
            break
        }
        if bits & 1 == 1 { acc *= m; accExp += me }
        m *= m
        me <<= 1
        if m < 0.5 { m += m; me -= 1 }
        bits >>= 1
    }
    if y < 0 { acc = 1 / acc; accExp = -accExp }
    return goLdexp(acc, accExp)
}

/// Go's Ldexp: frac × 2^exp, rounded once (scalbn), exponents clamped.
func goLdexp(_ frac: Double, _ exp: Int) -> Double {
    if frac == 0 || frac.isInfinite || frac.isNaN { return frac }
    return scalbn(frac, Int32(clamping: exp))
}

/// Go's Pow10: products of correctly rounded powers of ten, as Go's tables give.
let pow10tab: [Double] = [1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                          1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31]
let pow10postab32: [Double] = [1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288]
let pow10negtab32: [Double] = [1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288,
                               Double(bitPattern: 0x7E8) /* 1e-320, a subnormal */]

func goPow10(_ n: Int) -> Double {
    if n >= 0 && n <= 308 { return pow10postab32[n / 32] * pow10tab[n % 32] }
    if n >= -323 && n < 0 { return pow10negtab32[-n / 32] / pow10tab[-n % 32] }
    return n > 0 ? .infinity : 0
}

func goIlogb(_ x: Double) -> Int {
    if x == 0 { return Int(Int32.min) }
    if x.isNaN || x.isInfinite { return Int(Int32.max) }
    return Int(x.exponent)
}

let mathNatives: [(String, NativeFn)] = [
    ("math.Sqrt", { _, a in let A = Args(p: a); A.set(8, A.f64(0).squareRoot()); return 0 }),
    ("math.Floor", { _, a in let A = Args(p: a); A.set(8, A.f64(0).rounded(.down)); return 0 }),
    ("math.Ceil", { _, a in let A = Args(p: a); A.set(8, A.f64(0).rounded(.up)); return 0 }),
    ("math.Trunc", { _, a in let A = Args(p: a); A.set(8, A.f64(0).rounded(.towardZero)); return 0 }),
    ("math.Round", { _, a in let A = Args(p: a); A.set(8, A.f64(0).rounded(.toNearestOrAwayFromZero)); return 0 }),
    ("math.RoundToEven", { _, a in let A = Args(p: a); A.set(8, A.f64(0).rounded(.toNearestOrEven)); return 0 }),
    ("math.Abs", { _, a in let A = Args(p: a); A.set(8, Swift.abs(A.f64(0))); return 0 }),
    ("math.Copysign", { _, a in let A = Args(p: a); A.set(16, Double(signOf: A.f64(8), magnitudeOf: A.f64(0))); return 0 }),
    ("math.Signbit", { _, a in let A = Args(p: a); A.set(8, A.f64(0).sign == .minus); return 0 }),
    ("math.Inf", { _, a in let A = Args(p: a); A.set(8, A.int(0) >= 0 ? Double.infinity : -Double.infinity); return 0 }),
    ("math.IsNaN", { _, a in let A = Args(p: a); A.set(8, A.f64(0).isNaN); return 0 }),
    ("math.IsInf", { _, a in
        let A = Args(p: a), x = A.f64(0), s = A.int(8)
        A.set(16, (s >= 0 && x == .infinity) || (s <= 0 && x == -.infinity)); return 0
    }),
    ("math.NaN", { _, a in let A = Args(p: a); A.set(0, Double.nan); return 0 }),
    ("math.Max", { _, a in
        let A = Args(p: a)
        let x = A.f64(0), y = A.f64(8)
        var r: Double
        if x == .infinity || y == .infinity { r = .infinity }
        else if x.isNaN || y.isNaN { r = .nan }
        else if x == 0 && x == y { r = x.sign == .minus ? y : x }
        else { r = x > y ? x : y }
        A.set(16, r); return 0
    }),
    ("math.Min", { _, a in
        let A = Args(p: a)
        let x = A.f64(0), y = A.f64(8)
        var r: Double
        if x == -.infinity || y == -.infinity { r = -.infinity }
        else if x.isNaN || y.isNaN { r = .nan }
        else if x == 0 && x == y { r = x.sign == .minus ? x : y }
        else { r = x < y ? x : y }
        A.set(16, r); return 0
    }),
    ("math.Dim", { _, a in
        let A = Args(p: a), v = A.f64(0) - A.f64(8)
        A.set(16, v <= 0 ? 0.0 : v); return 0
    }),
    ("math.Mod", { _, a in let A = Args(p: a); A.set(16, fmod(A.f64(0), A.f64(8))); return 0 }),
    ("math.Remainder", { _, a in let A = Args(p: a); A.set(16, remainder(A.f64(0), A.f64(8))); return 0 }),
    ("math.FMA", { _, a in let A = Args(p: a); A.set(24, fma(A.f64(0), A.f64(8), A.f64(16))); return 0 }),
    ("math.Modf", { _, a in
        let A = Args(p: a), f = A.f64(0)
        let i = f.rounded(.towardZero)
        let frac = f - i
        A.set(8, i); A.set(16, Double(signOf: f, magnitudeOf: frac)); return 0
    }),
    ("math.Frexp", { _, a in
        let A = Args(p: a), f = A.f64(0)
        if f == 0 || f.isInfinite || f.isNaN { A.set(8, f); A.set(16, 0); return 0 }
        var e: Int32 = 0
        let m = frexp(f, &e)
        A.set(8, m); A.set(16, Int(e)); return 0
    }),
    ("math.Ldexp", { _, a in let A = Args(p: a); A.set(16, goLdexp(A.f64(0), A.int(8))); return 0 }),
    ("math.Logb", { _, a in
        let A = Args(p: a), x = A.f64(0)
        let r: Double = x == 0 ? -.infinity : (x.isInfinite ? .infinity : (x.isNaN ? x : Double(goIlogb(x))))
        A.set(8, r); return 0
    }),
    ("math.Ilogb", { _, a in let A = Args(p: a); A.set(8, goIlogb(A.f64(0))); return 0 }),
    ("math.Nextafter", { _, a in
        let A = Args(p: a), x = A.f64(0), y = A.f64(8)
        var r: Double
        if x.isNaN || y.isNaN { r = .nan }
        else if x == y { r = x }
        else if x == 0 { r = y.sign == .minus ? -Double(bitPattern: 1) : Double(bitPattern: 1) }
        else if (y > x) == (x > 0) { r = Double(bitPattern: x.bitPattern + 1) }
        else { r = Double(bitPattern: x.bitPattern - 1) }
        A.set(16, r); return 0
    }),
    ("math.Nextafter32", { _, a in
        let x = f32(a, 0), y = f32(a, 8)
        var r: Float
        if x.isNaN || y.isNaN { r = .nan }
        else if x == y { r = x }
        else if x == 0 { r = y.sign == .minus ? -Float(bitPattern: 1) : Float(bitPattern: 1) }
        else if (y > x) == (x > 0) { r = Float(bitPattern: x.bitPattern + 1) }
        else { r = Float(bitPattern: x.bitPattern - 1) }
        setF32(a, 16, r); return 0
    }),
    ("math.Pow", { vm, a in
        let A = Args(p: a)
        guard let r = goPow(A.f64(0), A.f64(8)) else { return VM.from(vm).unsupported("math.Pow with a fractional exponent") }
        A.set(16, r); return 0
    }),
    ("math.Pow10", { _, a in let A = Args(p: a); A.set(8, goPow10(A.int(0))); return 0 }),
    ("math.Float64bits", { _, a in a.storeBytes(of: a.load(as: UInt64.self), toByteOffset: 8, as: UInt64.self); return 0 }),
    ("math.Float64frombits", { _, a in a.storeBytes(of: a.load(as: UInt64.self), toByteOffset: 8, as: UInt64.self); return 0 }),
    ("math.Float32bits", { _, a in a.storeBytes(of: UInt64(a.load(as: UInt32.self)), toByteOffset: 8, as: UInt64.self); return 0 }),
    ("math.Float32frombits", { _, a in a.storeBytes(of: UInt64(a.load(as: UInt32.self)), toByteOffset: 8, as: UInt64.self); return 0 }),
]
