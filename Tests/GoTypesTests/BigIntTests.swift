// BigIntTests.swift — GoTypes' own arbitrary-precision integers (BigInt.swift):
// division checked against multiplication on many word patterns, text in
// several radixes, conversions to and from Double and the fixed-size integers.
import Testing
@testable import GoTypes

@Suite struct BigIntTests {
    /// A deterministic generator (xorshift64*), so a failure can be replayed.
    struct Rand {
        var s: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt {
            s ^= s >> 12; s ^= s << 25; s ^= s >> 27
            return UInt(s &* 0x2545_F491_4F6C_DD1D)
        }
        /// Words that exercise the corner cases of long division.
        mutating func word() -> UInt {
            switch next() % 6 {
            case 0: return 0
            case 1: return UInt.max
            case 2: return 1 << 63
            case 3: return UInt.max - 1
            case 4: return 1
            default: return next()
            }
        }
        mutating func big(maxWords: Int) -> BigUInt {
            BigUInt(words: (0..<Int(next() % UInt(maxWords) + 1)).map { _ in word() })
        }
    }

    @Test func divisionInvertsMultiplication() {
        var r = Rand()
        for _ in 0..<20_000 {
            let a = r.big(maxWords: 8), b = r.big(maxWords: 5)
            if b.isZero { continue }
            let (q, rem) = a.quotientAndRemainder(dividingBy: b)
            #expect(rem < b)
            #expect(q * b + rem == a)
            if q * b + rem != a { break }
        }
    }

    @Test func signedArithmeticTruncates() {
        #expect(BigInt(-7) / BigInt(2) == -3)
        #expect(BigInt(-7) % BigInt(2) == -1)
        #expect(BigInt(7) % BigInt(-2) == 1)
        #expect(BigInt(-7) * BigInt(-3) == 21)
        #expect(BigInt(5) - BigInt(9) == -4)
        #expect(-BigInt(0) == 0 && (-BigInt(0)).sign == .plus)
        #expect(BigInt(3).power(40).description == "12157665459056928801")
        #expect(BigInt(-2).power(3) == -8)
        #expect((BigInt(1) << 200).description == "1606938044258990275541962092341162602522202993782792835301376")
        #expect(BigUInt(48).greatestCommonDivisor(with: BigUInt(180)) == 12)
    }

    @Test func textInRadixes() {
        let x = BigInt("-123456789012345678901234567890")!
        #expect(x.description == "-123456789012345678901234567890")
        #expect(BigInt("ffFFffFFffFFffFFff", radix: 16)!.description == "4722366482869645213695")
        #expect(BigInt("777", radix: 8) == 511)
        #expect(BigInt("+101", radix: 2) == 5)
        #expect(BigInt("", radix: 10) == nil)
        #expect(BigInt("-", radix: 10) == nil)
        #expect(BigInt("12a", radix: 10) == nil)
        #expect(BigInt("8", radix: 8) == nil)
        #expect(BigInt("1_0", radix: 10) == nil)
        #expect(BigInt("0000000000000000000000000000042")!.description == "42")
        #expect((BigInt(1) << 64).magnitude.toString(radix: 16) == "10000000000000000")
    }

    @Test func fixedSizeAndFloatingConversions() {
        #expect(Int64(exactly: BigInt(Int64.max)) == Int64.max)
        #expect(Int64(exactly: BigInt(Int64.min)) == Int64.min)
        #expect(Int64(exactly: BigInt(Int64.max) + 1) == nil)
        #expect(UInt64(exactly: BigInt(UInt64.max)) == UInt64.max)
        #expect(UInt64(exactly: BigInt(-1)) == nil)
        #expect(UInt64(exactly: BigInt(1) << 64) == nil)
        #expect(BigInt(UInt64.max).bitWidth == 65)
        #expect(BigInt(0).bitWidth == 0)
        // correctly rounded, ties to even
        #expect(Double((BigInt(1) << 53) + 1) == 9007199254740992)
        #expect(Double((BigInt(1) << 53) + 3) == 9007199254740996)
        #expect(Double((BigInt(1) << 54) + 3) == 18014398509481988)
        #expect(Double(BigInt(UInt64.max)) == 18446744073709551616)
        #expect(Double(-(BigInt(1) << 2000)) == -.infinity)
        #expect(Float((BigInt(1) << 24) + 1) == 16777216)
        #expect(BigInt(exactly: 1e300)!.description.count == 301)
        #expect(BigInt(exactly: -4096.0) == -4096)
        #expect(BigInt(exactly: 0.5) == nil)
        #expect(BigInt(exactly: Double.infinity) == nil)
        let d = 123456789.0 * 65536 * 65536 * 65536
        #expect(Double(BigInt(exactly: d)!) == d)
    }
}
