// MGCSweep.swift — sweeping (Go's mgcsweep.go). See MGC.swift, step 5.
//
// Mark termination adds 2 to h.sweepgen, which by MSpan.swift's table makes
// every span "needs sweeping" (s.sweepgen == sg − 2) and, by MCentral.swift's
// list layout, turns each mcentral's swept lists into its unswept ones. No
// span is touched then. A span is swept by whoever takes it first:
//
//   - mcentral.cacheSpan, before handing a span to an mcache (lazy sweep,
//     by allocation): partialUnswept first, then fullUnswept, up to 100
//     spans, keeping the first one that has a free slot;
//   - `bgsweep`, the background sweeper (a worker the scheduler runs);
//   - `finishSweep`, at the next cycle's sweep termination, for the rest.
//
// The taker pops the span from its unswept list under the mcentral lock and
// moves it to sg − 1 (being swept), so no one else sweeps it. Sweeping a span
// (`sweepSpan`):
//
//   1. nalloc = popcount(gcmarkBits); nfreed = allocCount − nalloc (marked
//      objects are a subset of allocated ones, so nfreed ≥ 0).
//   2. Under the poison flag, fill each freed object with 0xdeadbeef.
//   3. gcmarkBits becomes allocBits (a marked object is allocated, an
//      unmarked slot is free) and the old allocBits, cleared, become the
//      next cycle's gcmarkBits; freeindex = 0; allocCount = nalloc; the span
//      is needzero if anything was freed. (Go allocates fresh mark bits from
//      per-cycle gcBits arenas; gomem swaps, since nothing reads a span's
//      allocBits while it is being swept.)
//   4. Frees are counted (smallFreeCount / largeFree, Go's Frees).
//   5. A span with no object left returns to the page heap (unless the
//      caller, cacheSpan, keeps it to allocate from); any other goes to the
//      swept partial or full list of its mcentral with s.sweepgen = sg.
//
// Large-object spans live on their class-0 mcentral's full lists (as in
// Go), so they are found and swept the same way.
//
// Invariants: after finishSweep no span has sweepgen sg − 2 or sg − 1 and
// every unswept list is empty; a span being swept is in no list.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sweeper progress for the current sweep generation.
struct SweepStateData {
    var nextCentral = 0       // first mcentral that may still hold unswept spans
    var done = false          // every span of this generation is swept
    var pagesSwept = 0
    var objectsFreed = 0
    var spansFreed = 0
    /// Proportional sweep pacing (Go's sweepPagesPerByte and
    /// sweepHeapLiveBasis): pages to sweep per byte allocated so that
    /// sweeping ends before heapLive reaches the next trigger.
    var pagesPerByte = 0.0
    var heapLiveBasis = 0
    /// Sweeping ended inside a stop-the-world pause: the scavenger's work
    /// waits for the next allocation.
    var scavengePending = false
}

extension MHeap {
    /// Sweeps one span `s` that the caller took from an unswept list and set
    /// to sweepgen sg − 1 (Go's mspan.sweep). If `preserve`, an empty span is
    /// kept (the caller will allocate from it) and the caller places it;
    /// otherwise the span goes back to a swept list or to the page heap.
    /// Returns true if the span was freed to the heap.
    @discardableResult
    func sweepSpan(_ s: UnsafeMutablePointer<MSpanData>, preserve: Bool) -> Bool {
        let sg = raw.pointee.sweepgen
        precondition(s.pointee.sweepgen == sg &- 1, "runtime: sweeping a span that is not being swept")
        precondition(s.pointee.list == nil, "runtime: sweeping a span that is in a list")
        let nelems = s.pointee.nelems
        let words = (nelems + 63) >> 6
        let mark = s.pointee.gcmarkBits!
        let alloc = s.pointee.allocBits!
        var nalloc = 0
        for w in 0..<words { nalloc &+= mark[w].nonzeroBitCount }
        let nfreed = s.pointee.allocCount - nalloc
        if nfreed < 0 {
            runtimeThrow("runtime: sweep increased allocation count (marked free object in span \(s.pointee.startAddr))")
        }
        let g = gc.raw
        if nfreed > 0 && g.pointee.debug.poison {
            let span = MSpan(s)
            for i in 0..<nelems where span.isAllocated(i) && mark[i >> 6] >> UInt64(i & 63) & 1 == 0 {
                poison(s.pointee.startAddr + UInt(i * s.pointee.elemsize), s.pointee.elemsize)
            }
        }
        let sc = Int(s.pointee.spanclass >> 1)
        g.pointee.sweep.pagesSwept += s.pointee.npages
        g.pointee.sweep.objectsFreed += nfreed
        if sc == 0 {
            // A large object: dead or alive.
            if nalloc == 0 {
                lock()
                raw.pointee.stats.pointee.largeFree &+= s.pointee.elemsize
                raw.pointee.stats.pointee.largeFreeCount &+= 1
                unlock()
                s.pointee.sweepgen = sg
                g.pointee.sweep.spansFreed += 1
                freeSpan(MSpan(s))
                if pacer.pointee.memoryLimit != Int.max { scavengeForLimit() }
                return true
            }
            mark[0] = 0
            s.pointee.sweepgen = sg
            if !preserve { central(SpanClass(raw: s.pointee.spanclass)).insertSwept(s) }
            return false
        }
        // Mark bits become alloc bits; the old alloc bits, cleared, the next mark bits.
        s.pointee.allocBits = mark
        s.pointee.gcmarkBits = alloc
        alloc.update(repeating: 0, count: words)
        s.pointee.freeindex = 0
        s.pointee.allocCount = nalloc
        s.pointee.allocCache = ~0
        if nfreed > 0 {
            s.pointee.needzero = 1
            lock()
            raw.pointee.smallFreeCount[sc] &+= nfreed
            unlock()
        }
        s.pointee.sweepgen = sg
        if preserve { return false }
        if nalloc == 0 {
            g.pointee.sweep.spansFreed += 1
            freeSpan(MSpan(s))
            // Over the memory limit, freed pages go straight back to the OS.
            if pacer.pointee.memoryLimit != Int.max { scavengeForLimit() }
            return true
        }
        central(SpanClass(raw: s.pointee.spanclass)).insertSwept(s)
        return false
    }

