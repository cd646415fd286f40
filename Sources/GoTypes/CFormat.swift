// CFormat.swift — the printf-style number formatting that messages need,
// without Foundation: C's own formatting (vsnprintf, so %g is exactly C's
// and the old String(format:)'s) and zero-padded hex digits.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// C's printf formatting of `args` (C's conversions; an Int needs %ld, a
/// Double %g/%f/%e, no %@); the C locale's decimal point.
public func cFormat(_ format: String, _ args: CVarArg...) -> String {
    var size = 64
    while true {
        var buf = [CChar](repeating: 0, count: size)
        let n = Int(withVaList(args) { vsnprintf(&buf, size, format, $0) })
        if n < 0 { return "" }
        if n < size { return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        size = n + 1
    }
}

/// C's %.6g (go/constant's String for floats).
public func formatG6(_ d: Double) -> String { cFormat("%.6g", d) }

/// v in lower-case hex, zero-padded to `width` digits (C's %0*x).
public func hexDigits<T: BinaryInteger>(_ v: T, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
