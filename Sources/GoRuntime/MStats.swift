// MStats.swift — memory statistics (Go's mstats.go): the counters behind
// runtime.MemStats, and how they are summed.
//
// Where each number comes from:
//
//   Mallocs     Σ smallAllocCount + largeAllocCount + tinyAllocs
//   Frees       Σ smallFreeCount + largeFreeCount + tinyAllocs   (Go counts tiny objects freed at once)
//   TotalAlloc  Σ smallAllocCount[c]·size[c] + largeAlloc        (tiny blocks as 16-byte class-2 objects)
//   HeapAlloc   TotalAlloc − (Σ smallFreeCount[c]·size[c] + largeFree)
//   HeapInuse   bytes in mSpanInUse spans
//   HeapIdle    HeapSys − HeapInuse = heapFree + heapReleased
//   HeapSys     heapInUse + heapFree + heapReleased (stack spans excluded)
//   StackInuse  bytes in mSpanManual spans;  StackSys = StackInuse (no OS stacks)
//   Sys         every byte mapped: heap arenas, span structs, mcaches, GC metadata, other
//
// Frees are counted by the sweeper (MGCSweep.swift) as it finds dead objects,
// so, as in Go, HeapAlloc includes unswept garbage until it is swept. The GC
// fields (NextGC, LastGC, PauseNs, NumGC, GCCPUFraction, EnableGC) come from
// the collector's state (MGC.swift, fillGCStats).
//
// Small allocation counts live in each P's mcache and are updated when a span
// leaves the cache; readMemStats adds the spans still cached, so, like Go's
// ReadMemStats, it needs the world stopped (or one P, as now).

/// Go's runtime.MemStats, the fields gomem keeps so far.
public struct MemStats: Sendable {
    public var alloc = 0, totalAlloc = 0, sys = 0, mallocs = 0, frees = 0
    public var heapAlloc = 0, heapSys = 0, heapIdle = 0, heapInuse = 0, heapReleased = 0, heapObjects = 0
    public var stackInuse = 0, stackSys = 0
    public var mspanInuse = 0, mspanSys = 0, mcacheInuse = 0, mcacheSys = 0
    public var gcSys = 0, otherSys = 0
    /// The heap goal of the next cycle (Go's NextGC).
    public var nextGC = 0
    /// End of the last cycle, ns since 1970 (Go's LastGC).
    public var lastGC: UInt64 = 0
    /// Stop-the-world pause of all cycles (Go's PauseTotalNs).
    public var pauseTotalNs: UInt64 = 0
    /// Ring of recent pauses: cycle k's at [(k + 255) % 256] (Go's PauseNs).
    public var pauseNs: [UInt64] = Array(repeating: 0, count: 256)
    /// Ring of recent pause end times, ns since 1970 (Go's PauseEnd).
    public var pauseEnd: [UInt64] = Array(repeating: 0, count: 256)
    /// Completed cycles (Go's NumGC) and those forced by runtime.GC (NumForcedGC).
    public var numGC: UInt32 = 0, numForcedGC: UInt32 = 0
    /// Fraction of available CPU time used by the collector since start (Go's GCCPUFraction).
    public var gcCPUFraction = 0.0
    /// Whether the pacer may start cycles (Go's EnableGC, set by gcenable); DebugGC is unused.
    public var enableGC = false, debugGC = false
    /// Go's Lookups: always 0.
    public var lookups = 0
    /// Per size class (index = class, 0 unused): object size, allocations, frees.
    /// Go's BySize reports classes 0–60; gomem reports all 68.
    public var bySize: [(size: Int, mallocs: Int, frees: Int)] = []
}

