// MGCMark.swift — marking: roots, the mark loop, assists, allocate-black and
// gccheckmark (Go's mgcmark.go). See MGC.swift for the cycle.
//
// Colours: an object is white if its bit in its span's gcmarkBits is clear,
// grey if the bit is set and its address is in some gcWork (or the prefetch
// queue of a running drain), black if the bit is set and it has been
// scanned (or holds no pointers: noscan objects are never queued). The
// tri-color invariant during marking: no black object points at a white one
// except through a pointer the write barrier has shaded.
//
// The mark loop (`drainHeap`) keeps a 16-entry queue between the gcWork and
// the scanner (PERFORMANCE.md item 8): an object taken from the gcWork is
// prefetched and scanned only 16 objects later, by which time its cache
// line has arrived, so the misses of a cache-hostile heap overlap instead of
// being paid one at a time. Greying tests the mark bit with a plain load
// first and only then sets it with an atomic OR, whose old value says whether
// another P won the race.
//
// Pointer metadata, by span (Malloc.swift writes it):
//
//   span                                    pointer words of the object at b
//   small, elemsize ≤ 512, scan             heap bits at the span's end
//   small, elemsize > 512, scan             *(GoTypeData*)b, the malloc header;
//                                           data from b+8, type repeated
//   large (class 0), scan                   span.largeType, repeated over the span
//   noscan                                  none: marked, never scanned
//
// Roots (`markroot`), one job each: (0) registered global ranges (data and
// BSS) through their pointer masks; (1) runtime-held pointer slots; (2) the
// goroutine stacks, through the VM's enumerator and GCRootScanner.
//
// The hot paths hold no Swift object: the arena index, spans and bitmaps are
// raw pointers, the queue is a stack-allocated buffer, and the only calls
// are the gcWork slow paths.

import Synchronization

@_silgen_name("llvm.prefetch.p0")
func _llvmPrefetch(_ p: UnsafeRawPointer, _ rw: Int32, _ locality: Int32, _ cacheType: Int32)

/// Prefetches the cache line at `p` for reading (all cache levels).
@inline(__always) func prefetch(_ p: UInt) {
    _llvmPrefetch(UnsafeRawPointer(bitPattern: p).unsafelyUnwrapped, 0, 3, 1)
}

/// Atomically ORs `m` into `*w` and returns the old value.
@inline(__always) func atomicOr(_ w: UnsafeMutablePointer<UInt64>, _ m: UInt64) -> UInt64 {
    UnsafeMutableRawPointer(w).assumingMemoryBound(to: Atomic<UInt64>.self)
        .pointee.bitwiseOr(m, ordering: .relaxed).oldValue
}

/// Size of the prefetch queue in the mark loop.
let markQueueSize = 16

// MARK: - Greying

/// What the greying functions need, loaded once per drain.
struct MarkContext {
    let index: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    let gcw: GCWork

    /// Greys the heap object holding `p`, if `p` points into one (Go's
    /// findObject + greyobject). Any other value — nil, a stack or global
    /// address, a free page — is ignored.
    @inline(__always) func greyIfHeap(_ p: UInt) {
        let ai = Int(truncatingIfNeeded: p &>> UInt(logHeapArenaBytes))
        guard p < (1 << 48), let ha = index[ai] else { return }
        let pi = Int(truncatingIfNeeded: p &>> UInt(pageShift)) & (pagesPerArena &- 1)
        guard let s = HeapArena(raw: ha).spans[pi] else { return }
        guard s.pointee.state == MSpanState.inUse.rawValue, p < s.pointee.limit else { return }
        let off = UInt64(p &- s.pointee.startAddr)
        let idx = Int(truncatingIfNeeded: (off &* UInt64(s.pointee.divMul)) &>> 32)
        greyobject(s.pointee.startAddr &+ UInt(bitPattern: idx &* s.pointee.elemsize), s, idx)
    }

