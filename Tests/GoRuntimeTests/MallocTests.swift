// MallocTests.swift — mallocgc through mcache, mcentral and mheap: size
// classes, zeroing, alignment, span lookup, refills, large and tiny objects,
// pointer metadata, counters.

import Testing
@testable import GoRuntime

/// A fresh heap and one P's mcache; every test gets its own.
func makeHeap() -> (MHeap, MCache) {
    let h = MHeap.create()
    return (h, h.allocmcache())
}

/// A type descriptor in raw memory (leaked: descriptors live forever).
func makeType(size: Int, pointerWords: [Int]) -> GoType {
    let ptrBytes = ((pointerWords.max() ?? -1) + 1) * 8
    let g = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, (ptrBytes / 8 + 7) / 8))
    g.initialize(repeating: 0, count: max(1, (ptrBytes / 8 + 7) / 8))
    for w in pointerWords { g[w / 8] |= 1 << UInt8(w % 8) }
    let t = UnsafeMutablePointer<GoTypeData>.allocate(capacity: 1)
    t.initialize(to: GoTypeData(size: size, ptrBytes: ptrBytes, align: 8, gcdata: ptrBytes == 0 ? nil : UnsafePointer(g)))
    return GoType(UnsafePointer(t))
}

func addr(_ p: UnsafeMutableRawPointer) -> UInt { UInt(bitPattern: p) }

@Suite struct MallocTests {
    @Test func smallObjectsGetTheirClass() throws {
        let (h, c) = makeHeap()
        for size in [16, 17, 24, 33, 100, 256, 1000, 1024, 2000, 9000, 32760] {
            let p = c.mallocgc(size)
            let s = try #require(h.spanOf(addr(p)))
            let cls = SizeClasses.sizeToClass(size)
            #expect(s.spanclass == SpanClass(sizeclass: cls, noscan: true))
            #expect(s.elemsize == SizeClasses.classToSize[cls])
            #expect(s.npages == SizeClasses.classToAllocNPages[cls])
            #expect(s.nelems == SizeClasses.objectsPerSpan(cls))
            #expect(s.state == .inUse)
            #expect((addr(p) - s.base) % UInt(s.elemsize) == 0)
        }
    }

    @Test func memoryIsZeroedIncludingReuse() {
        let (h, c) = makeHeap()
        for size in [16, 64, 256, 1024, 4096] {
            for _ in 0..<200 {
                let p = c.mallocgc(size)
                let b = p.assumingMemoryBound(to: UInt8.self)
                for i in 0..<size where b[i] != 0 { Issue.record("dirty byte at \(i) of \(size)"); break }
                p.initializeMemory(as: UInt8.self, repeating: 0xAB, count: size)
            }
        }
        // Everything freed: the pages come back dirty and must be zeroed.
        h.freeAllObjects()
        var sawDirtySpan = false
        for size in [16, 64, 256, 1024, 4096] {
            for _ in 0..<200 {
                let p = c.mallocgc(size)
                if h.spanOf(addr(p))!.needzero { sawDirtySpan = true }
                let b = p.assumingMemoryBound(to: UInt8.self)
                for i in 0..<size where b[i] != 0 { Issue.record("dirty byte after reuse at \(i) of \(size)"); break }
            }
        }
        #expect(sawDirtySpan)
    }

    @Test func freshSpansNeedNoZeroing() {
        let (h, c) = makeHeap()
        let p = c.mallocgc(64)
        #expect(!h.spanOf(addr(p))!.needzero)
    }

    @Test func alignment() {
        let (_, c) = makeHeap()
        for size in [8, 16, 32, 48, 64, 128, 256, 512, 1024, 2048, 4096, 8192] {
            for _ in 0..<10 {
                let a = addr(c.mallocgc(size))
                // Go's guarantee: the largest power of two dividing the class size, up to 8 KiB.
                let cls = SizeClasses.classToSize[SizeClasses.sizeToClass(size)]
                let align = min(cls & -cls, 8192)
                #expect(a % UInt(align) == 0, "size \(size) at \(a)")
            }
        }
        let big = addr(c.mallocgc(100_000))
        #expect(big % UInt(pageSize) == 0)
    }

