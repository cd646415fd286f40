// MCache.swift — the per-P cache (Go's mcache.go).
//
// See Malloc.swift for the overview; this is step 1. Each P owns one mcache,
// so the allocation fast path takes no lock: for every span class the mcache
// holds one span (or the heap's emptymspan, which has no free slot) and
// allocates from it with nextFreeFast; when that span is full, refill swaps
// it for another from the class's mcentral. The mcache also holds the tiny
// allocator's current 16-byte block and the P's stack cache (Stack.swift).
//
// Layout in runtime memory (from the heap's cachealloc):
//
//     offset   0            MCacheData (heap, tables, tiny state, counters, stack cache)
//     offset   allocOffset  alloc[136]: span per span class     (1088 B)
//     offset   countOffset  smallAllocCount[68]: objects per size class,
//                           counted when a span leaves the cache (544 B)
//
// Invariants: owned by one P at a time, which alone reads or writes it (so no
// field needs a lock); alloc[i] is emptymspan or a span of class i with
// sweepgen == h.sweepgen + 3; tiny is 0 or the address of a 16-byte block
// whose bytes from tinyoffset on are free; counters are flushed to the heap
// by freemcache, read in place by readMemStats.

struct StackFreeListData {
    var list: UInt = 0    // free stacks of one order, linked through their first word
    var size: Int = 0     // bytes on the list
}

struct MCacheData {
    var heap: UnsafeMutablePointer<MHeapData>
    var tables: SizeTables
    var nextCache: UnsafeMutablePointer<MCacheData>? = nil   // heap's allmcaches; heap lock
    var tiny: UInt = 0            // current tiny block, or 0
    var tinyoffset: Int = 0       // first free byte in it
    var tinyAllocs: Int = 0       // tiny objects packed into blocks (not counted as blocks)
    var scanAlloc: Int = 0        // pointer-holding bytes allocated (pacer input)
    var largeAlloc: Int = 0       // bytes of large objects allocated
    var largeAllocCount: Int = 0  // large objects allocated
    var zero: UInt64 = 0          // always 0: the zeroing loop's opaque store value (see memclrNoHeapPointers)
    var gc = MCacheGCData()       // the collector's per-P state: hook bits, assist credit, gcWork (MGC.swift)
    var stackcache: (StackFreeListData, StackFreeListData, StackFreeListData, StackFreeListData)
        = (StackFreeListData(), StackFreeListData(), StackFreeListData(), StackFreeListData())
}

/// A handle to a P's mcache.
/// - Precondition: used by one thread at a time (the P that owns it).
public struct MCache: @unchecked Sendable {
    let raw: UnsafeMutablePointer<MCacheData>
    init(_ raw: UnsafeMutablePointer<MCacheData>) { self.raw = raw }

    static let allocOffset = (MemoryLayout<MCacheData>.stride + 63) & ~63
    static let countOffset = allocOffset + SpanClass.count * 8
    static let byteCount = countOffset + SizeClasses.count * 8

    /// alloc[spanclass]: the cached span per span class.
    @inline(__always) var alloc: UnsafeMutablePointer<UnsafeMutablePointer<MSpanData>> {
        (UnsafeMutableRawPointer(raw) + MCache.allocOffset).assumingMemoryBound(to: UnsafeMutablePointer<MSpanData>.self)
    }
    /// smallAllocCount[sizeclass], flushed at refill.
    var smallAllocCount: UnsafeMutablePointer<Int> {
        (UnsafeMutableRawPointer(raw) + MCache.countOffset).assumingMemoryBound(to: Int.self)
    }
    /// The heap this cache allocates from.
    public var heap: MHeap { MHeap(raw.pointee.heap) }

    /// The span cached for `spc` (emptymspan if none).
    public func cachedSpan(_ spc: SpanClass) -> MSpan { MSpan(alloc[Int(spc.raw)]) }

