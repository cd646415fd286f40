// MHeap.swift — the page heap (Go's mheap.go): arenas, the arena index, span
// allocation and freeing, and interior-pointer → span lookup.
//
// See Malloc.swift for the overview of the allocator; this is its step 3.
//
// Address space comes in arenas of 64 MiB (heapArenaBytes), each split into
// 8192 pages of 8 KiB. Arenas are reserved from the OS at ascending hint
// addresses (Go's arena hints, from 0x00c0_0000_0000), so the heap normally
// grows as one contiguous range; pages are mapped (Reserved → Prepared) in
// 4 MiB steps as the heap grows, like Go's pallocChunkBytes.
//
// Every arena has a `HeapArena` metadata block in runtime memory:
//
//     offset      0  header: base, zeroedBase, nfree, order       (64 B)
//     offset     64  spans[8192]: page → mspan (nil if the page is free)  (64 KiB)
//     offset  65600  pageInUse: bit per page, set on the first page of each
//                    mSpanInUse span (1 KiB)
//     offset  66624  pageMarks: bit per page, for the sweeper       (1 KiB)
//     offset  67648  freeBits: bit per page, 1 = free and mapped   (1 KiB)
//     offset  68672  scavBits: bit per page, 1 = free and returned to the OS (1 KiB)
//
// The arena index maps an address to its HeapArena: index[addr >> 26] over a
// 48-bit address space (4 Mi entries, 32 MiB of address space reserved once
// per heap, touched only where arenas exist; Go's arenas[L1][L2] with L1 = 0).
//
// Invariants (under the heap lock):
// - A page is in exactly one of: free (freeBits, maybe scavBits), in an
//   mSpanInUse span, in an mSpanManual span, or unmapped (neither bit).
// - spans[p] is the span holding page p for every page of an in-use or
//   manual span, and nil for free pages. So spanOf(any interior pointer)
//   finds the span in two loads.
// - Bytes above an arena's zeroedBase have never been handed out and are
//   known zero (Go's zeroedBase); spans allocated wholly above it need no
//   zeroing.
// - heapInUse + heapFree + heapReleased + stacksInUse = bytes mapped for the heap.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// log2 of the page size (`_PageShift`).
public let pageShift = 13
/// Page size: 8 KiB (`pageSize`).
public let pageSize = 1 << pageShift
/// Arena size: 64 MiB (`heapArenaBytes`).
public let heapArenaBytes = 64 << 20
/// log2 of the arena size.
let logHeapArenaBytes = 26
/// Pages per arena.
public let pagesPerArena = heapArenaBytes / pageSize
/// Arena index entries: a 48-bit address space.
let arenaIndexEntries = 1 << (48 - logHeapArenaBytes)
/// The heap is mapped in chunks of this many pages (4 MiB, Go's pallocChunkPages).
let heapGrowPages = (4 << 20) / pageSize

// MARK: - HeapArena

struct HeapArenaHeader {
    var base: UInt = 0          // first byte of the arena
    var zeroedBase: UInt = 0    // offset: bytes at and above it were never handed out
    var nfree: Int = 0          // free (mapped) pages
    var order: Int = 0          // index in the heap's address-ordered arena list
}

/// A handle to an arena's metadata block (layout in the file comment).
struct HeapArena: Equatable {
    static let spansOffset = 64
    static let pageInUseOffset = 64 + pagesPerArena * 8
    static let pageMarksOffset = pageInUseOffset + pagesPerArena / 8
    static let freeBitsOffset = pageMarksOffset + pagesPerArena / 8
    static let scavBitsOffset = freeBitsOffset + pagesPerArena / 8
    static let byteCount = (scavBitsOffset + pagesPerArena / 8 + 4095) & ~4095
    static let words = pagesPerArena / 64

    let raw: UnsafeMutableRawPointer

    var header: UnsafeMutablePointer<HeapArenaHeader> { raw.assumingMemoryBound(to: HeapArenaHeader.self) }
    var base: UInt { header.pointee.base }
    @inline(__always) var spans: UnsafeMutablePointer<UnsafeMutablePointer<MSpanData>?> {
        (raw + HeapArena.spansOffset).assumingMemoryBound(to: UnsafeMutablePointer<MSpanData>?.self)
    }
    var pageInUse: UnsafeMutablePointer<UInt64> { (raw + HeapArena.pageInUseOffset).assumingMemoryBound(to: UInt64.self) }
    var pageMarks: UnsafeMutablePointer<UInt64> { (raw + HeapArena.pageMarksOffset).assumingMemoryBound(to: UInt64.self) }
    var freeBits: UnsafeMutablePointer<UInt64> { (raw + HeapArena.freeBitsOffset).assumingMemoryBound(to: UInt64.self) }
    var scavBits: UnsafeMutablePointer<UInt64> { (raw + HeapArena.scavBitsOffset).assumingMemoryBound(to: UInt64.self) }
}