    @Test func interiorPointerFindsObject() throws {
        let (h, c) = makeHeap()
        var objs: [(UInt, Int)] = []
        for size in [24, 48, 144, 1408, 3200, 10880, 27264] {
            for _ in 0..<20 { objs.append((addr(c.mallocgc(size)), SizeClasses.classToSize[SizeClasses.sizeToClass(size)])) }
        }
        for (base, elem) in objs {
            for off in [0, 1, elem / 2, elem - 1] {
                let r = try #require(h.findObject(base + UInt(off)))
                #expect(r.base == base)
                #expect(r.span.elemsize == elem)
                #expect(r.span.isAllocated(r.index))
            }
        }
        let large = addr(c.mallocgc(200_000))
        let r = try #require(h.findObject(large + 123_456))
        #expect(r.base == large && r.index == 0 && r.span.spanclass.sizeclass == 0)
        #expect(h.findObject(0x1000) == nil)
        #expect(h.spanOf(0) == nil)
        #expect(h.spanOf(UInt.max) == nil)
    }

    @Test func objIndexIsExactForEveryClass() {
        for c in 1..<SizeClasses.count {
            let size = UInt64(SizeClasses.classToSize[c])
            let divMul = UInt64(UInt32.max / UInt32(size) &+ 1)
            let spanBytes = UInt64(SizeClasses.classToAllocNPages[c] * pageSize)
            var off: UInt64 = 0
            while off < spanBytes {
                if (off * divMul) >> 32 != off / size { Issue.record("class \(c) offset \(off)"); break }
                off += size / 2 + 1
            }
        }
    }

    @Test func manyAllocationsAcrossRefills() {
        let (h, c) = makeHeap()
        var seen = Set<UInt>()
        let n = 20_000
        for _ in 0..<n {
            let p = addr(c.mallocgc(48))
            #expect(seen.insert(p).inserted)
        }
        let perSpan = SizeClasses.objectsPerSpan(5)
        var spans = Set<UInt>()
        for p in seen { spans.insert(h.spanOf(p)!.base) }
        #expect(spans.count == (n + perSpan - 1) / perSpan)
        // No two objects overlap.
        let sorted = seen.sorted()
        for i in 1..<sorted.count where sorted[i] - sorted[i - 1] < 48 { Issue.record("overlap"); break }
        let m = h.readMemStats()
        #expect(m.bySize[5].mallocs == n)
        #expect(m.mallocs == n)
    }

    @Test func largeObjects() throws {
        let (h, c) = makeHeap()
        let before = h.readMemStats()
        let p = c.mallocgc(1 << 20)
        let s = try #require(h.spanOf(addr(p)))
        #expect(s.base == addr(p))
        #expect(s.npages == (1 << 20) / pageSize)
        #expect(s.spanclass.sizeclass == 0 && s.nelems == 1)
        // Past maxSmallSize - mallocHeaderSize: large, rounded to whole pages.
        let q = c.mallocgc(32761)
        #expect(h.spanOf(addr(q))!.npages == 4)
        // A 100 MiB object spans two arenas.
        let huge = c.mallocgc(100 << 20)
        let hs = try #require(h.spanOf(addr(huge) + (90 << 20)))
        #expect(hs.base == addr(huge))
        huge.storeBytes(of: 7, toByteOffset: (100 << 20) - 8, as: UInt64.self)
        let m = h.readMemStats()
        #expect(m.mallocs - before.mallocs == 3)
        #expect(m.totalAlloc - before.totalAlloc == (1 << 20) + 32768 + (100 << 20))
        #expect(m.heapInuse >= (101 << 20))
    }

    @Test func tinyAllocatorPacks() {
        let (h, c) = makeHeap()
        let a = addr(c.mallocgc(4))
        let b = addr(c.mallocgc(4))
        let d = addr(c.mallocgc(8))
        #expect(b == a + 4)
        #expect(d == a + 8)        // 8-aligned within the block
        let e = addr(c.mallocgc(1))
        #expect(e / 16 != a / 16)   // block full: a new one
        let s = h.spanOf(a)!
        #expect(s.spanclass == SpanClass.tiny)
        let f = addr(c.mallocgc(2))
        #expect(f == e + 2)          // 2-aligned
        let m = h.readMemStats()
        #expect(m.mallocs == 5)      // 2 blocks + 3 tiny allocations packed into them
        #expect(m.bySize[2].mallocs == 2)
        #expect(m.totalAlloc == 32)
    }

    @Test func zeroSize() {
        let (h, c) = makeHeap()
        #expect(c.mallocgc(0) == h.zerobase)
        #expect(c.mallocgc(0) == c.mallocgc(0))
    }