    /// Replaces the cached span of class `spc`, which has no free slot, by
    /// one with a free slot (Go's refill). Counts the old span's
    /// allocations into smallAllocCount.
    func refill(_ spc: SpanClass) {
        let h = heap
        let old = alloc[Int(spc.raw)]
        if old != h.raw.pointee.emptymspan {
            if old.pointee.allocCount != old.pointee.nelems {
                runtimeThrow("refill of span with free space remaining")
            }
            flushSpanStats(old)
            h.central(spc).uncacheSpan(MSpan(old))
        }
        h.deductSweepCredit(pages: 1)
        guard let s = h.central(spc).cacheSpan() else { runtimeThrow("out of memory") }
        if s.raw.pointee.allocCount == s.raw.pointee.nelems {
            runtimeThrow("span has no free space")
        }
        s.raw.pointee.allocCountBeforeCache = s.raw.pointee.allocCount
        alloc[Int(spc.raw)] = s.raw
        h.pacerCachedSpan(self, s.raw)
    }

    private func flushSpanStats(_ s: UnsafeMutablePointer<MSpanData>) {
        let sc = Int(s.pointee.spanclass &>> 1)
        smallAllocCount[sc] &+= s.pointee.allocCount &- s.pointee.allocCountBeforeCache
        s.pointee.allocCountBeforeCache = s.pointee.allocCount
    }

    /// Hands every cached span back to its mcentral and drops the tiny block
    /// (Go's releaseAll; the collector calls it before sweeping).
    public func releaseAll() {
        let h = heap
        let empty = h.raw.pointee.emptymspan
        for i in 0..<SpanClass.count {
            let s = alloc[i]
            if s != empty {
                flushSpanStats(s)
                h.central(SpanClass(raw: UInt8(i))).uncacheSpan(MSpan(s))
                alloc[i] = empty
            }
        }
        raw.pointee.tiny = 0
        raw.pointee.tinyoffset = 0
    }
}

extension MHeap {
    /// A new mcache for a P (Go's allocmcache). Every slot starts at emptymspan.
    public func allocmcache() -> MCache {
        lock()
        let mem = raw.pointee.cachealloc.alloc(raw.pointee.persistent, stat: sysStat(.mcache))
        let c = mem.bindMemory(to: MCacheData.self, capacity: 1)
        c.initialize(to: MCacheData(heap: raw, tables: raw.pointee.tables))
        let cache = MCache(c)
        cache.alloc.initialize(repeating: raw.pointee.emptymspan, count: SpanClass.count)
        cache.smallAllocCount.initialize(repeating: 0, count: SizeClasses.count)
        c.pointee.nextCache = raw.pointee.allmcaches
        raw.pointee.allmcaches = c
        unlock()
        gcInitCache(cache)
        return cache
    }

    /// Retires an mcache (Go's freemcache): releases its spans and stacks and
    /// folds its counters into the heap's.
    public func freemcache(_ c: MCache) {
        c.releaseAll()
        stackcacheReleaseAll(c)
        lock()
        let st = raw.pointee.stats
        st.pointee.tinyAllocCount &+= c.raw.pointee.tinyAllocs
        st.pointee.largeAlloc &+= c.raw.pointee.largeAlloc
        st.pointee.largeAllocCount &+= c.raw.pointee.largeAllocCount
        for i in 0..<SizeClasses.count { raw.pointee.smallAllocCount[i] &+= c.smallAllocCount[i] }
        // Unlink.
        var link = raw.pointee.allmcaches
        var prev: UnsafeMutablePointer<MCacheData>? = nil
        while let l = link {
            if l == c.raw {
                if let p = prev { p.pointee.nextCache = l.pointee.nextCache } else { raw.pointee.allmcaches = l.pointee.nextCache }
                break
            }
            prev = l
            link = l.pointee.nextCache
        }
        raw.pointee.cachealloc.free(UnsafeMutableRawPointer(c.raw))
        unlock()
    }
}