extension MHeap {
    /// A consistent snapshot of the counters (Go's ReadMemStats).
    /// - Precondition: no other thread is allocating from this heap.
    public func readMemStats() -> MemStats {
        lock()
        defer { unlock() }
        let st = raw.pointee.stats.pointee
        var smallAlloc = Array(UnsafeBufferPointer(start: raw.pointee.smallAllocCount, count: SizeClasses.count))
        let smallFree = Array(UnsafeBufferPointer(start: raw.pointee.smallFreeCount, count: SizeClasses.count))
        var tiny = st.tinyAllocCount
        var largeAlloc = st.largeAlloc, largeAllocCount = st.largeAllocCount
        var link = raw.pointee.allmcaches
        let empty = raw.pointee.emptymspan
        while let c = link {
            let cache = MCache(c)
            tiny &+= c.pointee.tinyAllocs
            largeAlloc &+= c.pointee.largeAlloc
            largeAllocCount &+= c.pointee.largeAllocCount
            for i in 0..<SizeClasses.count { smallAlloc[i] &+= cache.smallAllocCount[i] }
            for i in 0..<SpanClass.count {
                let s = cache.alloc[i]
                if s != empty {
                    smallAlloc[i >> 1] &+= s.pointee.allocCount &- s.pointee.allocCountBeforeCache
                }
            }
            link = c.pointee.nextCache
        }
        var m = MemStats()
        var totalAlloc = largeAlloc, totalFree = st.largeFree
        var nMalloc = largeAllocCount, nFree = st.largeFreeCount
        for i in 1..<SizeClasses.count {
            let size = SizeClasses.classToSize[i]
            totalAlloc += smallAlloc[i] * size
            totalFree += smallFree[i] * size
            nMalloc += smallAlloc[i]
            nFree += smallFree[i]
        }
        m.bySize = (0..<SizeClasses.count).map { (SizeClasses.classToSize[$0], smallAlloc[$0], smallFree[$0]) }
        nMalloc += tiny
        nFree += tiny
        m.totalAlloc = totalAlloc
        m.mallocs = nMalloc
        m.frees = nFree
        m.heapAlloc = totalAlloc - totalFree
        m.alloc = m.heapAlloc
        m.heapObjects = nMalloc - nFree
        m.heapInuse = st.heapInUse
        m.heapReleased = st.heapReleased
        m.heapIdle = st.heapFree + st.heapReleased
        m.heapSys = st.heapInUse + st.heapFree + st.heapReleased
        m.stackInuse = st.stacksInUse
        m.stackSys = st.stacksInUse
        m.mspanInuse = raw.pointee.spanalloc.pointee.inuse
        m.mspanSys = sysStat(.mspan).load
        m.mcacheInuse = raw.pointee.cachealloc.pointee.inuse
        m.mcacheSys = sysStat(.mcache).load
        m.gcSys = sysStat(.gcMisc).load
        m.otherSys = sysStat(.other).load
        m.sys = m.heapSys + m.stackSys + m.mspanSys + m.mcacheSys + m.gcSys + m.otherSys
        fillGCStats(&m)
        return m
    }

    /// Bytes mapped for the heap arenas (Prepared or Ready); equals
    /// HeapSys + StackInuse.
    public var heapMappedBytes: Int { sysStat(.heap).load }

    /// Frees every heap object: what a collection that finds nothing
    /// reachable does, for tests and benchmarks until the sweeper exists.
    /// Releases every mcache's spans, counts their objects as freed and
    /// returns all mSpanInUse spans to the page heap. Stacks are untouched.
    /// - Precondition: no other thread is using this heap.
    public func freeAllObjects() {
        lock()
        var link = raw.pointee.allmcaches
        unlock()
        while let c = link {
            MCache(c).releaseAll()
            link = c.pointee.nextCache
        }
        let victims = allInUseSpans()
        lock()
        let st = raw.pointee.stats
        for s in victims {
            let sc = Int(s.pointee.spanclass >> 1)
            if sc == 0 {
                st.pointee.largeFree &+= s.pointee.elemsize
                st.pointee.largeFreeCount &+= 1
            } else {
                raw.pointee.smallFreeCount[sc] &+= s.pointee.allocCount
            }
        }
        unlock()
        for s in victims {
            if let l = s.pointee.list {
                let central = raw.pointee.central + Int(s.pointee.spanclass)
                central.lockPtr.lock()
                l.assumingMemoryBound(to: MSpanListData.self).remove(s)
                central.lockPtr.unlock()
            }
            freeSpan(MSpan(s))
        }
        checkInvariants()
    }
}
