// MHeapTests.swift — the page heap as a whole: the verifier, mcentral's
// partial lists, several Ps at once, and randomized allocate/free cycles.

import Testing
@testable import GoRuntime

@Suite struct HeapConsistencyTests {
    @Test func verifierAgreesThroughALifecycle() {
        let (h, c) = makeHeap()
        #expect(h.verify() == [])
        var stacks: [GoStack] = []
        for i in 0..<3000 {
            _ = c.mallocgc([8, 24, 100, 700, 3000, 20000, 40000][i % 7])
            if i % 100 == 0 { stacks.append(h.stackalloc(2048 << (i % 6), cache: c)) }
        }
        #expect(h.verify() == [])
        h.freeAllObjects()
        #expect(h.verify() == [])
        _ = h.scavenge(maxBytes: 1 << 20)
        #expect(h.verify() == [])
        for s in stacks { h.stackfree(s, cache: c) }
        h.stackcacheReleaseAll(c)
        #expect(h.verify() == [])
        #expect(h.readMemStats().stackInuse == 0)
    }

    @Test func verifierCatchesBrokenAccounting() throws {
        let (h, c) = makeHeap()
        let p = UInt(bitPattern: c.mallocgc(64))
        let ha = try #require(h.arenaOf(p))
        ha.header.pointee.nfree += 1
        #expect(h.verify().contains { $0.contains("nfree") })
        ha.header.pointee.nfree -= 1
        h.raw.pointee.stats.pointee.heapInUse += 8192
        #expect(h.verify().contains { $0.contains("heapInUse") })
        h.raw.pointee.stats.pointee.heapInUse -= 8192
        #expect(h.verify() == [])
    }

    @Test func partialSpansAreReusedAfterRelease() {
        let (h, c) = makeHeap()
        let a = UInt(bitPattern: c.mallocgc(64))
        c.releaseAll()                       // the span goes to mcentral's partial list
        let b = UInt(bitPattern: c.mallocgc(64))
        #expect(h.spanOf(a)!.base == h.spanOf(b)!.base)
        #expect(b == a + 64)
        #expect(h.readMemStats().mallocs == 2)
    }

    @Test func parallelPsAllocateDisjointObjects() async {
        let h = MHeap.create()
        let results = await withTaskGroup(of: [UInt].self) { group in
            for _ in 0..<2 {
                group.addTask {
                    let c = h.allocmcache()
                    var out: [UInt] = []
                    out.reserveCapacity(30_000)
                    for i in 0..<30_000 {
                        out.append(UInt(bitPattern: c.mallocgc([16, 48, 512, 40_000][i % 4])))
                    }
                    h.freemcache(c)
                    return out
                }
            }
            var all: [[UInt]] = []
            for await r in group { all.append(r) }
            return all
        }
        let all = results.flatMap { $0 }
        #expect(Set(all).count == all.count)
        #expect(h.readMemStats().mallocs == 60_000)
        #expect(h.verify() == [])
    }
}

@Suite struct StressTests {
    /// Random sizes, scan and noscan, stacks, and whole-heap frees, with the
    /// verifier after every cycle: no overlap, always zeroed, accounting exact.
    @Test func randomCycles() {
        let (h, c) = makeHeap()
        let t = makeType(size: 16, pointerWords: [1])
        var rng = SystemRandomNumberGenerator()
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64.random(in: 0...0xffff, using: &rng)
        func next() -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(truncatingIfNeeded: seed >> 1)
        }
        for cycle in 0..<4 {
            var objs: [(UInt, Int)] = []
            var stacks: [GoStack] = []
            for _ in 0..<4000 {
                let r = next() % 100
                let size: Int
                switch r {
                case 0..<40: size = 1 + next() % 16
                case 40..<85: size = 16 + next() % 512
                case 85..<98: size = 512 + next() % 32_000
                default: size = 32_769 + next() % 300_000
                }
                let scan = next() % 3 == 0 && size >= 16
                let p = c.mallocgc(scan ? size & ~15 : size, type: scan ? t : nil)
                let n = scan ? size & ~15 : size
                let bytes = p.assumingMemoryBound(to: UInt8.self)
                for i in stride(from: 0, to: n, by: max(1, n / 64)) where bytes[i] != 0 {
                    Issue.record("cycle \(cycle): dirty byte in \(n)-byte object"); break
                }
                p.initializeMemory(as: UInt8.self, repeating: 0xEE, count: n)
                objs.append((UInt(bitPattern: p), n))
                if next() % 50 == 0 { stacks.append(h.stackalloc(2048 << (next() % 7), cache: c)) }
            }
            objs.sort { $0.0 < $1.0 }
            for i in 1..<objs.count where objs[i].0 < objs[i - 1].0 + UInt(objs[i - 1].1) {
                Issue.record("cycle \(cycle): objects overlap"); break
            }
            for (p, _) in objs where h.findObject(p) == nil { Issue.record("lost object"); break }
            #expect(h.verify() == [])
            for s in stacks { h.stackfree(s, cache: c) }
            h.freeAllObjects()
            #expect(h.verify() == [])
            if cycle == 2 { _ = h.scavenge(maxBytes: 8 << 20) }
        }
        let m = h.readMemStats()
        #expect(m.heapObjects == 0 && m.heapAlloc == 0)
        #expect(m.mallocs == 16_000 && m.frees == 16_000)
    }
}