    /// Fills freed memory with 0xdeadbeef (the poison debug flag), so a use
    /// after free reads garbage instead of plausible data.
    func poison(_ x: UInt, _ n: Int) {
        let p = UnsafeMutableRawPointer(bitPattern: x)!
        var i = 0
        while i + 4 <= n {
            p.storeBytes(of: UInt32(0xdeadbeef), toByteOffset: i, as: UInt32.self)
            i += 4
        }
    }

    /// Sweeps one unswept span, if any (Go's sweepone). Returns the pages
    /// swept, or nil when nothing is left to sweep.
    @discardableResult
    func sweepone() -> Int? {
        let g = gc.raw
        if g.pointee.sweep.done { return nil }
        let sg = raw.pointee.sweepgen
        while g.pointee.sweep.nextCentral < SpanClass.count {
            let cen = central(SpanClass(raw: UInt8(g.pointee.sweep.nextCentral)))
            cen.raw.lockPtr.lock()
            let s = cen.raw.partialUnswept(sg).pop() ?? cen.raw.fullUnswept(sg).pop()
            cen.raw.lockPtr.unlock()
            if let s {
                precondition(s.pointee.sweepgen == sg &- 2, "runtime: bad sweepgen in unswept list")
                s.pointee.sweepgen = sg &- 1
                let np = s.pointee.npages
                sweepSpan(s, preserve: false)
                return np
            }
            g.pointee.sweep.nextCentral += 1
        }
        g.pointee.sweep.done = true
        pacerCommit(isSweepDone: true)        // the sweep distance no longer holds the trigger back
        if g.pointee.inPause { g.pointee.sweep.scavengePending = true } else { scavengeAfterSweep() }
        return nil
    }

    /// Sweeps every span left of the previous cycle (Go's finishsweep_m),
    /// then lets the scavenger look at the freed pages.
    public func finishSweep() {
        while sweepone() != nil {}
        gcCheckInvariants()
    }

    /// The background sweeper (Go's bgsweep, one slice): sweeps up to
    /// `maxSpans` spans; returns true when sweeping is complete. The
    /// scheduler calls it from a low-priority worker.
    @discardableResult
    public func bgsweep(maxSpans: Int) -> Bool {
        var n = 0
        while n < maxSpans {
            if sweepone() == nil { return true }
            n += 1
        }
        return false
    }

    /// The proportional sweeper (Go's deductSweepCredit, simplified): before
    /// an mcache takes a span or a large object gets its pages, sweep at
    /// least `pages` pages (two spans at least) of the previous cycle, so
    /// sweeping ends long before the next cycle's start pause would have to
    /// finish it. (Go paces this by the heap distance to the trigger; a
    /// refill happens once per span allocated into, and one cycle's
    /// allocation runway is at least the spans live at its end, so two per
    /// refill is enough.)
    @inline(__always)
    func deductSweepCredit(pages: Int) {
        let g = gc.raw
        if g.pointee.sweep.done {
            if g.pointee.sweep.scavengePending {
                g.pointee.sweep.scavengePending = false
                scavengeAfterSweep()
            }
            return
        }
        // Go's target: pagesPerByte × bytes allocated since sweeping began.
        let allocated = max(pacer.pointee.heapLive - g.pointee.sweep.heapLiveBasis, 0)
        let target = Int(g.pointee.sweep.pagesPerByte * Double(allocated))
        var swept = 0, spans = 0
        while swept < pages || spans < 2 || g.pointee.sweep.pagesSwept < target {
            guard let np = sweepone() else { return }
            swept += np
            spans += 1
        }
    }

