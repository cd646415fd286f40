// MSpan.swift — a span: a run of contiguous pages (Go's mspan in mheap.go),
// its span class, its states and the span lists.
//
// An `MSpanData` lives in memory from the heap's spanalloc (a FixAlloc) and is
// reached through the `MSpan` handle, a typed raw pointer: no Swift object,
// no retain/release. A span is one of:
//
//   state          what it holds                          who owns it
//   mSpanDead      nothing; the struct is on the free list spanalloc
//   mSpanInUse     heap objects of one span class          mcentral list or one mcache
//   mSpanManual    goroutine stacks (manualFreeList)       stackpool / stackLarge / a G
//
// Sweep generation (for the coming sweeper; Go's table, h.sweepgen = sg,
// which grows by 2 per GC cycle):
//
//   s.sweepgen == sg - 2   the span needs sweeping
//   s.sweepgen == sg - 1   the span is being swept
//   s.sweepgen == sg       the span is swept and ready to use
//   s.sweepgen == sg + 1   the span was cached before sweep began and is still cached; needs sweeping
//   s.sweepgen == sg + 3   the span was swept and then cached and is still cached
//
// Object allocation in a small-object span (Go's nextFreeFast):
//
//   slots     0 1 2 3 4 5 6 7 ... nelems-1
//   allocBits 1 1 0 1 0 0 0 0          (1 = allocated at the last sweep)
//   freeindex ──────▲                   (every slot below it is taken)
//   allocCache = ~allocBits[freeindex &~ 63 ..< +64] >> (freeindex % 64)
//
// so the next free slot is freeindex + ctz(allocCache). Invariants:
// 0 ≤ freeindex ≤ nelems; slots below freeindex are allocated or were free at
// the last sweep and are skipped until the next one; allocCount ≤ nelems;
// allocBits and gcmarkBits hold ⌈nelems/64⌉ 64-bit words.

/// Span size class and scan bit: `sizeclass << 1 | noscan` (Go's spanClass).
/// Class 0 with either bit is a large-object span.
public struct SpanClass: Equatable, Hashable, Sendable {
    public let raw: UInt8
    /// Number of span classes (`numSpanClasses`).
    public static let count = SizeClasses.count << 1
    @inline(__always) public init(raw: UInt8) { self.raw = raw }
    @inline(__always) public init(sizeclass: Int, noscan: Bool) {
        raw = UInt8(truncatingIfNeeded: sizeclass &<< 1 | (noscan ? 1 : 0))
    }
    @inline(__always) public var sizeclass: Int { Int(raw &>> 1) }
    @inline(__always) public var noscan: Bool { raw & 1 != 0 }
    /// The tiny allocator's span class (16-byte noscan).
    public static let tiny = SpanClass(sizeclass: SizeClasses.tinySizeClass, noscan: true)
}

/// Span state (Go's mSpanState).
public enum MSpanState: UInt8, Sendable {
    case dead = 0
    case inUse = 1
    case manual = 2
}

/// The mspan struct in runtime memory. Field comments say who may write.
struct MSpanData {
    // The fields the mark loop reads for every pointer come first, so they
    // share one or two cache lines (findObject, greyobject, scanobject).
    var startAddr: UInt = 0          // first byte; immutable while not dead
    var limit: UInt = 0              // end of the last object (startAddr + nelems*elemsize)
    var elemsize: Int = 0            // object size (class size, or npages*8192 for large)
    var gcmarkBits: UnsafeMutablePointer<UInt64>? = nil  // ⌈nelems/64⌉ words
    var npages: Int = 0              // pages in the span
    var divMul: UInt32 = 0           // ⌈2^32 / elemsize⌉: objIndex = (off * divMul) >> 32
    var spanclass: UInt8 = 0
    var state: UInt8 = 0             // MSpanState
    var needzero: UInt8 = 0          // 1 if the memory may be dirty and must be zeroed
    var next: UnsafeMutablePointer<MSpanData>? = nil   // in an MSpanList; list owner's lock
    var prev: UnsafeMutablePointer<MSpanData>? = nil
    var list: UnsafeMutableRawPointer? = nil          // the list holding it (debugging)
    var manualFreeList: UInt = 0     // free stacks in a manual span, linked through their first word
    var nelems: Int = 0              // object slots
    var freeindex: Int = 0           // owner: the caching mcache, else the mcentral lock
    var allocCount: Int = 0          // allocated objects
    var allocCountBeforeCache: Int = 0 // allocCount when an mcache took the span (for stats)
    var allocCache: UInt64 = 0       // complement of allocBits from freeindex on, shifted
    var allocBits: UnsafeMutablePointer<UInt64>? = nil   // ⌈nelems/64⌉ words
    var largeType: UnsafeRawPointer? = nil  // large scan object: its GoTypeData
    var sweepgen: UInt32 = 0         // see the table above
}

/// A handle to an mspan in runtime memory.
/// - Precondition: `raw` points at an initialised MSpanData from spanalloc
///   (or at a heap's emptymspan).
public struct MSpan: Equatable, @unchecked Sendable {
    let raw: UnsafeMutablePointer<MSpanData>
    @inline(__always) init(_ raw: UnsafeMutablePointer<MSpanData>) { self.raw = raw }

