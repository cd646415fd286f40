// StringTests.swift — UTF-8 as Go decodes and encodes it, and the string
// instructions on frame slots (String.swift).
import Testing
import GoABI
@testable import GoVM

@Suite struct StringTests {
    static func decode(_ bytes: [UInt8]) -> (Int32, Int) {
        bytes.withUnsafeBufferPointer { decodeRune($0.baseAddress!, $0.count) }
    }

    @Test func invalidBytesDecodeAsReplacementOfWidthOne() {
        #expect(StringTests.decode([0x41]) == (0x41, 1))
        #expect(StringTests.decode([0xE2, 0x82, 0xAC]) == (0x20AC, 3))
        #expect(StringTests.decode([0xFF]) == (0xFFFD, 1))
        #expect(StringTests.decode([0xC0, 0x80]) == (0xFFFD, 1))          // overlong
        #expect(StringTests.decode([0xED, 0xA0, 0x80]) == (0xFFFD, 1))    // surrogate
        #expect(StringTests.decode([0xF0, 0x9F, 0x98]) == (0xFFFD, 1))    // truncated
    }

    @Test func invalidRunesEncodeAsReplacement() {
        var b: [UInt8] = []
        encodeRune(0xD800, into: &b)
        #expect(b == [0xEF, 0xBF, 0xBD])
        b = []
        encodeRune(0x1F600, into: &b)
        #expect(b == [0xF0, 0x9F, 0x98, 0x80])
    }

    @Test func concatAndCompareOnFrameSlots() {
        Fixture.run("package main\nfunc main() {}\n") { vm, _ in
            let fp = UnsafeMutableRawPointer.allocate(byteCount: 128, alignment: 16)
            defer { fp.deallocate() }
            vm.storeString(fp, 0, vm.newString("go"))
            vm.storeString(fp, 16, vm.newString("mem"))
            #expect(vm.stringOp(Instr(.concat, 32, 0, 16), fp, 0) == .next)
            #expect(vm.loadString(fp, 32).string == "gomem")
            #expect(vm.stringOp(Instr(.strcmp, 48, 0, 16), fp, 0) == .next)
            #expect(F(fp, 48) == -1)
            #expect(vm.stringOp(Instr(.streq, 48, 32, 32), fp, 0) == .next)
            #expect(F(fp, 48) == 1)
        }
    }
}