    /// greyIfHeap for a word that may not be a pointer: only an allocated
    /// object (below freeindex or set in allocBits, Go's isFree) is greyed.
    @inline(__always) func greyIfAllocated(_ p: UInt) {
        let ai = Int(truncatingIfNeeded: p &>> UInt(logHeapArenaBytes))
        guard p < (1 << 48), let ha = index[ai] else { return }
        let pi = Int(truncatingIfNeeded: p &>> UInt(pageShift)) & (pagesPerArena &- 1)
        guard let s = HeapArena(raw: ha).spans[pi] else { return }
        guard s.pointee.state == MSpanState.inUse.rawValue, p < s.pointee.limit, p >= s.pointee.startAddr else { return }
        let off = UInt64(p &- s.pointee.startAddr)
        let idx = Int(truncatingIfNeeded: (off &* UInt64(s.pointee.divMul)) &>> 32)
        if idx >= s.pointee.freeindex {
            guard let ab = s.pointee.allocBits, ab[idx &>> 6] &>> UInt64(idx & 63) & 1 != 0 else { return }
        }
        greyobject(s.pointee.startAddr &+ UInt(bitPattern: idx &* s.pointee.elemsize), s, idx)
    }

    /// Marks object `idx` of `s` (base `obj`) and queues it if it may hold
    /// pointers (Go's greyobject). Plain load first, atomic OR only if clear.
    @inline(__always) func greyobject(_ obj: UInt, _ s: UnsafeMutablePointer<MSpanData>, _ idx: Int) {
        let bits = s.pointee.gcmarkBits.unsafelyUnwrapped + (idx &>> 6)
        let m: UInt64 = 1 &<< UInt64(idx & 63)
        if bits.pointee & m != 0 { return }
        if atomicOr(bits, m) & m != 0 { return }
        let elemsize = s.pointee.elemsize
        gcw.raw.pointee.bytesMarked &+= elemsize
        if s.pointee.spanclass & 1 != 0 { return }
        gcw.put(obj)
        if elemsize <= SizeClasses.minSizeForMallocHeader {
            // Fetch the object's heap bits now (the span is at hand): by the
            // time the object leaves the gcWork and the prefetch queue, they
            // are in cache. They were the mark loop's largest miss.
            let start = s.pointee.startAddr
            let spanBytes = UInt(s.pointee.npages) &<< UInt(pageShift)
            prefetch(start &+ spanBytes &- spanBytes / 64 &+ ((obj &- start) &>> 9) &<< 3)
        }
    }

    /// Greys every pointer word of `[base, base + words*8)` whose bit is set
    /// in `ptrmask` (every word if nil). Returns the bytes scanned.
    func scanblock(_ base: UInt, words: Int, ptrmask: UnsafePointer<UInt8>?) -> Int {
        var i = 0
        while i < words {
            if let m = ptrmask {
                let byte = m[i &>> 3]
                if byte == 0 { i = (i | 7) &+ 1; continue }
                if byte &>> UInt8(i & 7) & 1 == 0 { i &+= 1; continue }
            }
            let p = UnsafeRawPointer(bitPattern: base &+ UInt(i &* 8)).unsafelyUnwrapped.load(as: UInt.self)
            if p != 0 { greyIfHeap(p) }
            i &+= 1
        }
        return words &* 8
    }

