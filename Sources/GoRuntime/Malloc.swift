// Malloc.swift — the memory allocator: overview and mallocgc (Go's malloc.go).
//
// The allocator works in runs of pages. Small sizes (≤ 32 KiB) are rounded
// to one of 67 size classes (SizeClasses.swift), each with its own set of
// spans holding objects of exactly that size. The main pieces:
//
//   MHeap     the page heap, in 8 KiB pages, behind a lock (MHeap.swift,
//             MPageAlloc.swift)
//   MSpan     a run of in-use pages managed by the mheap (MSpan.swift)
//   MCentral  all spans of one span class, behind a lock (MCentral.swift)
//   MCache    a per-P cache of spans with free slots, no lock (MCache.swift)
//   Mem       the OS, in Go's four states of address space (Mem.swift)
//
// Allocating a small object goes up a hierarchy of caches:
//
//   1. Round the size up to a size class and look at the P's mcache span for
//      that class. If its allocCache shows a free slot, take it without a
//      lock (nextFreeFast).
//   2. Else (refill) hand the full span back to the class's mcentral and take
//      one with free slots from its partial list, under the mcentral lock.
//   3. If the mcentral has none, it gets a fresh run of pages from the
//      mheap (under the heap lock), found first-fit by address.
//   4. If the mheap has no free run that long, it grows: maps more of its
//      reserved arenas (Reserved → Prepared in 4 MiB steps), reserving new
//      64 MiB arenas from the OS when needed.
//
// Noscan objects under 16 bytes share 16-byte blocks (the tiny allocator,
// step 0). Objects over 32 KiB - 8 skip steps 1–2: each gets its own span
// from the mheap, and freeing it returns the pages to the mheap.
//
// Zeroing: memory fresh from the OS, or scavenged with MADV_DONTNEED, is
// known to be zero; a span is marked needzero only when some of its pages
// were handed out before (below the arena's zeroedBase). mallocgc clears an
// object only if the caller asks (needzero) and the span may be dirty.
// Objects with pointers are always cleared when dirty: the collector must
// never see stale pointers.
//
// Pointer metadata for the collector, as in Go 1.22+: a scan object of at
// most 512 bytes has its pointer bits in a bitmap at the end of its span
// (one bit per word); a larger small scan object starts with an 8-byte
// malloc header holding its GoType; a large scan object's span holds the
// GoType (largeType).
//
// Statistics: allocations are counted when a span leaves an mcache (refill),
// large objects and tiny objects as they happen, all in the P's mcache;
// readMemStats sums them (MStats.swift).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Type descriptors

/// What the runtime knows of a Go type (the compiler's type descriptor, the
/// runtime's view): size, alignment and where the pointers are. Lives in the
/// program's read-only data; the runtime stores its address in malloc
/// headers and span.largeType.
public struct GoTypeData {
    /// Size in bytes.
    public var size: Int
    /// Bytes of the prefix that holds pointers; 0 for a pointer-free type.
    public var ptrBytes: Int
    /// Alignment in bytes.
    public var align: Int
    /// Pointer bitmap: bit i (LSB first) set if word i is a pointer, for the
    /// first ptrBytes/8 words. Nil if ptrBytes == 0.
    public var gcdata: UnsafePointer<UInt8>?

    public init(size: Int, ptrBytes: Int, align: Int, gcdata: UnsafePointer<UInt8>?) {
        self.size = size
        self.ptrBytes = ptrBytes
        self.align = align
        self.gcdata = gcdata
    }
}

/// A handle to a type descriptor in raw memory.
/// - Precondition: `raw` outlives every object allocated with it.
public struct GoType: @unchecked Sendable, Equatable {
    public let raw: UnsafePointer<GoTypeData>
    @inline(__always) public init(_ raw: UnsafePointer<GoTypeData>) { self.raw = raw }
    @inline(__always) public var size: Int { raw.pointee.size }
    @inline(__always) public var ptrBytes: Int { raw.pointee.ptrBytes }

    /// Whether word `i` of an object of this type holds a pointer.
    public func isPointerWord(_ i: Int) -> Bool {
        guard i < ptrBytes / 8, let g = raw.pointee.gcdata else { return false }
        return g[i >> 3] >> UInt8(i & 7) & 1 != 0
    }
}

// MARK: - mallocgc

