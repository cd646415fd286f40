// FloatFormat.swift — floating-point and complex numbers as text, the way
// Go's strconv writes them with the shortest precision ('g', -1): the print
// builtin (Go 1.27 prints floats and complex numbers so), panic messages,
// and fmt's %v (GoStdlib/Fmt.swift) share these.
//
// The shortest digits come from Swift's description of the value (the
// shortest decimal that reads back as the same float32 / float64, as Go's
// Ryū-based shortest formatting gives).

/// Shortest decimal digits and exponent of v: v = 0.d1d2... × 10^exp.
public func shortestDigits(_ v: Double, bits: Int) -> (digits: [UInt8], exp: Int) {
    let text = bits == 32 ? "\(Float(v))" : "\(v)"
    var mant = text
    var e = 0
    if let i = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mant = String(text[..<i])
        e = Int(text[text.index(after: i)...]) ?? 0
    }
    var intPart = mant
    var frac = ""
    if let dot = mant.firstIndex(of: ".") {
        intPart = String(mant[..<dot])
        frac = String(mant[mant.index(after: dot)...])
    }
    var digits = Array((intPart + frac).utf8).map { $0 - 48 }
    var exp = intPart.count + e
    while digits.count > 1 && digits.first == 0 { digits.removeFirst(); exp -= 1 }
    while digits.count > 1 && digits.last == 0 { digits.removeLast() }
    if digits == [0] { exp = 1 }
    return (digits, exp)
}

/// %v / %g with shortest precision (strconv 'g', -1), exponent when exp < -4 || exp >= limit.
public func shortestG(_ v0: Double, bits: Int, expLimit: Int) -> String {
    if v0.isNaN { return "NaN" }
    if v0.isInfinite { return v0 > 0 ? "+Inf" : "-Inf" }
    let neg = v0.sign == .minus
    let v = abs(v0)
    if v == 0 { return neg ? "-0" : "0" }
    let (d, exp) = shortestDigits(v, bits: bits)
    let x = exp - 1
    var s: String
    let ds = String(decoding: d.map { $0 + 48 }, as: UTF8.self)
    if x < -4 || x >= expLimit {
        s = String(ds.prefix(1))
        if ds.count > 1 { s += "." + ds.dropFirst() }
        s += "e" + (x < 0 ? "-" : "+") + (abs(x) < 10 ? "0" : "") + String(abs(x))
    } else if exp <= 0 {
        s = "0." + String(repeating: "0", count: -exp) + ds
    } else if exp >= d.count {
        s = ds + String(repeating: "0", count: exp - d.count)
    } else {
        s = String(ds.prefix(exp)) + "." + String(ds.dropFirst(exp))
    }
    return neg ? "-" + s : s
}

/// strconv.FormatFloat(v, 'g', -1, bits).
public func formatFloatG(_ v: Double, bits: Int) -> String { shortestG(v, bits: bits, expLimit: 6) }

/// strconv.FormatComplex(complex(re, im), 'g', -1, 2*bits): "(1+2i)", the
/// imaginary part always signed.
public func formatComplexG(_ re: Double, _ im: Double, bits: Int) -> String {
    var i = formatFloatG(im, bits: bits)
    if i.first != "+" && i.first != "-" { i = "+" + i }
    return "(" + formatFloatG(re, bits: bits) + i + "i)"
}
