// ChanTests.swift — a buffered channel's ring (Chan.swift): FIFO order,
// capacity, and receives from a closed channel.
import Testing
import GoABI
@testable import GoVM

@Suite struct ChanTests {
    @Test func bufferedChannelIsAFIFORing() {
        Fixture.run("package main\nfunc main() { c := make(chan int, 3); c <- 7; println(\"c\", c) }\n") { vm, p in
            guard let a = p["c"]?.first, let c = UnsafeMutableRawPointer(bitPattern: a) else { Issue.record("fixture printed \(p)"); return }
            let h = c.assumingMemoryBound(to: HChan.self)
            #expect(h.pointee.qcount == 1 && h.pointee.dataqsiz == 3 && h.pointee.elemsize == 8)
            var v: Int64 = 0, ok: Int64 = 0
            for x: Int64 in [8, 9] { var x = x; #expect(vm.trySend(c, &x)) }
            var full: Int64 = 10
            #expect(!vm.trySend(c, &full))
            var got: [Int64] = []
            while vm.tryRecv(c, &v, &ok) { got.append(v); if got.count > 3 { break } }
            #expect(got == [7, 8, 9])
            vm.closechan(c)
            #expect(vm.tryRecv(c, &v, &ok) && v == 0 && ok == 0)
        }
    }
}
