// FtoaTests.swift — Ftoa.swift's fast digit paths (Swift's shortest printer,
// the C library's printf) against its exact big-decimal reference, over
// random float64 and float32 bit patterns, edge values and precisions; and
// a few layouts checked against Go's own output.
import Testing
@testable import GoStdlib

@Suite struct FtoaTests {
    /// xorshift64: a fixed sequence of bit patterns.
    struct Rng { var s: UInt64; mutating func next() -> UInt64 { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s } }

    static let edges: [Double] = [0, 1, 0.1, 0.5, 1.5, 2.5, 1e23, Double.leastNonzeroMagnitude, 2.2250738585072014e-308,
                                  Double(bitPattern: 0x000F_FFFF_FFFF_FFFF), 1.7976931348623157e308, 9007199254740992,
                                  0.3, 100, 1e21, 1e-7, 4.35, 99.995, 1.005, 2.675,
                                  Double(Float.greatestFiniteMagnitude), Double(Float.leastNonzeroMagnitude), 8.589973e9]

    func check(_ v: Double, bitSize: Int) {
        let short = shortestDigitsFast(v, bitSize: bitSize)
        let exactShort = exactDigits(v, fmt: UInt8(ascii: "g"), prec: -1, bitSize: bitSize)
        #expect(short.digits == exactShort.digits && short.dp == exactShort.dp, "shortest \(v) bits \(bitSize)")
        for prec in [0, 1, 3, 6, 17, 25] {
            let e = fixedDigitsFast(v, bitSize: bitSize, significant: prec + 1)
            let ee = exactDigits(v, fmt: UInt8(ascii: "e"), prec: prec, bitSize: bitSize)
            #expect(e.digits == ee.digits && (e.digits.isEmpty || e.dp == ee.dp), "%.\(prec)e of \(v) bits \(bitSize)")
            let f = fixedDigitsFast(v, bitSize: bitSize, fraction: prec)
            let fe = exactDigits(v, fmt: UInt8(ascii: "f"), prec: prec, bitSize: bitSize)
            #expect(f.digits == fe.digits && (f.digits.isEmpty || f.dp == fe.dp), "%.\(prec)f of \(v) bits \(bitSize)")
        }
    }

    @Test func fastDigitsMatchExactDigits() {
        var rng = Rng(s: 88172645463325252)
        for v in FtoaTests.edges { check(v, bitSize: 64); check(v, bitSize: 32) }
        for _ in 0..<3000 {
            let d = Double(bitPattern: rng.next() & ~(UInt64(1) << 63))
            if d.isFinite { check(d, bitSize: 64) }
            let f = Float(bitPattern: UInt32(truncatingIfNeeded: rng.next()) & ~(UInt32(1) << 31))
            if f.isFinite { check(Double(f), bitSize: 32) }
            // values of everyday size too
            let m = Double(rng.next() % 1_000_000_007) / Double(rng.next() % 999_983 + 1)
            check(m, bitSize: 64)
        }
    }

    @Test func layoutsMatchGo() {
        func ff(_ v: Double, _ fmt: Character, _ prec: Int, _ bits: Int = 64) -> String {
            String(decoding: formatFloat(v, fmt: fmt.asciiValue!, prec: prec, bitSize: bits), as: UTF8.self)
        }
        // Expected strings printed by Go 1.27's strconv.FormatFloat.
        #expect(ff(1e21, "g", -1) == "1e+21")
        #expect(ff(123456789, "g", -1) == "1.23456789e+08")
        #expect(ff(0.0001, "g", -1) == "0.0001")
        #expect(ff(0.00001, "g", -1) == "1e-05")
        #expect(ff(1.0 / 3, "f", 4) == "0.3333")
        #expect(ff(2.5, "e", 3, 32) == "2.500e+00")
        #expect(ff(1234.5678, "g", 3) == "1.23e+03")
        #expect(ff(1, "x", -1) == "0x1p+00")
        #expect(ff(255.5, "X", -1) == "0X1.FFP+07")
        #expect(ff(1, "b", -1) == "4503599627370496p-52")
        #expect(ff(-0.0, "f", 2) == "-0.00")
        #expect(ff(0.5, "f", 0) == "0" && ff(1.5, "f", 0) == "2" && ff(2.5, "f", 0) == "2")
        #expect(ff(Double.leastNonzeroMagnitude, "e", -1) == "5e-324")
        #expect(ff(.infinity, "g", -1) == "+Inf" && ff(-.infinity, "e", 3) == "-Inf" && ff(.nan, "f", 1) == "NaN")
    }
}
