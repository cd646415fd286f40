// ConstantTests.swift — exact constant arithmetic and printing (go/constant).
import Testing
@testable import GoSyntax
@testable import GoTypes

@Suite struct ConstantTests {
    func lit(_ s: String, _ k: LitKind) -> Constant { Constant.fromLiteral(s, kind: k) ?? .unknown }

    @Test func integerLiterals() {
        #expect(lit("0x_FF", .int) == .int(255))
        #expect(lit("0o17", .int) == .int(15))
        #expect(lit("017", .int) == .int(15))
        #expect(lit("0b101", .int) == .int(5))
        #expect(lit("1_000_000", .int) == .int(1_000_000))
        #expect(lit("'a'", .rune) == .int(97))
        #expect(lit("'\\xff'", .rune) == .int(255))
        #expect(lit("'世'", .rune) == .int(0x4E16))
    }

    @Test func bigIntegers() {
        let one = Constant.int(1)
        let x = Constant.shift(one, .shl, 70)
        #expect(x.description == "1180591620717411303424")
        #expect(Constant.shift(x, .shr, 70) == one)
        #expect(Constant.shift(.int(-7), .shr, 1) == .int(-4))   // arithmetic shift rounds down
        #expect(Constant.binaryOp(.int(-7), .div, .int(2), intDiv: true) == .int(-3))
        #expect(Constant.binaryOp(.int(-7), .rem, .int(2)) == .int(-1))
        #expect(Constant.binaryOp(.int(-6), .and, .int(3)) == .int(2))
        #expect(Constant.binaryOp(.int(-6), .or, .int(3)) == .int(-5))
        #expect(Constant.binaryOp(.int(6), .andNot, .int(3)) == .int(4))
        #expect(Constant.unaryOp(.xor, .int(0)) == .int(-1))
        #expect(Constant.unaryOp(.xor, .int(0), prec: 8) == .int(255))
    }

    @Test func bitwiseOperandsOfDifferentSizes() {
        // exact two's complement whatever the operands' sizes, as go/constant
        let big = Constant.shift(.int(1), .shl, 64)                       // 1<<64
        let x = Constant.binaryOp(big, .add, .int(1))                     // 1<<64 + 1
        #expect(Constant.binaryOp(x, .andNot, .int(1)) == big)
        #expect(Constant.binaryOp(.int(1), .andNot, x) == .int(0))
        let y = Constant.unaryOp(.sub, Constant.shift(.int(1), .shl, 70)) // -(1<<70)
        #expect(Constant.binaryOp(y, .andNot, .int(5)) == y)
        #expect(Constant.binaryOp(y, .and, .int(-1)) == y)
        #expect(Constant.binaryOp(y, .or, .int(5)) == Constant.binaryOp(y, .add, .int(5)))
        #expect(Constant.binaryOp(x, .xor, .int(-1)) == Constant.unaryOp(.sub, Constant.binaryOp(x, .add, .int(1))))
        #expect(Constant.unaryOp(.xor, .int(1), prec: 64) == Constant.binaryOp(big, .sub, .int(2)))
    }

    @Test func byteOrderMarkRune() {
        #expect(lit("'\\uFEFF'", .rune) == .int(0xFEFF))
        #expect(lit("'\\xef'", .rune) == .int(0xEF))
    }

    @Test func rationals() {
        let third = Constant.binaryOp(.int(1), .div, .int(3))
        #expect(third.kind == .float)
        #expect(third.description == "0.333333")
        let back = Constant.binaryOp(third, .mul, .int(3))
        #expect(back.toInt() == .int(1))
        #expect(lit("1e6", .float).description == "1e+06")
        #expect(lit("2.5", .float).description == "2.5")
        #expect(lit("1e400", .float).description == "1e+400")
        #expect(lit("0.1", .float).toInt() == .unknown)
        #expect(Constant.compare(lit("0.1", .float), .lss, lit("0.2", .float)))
    }

    @Test func complexValues() {
        let c = lit("2i", .imag)
        #expect(c.description == "(0 + 2i)")
        let sq = Constant.binaryOp(c, .mul, c)
        #expect(sq.real.toInt() == .int(-4))
    }

    @Test func strings() {
        #expect(lit("\"a\\tb\"", .string).description == "\"a\\tb\"")
        #expect(lit("`raw\\n`", .string).stringValue == "raw\\n")
        #expect(Constant.binaryOp(.string(Array("ab".utf8)), .add, .string(Array("c".utf8))).stringValue == "abc")
    }

    @Test func representability() {
        #expect(representableConst(.int(255), Typ.uint8).ok)
        #expect(!representableConst(.int(256), Typ.uint8).ok)
        #expect(!representableConst(.int(-1), Typ.uint).ok)
        #expect(representableConst(.int(BigInt(UInt64.max)), Typ.uint64).ok)
        #expect(!representableConst(lit("2.5", .float), Typ.int).ok)
        #expect(representableConst(lit("2.0", .float), Typ.int).ok)
        #expect(!representableConst(lit("1e40", .float), Typ.float32).ok)
        let (ok, r) = representableConst(lit("0.1", .float), Typ.float32)
        #expect(ok && r.doubleValue == Double(Float(0.1)))
    }
}

@Suite struct SizesTests {
    func field(_ name: String, _ t: GoType) -> Var { Var(name: name, type: t, pkg: nil, pos: .none, isField: true) }

    @Test func basics() {
        #expect(Sizes.sizeof(Typ.string) == 16)
        #expect(Sizes.sizeof(GoSlice(Typ.int)) == 24)
        #expect(Sizes.sizeof(Universe.anyType) == 16)
        #expect(Sizes.sizeof(Typ.complex128) == 16)
        #expect(Sizes.alignof(Typ.complex128) == 8)
        #expect(Sizes.alignof(Typ.complex64) == 4)
        #expect(Sizes.sizeof(GoArray(len: 3, elem: Typ.int16)) == 6)
        #expect(Sizes.sizeof(GoMap(key: Typ.int, elem: Typ.int)) == 8)
    }

    @Test func structLayout() {
        // struct{ a bool; b int64; c uint16 } — offsets 0, 8, 16; size 24
        let s = GoStruct(fields: [field("a", Typ.bool), field("b", Typ.int64), field("c", Typ.uint16)])
        #expect(Sizes.offsetsof(s.fields) == [0, 8, 16])
        #expect(Sizes.sizeof(s) == 24)
        #expect(Sizes.alignof(s) == 8)
        // a trailing zero-size field gets one byte of padding
        let z = GoStruct(fields: [field("a", Typ.int32), field("b", GoStruct(fields: []))])
        #expect(Sizes.sizeof(z) == 8)
        #expect(Sizes.sizeof(GoStruct(fields: [])) == 0)
    }
}