    /// First byte of the span.
    public var base: UInt { raw.pointee.startAddr }
    /// Pages in the span.
    public var npages: Int { raw.pointee.npages }
    /// Object size in bytes.
    public var elemsize: Int { raw.pointee.elemsize }
    /// Object slots.
    public var nelems: Int { raw.pointee.nelems }
    /// Next slot to look at.
    public var freeindex: Int { raw.pointee.freeindex }
    /// Allocated objects.
    public var allocCount: Int { raw.pointee.allocCount }
    /// Size class and scan bit.
    public var spanclass: SpanClass { SpanClass(raw: raw.pointee.spanclass) }
    /// Sweep generation (see the table in MSpan.swift).
    public var sweepgen: UInt32 { raw.pointee.sweepgen }
    /// State.
    public var state: MSpanState { MSpanState(rawValue: raw.pointee.state) ?? .dead }
    /// Whether the span's memory may be dirty.
    public var needzero: Bool { raw.pointee.needzero != 0 }
    /// One past the last byte of the span.
    public var end: UInt { raw.pointee.startAddr &+ UInt(raw.pointee.npages) &<< pageShift }

    /// Index of the object holding address `p` (Go's objIndex, by the
    /// reciprocal multiply). - Precondition: base ≤ p < limit.
    @inline(__always) public func objIndex(_ p: UInt) -> Int {
        let off = UInt64(p &- raw.pointee.startAddr)
        return Int(truncatingIfNeeded: (off &* UInt64(raw.pointee.divMul)) &>> 32)
    }

    /// Whether slot `i` holds an object: below freeindex (taken since the
    /// last sweep, or allocated before it) or set in allocBits (Go's !isFree).
    public func isAllocated(_ i: Int) -> Bool {
        if i < raw.pointee.freeindex { return true }
        guard let bits = raw.pointee.allocBits else { return false }
        return bits[i &>> 6] &>> UInt64(i & 63) & 1 != 0
    }

    /// The in-span pointer bitmap of a small scan span (one bit per word,
    /// at the span's end), or nil if the span has none.
    var heapBits: UnsafeMutablePointer<UInt64>? {
        let d = raw.pointee
        guard d.spanclass & 1 == 0, d.spanclass >> 1 != 0,
              d.elemsize <= SizeClasses.minSizeForMallocHeader else { return nil }
        let spanBytes = UInt(d.npages) &<< pageShift
        return UnsafeMutablePointer(bitPattern: d.startAddr &+ spanBytes &- spanBytes / 64)
    }

    /// Reloads allocCache from allocBits at byte `whichByte` (a multiple of
    /// 8), complemented so set bits mean free (Go's refillAllocCache).
    @inline(__always) func refillAllocCache(_ whichByte: Int) {
        let word = raw.pointee.allocBits![whichByte &>> 3]
        raw.pointee.allocCache = ~word
    }

    /// The next free slot at or after freeindex, or nelems if the span is full.
    /// Advances freeindex past it (Go's nextFreeIndex).
    func nextFreeIndex() -> Int {
        var sfreeindex = raw.pointee.freeindex
        let snelems = raw.pointee.nelems
        if sfreeindex == snelems { return sfreeindex }
        var aCache = raw.pointee.allocCache
        var bitIndex = aCache.trailingZeroBitCount
        while bitIndex == 64 {
            sfreeindex = (sfreeindex &+ 64) & ~63
            if sfreeindex >= snelems {
                raw.pointee.freeindex = snelems
                return snelems
            }
            refillAllocCache(sfreeindex &>> 3)
            aCache = raw.pointee.allocCache
            bitIndex = aCache.trailingZeroBitCount
        }
        let result = sfreeindex &+ bitIndex
        if result >= snelems {
            raw.pointee.freeindex = snelems
            return snelems
        }
        raw.pointee.allocCache = aCache &>> UInt64(bitIndex &+ 1)
        sfreeindex = result &+ 1
        if sfreeindex & 63 == 0 && sfreeindex != snelems {
            refillAllocCache(sfreeindex &>> 3)
        }
        raw.pointee.freeindex = sfreeindex
        return result
    }
}

/// A doubly linked list of spans (Go's mSpanList). Owner's lock protects it.
struct MSpanListData {
    var first: UnsafeMutablePointer<MSpanData>? = nil
    var last: UnsafeMutablePointer<MSpanData>? = nil
}

extension UnsafeMutablePointer where Pointee == MSpanListData {
    var isEmpty: Bool { pointee.first == nil }

    func insert(_ s: UnsafeMutablePointer<MSpanData>) {
        precondition(s.pointee.next == nil && s.pointee.prev == nil && s.pointee.list == nil,
                     "runtime: MSpanList.insert of a span already in a list")
        s.pointee.next = pointee.first
        if let f = pointee.first { f.pointee.prev = s } else { pointee.last = s }
        pointee.first = s
        s.pointee.list = UnsafeMutableRawPointer(self)
    }

    func remove(_ s: UnsafeMutablePointer<MSpanData>) {
        precondition(s.pointee.list == UnsafeMutableRawPointer(self),
                     "runtime: MSpanList.remove of a span not in this list")
        if let n = s.pointee.next { n.pointee.prev = s.pointee.prev } else { pointee.last = s.pointee.prev }
        if let p = s.pointee.prev { p.pointee.next = s.pointee.next } else { pointee.first = s.pointee.next }
        s.pointee.next = nil
        s.pointee.prev = nil
        s.pointee.list = nil
    }

    /// Removes and returns the first span, or nil.
    func pop() -> UnsafeMutablePointer<MSpanData>? {
        guard let s = pointee.first else { return nil }
        remove(s)
        return s
    }
}
