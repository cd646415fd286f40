// SizeClasses.swift — Go's size class table (Go 1.27, 64-bit) and lookups.
//
// Small objects (≤ 32 KiB) are rounded up to one of 67 size classes (class 0
// means "large object, its own span"). Each class has a span size in pages
// chosen so tail waste stays small; the table below is Go's, read off
// internal/runtime/gc/sizeclasses.go:
//
//   class  bytes/obj  bytes/span  objects  tail waste  max waste
//       1          8        8192     1024           0     87.50%
//       2         16        8192      512           0     43.75%
//      ...
//      67      32768       32768        1           0     12.50%
//
// Lookup: sizes ≤ 1024-8 use `sizeToClass8[(size+7)/8]`, larger small sizes
// use `sizeToClass128[(size-1024+127)/128]`. Both tables are computed at
// startup from `classToSize` (as Go's mksizeclasses.go does when it
// generates them) and the tests compare them with Go's literals.
//
// Invariants (checked by the tests): classToSize is strictly increasing; every
// size is a multiple of 8 (16 from 16 up); class N's objects fit its span
// (`objects * size ≤ npages * 8192`); classes up to 512 bytes use one page,
// which the in-span heap bitmap relies on.

/// Constants of the allocator (Go's names in comments).
public enum SizeClasses {
    /// Number of size classes including class 0 (`_NumSizeClasses`).
    public static let count = 68
    /// Largest small object (`maxSmallSize`).
    public static let maxSmallSize = 32768
    /// Table granularity below `smallSizeMax` (`smallSizeDiv`).
    public static let smallSizeDiv = 8
    /// Upper bound of the fine-grained table (`smallSizeMax`).
    public static let smallSizeMax = 1024
    /// Table granularity above `smallSizeMax` (`largeSizeDiv`).
    public static let largeSizeDiv = 128
    /// Tiny allocator block size (`maxTinySize`).
    public static let maxTinySize = 16
    /// The tiny allocator's size class (`tinySizeClass`).
    public static let tinySizeClass = 2
    /// Objects with pointers larger than this carry an 8-byte malloc header
    /// holding their type; smaller ones keep pointer bits at the end of the
    /// span (`minSizeForMallocHeader`).
    public static let minSizeForMallocHeader = 512
    /// Size of the malloc header (`mallocHeaderSize`).
    public static let mallocHeaderSize = 8

    /// Object size per class (`class_to_size`).
    public static let classToSize: [Int] = [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
        6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, 32768,
    ]

    /// Pages per span per class (`class_to_allocnpages`).
    public static let classToAllocNPages: [Int] = [
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5,
        7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
    ]

    /// Objects per span of a noscan span (or a scan span above 512 bytes).
    public static func objectsPerSpan(_ sizeclass: Int) -> Int {
        sizeclass == 0 ? 1 : classToAllocNPages[sizeclass] * pageSize / classToSize[sizeclass]
    }

    /// `size_to_class8`, computed from `classToSize`.
    public static let sizeToClass8: [UInt8] = {
        var t = [UInt8](repeating: 0, count: smallSizeMax / smallSizeDiv + 1)
        var c = 1
        for i in 1..<t.count {
            let size = i * smallSizeDiv
            while classToSize[c] < size { c += 1 }
            t[i] = UInt8(c)
        }
        return t
    }()

    /// `size_to_class128`, computed from `classToSize`.
    public static let sizeToClass128: [UInt8] = {
        var t = [UInt8](repeating: 0, count: (maxSmallSize - smallSizeMax) / largeSizeDiv + 1)
        var c = 1
        for i in 0..<t.count {
            let size = smallSizeMax + i * largeSizeDiv
            while classToSize[c] < size { c += 1 }
            t[i] = UInt8(c)
        }
        return t
    }()

    /// The size class for a small request (`size ≤ maxSmallSize`); 0 for size 0.
    public static func sizeToClass(_ size: Int) -> Int {
        if size <= smallSizeMax - 8 {
            return Int(sizeToClass8[(size + smallSizeDiv - 1) / smallSizeDiv])
        }
        return Int(sizeToClass128[(size - smallSizeMax + largeSizeDiv - 1) / largeSizeDiv])
    }

    /// Size of the block mallocgc will hand out for a request of `size` bytes,
    /// minus any malloc header (Go's `roundupsize`). Large sizes round up to
    /// whole pages.
    public static func roundupsize(_ size: Int, noscan: Bool) -> Int {
        var reqSize = size
        if reqSize <= maxSmallSize - mallocHeaderSize {
            if !noscan && reqSize > minSizeForMallocHeader { reqSize += mallocHeaderSize }
            return classToSize[sizeToClass(reqSize)] - (reqSize - size)
        }
        reqSize += pageSize - 1
        if reqSize < size { return size }
        return reqSize & ~(pageSize - 1)
    }
}

/// The size tables in runtime raw memory for the allocation fast path: one
/// pointer load instead of a Swift global's lazy-init check and an Array's
/// bounds check. Built once per heap (in its persistent memory); never freed.
///
///     offset    0: classToSize     68 × UInt32
///     offset  272: sizeToClass8   129 × UInt8
///     offset  401: sizeToClass128 249 × UInt8     (650 bytes in all)
struct SizeTables {
    static let byteCount = 68 * 4 + 129 + 249
    let base: UnsafeMutableRawPointer

    /// Fills `base` (at least `byteCount` bytes, 4-aligned) from SizeClasses.
    init(filling base: UnsafeMutableRawPointer) {
        self.base = base
        for (i, s) in SizeClasses.classToSize.enumerated() {
            base.storeBytes(of: UInt32(s), toByteOffset: i * 4, as: UInt32.self)
        }
        for (i, c) in SizeClasses.sizeToClass8.enumerated() {
            base.storeBytes(of: c, toByteOffset: 272 + i, as: UInt8.self)
        }
        for (i, c) in SizeClasses.sizeToClass128.enumerated() {
            base.storeBytes(of: c, toByteOffset: 401 + i, as: UInt8.self)
        }
    }

    @inline(__always) func classToSize(_ c: Int) -> Int {
        Int(base.load(fromByteOffset: c &* 4, as: UInt32.self))
    }

    /// Size class of a small request; `size` must be ≤ maxSmallSize.
    @inline(__always) func sizeToClass(_ size: Int) -> Int {
        if size <= 1016 {
            return Int(base.load(fromByteOffset: 272 &+ ((size &+ 7) &>> 3), as: UInt8.self))
        }
        return Int(base.load(fromByteOffset: 401 &+ ((size &- 1024 &+ 127) &>> 7), as: UInt8.self))
    }
}
