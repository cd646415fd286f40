// MCentral.swift — the central free lists, one per span class (Go's mcentral.go).
//
// See Malloc.swift for the overview; this is step 2. An mcache that runs out
// of free slots for a span class hands its span back (uncacheSpan) and asks
// the class's mcentral for another (cacheSpan); the mcentral takes a span
// with free slots from its partial list or grows by asking the mheap for a
// fresh span of class_to_allocnpages pages.
//
// Lists (Go keeps lock-free spanSets; gomem keeps Go's earlier locked
// doubly-linked lists, with Go's two-generation layout so the sweeper can
// slot in):
//
//   partial[sweepgen/2 % 2]      swept spans with free slots
//   partial[1 - sweepgen/2 % 2]  unswept spans with free slots
//   full[sweepgen/2 % 2]         swept spans with no free slot
//   full[1 - sweepgen/2 % 2]     unswept spans with no free slot
//
// Invariants: a span is in at most one list, or cached by exactly one mcache
// (then s.sweepgen == h.sweepgen + 3); every span here has this span class;
// `lock` guards the lists (lock order: mcentral before mheap).

struct MCentralData {
    var lock = RuntimeLockStorage()     // first field
    var spanclass: UInt8
    var partial: (MSpanListData, MSpanListData) = (MSpanListData(), MSpanListData())
    var full: (MSpanListData, MSpanListData) = (MSpanListData(), MSpanListData())
    var pad: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)   // keep neighbouring locks apart

    init(spanclass: UInt8) { self.spanclass = spanclass }
}

extension UnsafeMutablePointer where Pointee == MCentralData {
    var lockPtr: UnsafeMutablePointer<RuntimeLockStorage> {
        UnsafeMutableRawPointer(self).assumingMemoryBound(to: RuntimeLockStorage.self)
    }

    private func listAt(_ offset: Int, _ which: UInt32) -> UnsafeMutablePointer<MSpanListData> {
        (UnsafeMutableRawPointer(self) + offset + Int(which) * MemoryLayout<MSpanListData>.stride)
            .assumingMemoryBound(to: MSpanListData.self)
    }

    func partialSwept(_ sg: UInt32) -> UnsafeMutablePointer<MSpanListData> {
        listAt(MemoryLayout<MCentralData>.offset(of: \.partial)!, sg / 2 % 2)
    }
    func partialUnswept(_ sg: UInt32) -> UnsafeMutablePointer<MSpanListData> {
        listAt(MemoryLayout<MCentralData>.offset(of: \.partial)!, 1 - sg / 2 % 2)
    }
    func fullSwept(_ sg: UInt32) -> UnsafeMutablePointer<MSpanListData> {
        listAt(MemoryLayout<MCentralData>.offset(of: \.full)!, sg / 2 % 2)
    }
    func fullUnswept(_ sg: UInt32) -> UnsafeMutablePointer<MSpanListData> {
        listAt(MemoryLayout<MCentralData>.offset(of: \.full)!, 1 - sg / 2 % 2)
    }
}

/// A handle to one span class's mcentral in a heap.
struct MCentral {
    let raw: UnsafeMutablePointer<MCentralData>
    let heap: MHeap

    var spanclass: SpanClass { SpanClass(raw: raw.pointee.spanclass) }

    /// A span with at least one free slot, marked cached, with allocCache
    /// loaded from freeindex (Go's cacheSpan). Nil if out of memory.
    func cacheSpan() -> MSpan? {
        let sg = heap.raw.pointee.sweepgen
        raw.lockPtr.lock()
        var got = raw.partialSwept(sg).pop()
        raw.lockPtr.unlock()
        if got == nil {
            // Lazy sweep (MGCSweep.swift): spans of the previous generation first.
            got = sweepForCache(budget: 100)
        }
        if got == nil {
            guard let s = grow() else { return nil }
            got = s.raw
        }
        let s = MSpan(got!)
        s.raw.pointee.sweepgen = sg &+ 3
        // Load allocCache at the 64-slot word holding freeindex.
        let freeByteBase = s.raw.pointee.freeindex & ~63
        s.refillAllocCache(freeByteBase &>> 3)
        s.raw.pointee.allocCache &>>= UInt64(s.raw.pointee.freeindex & 63)
        return s
    }

    /// Takes back a span an mcache has finished with (Go's uncacheSpan):
    /// onto the swept full list if no slot is free, else the partial list.
    func uncacheSpan(_ s: MSpan) {
        let sg = heap.raw.pointee.sweepgen
        let ssg = s.raw.pointee.sweepgen
        precondition(ssg == sg &+ 3 || ssg == sg &+ 1, "runtime: uncacheSpan of a span that is not cached")
        // The unused slots leave heapLive (Go's releaseAll accounting).
        heap.pacerAddLive(nil, -(s.raw.pointee.nelems - s.raw.pointee.allocCount) * s.raw.pointee.elemsize)
        if ssg == sg &+ 1 {
            // Cached before sweeping began: sweep it now.
            s.raw.pointee.sweepgen = sg &- 1
            heap.sweepSpan(s.raw, preserve: false)
            return
        }
        s.raw.pointee.sweepgen = sg
        raw.lockPtr.lock()
        if s.raw.pointee.allocCount == s.raw.pointee.nelems {
            raw.fullSwept(sg).insert(s.raw)
        } else {
            raw.partialSwept(sg).insert(s.raw)
        }
        raw.lockPtr.unlock()
    }

    /// A fresh span for this class from the heap (Go's mcentral.grow).
    func grow() -> MSpan? {
        let sc = spanclass.sizeclass
        let npages = SizeClasses.classToAllocNPages[sc]
        return heap.allocSpan(npages, type: .heap, spanclass: spanclass)
    }
}

extension MHeap {
    /// The mcentral for span class `spc`.
    @inline(__always) func central(_ spc: SpanClass) -> MCentral {
        MCentral(raw: raw.pointee.central + Int(spc.raw), heap: self)
    }
}