    /// Scans the grey object at `b` (Go's scanobject) and returns the bytes
    /// of scan work it cost. Pointers found go to `pipe` (the mark loop's
    /// prefetching stages) or, if nil, are greyed at once.
    @inline(__always) func scanobject(_ b: UInt, _ pipe: UnsafeMutablePointer<GreyPipe>? = nil) -> Int {
        let ha = index[Int(truncatingIfNeeded: b &>> UInt(logHeapArenaBytes))].unsafelyUnwrapped
        let s = HeapArena(raw: ha).spans[Int(truncatingIfNeeded: b &>> UInt(pageShift)) & (pagesPerArena &- 1)].unsafelyUnwrapped
        let elemsize = s.pointee.elemsize
        if s.pointee.spanclass &>> 1 != 0 && elemsize <= SizeClasses.minSizeForMallocHeader {
            // Heap bits at the span's end: one bit per word.
            let start = s.pointee.startAddr
            let spanBytes = UInt(s.pointee.npages) &<< UInt(pageShift)
            let hb = UnsafeMutablePointer<UInt64>(bitPattern: start &+ spanBytes &- spanBytes / 64).unsafelyUnwrapped
            let nwords = elemsize &>> 3
            let o = Int(truncatingIfNeeded: (b &- start) &>> 3)
            let i = o &>> 6, j = o & 63
            var bits = hb[i] &>> UInt64(j)
            if j &+ nwords > 64 { bits |= hb[i &+ 1] &<< UInt64(64 &- j) }
            if nwords < 64 { bits &= (1 &<< UInt64(nwords)) &- 1 }
            let obj = UnsafeRawPointer(bitPattern: b).unsafelyUnwrapped
            while bits != 0 {
                let w = bits.trailingZeroBitCount
                bits &= bits &- 1
                let p = obj.load(fromByteOffset: w &* 8, as: UInt.self)
                if p != 0 {
                    if let pipe { pipe.pointee.push(p, self) } else { greyIfHeap(p) }
                }
            }
            return elemsize
        }
        return scanTyped(b, s, elemsize)
    }

    /// Objects with a malloc header or a largeType: the type's bitmap,
    /// repeated every type.size bytes over the object.
    @inline(never) func scanTyped(_ b: UInt, _ s: UnsafeMutablePointer<MSpanData>, _ elemsize: Int) -> Int {
        var start = b
        var n = elemsize
        let typ: UnsafeRawPointer?
        if s.pointee.spanclass &>> 1 != 0 {
            typ = UnsafeRawPointer(bitPattern: b).unsafelyUnwrapped.load(as: UnsafeRawPointer?.self)
            start = b &+ UInt(SizeClasses.mallocHeaderSize)
            n = elemsize &- SizeClasses.mallocHeaderSize
        } else {
            typ = s.pointee.largeType
        }
        guard let typ else { return elemsize }
        let t = typ.assumingMemoryBound(to: GoTypeData.self).pointee
        guard let g = t.gcdata, t.ptrBytes > 0, t.size > 0 else { return elemsize }
        let pwords = t.ptrBytes &>> 3
        var e = 0
        while e &+ 8 <= n {
            let base = start &+ UInt(e)
            var w = 0
            while w < pwords {
                let byte = g[w &>> 3]
                if byte == 0 { w = (w | 7) &+ 1; continue }
                if byte &>> UInt8(w & 7) & 1 != 0 && e &+ w &* 8 < n {
                    let p = UnsafeRawPointer(bitPattern: base &+ UInt(w &* 8)).unsafelyUnwrapped.load(as: UInt.self)
                    if p != 0 { greyIfHeap(p) }
                }
                w &+= 1
            }
            e &+= t.size
        }
        return elemsize
    }
}

// MARK: - The grey pipeline

/// Two prefetching stages between finding a pointer and greying its
/// object, so the misses on the span struct and on the mark-bit word of
/// many pointers overlap instead of stalling one at a time:
///
///   push(p)    find p's span in the arena's span table (small, cached) and
///              prefetch the span struct; → stage 1
///   stage 1    16 later: the span is in cache: check p is in an object,
///              compute the object index, prefetch its mark-bit word; → stage 2
///   stage 2    16 later: greyobject (plain load of the mark bit, atomic OR)
///
/// The stages live in a stack buffer of drainHeap; `flush` empties both.
struct GreyPipe {
    static let n = 16
    let p1: UnsafeMutablePointer<UInt>
    let s1: UnsafeMutablePointer<UnsafeMutablePointer<MSpanData>>
    let b2: UnsafeMutablePointer<UInt>
    let s2: UnsafeMutablePointer<UnsafeMutablePointer<MSpanData>>
    let i2: UnsafeMutablePointer<Int>
    var h1 = 0, n1 = 0, h2 = 0, n2 = 0