// MARK: - Statistics storage

/// Kinds of mapped memory, each a SysStat (Go's sysMemStat fields of mstats).
enum SysStatKind: Int, CaseIterable {
    case heap = 0      // arena pages mapped (heap objects, free pages, stacks)
    case mspan         // spanalloc chunks
    case mcache        // cachealloc chunks
    case gcMisc        // arena metadata, gc bitmaps
    case other         // size tables, locks, the heap struct itself
}

/// Heap statistics kept under the heap lock (Go's heapStatsDelta, global part).
struct HeapStatsData {
    var heapInUse = 0        // bytes in mSpanInUse spans
    var heapFree = 0         // bytes in free pages still backed by the OS
    var heapReleased = 0     // bytes in free pages returned to the OS (or never used)
    var stacksInUse = 0      // bytes in mSpanManual spans
    // Counts flushed from retired mcaches and frees found by sweeping.
    var largeAlloc = 0, largeAllocCount = 0, largeFree = 0, largeFreeCount = 0
    var tinyAllocCount = 0
}

// MARK: - MHeap

/// The page heap in runtime memory. One per runtime (tests create several,
/// each with its own arenas and index).
struct MHeapData {
    var lock = RuntimeLockStorage()                  // first field: guards everything below unless noted
    var sweepgen: UInt32 = 0                         // Go's h.sweepgen
    var arenaIndex: UnsafeMutablePointer<UnsafeMutableRawPointer?>  // addr >> 26 → HeapArena
    var allArenas: UnsafeMutablePointer<UnsafeMutableRawPointer>? = nil  // sorted by address
    var nArenas = 0
    var capArenas = 0
    var searchIndex = 0                              // no arena below this one has a free page
    var curArenaBase: UInt = 0                       // reserved, not yet mapped: [base, end)
    var curArenaEnd: UInt = 0
    var arenaHint: UInt                              // where to reserve the next arena
    var arenaLimit: UInt = 0                         // end of this heap's window: no arena reaches past it
    var persistent: UnsafeMutablePointer<PersistentAllocData>  // own lock
    var spanalloc: UnsafeMutablePointer<FixAllocData>
    var cachealloc: UnsafeMutablePointer<FixAllocData>
    var gcBitsNext: UInt = 0                         // bump region for alloc/mark bitmaps
    var gcBitsEnd: UInt = 0
    var gcBitsFree: (UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt)
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)  // freed bitmaps of 1...16 words, linked through word 0
    var central: UnsafeMutablePointer<MCentralData>  // SpanClass.count entries, each with its lock
    var tables: SizeTables
    var emptymspan: UnsafeMutablePointer<MSpanData>  // the span every empty mcache slot points at
    var zerobase: UnsafeMutableRawPointer            // the address of every zero-sized object
    var stats: UnsafeMutablePointer<HeapStatsData>
    var smallAllocCount: UnsafeMutablePointer<Int>   // per size class, from retired mcaches
    var smallFreeCount: UnsafeMutablePointer<Int>    // per size class
    var sys: UnsafeMutableRawPointer                 // SysStatKind.allCases Atomic<Int>s
    var allmcaches: UnsafeMutablePointer<MCacheData>? = nil  // linked through MCacheData.nextCache
    var stacks: UnsafeMutablePointer<StackPoolData>  // stackpool and stackLarge (own locks)
    var gcRunning = false                            // Go's gcphase != _GCoff; set by the collector
    var gc: UnsafeMutablePointer<GCStateData>? = nil // the collector's state (MGC.swift); set by gcinit
}

/// Distinct heaps reserve arenas in distinct 1 TiB windows of address space;
/// a heap's arenas never reach past its window (the address space gomem
/// reserves), so a heap holds at most 1 TiB.
let nextHeapWindow = Atomic<UInt>(0)
let heapWindowBytes: UInt = 1 << 40