    @Test func scanObjectsRecordPointers() throws {
        let (h, c) = makeHeap()
        // struct { p *T; n int; q *T } — 24 bytes, pointers in words 0 and 2.
        let t = makeType(size: 24, pointerWords: [0, 2])
        let x = addr(c.mallocgc(24, type: t))
        let s = try #require(h.spanOf(x))
        #expect(!s.spanclass.noscan)
        #expect(s.nelems == (8192 - 128) / 24)
        #expect(s.heapBitsSmall(forAddr: x) == 0b101)
        // [4]T as a slice backing array of 96 bytes: pattern repeats each 3 words.
        let y = addr(c.mallocgc(96, type: t))
        #expect(h.spanOf(y)!.heapBitsSmall(forAddr: y) == 0b101_101_101_101)
        // Many objects: neighbours keep their own bits.
        var xs: [UInt] = []
        for _ in 0..<400 { xs.append(addr(c.mallocgc(24, type: t))) }
        for p in xs { #expect(h.spanOf(p)!.heapBitsSmall(forAddr: p) == 0b101) }
        // Noscan memory of the same size goes to a different span class.
        let z = addr(c.mallocgc(24))
        #expect(h.spanOf(z)!.spanclass.noscan)
    }

    @Test func mallocHeaderAndLargeType() throws {
        let (h, c) = makeHeap()
        let t = makeType(size: 1000, pointerWords: [1])
        let p = addr(c.mallocgc(1000, type: t))
        let r = try #require(h.findObject(p))
        #expect(p == r.base + 8)
        #expect(r.span.elemsize == 1024)
        #expect(r.span.typeOfObject(at: r.base) == t)
        let big = makeType(size: 50_000, pointerWords: [0])
        let q = addr(c.mallocgc(50_000, type: big))
        let rs = try #require(h.findObject(q))
        #expect(rs.base == q && rs.span.typeOfObject(at: q) == big)
    }

    @Test func counters() {
        let (h, c) = makeHeap()
        let m0 = h.readMemStats()
        #expect(m0.mallocs == 0 && m0.heapAlloc == 0 && m0.heapInuse == 0)
        for _ in 0..<1000 { _ = c.mallocgc(32) }
        for _ in 0..<10 { _ = c.mallocgc(5000) }
        _ = c.mallocgc(70_000)
        let m = h.readMemStats()
        #expect(m.mallocs == 1011)
        #expect(m.frees == 0)
        #expect(m.totalAlloc == 1000 * 32 + 10 * 5376 + 73728)
        #expect(m.heapAlloc == m.totalAlloc)
        #expect(m.heapObjects == 1011)
        #expect(m.bySize[4].mallocs == 1000)
        #expect(m.bySize[46].mallocs == 10)
        // 4 spans of class 4, 4 spans of class 46 (3 objects each, 2 pages), 9 pages large.
        #expect(m.heapInuse == 4 * 8192 + 4 * 16384 + 73728)
        #expect(m.heapSys == m.heapInuse + m.heapIdle)
        #expect(m.heapSys % (4 << 20) == 0)
        #expect(m.heapSys == h.heapMappedBytes)
        #expect(m.mspanInuse > 0 && m.mspanSys >= m.mspanInuse)
        #expect(m.mcacheInuse == MCache.byteCount)
        #expect(m.sys >= m.heapSys + m.mspanSys)

        h.freeAllObjects()
        let f = h.readMemStats()
        #expect(f.frees == 1011)
        #expect(f.heapAlloc == 0 && f.heapObjects == 0)
        #expect(f.heapInuse == 0)
        #expect(f.heapIdle == f.heapSys)
        #expect(f.bySize[4].frees == 1000)
    }

    @Test func freedPagesAreReusedFirstFit() {
        let (h, c) = makeHeap()
        let a = addr(c.mallocgc(100_000))
        h.freeAllObjects()
        let b = addr(c.mallocgc(100_000))
        #expect(a == b)
        let s = h.spanOf(b)!
        #expect(s.needzero)
    }

    @Test func scavengeReleasesFreePages() {
        let (h, c) = makeHeap()
        for _ in 0..<100 { _ = c.mallocgc(100_000) }
        h.freeAllObjects()
        let before = h.readMemStats()
        let released = h.scavenge(maxBytes: Int.max)
        let after = h.readMemStats()
        #expect(released == before.heapIdle - before.heapReleased)
        #expect(after.heapReleased == after.heapIdle)
        #expect(after.heapSys == before.heapSys)
        // Scavenged pages read as zero, so their spans need no zeroing.
        let p = c.mallocgc(100_000)
        #expect(!h.spanOf(addr(p))!.needzero)
    }

    @Test func separateMCachesShareTheHeap() {
        let h = MHeap.create()
        let c1 = h.allocmcache(), c2 = h.allocmcache()
        let a = addr(c1.mallocgc(64)), b = addr(c2.mallocgc(64))
        #expect(h.spanOf(a)!.base != h.spanOf(b)!.base)
        h.freemcache(c2)
        #expect(h.readMemStats().mallocs == 2)
    }
}