    var isEmpty: Bool { n1 == 0 && n2 == 0 }

    @inline(__always) mutating func push(_ p: UInt, _ mc: MarkContext) {
        let ai = Int(truncatingIfNeeded: p &>> UInt(logHeapArenaBytes))
        guard p < (1 << 48), let ha = mc.index[ai] else { return }
        let pi = Int(truncatingIfNeeded: p &>> UInt(pageShift)) & (pagesPerArena &- 1)
        guard let s = HeapArena(raw: ha).spans[pi] else { return }
        prefetch(UInt(bitPattern: s))
        if n1 == GreyPipe.n { advance1(mc) }
        let t = (h1 &+ n1) & (GreyPipe.n &- 1)
        p1[t] = p
        s1[t] = s
        n1 &+= 1
    }

    @inline(__always) mutating func advance1(_ mc: MarkContext) {
        let p = p1[h1], s = s1[h1]
        h1 = (h1 &+ 1) & (GreyPipe.n &- 1)
        n1 &-= 1
        guard s.pointee.state == MSpanState.inUse.rawValue, p < s.pointee.limit else { return }
        let off = UInt64(p &- s.pointee.startAddr)
        let idx = Int(truncatingIfNeeded: (off &* UInt64(s.pointee.divMul)) &>> 32)
        prefetch(UInt(bitPattern: s.pointee.gcmarkBits.unsafelyUnwrapped + (idx &>> 6)))
        if n2 == GreyPipe.n { advance2(mc) }
        let t = (h2 &+ n2) & (GreyPipe.n &- 1)
        b2[t] = s.pointee.startAddr &+ UInt(bitPattern: idx &* s.pointee.elemsize)
        s2[t] = s
        i2[t] = idx
        n2 &+= 1
    }

    @inline(__always) mutating func advance2(_ mc: MarkContext) {
        let b = b2[h2], s = s2[h2], idx = i2[h2]
        h2 = (h2 &+ 1) & (GreyPipe.n &- 1)
        n2 &-= 1
        mc.greyobject(b, s, idx)
    }

    /// Greys everything in both stages.
    mutating func flush(_ mc: MarkContext) {
        while n1 > 0 { advance1(mc) }
        while n2 > 0 { advance2(mc) }
    }
}

// MARK: - Root scanning for the VM

/// State behind a GCRootScanner handle.
struct GCRootScannerData {
    var heap: UnsafeMutablePointer<MHeapData>
    var gcw: UnsafeMutablePointer<GCWorkData>
    var stackBytes = 0
    var work = 0
}

/// What a stack enumerator is handed: it reports each goroutine's live
/// pointer slots (from the VM's stack maps) and used stack bytes. Valid only
/// during the enumerator call.
public struct GCRootScanner {
    let raw: UnsafeMutablePointer<GCRootScannerData>

    /// Wraps the pointer an enumerator receives.
    public init(raw: UnsafeMutableRawPointer) {
        self.raw = raw.assumingMemoryBound(to: GCRootScannerData.self)
    }

    var ctx: MarkContext {
        let h = MHeap(raw.pointee.heap)
        return MarkContext(index: h.raw.pointee.arenaIndex, gcw: GCWork(raw: raw.pointee.gcw, lists: h.gc.work, stat: h.sysStat(.gcMisc)))
    }

    /// A word that may hold a Go pointer (a stack slot the stack map marks live).
    @inline(__always) public func scanSlot(_ slot: UnsafeRawPointer) {
        let p = slot.load(as: UInt.self)
        if p != 0 { ctx.greyIfHeap(p) }
        raw.pointee.work &+= 8
    }

    /// A pointer value held outside memory (an interpreter register).
    @inline(__always) public func scanPointer(_ p: UInt) {
        if p != 0 { ctx.greyIfHeap(p) }
    }

    /// A word that may or may not be a pointer (a conservatively scanned
    /// stack word, Go's scanConservative): greyed only if it points into an
    /// allocated object, so a stale word never revives a free slot.
    @inline(__always) public func scanConservative(_ p: UInt) {
        if p != 0 { ctx.greyIfAllocated(p) }
    }