/// A handle to a page heap (Go's mheap). Create one with `MHeap.create()`;
/// heaps are never destroyed (their memory is the process's).
public struct MHeap: @unchecked Sendable, Equatable {
    let raw: UnsafeMutablePointer<MHeapData>
    init(_ raw: UnsafeMutablePointer<MHeapData>) { self.raw = raw }

    @inline(__always) var lockPtr: UnsafeMutablePointer<RuntimeLockStorage> {
        UnsafeMutableRawPointer(raw).assumingMemoryBound(to: RuntimeLockStorage.self)
    }
    func lock() { lockPtr.lock() }
    func unlock() { lockPtr.unlock() }

    func sysStat(_ k: SysStatKind) -> SysStat {
        SysStat((raw.pointee.sys + k.rawValue * MemoryLayout<Atomic<Int>>.stride)
            .assumingMemoryBound(to: Atomic<Int>.self))
    }

    /// Maps and initialises a new heap (Go's mallocinit + mheap.init).
    public static func create() -> MHeap {
        // The statistics counters first: everything else is charged to them.
        let sysBytes = UInt(SysStatKind.allCases.count * MemoryLayout<Atomic<Int>>.stride)
        let sysRaw = UnsafeMutableRawPointer(bitPattern: Mem.sysAlloc(physPageSize, SysStat(scratchStat)))!
        _ = sysRaw.bindMemory(to: Atomic<Int>.self, capacity: Int(sysBytes) / MemoryLayout<Atomic<Int>>.stride)
        let other = SysStat(sysRaw.advanced(by: SysStatKind.other.rawValue * MemoryLayout<Atomic<Int>>.stride)
            .assumingMemoryBound(to: Atomic<Int>.self))
        other.add(Int(physPageSize))

        // The heap struct and its fixed sub-structures come from the heap's
        // own persistent allocator, charged to OtherSys.
        let persistent = UnsafeMutableRawPointer(bitPattern: Mem.sysAlloc(physPageSize, other))!
            .bindMemory(to: PersistentAllocData.self, capacity: 1)
        persistent.initialize(to: PersistentAllocData())
        persistent.pointee.other = other.raw
        persistent.lockPtr.initLock()
        func palloc<T>(_: T.Type, _ count: Int = 1, _ stat: SysStat = other) -> UnsafeMutablePointer<T> {
            persistent.alloc(MemoryLayout<T>.stride * count, align: max(MemoryLayout<T>.alignment, 64), stat: stat)
                .bindMemory(to: T.self, capacity: count)
        }

        let index = UnsafeMutableRawPointer(bitPattern: Mem.sysAllocNoReserve(UInt(arenaIndexEntries * 8)))!
            .bindMemory(to: UnsafeMutableRawPointer?.self, capacity: arenaIndexEntries)
        let spanalloc = palloc(FixAllocData.self)
        spanalloc.initFix(size: MemoryLayout<MSpanData>.stride)
        let cachealloc = palloc(FixAllocData.self)
        cachealloc.initFix(size: MCache.byteCount)
        let central = palloc(MCentralData.self, SpanClass.count)
        let tablesRaw = persistent.alloc(SizeTables.byteCount, align: 64, stat: other)
        let tables = SizeTables(filling: tablesRaw)
        let empty = palloc(MSpanData.self)
        empty.initialize(to: MSpanData())
        let zerobase = persistent.alloc(64, align: 64, stat: other)
        let stats = palloc(HeapStatsData.self)
        stats.initialize(to: HeapStatsData())
        let smallAlloc = palloc(Int.self, SizeClasses.count)
        smallAlloc.initialize(repeating: 0, count: SizeClasses.count)
        let smallFree = palloc(Int.self, SizeClasses.count)
        smallFree.initialize(repeating: 0, count: SizeClasses.count)
        let poolLock = palloc(RuntimeLockStorage.self)
        poolLock.initialize(to: RuntimeLockStorage())
        poolLock.initLock()
        let largeLock = palloc(RuntimeLockStorage.self)
        largeLock.initialize(to: RuntimeLockStorage())
        largeLock.initLock()
        let pool = palloc(MSpanListData.self, numStackOrders)
        pool.initialize(repeating: MSpanListData(), count: numStackOrders)
        let large = palloc(MSpanListData.self, stackLargeBuckets)
        large.initialize(repeating: MSpanListData(), count: stackLargeBuckets)
        let stacks = palloc(StackPoolData.self)
        stacks.initialize(to: StackPoolData(poolLock: poolLock, pool: pool, largeLock: largeLock, large: large))

        let window = nextHeapWindow.wrappingAdd(1, ordering: .relaxed).oldValue
        let hint: UInt = 0x00c0_0000_0000 &+ (window % 64) &* heapWindowBytes
        let h = palloc(MHeapData.self)
        h.initialize(to: MHeapData(
            arenaIndex: index, arenaHint: hint, persistent: persistent,
            spanalloc: spanalloc, cachealloc: cachealloc, central: central, tables: tables,
            emptymspan: empty, zerobase: zerobase, stats: stats,
            smallAllocCount: smallAlloc, smallFreeCount: smallFree, sys: sysRaw, stacks: stacks))
        h.pointee.arenaLimit = hint &+ heapWindowBytes
        let heap = MHeap(h)
        heap.lockPtr.initLock()
        for i in 0..<SpanClass.count {
            (central + i).initialize(to: MCentralData(spanclass: UInt8(i)))
            (central + i).lockPtr.initLock()
        }
        heap.gcinit()
        return heap
    }