extension MCache {
    /// Allocates `size` bytes (Go's mallocgc). `type` is nil or a pointer-free
    /// type for noscan memory; for scan memory it describes the object (or
    /// each element, when size is a multiple of type.size, as for a slice's
    /// backing array). If `needzero` is false the caller will initialise
    /// every byte itself. A 0-byte allocation returns the heap's zerobase.
    @inline(__always)
    public func mallocgc(_ size: Int, type typ: GoType? = nil, needzero: Bool = true) -> UnsafeMutableRawPointer {
        // The collector's hook (MGC.swift): one load and branch; set only while
        // marking, under gcstress, or when the pacer's trigger was reached.
        if raw.pointee.gc.hook & GCHook.allocMask != 0 {
            return mallocgcHooked(size, type: typ, needzero: needzero)
        }
        return mallocgcUnhooked(size, type: typ, needzero: needzero)
    }

    /// mallocgc without the collector's hook.
    @inline(__always)
    func mallocgcUnhooked(_ size: Int, type typ: GoType?, needzero: Bool) -> UnsafeMutableRawPointer {
        if size == 0 { return raw.pointee.heap.pointee.zerobase }
        if size <= SizeClasses.maxSmallSize &- SizeClasses.mallocHeaderSize {
            guard let typ, typ.raw.pointee.ptrBytes != 0 else {
                if size < SizeClasses.maxTinySize { return mallocgcTiny(size) }
                return mallocgcSmallNoscan(size, needzero: needzero)
            }
            if size <= SizeClasses.minSizeForMallocHeader {
                return mallocgcSmallScanNoHeader(size, typ)
            }
            return mallocgcSmallScanHeader(size, typ)
        }
        return mallocgcLarge(size, typ, needzero: needzero)
    }

    /// Takes a free slot from `s` without a lock or a call, or returns 0
    /// (Go's nextFreeFast). Fails at 64-slot boundaries, where allocCache
    /// must be reloaded by the slow path.
    @inline(__always)
    func nextFreeFast(_ s: UnsafeMutablePointer<MSpanData>) -> UInt {
        let theBit = s.pointee.allocCache.trailingZeroBitCount
        if theBit < 64 {
            let result = s.pointee.freeindex &+ theBit
            if result < s.pointee.nelems {
                let freeidx = result &+ 1
                if freeidx & 63 == 0 && freeidx != s.pointee.nelems { return 0 }
                s.pointee.allocCache &>>= UInt64(truncatingIfNeeded: theBit &+ 1)
                s.pointee.freeindex = freeidx
                s.pointee.allocCount &+= 1
                return s.pointee.startAddr &+ UInt(bitPattern: result &* s.pointee.elemsize)
            }
        }
        return 0
    }

    /// The slow path: the next free slot of the cached span, refilling from
    /// mcentral when it is full (Go's nextFree).
    @inline(never)
    func nextFree(_ spc: SpanClass) -> (UInt, UnsafeMutablePointer<MSpanData>) {
        var s = MSpan(alloc[Int(spc.raw)])
        var freeIndex = s.nextFreeIndex()
        if freeIndex == s.raw.pointee.nelems {
            refill(spc)
            s = MSpan(alloc[Int(spc.raw)])
            freeIndex = s.nextFreeIndex()
        }
        if freeIndex >= s.raw.pointee.nelems { runtimeThrow("freeIndex is not valid") }
        s.raw.pointee.allocCount &+= 1
        return (s.raw.pointee.startAddr &+ UInt(freeIndex &* s.raw.pointee.elemsize), s.raw)
    }

    @inline(__always)
    func allocSlot(_ spc: SpanClass) -> (UInt, UnsafeMutablePointer<MSpanData>) {
        let s = alloc[Int(spc.raw)]
        let v = nextFreeFast(s)
        if v != 0 { return (v, s) }
        return nextFree(spc)
    }

    /// Noscan objects under 16 bytes, packed into 16-byte blocks (Go's
    /// mallocgcTiny). A block is freed only when every object in it is dead.
    @inline(__always)
    func mallocgcTiny(_ size: Int) -> UnsafeMutableRawPointer {
        var off = raw.pointee.tinyoffset
        // Align for the object's likely alignment.
        if size & 7 == 0 {
            off = (off &+ 7) & ~7
        } else if size & 3 == 0 {
            off = (off &+ 3) & ~3
        } else if size & 1 == 0 {
            off = (off &+ 1) & ~1
        }
        if off &+ size <= SizeClasses.maxTinySize && raw.pointee.tiny != 0 {
            let x = raw.pointee.tiny &+ UInt(bitPattern: off)
            raw.pointee.tinyoffset = off &+ size
            raw.pointee.tinyAllocs &+= 1
            return UnsafeMutableRawPointer(bitPattern: x).unsafelyUnwrapped
        }
        // A new block.
        let (v, _) = allocSlot(.tiny)
        let x = UnsafeMutableRawPointer(bitPattern: v).unsafelyUnwrapped
        x.storeBytes(of: 0, as: UInt64.self)
        x.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
        // Keep whichever block has more room left.
        if size < raw.pointee.tinyoffset || raw.pointee.tiny == 0 {
            raw.pointee.tiny = v
            raw.pointee.tinyoffset = size
        }
        return x
    }