    /// `words` words from `base`, each scanned conservatively.
    public func scanRangeConservative(_ base: UnsafeRawPointer, words: Int) {
        let c = ctx
        var i = 0
        while i < words {
            let p = base.load(fromByteOffset: i &* 8, as: UInt.self)
            if p != 0 { c.greyIfAllocated(p) }
            i &+= 1
        }
        raw.pointee.work &+= words &* 8
    }

    /// `words` words from `base`; bit i of `ptrmask` says word i may hold a
    /// pointer (nil: every word may) — a frame with its stack map bitmap.
    public func scanRange(_ base: UnsafeRawPointer, words: Int, ptrmask: UnsafePointer<UInt8>?) {
        raw.pointee.work &+= ctx.scanblock(UInt(bitPattern: base), words: words, ptrmask: ptrmask)
    }

    /// A stack frame: bit i of `ptrmask` says word i holds a pointer (the
    /// function's stack map). The map is exact, but a pointer word may hold
    /// a one-past-the-end or stale interior address, so, like Go's
    /// scanConservative and unlike its scanblock, only allocated objects
    /// are greyed: a free slot is never revived.
    public func scanFrame(_ base: UnsafeRawPointer, words: Int, ptrmask: UnsafePointer<UInt8>) {
        let c = ctx
        var i = 0
        while i < words {
            let byte = ptrmask[i &>> 3]
            if byte == 0 { i = (i | 7) &+ 1; continue }
            if byte &>> UInt8(i & 7) & 1 != 0 {
                let p = base.load(fromByteOffset: i &* 8, as: UInt.self)
                if p != 0 { c.greyIfAllocated(p) }
            }
            i &+= 1
        }
        raw.pointee.work &+= words &* 8
    }

    /// Reports a goroutine's used stack (hi − sp): the pacer's stack term.
    public func stackScanned(bytes: Int) {
        raw.pointee.stackBytes &+= bytes
    }
}

// MARK: - Draining

extension MHeap {
    func markContext(_ c: MCache) -> MarkContext {
        MarkContext(index: raw.pointee.arenaIndex, gcw: gcWork(c))
    }

    /// Root job `job` (Go's markroot). Returns the scan work done.
    func markroot(_ job: Int, _ c: MCache) -> Int {
        let g = gc.raw
        let mc = markContext(c)
        switch job {
        case 0:
            var work = 0
            for i in 0..<g.pointee.nglobals {
                let r = g.pointee.globals![i]
                work &+= mc.scanblock(r.base, words: r.words, ptrmask: r.ptrmask)
            }
            g.pointee.globalsScanWork &+= work
            return work
        case 1:
            for i in 0..<g.pointee.nrtRoots {
                if let slot = g.pointee.rtRoots![i] { mc.greyIfHeap(slot.pointee) }
            }
            return g.pointee.nrtRoots &* 8
        case 2:
            guard let f = g.pointee.stackRoots else { return 0 }
            var sd = GCRootScannerData(heap: raw, gcw: gcwPtr(c))
            withUnsafeMutablePointer(to: &sd) { f(g.pointee.stackRootsCtx, UnsafeMutableRawPointer($0)) }
            g.pointee.stackBytes &+= sd.stackBytes
            g.pointee.stackScanWork &+= sd.stackBytes
            return sd.work
        default:
            return 0
        }
    }

    /// Does up to `budget` bytes of mark work on P `c`: root jobs first,
    /// then grey objects (Go's gcDrain / gcDrainN). Returns the work done;
    /// less than `budget` means no work was left anywhere this P could see.
    func gcDrain(_ c: MCache, budget: Int) -> Int {
        let g = gc.raw
        var work = 0
        while g.pointee.markrootNext < g.pointee.markrootJobs {
            let job = g.pointee.markrootNext
            g.pointee.markrootNext += 1
            work &+= markroot(job, c)
            if work >= budget { return work }
        }
        work &+= drainHeap(markContext(c), budget: budget &- work)
        return work
    }