    /// Current sweep generation (Go's h.sweepgen; grows by 2 per GC cycle).
    public var sweepgen: UInt32 { raw.pointee.sweepgen }

    // MARK: Arenas

    /// The metadata of the arena holding `p`, or nil if `p` is not in one.
    @inline(__always) func arenaOf(_ p: UInt) -> HeapArena? {
        let ai = Int(truncatingIfNeeded: p &>> UInt(logHeapArenaBytes))
        guard ai < arenaIndexEntries, let ha = raw.pointee.arenaIndex[ai] else { return nil }
        return HeapArena(raw: ha)
    }

    /// Reserves at least `n` bytes of arenas (a multiple of heapArenaBytes),
    /// creates their metadata and makes them the current reservation.
    /// Called with the heap lock held (Go's mheap.sysAlloc).
    func reserveArenas(_ n: Int) -> Bool {
        let size = UInt((n + heapArenaBytes - 1) & ~(heapArenaBytes - 1))
        let hint = raw.pointee.arenaHint
        // Past the heap's window: gomem does not reserve that address space.
        if n <= 0 || size > raw.pointee.arenaLimit &- min(hint, raw.pointee.arenaLimit) { return false }
        guard let v = Mem.sysReserveAligned(hint: hint, size, align: UInt(heapArenaBytes)) else { return false }
        raw.pointee.arenaHint = v &+ size
        var a = v
        while a < v &+ size {
            let meta = UnsafeMutableRawPointer(bitPattern: Mem.sysAlloc(UInt(HeapArena.byteCount), sysStat(.gcMisc)))!
            let ha = HeapArena(raw: meta)
            ha.header.initialize(to: HeapArenaHeader(base: a))
            insertArena(ha)
            raw.pointee.arenaIndex[Int(a &>> UInt(logHeapArenaBytes))] = meta
            a &+= UInt(heapArenaBytes)
        }
        if v == raw.pointee.curArenaEnd {
            raw.pointee.curArenaEnd = v &+ size
        } else {
            // Discontiguous: what remains of the old reservation stays Reserved
            // and unused (Go hands it to the page allocator; gomem keeps it simple).
            raw.pointee.curArenaBase = v
            raw.pointee.curArenaEnd = v &+ size
        }
        return true
    }

    /// Inserts an arena into the address-ordered list.
    private func insertArena(_ ha: HeapArena) {
        let h = raw
        if h.pointee.nArenas == h.pointee.capArenas {
            let newCap = max(64, h.pointee.capArenas * 2)
            let mem = h.pointee.persistent.alloc(newCap * 8, align: 8, stat: sysStat(.gcMisc))
                .bindMemory(to: UnsafeMutableRawPointer.self, capacity: newCap)
            if let old = h.pointee.allArenas { mem.update(from: old, count: h.pointee.nArenas) }
            h.pointee.allArenas = mem
            h.pointee.capArenas = newCap
        }
        let list = h.pointee.allArenas!
        var i = h.pointee.nArenas
        while i > 0 && HeapArena(raw: list[i - 1]).base > ha.base {
            list[i] = list[i - 1]
            HeapArena(raw: list[i]).header.pointee.order = i
            i -= 1
        }
        list[i] = ha.raw
        ha.header.pointee.order = i
        h.pointee.nArenas += 1
        if i < h.pointee.searchIndex { h.pointee.searchIndex = i }
    }

