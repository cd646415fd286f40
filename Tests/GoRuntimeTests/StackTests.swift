// StackTests.swift — stackalloc/stackfree: orders, pools, per-P caches,
// large stacks, reuse and counters.

import Testing
@testable import GoRuntime

@Suite struct StackTests {
    @Test func ordersComeFromPoolSpans() throws {
        let (h, c) = makeHeap()
        for n in [2048, 4096, 8192, 16384] {
            let s = h.stackalloc(n, cache: c)
            #expect(s.size == n)
            #expect(s.lo % UInt(n) == 0)
            let span = try #require(h.spanOf(s.lo))
            #expect(span.state == .manual)
            #expect(span.npages == stackCacheSize / pageSize)
            #expect(span.elemsize == n)
            #expect(h.spanOfHeap(s.lo) == nil)
            UnsafeMutableRawPointer(bitPattern: s.hi - 8)!.storeBytes(of: 1, as: UInt64.self)
        }
    }

    @Test func reusePerOrder() {
        let (h, c) = makeHeap()
        for n in [2048, 8192] {
            let a = h.stackalloc(n, cache: c)
            h.stackfree(a, cache: c)
            let b = h.stackalloc(n, cache: c)
            #expect(a == b)
            h.stackfree(b, cache: c)
        }
        // Without a cache: straight to the pool and back.
        let a = h.stackalloc(4096, cache: nil)
        h.stackfree(a, cache: nil)
        let b = h.stackalloc(4096, cache: nil)
        #expect(a == b)
    }

    @Test func manyStacksAreDistinct() {
        let (h, c) = makeHeap()
        var stacks: [GoStack] = []
        for i in 0..<200 { stacks.append(h.stackalloc(2048 << (i % 4), cache: c)) }
        let sorted = stacks.sorted { $0.lo < $1.lo }
        for i in 1..<sorted.count { #expect(sorted[i].lo >= sorted[i - 1].hi) }
        let inUse = h.readMemStats().stackInuse
        #expect(inUse > 0 && inUse % stackCacheSize == 0)
        for s in stacks { h.stackfree(s, cache: c) }
        h.stackcacheReleaseAll(c)
        // Every pool span is empty again and went back to the heap.
        #expect(h.readMemStats().stackInuse == 0)
    }

    @Test func largeStacks() throws {
        let (h, c) = makeHeap()
        let s = h.stackalloc(64 << 10, cache: c)
        let span = try #require(h.spanOf(s.lo))
        #expect(span.npages == 8 && span.state == .manual && span.base == s.lo)
        #expect(h.readMemStats().stackInuse == 64 << 10)
        h.stackfree(s, cache: c)
        #expect(h.readMemStats().stackInuse == 0)
        #expect(h.spanOf(s.lo) == nil)
        // During a collection the span is kept on stackLarge and reused.
        h.gcRunning = true
        let a = h.stackalloc(1 << 20, cache: c)
        h.stackfree(a, cache: c)
        #expect(h.readMemStats().stackInuse == 1 << 20)
        let b = h.stackalloc(1 << 20, cache: c)
        #expect(a == b)
        h.stackfree(b, cache: c)
        h.gcRunning = false
        h.freeStackSpans()
        #expect(h.readMemStats().stackInuse == 0)
    }

    @Test func stackCacheStaysBounded() {
        let (h, c) = makeHeap()
        var stacks: [GoStack] = []
        for _ in 0..<64 { stacks.append(h.stackalloc(2048, cache: c)) }
        for s in stacks { h.stackfree(s, cache: c) }
        #expect(c.stackcache(0).pointee.size <= stackCacheSize)
        #expect(c.stackcache(0).pointee.size >= stackCacheSize / 2)
    }

    @Test func stacksAndHeapShareArenas() {
        let (h, c) = makeHeap()
        let p = UInt(bitPattern: c.mallocgc(64))
        let s = h.stackalloc(8192, cache: c)
        #expect(p >> 26 == s.lo >> 26)
        let m = h.readMemStats()
        #expect(m.heapSys + m.stackInuse == h.heapMappedBytes)
    }
}