    /// The mark loop: grey objects from the gcWork through a 16-entry
    /// prefetch queue into scanobject, the pointers found through the grey
    /// pipeline, until no work is left or `budget` is spent.
    @inline(never)
    func drainHeap(_ mc: MarkContext, budget: Int) -> Int {
        withUnsafeTemporaryAllocation(of: UInt.self, capacity: markQueueSize + 5 * GreyPipe.n) { buf in
            let q = buf.baseAddress.unsafelyUnwrapped
            let raw = UnsafeMutableRawPointer(q + markQueueSize)
            let n = GreyPipe.n
            var pipe = GreyPipe(
                p1: raw.assumingMemoryBound(to: UInt.self),
                s1: (raw + 8 * n).assumingMemoryBound(to: UnsafeMutablePointer<MSpanData>.self),
                b2: (raw + 16 * n).assumingMemoryBound(to: UInt.self),
                s2: (raw + 24 * n).assumingMemoryBound(to: UnsafeMutablePointer<MSpanData>.self),
                i2: (raw + 32 * n).assumingMemoryBound(to: Int.self))
            return withUnsafeMutablePointer(to: &pipe) { pp in
                var head = 0, count = 0, work = 0
                let gcw = mc.gcw
                while true {
                    while count < markQueueSize {
                        let b = gcw.tryGet()
                        if b == 0 { break }
                        prefetch(b)
                        q[(head &+ count) & (markQueueSize &- 1)] = b
                        count &+= 1
                    }
                    if count == 0 {
                        // Out of objects: grey what the pipeline holds, which may make more.
                        if pp.pointee.isEmpty { break }
                        pp.pointee.flush(mc)
                        continue
                    }
                    let b = q[head]
                    head = (head &+ 1) & (markQueueSize &- 1)
                    count &-= 1
                    work &+= mc.scanobject(b, pp)
                    if work >= budget { break }
                }
                pp.pointee.flush(mc)
                while count > 0 {
                    gcw.put(q[head])
                    head = (head &+ 1) & (markQueueSize &- 1)
                    count &-= 1
                }
                gcw.raw.pointee.heapScanWork &+= work
                return work
            }
        }
    }

    /// Marks a just-allocated object black (Go's gcmarknewobject): its mark
    /// bit set, not queued — it holds no pointer yet, and pointers stored
    /// into it go through the write barrier.
    func gcmarknewobject(_ c: MCache, _ x: UInt) {
        guard let s = spanOfHeap(x) else { return }
        let idx = s.objIndex(x)
        let bits = s.raw.pointee.gcmarkBits.unsafelyUnwrapped + (idx &>> 6)
        let m: UInt64 = 1 &<< UInt64(idx & 63)
        if atomicOr(bits, m) & m == 0 {
            gcwPtr(c).pointee.bytesMarked &+= s.raw.pointee.elemsize
        }
    }

    /// A mutator assist (Go's gcAssistAlloc): pays this P's allocation debt
    /// with scan work, stealing background credit first; finishes the mark
    /// phase if no work remains.
    func gcAssistAlloc(_ c: MCache) {
        let g = gc.raw
        guard g.pointee.phase == GCPhase.mark.rawValue else { return }
        let debtBytes = -c.raw.pointee.gc.assistBytes
        let p = g.pointee.pacer
        var scanWork = Int(p.assistWorkPerByte * Double(debtBytes))
        if scanWork < gcOverAssistWork { scanWork = gcOverAssistWork }
        // Steal background credit.
        if g.pointee.scanCredit > 0 {
            let steal = min(g.pointee.scanCredit, scanWork)
            g.pointee.scanCredit -= steal
            c.raw.pointee.gc.assistBytes &+= Int(p.assistBytesPerWork * Double(steal))
            scanWork -= steal
            if c.raw.pointee.gc.assistBytes >= 0 { return }
        }
        let t0 = nanotime()
        let done = gcDrain(c, budget: scanWork)
        c.raw.pointee.gc.assistBytes &+= Int(p.assistBytesPerWork * Double(done))
        let dt = nanotime() &- t0
        g.pointee.assistTime &+= dt
        g.pointee.gcCPUTime &+= dt
        if done < scanWork {
            gcMarkDone(c)
            if g.pointee.phase == GCPhase.off.rawValue { c.raw.pointee.gc.assistBytes = 0 }
        }
    }