    /// Adds at least `npages` pages to the heap: maps them from the current
    /// reservation (reserving more arenas if needed) as free, scavenged pages
    /// (Go's mheap.grow). Heap lock held.
    func grow(_ npages: Int) -> Bool {
        let (roundPages, overflow) = npages.addingReportingOverflow(heapGrowPages - 1)
        let askPages = overflow ? Int.max / pageSize : roundPages / heapGrowPages * heapGrowPages
        let ask = UInt(askPages) &* UInt(pageSize)
        if raw.pointee.curArenaEnd &- raw.pointee.curArenaBase < ask {
            if overflow || askPages > Int.max / pageSize || !reserveArenas(Int(ask))
                || raw.pointee.curArenaEnd &- raw.pointee.curArenaBase < ask {
                // Go's mheap.grow when sysAlloc fails; the caller throws.
                let st = raw.pointee.stats.pointee
                let inUse = st.heapFree &+ st.heapReleased &+ st.heapInUse
                runtimePrint("runtime: out of memory: cannot allocate \(ask)-byte block (\(inUse) in use)\n")
                return false
            }
        }
        let v = raw.pointee.curArenaBase
        Mem.sysMap(v, ask, sysStat(.heap))
        raw.pointee.curArenaBase = v &+ ask
        raw.pointee.stats.pointee.heapReleased &+= Int(ask)
        pagesGrow(v, askPages)
        return true
    }

    // MARK: Span allocation

    /// Kinds of span allocation (Go's spanAllocType).
    enum SpanAllocType { case heap, stack }

    /// Allocates a span of `npages` pages: an mSpanInUse span for objects of
    /// `spanclass`, or an mSpanManual span for stacks (Go's mheap.alloc and
    /// allocManual). Returns nil only when the OS refuses memory.
    func allocSpan(_ npages: Int, type: SpanAllocType, spanclass: SpanClass) -> MSpan? {
        lock()
        defer { unlock() }
        var base = pagesFind(npages)
        if base == nil {
            if !grow(npages) { return nil }
            base = pagesFind(npages)
        }
        guard let base else { return nil }
        let scav = pagesAllocRange(base, npages)
        let bytes = npages * pageSize
        if scav > 0 { Mem.sysUsed(base, UInt(bytes)) }
        let st = raw.pointee.stats
        st.pointee.heapReleased &-= scav * pageSize
        st.pointee.heapFree &-= (npages - scav) * pageSize
        if type == .stack { st.pointee.stacksInUse &+= bytes } else { st.pointee.heapInUse &+= bytes }

        let s = raw.pointee.spanalloc.alloc(raw.pointee.persistent, stat: sysStat(.mspan))
            .bindMemory(to: MSpanData.self, capacity: 1)
        s.initialize(to: MSpanData())
        initSpan(MSpan(s), base: base, npages: npages, type: type, spanclass: spanclass,
                 scavengedAll: scav == npages)
        setSpans(base, npages, s)
        if type == .heap, let ha = arenaOf(base) {
            let pi = Int(truncatingIfNeeded: (base &>> UInt(pageShift))) & (pagesPerArena - 1)
            ha.pageInUse[pi &>> 6] |= 1 &<< UInt64(pi & 63)
        }
        return MSpan(s)
    }