    /// Sets the proportional sweeper's pace for a new sweep generation
    /// (Go's gcPaceSweeper): the pages in use must be swept while heapLive
    /// goes from now to the trigger, less a 1 MiB margin.
    func gcPaceSweeper() {
        let g = gc.raw
        let live = pacer.pointee.heapLive
        let distance = pacer.pointee.trigger - live - (1 << 20)
        let pages = raw.pointee.stats.pointee.heapInUse >> pageShift
        g.pointee.sweep.heapLiveBasis = live
        g.pointee.sweep.pagesPerByte = distance > 0 ? Double(pages) / Double(distance) : Double(pages)
    }

    /// Whether every span of this sweep generation has been swept.
    public var sweepDone: Bool { gc.raw.pointee.sweep.done }
}

extension MCentral {
    /// Puts a just-swept span on the swept full or partial list.
    func insertSwept(_ s: UnsafeMutablePointer<MSpanData>) {
        let sg = heap.raw.pointee.sweepgen
        raw.lockPtr.lock()
        if s.pointee.allocCount == s.pointee.nelems {
            raw.fullSwept(sg).insert(s)
        } else {
            raw.partialSwept(sg).insert(s)
        }
        raw.lockPtr.unlock()
    }

    /// Sweeps spans of the old generation looking for one with a free slot
    /// (the lazy half of Go's cacheSpan): partialUnswept, then
    /// fullUnswept, at most `budget` spans. Spans swept and still full go to
    /// fullSwept. Returns a swept span with a free slot, in no list, or nil.
    func sweepForCache(budget: Int) -> UnsafeMutablePointer<MSpanData>? {
        let sg = heap.raw.pointee.sweepgen
        var left = budget
        for partial in [true, false] {
            while left > 0 {
                raw.lockPtr.lock()
                let s = partial ? raw.partialUnswept(sg).pop() : raw.fullUnswept(sg).pop()
                raw.lockPtr.unlock()
                guard let s else { break }
                left -= 1
                s.pointee.sweepgen = sg &- 1
                heap.sweepSpan(s, preserve: true)
                if s.pointee.allocCount < s.pointee.nelems { return s }
                insertSwept(s)
            }
        }
        return nil
    }
}

// MARK: - Invariants

extension MHeap {
    /// The collector's invariants between cycles (gcphase .off), in Go's
    /// `runtime: ...` wording; empty if all hold:
    /// - every span is swept (sweepgen sg), being swept (sg − 1), unswept
    ///   (sg − 2, only while sweeping is not done) or cached (sg + 3);
    /// - a swept span that no mcache holds has allocCount == its allocated
    ///   slots (below freeindex, or set in allocBits) and no mark bit set;
    /// - no gcWork holds work and the global full list is empty.
    /// - Precondition: world stopped.
    public func gcVerify() -> [String] {
        var problems: [String] = []
        guard gc.phase == .off else { return ["runtime: gcVerify during a cycle"] }
        let sg = raw.pointee.sweepgen
        let done = gc.raw.pointee.sweep.done
        for s in allInUseSpans() {
            let ssg = s.pointee.sweepgen
            let words = (s.pointee.nelems + 63) / 64
            switch ssg {
            case sg:
                if s.pointee.spanclass >> 1 != 0 {
                    // Every slot below freeindex is allocated; above it, allocBits say.
                    let span = MSpan(s)
                    var n = 0
                    for i in 0..<s.pointee.nelems where span.isAllocated(i) { n += 1 }
                    if n != s.pointee.allocCount {
                        problems.append("runtime: swept span \(s.pointee.startAddr) allocCount \(s.pointee.allocCount), allocated slots \(n)")
                    }
                }
                for w in 0..<words where s.pointee.gcmarkBits![w] != 0 {
                    problems.append("runtime: swept span \(s.pointee.startAddr) has mark bits set")
                    break
                }
            case sg &+ 3:
                break
            case sg &- 2:
                if done { problems.append("runtime: unswept span \(s.pointee.startAddr) after sweep done") }
            default:
                problems.append("runtime: span \(s.pointee.startAddr) has sweepgen \(ssg), heap \(sg)")
            }
        }
        if gc.work.hasFull { problems.append("runtime: grey objects left after marking") }
        forEachCache { c in
            if !gcWork(c).isEmpty { problems.append("runtime: a P's gcWork holds work between cycles") }
        }
        return problems
    }

    /// Traps with the first problem gcVerify finds, in builds with
    /// -DGORUNTIME_CHECKS; does nothing otherwise.
    @inline(__always)
    public func gcCheckInvariants() {
        #if GORUNTIME_CHECKS
        if let p = gcVerify().first { runtimeThrow(p) }
        checkInvariants()
        #endif
    }
}