    /// Whether a goroutine stack should be halved at this GC (Go's
    /// shrinkstack test): the half is at least fixedStack and the goroutine
    /// uses less than a quarter (`used` = hi − sp, plus Go's 800-byte
    /// nosplit allowance). The VM calls it from its stack enumerator (a
    /// safepoint) and copies the stack to one half the size if true.
    public func gcShouldShrinkStack(_ stk: GoStack, used: Int) -> Bool {
        let newsize = stk.size / 2
        if newsize < fixedStack { return false }
        return used + stackNosplit < stk.size / 4
    }
}

/// Go's stackNosplit on linux/amd64 (StackNosplitBase × StackGuardMultiplier).
public let stackNosplit = 800

/// Assists pre-pay this much scan work (Go's gcOverAssistWork).
let gcOverAssistWork = 64 << 10

// MARK: - Walking spans and objects (debug paths)

extension MHeap {
    /// Every mSpanInUse span, in address order. - Precondition: world stopped.
    func allInUseSpans() -> [UnsafeMutablePointer<MSpanData>] {
        lock()
        defer { unlock() }
        var out: [UnsafeMutablePointer<MSpanData>] = []
        guard let list = raw.pointee.allArenas else { return out }
        for a in 0..<raw.pointee.nArenas {
            let ha = HeapArena(raw: list[a])
            for w in 0..<HeapArena.words {
                var bits = ha.pageInUse[w]
                while bits != 0 {
                    let b = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    if let s = ha.spans[w * 64 + b] { out.append(s) }
                }
            }
        }
        return out
    }

    /// Calls `body` with every pointer value held by the object at base `b`
    /// of span `s` (the same metadata scanobject reads).
    func forEachPointer(in b: UInt, _ s: UnsafeMutablePointer<MSpanData>, _ body: (UInt) -> Void) {
        if s.pointee.spanclass & 1 != 0 { return }
        let span = MSpan(s)
        if s.pointee.spanclass >> 1 != 0 && s.pointee.elemsize <= SizeClasses.minSizeForMallocHeader {
            var bits = span.heapBitsSmall(forAddr: b)
            while bits != 0 {
                let w = bits.trailingZeroBitCount
                bits &= bits - 1
                body(UnsafeRawPointer(bitPattern: b + UInt(w * 8))!.load(as: UInt.self))
            }
            return
        }
        var start = b, n = s.pointee.elemsize
        let typ: UnsafeRawPointer?
        if s.pointee.spanclass >> 1 != 0 {
            typ = UnsafeRawPointer(bitPattern: b)!.load(as: UnsafeRawPointer?.self)
            start += 8
            n -= 8
        } else {
            typ = s.pointee.largeType
        }
        guard let t = typ?.assumingMemoryBound(to: GoTypeData.self) else { return }
        let gt = GoType(t)
        guard gt.size > 0 else { return }
        var e = 0
        while e + 8 <= n {
            for w in 0..<(gt.ptrBytes / 8) where gt.isPointerWord(w) && e + w * 8 < n {
                body(UnsafeRawPointer(bitPattern: start + UInt(e + w * 8))!.load(as: UInt.self))
            }
            e += gt.size
        }
    }

    /// Whether object `i` of `s` is marked.
    func isMarked(_ s: UnsafeMutablePointer<MSpanData>, _ i: Int) -> Bool {
        s.pointee.gcmarkBits![i >> 6] >> UInt64(i & 63) & 1 != 0
    }