    @inline(__always)
    func mallocgcSmallNoscan(_ size: Int, needzero: Bool) -> UnsafeMutableRawPointer {
        let sizeclass = raw.pointee.tables.sizeToClass(size)
        let spc = SpanClass(raw: UInt8(truncatingIfNeeded: sizeclass &<< 1 | 1))
        let (v, s) = allocSlot(spc)
        let x = UnsafeMutableRawPointer(bitPattern: v).unsafelyUnwrapped
        if needzero && s.pointee.needzero != 0 {
            memclrNoHeapPointers(x, s.pointee.elemsize, zero: raw.pointee.zero)
        }
        return x
    }

    /// Scan objects ≤ 512 bytes: pointer bits go to the span's bitmap.
    func mallocgcSmallScanNoHeader(_ size: Int, _ typ: GoType) -> UnsafeMutableRawPointer {
        let sizeclass = raw.pointee.tables.sizeToClass(size)
        let spc = SpanClass(raw: UInt8(truncatingIfNeeded: sizeclass &<< 1))
        let (v, s) = allocSlot(spc)
        let x = UnsafeMutableRawPointer(bitPattern: v).unsafelyUnwrapped
        if s.pointee.needzero != 0 { memclrNoHeapPointers(x, s.pointee.elemsize, zero: raw.pointee.zero) }
        MSpan(s).writeHeapBitsSmall(v, dataSize: size, typ)
        raw.pointee.scanAlloc &+= s.pointee.elemsize
        return x
    }

    /// Scan objects over 512 bytes: an 8-byte malloc header holds the type.
    func mallocgcSmallScanHeader(_ size: Int, _ typ: GoType) -> UnsafeMutableRawPointer {
        let total = size &+ SizeClasses.mallocHeaderSize
        let sizeclass = raw.pointee.tables.sizeToClass(total)
        let spc = SpanClass(raw: UInt8(truncatingIfNeeded: sizeclass &<< 1))
        let (v, s) = allocSlot(spc)
        let x = UnsafeMutableRawPointer(bitPattern: v).unsafelyUnwrapped
        if s.pointee.needzero != 0 { memclrNoHeapPointers(x, s.pointee.elemsize, zero: raw.pointee.zero) }
        x.storeBytes(of: UnsafeRawPointer(typ.raw), as: UnsafeRawPointer.self)
        raw.pointee.scanAlloc &+= s.pointee.elemsize
        return x + SizeClasses.mallocHeaderSize
    }

    /// Objects over 32 KiB - 8: a span of their own, straight from the mheap
    /// (Go's mallocgcLarge and mcache.allocLarge).
    @inline(never)
    func mallocgcLarge(_ size: Int, _ typ: GoType?, needzero: Bool) -> UnsafeMutableRawPointer {
        let (npages, overflow) = size.addingReportingOverflow(pageSize - 1)
        if overflow || size < 0 { runtimeThrow("out of memory") }
        let np = npages >> pageShift
        let noscan = typ == nil || typ!.ptrBytes == 0
        heap.deductSweepCredit(pages: np)
        guard let s = heap.allocSpan(np, type: .heap, spanclass: SpanClass(sizeclass: 0, noscan: noscan)) else {
            runtimeThrow("out of memory")
        }
        // A large span is never cached: its one slot is taken at once.
        s.raw.pointee.freeindex = 1
        s.raw.pointee.allocCount = 1
        s.raw.pointee.allocCache = 0
        raw.pointee.largeAlloc &+= np * pageSize
        raw.pointee.largeAllocCount &+= 1
        let x = UnsafeMutableRawPointer(bitPattern: s.base).unsafelyUnwrapped
        if !noscan {
            s.raw.pointee.largeType = UnsafeRawPointer(typ!.raw)
            raw.pointee.scanAlloc &+= typ!.ptrBytes
        }
        // A scan object is cleared to the end of its span: the collector scans
        // the whole span with the type repeated.
        if (needzero || !noscan) && s.raw.pointee.needzero != 0 { memset(x, 0, noscan ? size : s.raw.pointee.elemsize) }
        // Large spans live on their class-0 mcentral's full list, where the
        // sweeper finds them (as in Go).
        heap.central(s.spanclass).insertSwept(s.raw)
        heap.pacerAddLive(self, np * pageSize)
        return x
    }
}

// MARK: - Zeroing

