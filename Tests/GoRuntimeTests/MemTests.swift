// MemTests.swift — the OS layer's state transitions and counters.

import Testing
import Synchronization
@testable import GoRuntime

@Suite struct MemTests {
    @Test func stateTransitions() {
        let counter = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: 1)
        counter.initialize(to: Atomic(0))
        let stat = SysStat(counter)
        let n: UInt = 1 << 20
        let v = Mem.sysReserveAligned(hint: 0, n, align: UInt(heapArenaBytes))!
        #expect(v % UInt(heapArenaBytes) == 0)
        #expect(stat.load == 0)                        // Reserved: not counted
        Mem.sysMap(v, n, stat)                          // → Prepared
        #expect(stat.load == Int(n))
        Mem.sysUsed(v, n)                               // → Ready
        let p = UnsafeMutablePointer<UInt64>(bitPattern: v)!
        p[100] = 42
        Mem.sysUnused(v, n)                             // → Prepared: contents dropped
        #expect(p[100] == 0)
        Mem.sysFault(v, n, stat)                        // → Reserved
        #expect(stat.load == 0)
        Mem.sysMap(v, n, stat)
        #expect(p[100] == 0)
        Mem.sysFree(v, n, stat)                         // → None
        #expect(stat.load == 0)
    }
}