    /// Fills in a fresh span (Go's initSpan). Heap lock held.
    private func initSpan(_ span: MSpan, base: UInt, npages: Int, type: SpanAllocType,
                          spanclass: SpanClass, scavengedAll: Bool) {
        let s = span.raw
        s.pointee.startAddr = base
        s.pointee.npages = npages
        let nbytes = npages * pageSize
        // Pages returned to the OS read as zero (MADV_DONTNEED); others below
        // zeroedBase may be dirty.
        let dirty = allocNeedsZero(base, npages)
        s.pointee.needzero = (dirty && !scavengedAll) ? 1 : 0
        s.pointee.sweepgen = raw.pointee.sweepgen
        if type == .stack {
            s.pointee.state = MSpanState.manual.rawValue
            s.pointee.manualFreeList = 0
            s.pointee.nelems = 0
            s.pointee.limit = base &+ UInt(nbytes)
            return
        }
        s.pointee.state = MSpanState.inUse.rawValue
        s.pointee.spanclass = spanclass.raw
        let sizeclass = spanclass.sizeclass
        if sizeclass == 0 {
            s.pointee.elemsize = nbytes
            s.pointee.nelems = 1
            s.pointee.divMul = 0
        } else {
            let size = raw.pointee.tables.classToSize(sizeclass)
            s.pointee.elemsize = size
            if !spanclass.noscan && size <= SizeClasses.minSizeForMallocHeader {
                // Reserve the pointer bitmap at the end of the span.
                s.pointee.nelems = (nbytes - nbytes / 64) / size
            } else {
                s.pointee.nelems = nbytes / size
            }
            s.pointee.divMul = UInt32.max / UInt32(size) &+ 1
        }
        s.pointee.limit = base &+ UInt(s.pointee.nelems * s.pointee.elemsize)
        s.pointee.freeindex = 0
        s.pointee.allocCount = 0
        s.pointee.allocCache = ~0
        s.pointee.allocBits = newGCBits(s.pointee.nelems)
        s.pointee.gcmarkBits = newGCBits(s.pointee.nelems)
        // initHeapBits: the in-span pointer bitmap must start clear.
        if s.pointee.needzero != 0, let hb = span.heapBits {
            hb.initialize(repeating: 0, count: nbytes / 64 / 8)
        }
    }

    /// Whether `[base, base+npages pages)` may be dirty, and raises the
    /// arenas' zeroedBase past it (Go's allocNeedsZero). Heap lock held.
    private func allocNeedsZero(_ base: UInt, _ npages: Int) -> Bool {
        var needZero = false
        forEachArenaPiece(base, npages) { ha, first, n in
            let off = UInt(first * pageSize)
            let end = UInt((first + n) * pageSize)
            if off < ha.header.pointee.zeroedBase { needZero = true }
            if end > ha.header.pointee.zeroedBase { ha.header.pointee.zeroedBase = end }
        }
        return needZero
    }

    /// Points the page → span table at `s` (or nil) for every page of the range.
    private func setSpans(_ base: UInt, _ npages: Int, _ s: UnsafeMutablePointer<MSpanData>?) {
        forEachArenaPiece(base, npages) { ha, first, n in
            (ha.spans + first).update(repeating: s, count: n)
        }
    }

    /// A zeroed bitmap for `nelems` bits, in whole 64-bit words (Go's
    /// newAllocBits / newMarkBits). Heap lock held.
    private func newGCBits(_ nelems: Int) -> UnsafeMutablePointer<UInt64> {
        let bytes = UInt((nelems + 63) / 64 * 8)
        let words = Int(bytes / 8)
        if words <= 16 {
            // Reuse a bitmap of a freed span (the collector frees spans every cycle).
            let head = gcBitsFreeList(words)
            if head.pointee != 0 {
                let p = UnsafeMutablePointer<UInt64>(bitPattern: head.pointee)!
                head.pointee = UInt(p.pointee)
                p.update(repeating: 0, count: words)
                return p
            }
        }
        if raw.pointee.gcBitsNext == 0 || raw.pointee.gcBitsNext &+ bytes > raw.pointee.gcBitsEnd {
            let chunk: UInt = 64 << 10
            raw.pointee.gcBitsNext = Mem.sysAlloc(chunk, sysStat(.gcMisc))
            raw.pointee.gcBitsEnd = raw.pointee.gcBitsNext &+ chunk
        }
        let p = raw.pointee.gcBitsNext
        raw.pointee.gcBitsNext = p &+ bytes
        return UnsafeMutablePointer(bitPattern: p)!
    }

    /// The free list of `words`-word gc bitmaps (1...16).
    private func gcBitsFreeList(_ words: Int) -> UnsafeMutablePointer<UInt> {
        (UnsafeMutableRawPointer(raw) + MemoryLayout<MHeapData>.offset(of: \.gcBitsFree)!)
            .assumingMemoryBound(to: UInt.self) + words
    }

    /// Puts a freed span's bitmap on its free list. Heap lock held.
    private func freeGCBits(_ p: UnsafeMutablePointer<UInt64>?, _ nelems: Int) {
        guard let p else { return }
        let words = (nelems + 63) / 64
        guard words >= 1 && words <= 16 else { return }
        let head = gcBitsFreeList(words)
        p.pointee = UInt64(head.pointee)
        head.pointee = UInt(bitPattern: p)
    }