/// Clears `n` bytes at `x` (Go's memclrNoHeapPointers). Blocks up to 256
/// bytes (every size class up to 256; n is a multiple of 8) are cleared
/// inline with 16-byte stores, the last ones overlapping as memset
/// implementations do, which beats a call to memset by 2–3 ns; larger
/// blocks call memset. `zero` must be 0: it is loaded from the mcache
/// (MCacheData.zero) so LLVM sees no constant and cannot turn the stores
/// back into a memset call.
@inline(__always)
func memclrNoHeapPointers(_ x: UnsafeMutableRawPointer, _ n: Int, zero: UInt64) {
    if n > 256 {
        memset(x, 0, n)
        return
    }
    if n < 16 {
        x.storeBytes(of: zero, as: UInt64.self)
        return
    }
    let z = SIMD2<UInt64>(repeating: zero)
    @inline(__always) func st(_ off: Int) {
        x.storeBytes(of: z, toByteOffset: off, as: SIMD2<UInt64>.self)
    }
    if n <= 32 {
        st(0); st(n &- 16)
        return
    }
    if n <= 64 {
        st(0); st(16); st(n &- 32); st(n &- 16)
        return
    }
    var off = 0
    while off &+ 64 < n {
        st(off); st(off &+ 16); st(off &+ 32); st(off &+ 48)
        off &+= 64
    }
    st(n &- 64); st(n &- 48); st(n &- 32); st(n &- 16)
}

// MARK: - Heap bits for small scan objects

extension MSpan {
    /// Records the pointer words of the object at `x` (Go's
    /// writeHeapBitsSmall): `typ`'s bitmap, repeated every type.size bytes
    /// up to dataSize, in the span's end bitmap. elemsize ≤ 512, so the
    /// object's bits span at most two bitmap words.
    func writeHeapBitsSmall(_ x: UInt, dataSize: Int, _ typ: GoType) {
        let hb = heapBits.unsafelyUnwrapped
        let nwords = raw.pointee.elemsize &>> 3
        let tw = typ.raw.pointee.size &>> 3
        let pw = typ.raw.pointee.ptrBytes &>> 3
        var one: UInt64 = 0
        if let g = typ.raw.pointee.gcdata {
            var i = 0
            while i < pw && i < 64 {
                one |= UInt64(g[i &>> 3] &>> UInt8(i & 7) & 1) &<< UInt64(i)
                i &+= 1
            }
        }
        var src = one
        if tw > 0 && dataSize > typ.raw.pointee.size {
            var k = tw
            while k < nwords && k < dataSize &>> 3 {
                src |= one &<< UInt64(k)
                k &+= tw
            }
        }
        let o = Int(truncatingIfNeeded: (x &- raw.pointee.startAddr) &>> 3)
        let i = o &>> 6, j = o & 63
        let mask: UInt64 = nwords >= 64 ? ~0 : (1 &<< UInt64(nwords)) &- 1
        src &= mask
        hb[i] = (hb[i] & ~(mask &<< UInt64(j))) | (src &<< UInt64(j))
        if j &+ nwords > 64 {
            let rest = j &+ nwords &- 64
            let m2: UInt64 = (1 &<< UInt64(rest)) &- 1
            hb[i &+ 1] = (hb[i &+ 1] & ~m2) | (src &>> UInt64(64 &- j))
        }
    }

    /// The pointer bits of the small scan object at `x` (bit i = word i), as
    /// the collector will read them (Go's heapBitsSmallForAddr).
    public func heapBitsSmall(forAddr x: UInt) -> UInt64 {
        guard let hb = heapBits else { return 0 }
        let nwords = raw.pointee.elemsize &>> 3
        let o = Int(truncatingIfNeeded: (x &- raw.pointee.startAddr) &>> 3)
        let i = o &>> 6, j = o & 63
        let mask: UInt64 = nwords >= 64 ? ~0 : (1 &<< UInt64(nwords)) &- 1
        var bits = hb[i] &>> UInt64(j)
        if j &+ nwords > 64 { bits |= hb[i &+ 1] &<< UInt64(64 &- j) }
        return bits & mask
    }

    /// The type recorded for the object at base `x`: from the malloc header
    /// (small objects over 512 bytes) or span.largeType. Nil for noscan and
    /// for objects whose bits are in the span.
    public func typeOfObject(at x: UInt) -> GoType? {
        let d = raw.pointee
        if d.spanclass & 1 != 0 { return nil }
        if d.spanclass >> 1 == 0 {
            return d.largeType.map { GoType($0.assumingMemoryBound(to: GoTypeData.self)) }
        }
        if d.elemsize <= SizeClasses.minSizeForMallocHeader { return nil }
        let p = UnsafeRawPointer(bitPattern: x)!.load(as: UnsafeRawPointer?.self)
        return p.map { GoType($0.assumingMemoryBound(to: GoTypeData.self)) }
    }
}
