// TimeDuration.swift — the methods of package time's Duration (an int64 of
// nanoseconds) as natives: String (Go's "1h2m0.003s", "1.5ms", "0s"
// format), the unit conversions, Truncate, Round and Abs. Pure functions of
// the value: no clock is involved.
//
// Layout (a method's receiver comes last): String → result string at 0,
// receiver at 16; the one-result methods → result at 0, receiver at 8;
// Truncate/Round(m) → m at 0, result at 8, receiver at 16.
import GoABI
import GoVM

private let second: Int64 = 1_000_000_000

/// Go's Duration.String.
func durationString(_ d: Int64) -> String {
    // The magnitude as unsigned, so that the most negative duration works.
    var u = d < 0 ? UInt64(bitPattern: 0 &- d) : UInt64(bitPattern: d)
    /// v / 10^digits with the fraction's trailing zeros (and a bare point) left out.
    func decimal(_ v: UInt64, _ digits: Int) -> String {
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        var frac = String(v % scale)
        if v % scale == 0 { return String(v / scale) }
        frac = String(repeating: "0", count: digits - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        return String(v / scale) + "." + frac
    }
    var text: String
    if u < UInt64(second) {
        // Below a second: the largest unit of ns, µs, ms that fits.
        if u == 0 { return "0s" }
        if u < 1_000 { text = String(u) + "ns" }
        else if u < 1_000_000 { text = decimal(u, 3) + "µs" }
        else { text = decimal(u, 6) + "ms" }
    } else {
        text = decimal(u % (60 * UInt64(second)), 9) + "s"
        u /= 60 * UInt64(second)
        if u > 0 {
            text = String(u % 60) + "m" + text
            u /= 60
            if u > 0 { text = String(u) + "h" + text }
        }
    }
    return d < 0 ? "-" + text : text
}

/// Go's Duration.Round.
func durationRound(_ d: Int64, _ m: Int64) -> Int64 {
    if m <= 0 { return d }
    var r = d % m
    func lessThanHalf(_ x: Int64, _ y: Int64) -> Bool { UInt64(bitPattern: x) &+ UInt64(bitPattern: x) < UInt64(bitPattern: y) }
    if d < 0 {
        r = 0 &- r
        if lessThanHalf(r, m) { return d &+ r }
        let d1 = d &- m &+ r
        return d1 < d ? d1 : Int64.min
    }
    if lessThanHalf(r, m) { return d &- r }
    let d1 = d &+ m &- r
    return d1 > d ? d1 : Int64.max
}

/// A value split into whole units and the remaining nanoseconds, as a float.
private func inUnits(_ d: Int64, _ unit: Int64) -> Double { Double(d / unit) + Double(d % unit) / Double(unit) }

let timeNatives: [(String, NativeFn)] = [
    ("time.Duration.String", { vm, a in
        let s = VM.from(vm).newString(durationString(a.load(fromByteOffset: 16, as: Int64.self)))
        a.storeBytes(of: s, as: GoString.self)
        return 0
    }),
    ("time.Duration.Nanoseconds", { _, a in a.storeBytes(of: a.load(fromByteOffset: 8, as: Int64.self), as: Int64.self); return 0 }),
    ("time.Duration.Microseconds", { _, a in a.storeBytes(of: a.load(fromByteOffset: 8, as: Int64.self) / 1_000, as: Int64.self); return 0 }),
    ("time.Duration.Milliseconds", { _, a in a.storeBytes(of: a.load(fromByteOffset: 8, as: Int64.self) / 1_000_000, as: Int64.self); return 0 }),
    ("time.Duration.Seconds", { _, a in a.storeBytes(of: inUnits(a.load(fromByteOffset: 8, as: Int64.self), second), as: Double.self); return 0 }),
    ("time.Duration.Minutes", { _, a in a.storeBytes(of: inUnits(a.load(fromByteOffset: 8, as: Int64.self), 60 * second), as: Double.self); return 0 }),
    ("time.Duration.Hours", { _, a in a.storeBytes(of: inUnits(a.load(fromByteOffset: 8, as: Int64.self), 3600 * second), as: Double.self); return 0 }),
    ("time.Duration.Truncate", { _, a in
        let m = a.load(as: Int64.self), d = a.load(fromByteOffset: 16, as: Int64.self)
        a.storeBytes(of: m <= 0 ? d : d &- d % m, toByteOffset: 8, as: Int64.self)
        return 0
    }),
    ("time.Duration.Round", { _, a in
        a.storeBytes(of: durationRound(a.load(fromByteOffset: 16, as: Int64.self), a.load(as: Int64.self)), toByteOffset: 8, as: Int64.self)
        return 0
    }),
    ("time.Duration.Abs", { _, a in
        let d = a.load(fromByteOffset: 8, as: Int64.self)
        a.storeBytes(of: d >= 0 ? d : (d == Int64.min ? Int64.max : -d), as: Int64.self)
        return 0
    }),
]
