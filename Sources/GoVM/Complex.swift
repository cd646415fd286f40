// Complex.swift — complex64 and complex128 arithmetic (the cadd, csub, cmul,
// cdiv, cneg and ceq instructions) with Go's semantics:
//
//   - A complex value is in memory form in its frame slot: two float64 (16
//     bytes) or two float32 (8 bytes), real part first, as Go lays them out.
//   - + and - work part by part in the parts' own precision.
//   - * computes (ac − bd) + (ad + bc)i in float64 and rounds to float32
//     for complex64 (Go's SSA does the same, to limit cancellation).
//   - / is Go's runtime complex128div (Smith's algorithm, then C99's
//     correction of NaN results to infinities and zeros); complex64
//     operands are widened to complex128 and the quotient narrowed back.
//   - == compares both parts as floats (so +0 == −0 and NaN != NaN).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI

/// Go's runtime complex128div: n / m.
func complex128div(_ a0: Double, _ b0: Double, _ c0: Double, _ d0: Double) -> (Double, Double) {
    var e: Double, f: Double
    if abs(c0) >= abs(d0) {
        let ratio = d0 / c0
        let denom = c0 + ratio * d0
        e = (a0 + b0 * ratio) / denom
        f = (b0 - a0 * ratio) / denom
    } else {
        let ratio = c0 / d0
        let denom = d0 + ratio * c0
        e = (a0 * ratio + b0) / denom
        f = (b0 * ratio - a0) / denom
    }
    guard e.isNaN && f.isNaN else { return (e, f) }
    // Both parts NaN: recover infinities and zeros where the operands say so.
    var a = a0, b = b0, c = c0, d = d0
    /// ±1 for an infinity, ±0 otherwise (sign kept).
    func unit(_ x: Double) -> Double { Double(signOf: x, magnitudeOf: x.isInfinite ? 1 : 0) }
    let inf = Double.infinity
    if c == 0 && d == 0 && (!a.isNaN || !b.isNaN) {
        e = Double(signOf: c, magnitudeOf: inf) * a
        f = Double(signOf: c, magnitudeOf: inf) * b
    } else if (a.isInfinite || b.isInfinite) && c.isFinite && d.isFinite {
        a = unit(a); b = unit(b)
        e = inf * (a * c + b * d)
        f = inf * (b * c - a * d)
    } else if (c.isInfinite || d.isInfinite) && a.isFinite && b.isFinite {
        c = unit(c); d = unit(d)
        e = 0 * (a * c + b * d)
        f = 0 * (b * c - a * d)
    }
    return (e, f)
}

extension VM {
    /// Runs one complex instruction (Bytecode.swift): operands name frame slots.
    func complexOp(_ ins: Instr, _ fp: UnsafeMutableRawPointer) {
        let x = fp + Int(ins.b), y = fp + Int(ins.c), z = fp + Int(ins.a)
        if ins.w == 1 {
            // complex64: two float32; products in float64 as Go computes them.
            let u = x.load(as: Complex64Parts.self), v = y.load(as: Complex64Parts.self)
            var w = Complex64Parts(re: 0, im: 0)
            switch ins.op {
            case .ceq:
                z.storeBytes(of: u.re == v.re && u.im == v.im ? 1 : 0, as: Int64.self)
                return
            case .cneg: w = Complex64Parts(re: -u.re, im: -u.im)
            case .cadd: w = Complex64Parts(re: u.re + v.re, im: u.im + v.im)
            case .csub: w = Complex64Parts(re: u.re - v.re, im: u.im - v.im)
            case .cmul:
                let (wa, wb, wc, wd) = (Double(u.re), Double(u.im), Double(v.re), Double(v.im))
                w = Complex64Parts(re: Float(wa * wc - wb * wd), im: Float(wa * wd + wb * wc))
            default:
                let (e, f) = complex128div(Double(u.re), Double(u.im), Double(v.re), Double(v.im))
                w = Complex64Parts(re: Float(e), im: Float(f))
            }
            z.storeBytes(of: w, as: Complex64Parts.self)
            return
        }
        let u = x.load(as: Complex128Parts.self), v = y.load(as: Complex128Parts.self)
        var w = Complex128Parts(re: 0, im: 0)
        switch ins.op {
        case .ceq:
            z.storeBytes(of: u.re == v.re && u.im == v.im ? 1 : 0, as: Int64.self)
            return
        case .cneg: w = Complex128Parts(re: -u.re, im: -u.im)
        case .cadd: w = Complex128Parts(re: u.re + v.re, im: u.im + v.im)
        case .csub: w = Complex128Parts(re: u.re - v.re, im: u.im - v.im)
        case .cmul: w = Complex128Parts(re: u.re * v.re - u.im * v.im, im: u.re * v.im + u.im * v.re)
        default:
            let (e, f) = complex128div(u.re, u.im, v.re, v.im)
            w = Complex128Parts(re: e, im: f)
        }
        z.storeBytes(of: w, as: Complex128Parts.self)
    }
}