    /// The tri-color and mark-bit invariants at the end of marking: every
    /// marked object is allocated, and no marked object points at an
    /// unmarked heap object. Returns the problems, in `runtime: ...` wording.
    /// - Precondition: world stopped, marking complete (gcphase .markTermination).
    public func gcVerifyMarks() -> [String] {
        var problems: [String] = []
        for s in allInUseSpans() {
            let span = MSpan(s)
            for i in 0..<s.pointee.nelems where isMarked(s, i) {
                let b = s.pointee.startAddr + UInt(i * s.pointee.elemsize)
                if !span.isAllocated(i) {
                    problems.append("runtime: marked free object \(b) in span \(s.pointee.startAddr)")
                    continue
                }
                forEachPointer(in: b, s) { p in
                    guard p != 0, let (_, ts, ti) = findObject(p) else { return }
                    if !isMarked(ts.raw, ti) {
                        problems.append("runtime: black object \(b) points to white object \(p)")
                    }
                }
            }
        }
        return problems
    }
}

// MARK: - gccheckmark

extension MHeap {
    /// GODEBUG=gccheckmark=1 (Go's checkmark mode): with the world stopped,
    /// marks everything reachable from the roots again into fresh bits and
    /// compares with the cycle's marking. Every reachable object must have
    /// been marked ("checkmark found unmarked object"); if no mutator ran
    /// during the mark phase the two markings must be equal. Restores the
    /// cycle's marks afterwards, so the cycle ends exactly as without it.
    /// Returns (objects marked by the cycle, by the check, only by the
    /// cycle — floating garbage).
    @discardableResult
    func gcCheckmark() -> (first: Int, second: Int, floating: Int) {
        let g = gc.raw
        let spans = allInUseSpans()
        var saved: [[UInt64]] = []
        saved.reserveCapacity(spans.count)
        for s in spans {
            let words = (s.pointee.nelems + 63) / 64
            let bits = s.pointee.gcmarkBits!
            saved.append(Array(UnsafeBufferPointer(start: bits, count: words)))
            bits.update(repeating: 0, count: words)
        }
        // Re-mark from the roots on a scratch gcWork.
        var scratch = MCacheData(heap: raw, tables: raw.pointee.tables)
        let (savedNext, savedJobs) = (g.pointee.markrootNext, g.pointee.markrootJobs)
        let savedWork = (g.pointee.globalsScanWork, g.pointee.stackScanWork, g.pointee.stackBytes)
        g.pointee.checkmarkPhase = true
        withUnsafeMutablePointer(to: &scratch) { sp in
            let c = MCache(sp)
            g.pointee.markrootNext = 0
            g.pointee.markrootJobs = 3
            _ = gcDrain(c, budget: Int.max)
            _ = gcWork(c).dispose()
        }
        g.pointee.checkmarkPhase = false
        g.pointee.markrootNext = savedNext
        g.pointee.markrootJobs = savedJobs
        (g.pointee.globalsScanWork, g.pointee.stackScanWork, g.pointee.stackBytes) = savedWork
        var first = 0, second = 0, floating = 0
        for (k, s) in spans.enumerated() {
            let words = (s.pointee.nelems + 63) / 64
            let bits = s.pointee.gcmarkBits!
            for w in 0..<words {
                let a = saved[k][w], b = bits[w]
                first += a.nonzeroBitCount
                second += b.nonzeroBitCount
                floating += (a & ~b).nonzeroBitCount
                if b & ~a != 0 {
                    let i = w * 64 + (b & ~a).trailingZeroBitCount
                    runtimeThrow("checkmark found unmarked object: \(s.pointee.startAddr + UInt(i * s.pointee.elemsize)) in span of size \(s.pointee.elemsize)")
                }
                bits[w] = a
            }
        }
        if floating != 0 && !g.pointee.cycleMutated {
            runtimeThrow("gccheckmark: \(floating) objects marked but unreachable in a stop-the-world cycle")
        }
        g.pointee.lastCheckmark = (first, second, floating)
        return (first, second, floating)
    }
}