    /// Returns a span's pages to the heap and its struct to spanalloc (Go's
    /// mheap.freeSpan / freeManual). The span must be in no list.
    func freeSpan(_ span: MSpan) {
        lock()
        defer { unlock() }
        let s = span.raw
        let bytes = s.pointee.npages * pageSize
        let st = raw.pointee.stats
        if s.pointee.state == MSpanState.manual.rawValue {
            st.pointee.stacksInUse &-= bytes
        } else {
            precondition(s.pointee.state == MSpanState.inUse.rawValue, "runtime: freeSpan of a dead span")
            st.pointee.heapInUse &-= bytes
            if let ha = arenaOf(s.pointee.startAddr) {
                let pi = Int(truncatingIfNeeded: (s.pointee.startAddr &>> UInt(pageShift))) & (pagesPerArena - 1)
                ha.pageInUse[pi &>> 6] &= ~(1 &<< UInt64(pi & 63))
            }
        }
        st.pointee.heapFree &+= bytes
        setSpans(s.pointee.startAddr, s.pointee.npages, nil)
        if s.pointee.state == MSpanState.inUse.rawValue {
            freeGCBits(s.pointee.allocBits, s.pointee.nelems)
            freeGCBits(s.pointee.gcmarkBits, s.pointee.nelems)
            s.pointee.allocBits = nil
            s.pointee.gcmarkBits = nil
        }
        pagesFreeRange(s.pointee.startAddr, s.pointee.npages)
        s.pointee.state = MSpanState.dead.rawValue
        raw.pointee.spanalloc.free(UnsafeMutableRawPointer(s))
    }

    // MARK: Lookup

    /// The span holding address `p` (in-use or manual), or nil (Go's spanOf).
    /// Safe to call with any address.
    @inline(__always) public func spanOf(_ p: UInt) -> MSpan? {
        guard let ha = arenaOf(p) else { return nil }
        let pi = Int(truncatingIfNeeded: p &>> UInt(pageShift)) & (pagesPerArena &- 1)
        guard let s = ha.spans[pi] else { return nil }
        return MSpan(s)
    }

    /// The heap span holding a heap object at `p`: nil for free pages, stack
    /// spans, or addresses past the last object (Go's spanOfHeap).
    public func spanOfHeap(_ p: UInt) -> MSpan? {
        guard let s = spanOf(p), s.raw.pointee.state == MSpanState.inUse.rawValue,
              p >= s.raw.pointee.startAddr, p < s.raw.pointee.limit else { return nil }
        return s
    }

    /// The object holding the (possibly interior) pointer `p`: its base
    /// address, span and slot index, or nil if `p` is not in a heap object
    /// slot (Go's findObject).
    public func findObject(_ p: UInt) -> (base: UInt, span: MSpan, index: Int)? {
        guard let s = spanOfHeap(p) else { return nil }
        let i = s.objIndex(p)
        return (s.raw.pointee.startAddr &+ UInt(i &* s.raw.pointee.elemsize), s, i)
    }

    /// The address every zero-byte allocation returns (Go's zerobase).
    public var zerobase: UnsafeMutableRawPointer { raw.pointee.zerobase }

    /// Moves zerobase to `p` (≥ 8 bytes the program never writes): the VM
    /// puts it in the program's BSS, where its zero-size globals live, so
    /// that they and 0-byte allocations share one address as in Go. Only
    /// before the first allocation.
    public func setZerobase(_ p: UnsafeMutableRawPointer) { raw.pointee.zerobase = p }
}

/// Scratch counter for memory mapped before a heap's counters exist.
nonisolated(unsafe) let scratchStat: UnsafeMutablePointer<Atomic<Int>> = {
    let p = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: 1)
    p.initialize(to: Atomic(0))
    return p
}()

extension Mem {
    /// Maps `n` bytes read/write with MAP_NORESERVE for sparse tables (the
    /// arena index): pages cost nothing until touched. Not charged to a stat.
    static func sysAllocNoReserve(_ n: UInt) -> UInt {
        let p = mmap(nil, Int(n), PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE | MAP_NORESERVE, -1, 0)
        if p == MAP_FAILED || p == nil { runtimeThrow("runtime: cannot reserve arena index") }
        return UInt(bitPattern: p)
    }
}
