// SliceTests.swift — slice instructions on frame slots (Slice.swift):
// growslice keeps the elements and rounds the new capacity up to the size
// class, reslicing checks bounds with Go's messages.
#if canImport(Glibc)
import Glibc
#endif
import Testing
import GoABI
import GoRuntime
@testable import GoVM

@Suite struct SliceTests {
    @Test func growsliceDoublesAndRoundsToSizeClasses() {
        Fixture.run("package main\nfunc main() { var x any = 1; println(\"int\", x) }\n") { vm, p in
            guard let it = p["int"]?.first else { Issue.record("fixture printed \(p)"); return }
            let tOff = Int32(Int(bitPattern: it) - Int(bitPattern: vm.program.rodata))
            let fp = UnsafeMutableRawPointer.allocate(byteCount: 128, alignment: 16)
            defer { fp.deallocate() }
            memset(fp, 0, 128)
            // s = make([]int, 5, 5); append 1 element: Go doubles to 10, rounded to the 80-byte class.
            #expect(vm.sliceOp(Instr(.makeslice, 0, 32, 40, tOff), fp, 0) == .next)
            setF(fp, 32, 5); setF(fp, 40, 5)
            #expect(vm.sliceOp(Instr(.makeslice, 0, 32, 40, tOff), fp, 0) == .next)
            let old = UnsafeMutablePointer<Int64>(bitPattern: UInt(bitPattern: Int(F(fp, 0))))!
            for i in 0..<5 { old[i] = Int64(i + 1) }
            setF(fp, 48, 1)
            #expect(vm.sliceOp(Instr(.growslice, 0, 48, 0, tOff), fp, 0) == .next)
            #expect(F(fp, 8) == 6)
            #expect(F(fp, 16) == Int64(SizeClasses.roundupsize(10 * 8, noscan: true) / 8))
            let new = UnsafeMutablePointer<Int64>(bitPattern: UInt(bitPattern: Int(F(fp, 0))))!
            #expect((0..<5).map { new[$0] } == [1, 2, 3, 4, 5])
        }
    }

    @Test func resliceChecksBoundsWithGosMessage() {
        Fixture.run("package main\nfunc main() {}\n") { vm, _ in
            let fp = UnsafeMutableRawPointer.allocate(byteCount: 128, alignment: 16)
            defer { fp.deallocate() }
            memset(fp, 0, 128)
            setF(fp, 32, 0x1000); setF(fp, 40, 3); setF(fp, 48, 4)   // a slice (ptr, len 3, cap 4)
            setF(fp, 64, 0); setF(fp, 72, 5)                         // [0:5]
            #expect(vm.sliceOp(Instr(.reslice, 0, 32, 64, 8), fp, 0) == .panicking)
            guard let (t, d) = vm.takePanic() else { Issue.record("no panic"); return }
            #expect(vm.panicValueString(type: t, data: d) == "runtime error: slice bounds out of range [:5] with capacity 4")
        }
    }
}
