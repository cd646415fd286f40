// StackTests.swift — the frame iterator (Stack.swift) and copystack's
// relocation of the frame chain.
import Testing
import GoABI
@testable import GoVM

@Suite struct StackTests {
    /// Three frames at offsets 0, 64 and 160 of a raw buffer, innermost last.
    static func threeFrames(_ base: UnsafeMutableRawPointer, fn: Int) {
        let offs = [0, 64, 160]
        for (i, o) in offs.enumerated() {
            let fr = base + o
            fr.storeBytes(of: i == 0 ? 0 : UInt(bitPattern: base + offs[i - 1]), toByteOffset: FrameLayout.savedFP, as: UInt.self)
            fr.storeBytes(of: fn, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        }
    }

    @Test func iteratorWalksSavedFPsOutwards() {
        let buf = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buf.deallocate() }
        StackTests.threeFrames(buf, fn: 0)
        var it = FrameIterator(lo: UInt(bitPattern: buf), fp: UInt(bitPattern: buf + 160), funcCount: 1)
        var seen: [Int] = []
        while let f = it.next() { seen.append(Int(f.fp &- UInt(bitPattern: buf))) }
        #expect(seen == [160, 64, 0])
    }

    @Test func iteratorStopsAtAFrameThatIsNoFunction() {
        let buf = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buf.deallocate() }
        StackTests.threeFrames(buf, fn: 0)
        (buf + 64).storeBytes(of: -3, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        var it = FrameIterator(lo: UInt(bitPattern: buf), fp: UInt(bitPattern: buf + 160), funcCount: 1)
        var n = 0
        while it.next() != nil { n += 1 }
        #expect(n == 2)
    }

    @Test func copystackMovesTheFrameChain() {
        Fixture.run("package main\nfunc main() {}\n") { vm, _ in
            let gp = vm.g
            let lo = gp.pointee.lo, size = Int(gp.pointee.hi - lo)
            let base = UnsafeMutableRawPointer(bitPattern: lo)!
            // A function whose frame fits between the synthetic frames, so
            // its stack map covers none of the next frame's header.
            guard let fn = (0..<vm.program.funcCount).first(where: { vm.program.funcs[$0].frameSize <= 64 }) else {
                Issue.record("no small function"); return
            }
            StackTests.threeFrames(base, fn: fn)
            vm.copystack(gp, newSize: size * 2, copyBytes: 256, topFP: lo + 160)
            let nlo = gp.pointee.lo
            #expect(Int(gp.pointee.hi - nlo) == size * 2)
            let top = UnsafeRawPointer(bitPattern: nlo + 160)!
            #expect(top.load(fromByteOffset: FrameLayout.savedFP, as: UInt.self) == nlo + 64)
            #expect(UnsafeRawPointer(bitPattern: nlo + 64)!.load(fromByteOffset: FrameLayout.savedFP, as: UInt.self) == nlo)
        }
    }
}
