// SizeClassesTests.swift — the size class table against Go 1.27's
// (internal/runtime/gc/sizeclasses.go) and its invariants.

import Testing
@testable import GoRuntime

@Suite struct SizeClassesTests {
    // Go's generated lookup tables, copied verbatim.
    static let goSizeToClass8: [UInt8] = [0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32]
    static let goSizeToClass128: [UInt8] = [32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67]

    @Test func tableShape() {
        #expect(SizeClasses.count == 68)
        #expect(SizeClasses.classToSize.count == 68)
        #expect(SizeClasses.classToAllocNPages.count == 68)
        #expect(SpanClass.count == 136)
    }

    @Test func rowsMatchGo() {
        // (class, bytes/obj, bytes/span, objects) from Go's table comment.
        let rows: [(Int, Int, Int, Int)] = [
            (1, 8, 8192, 1024), (2, 16, 8192, 512), (3, 24, 8192, 341), (5, 48, 8192, 170),
            (18, 256, 8192, 32), (35, 1408, 16384, 11), (41, 3072, 24576, 8),
            (49, 6784, 40960, 6), (52, 9472, 57344, 6), (60, 18432, 73728, 4),
            (65, 27264, 81920, 3), (67, 32768, 32768, 1),
        ]
        for (c, size, spanBytes, objects) in rows {
            #expect(SizeClasses.classToSize[c] == size)
            #expect(SizeClasses.classToAllocNPages[c] * pageSize == spanBytes)
            #expect(SizeClasses.objectsPerSpan(c) == objects)
        }
    }

    @Test func lookupTablesMatchGo() {
        #expect(SizeClasses.sizeToClass8 == Self.goSizeToClass8)
        #expect(SizeClasses.sizeToClass128 == Self.goSizeToClass128)
    }

    @Test func invariants() {
        for c in 1..<SizeClasses.count {
            let size = SizeClasses.classToSize[c]
            let spanBytes = SizeClasses.classToAllocNPages[c] * pageSize
            if c > 1 { #expect(size > SizeClasses.classToSize[c - 1]) }
            #expect(size % 8 == 0)
            let objects = SizeClasses.objectsPerSpan(c)
            #expect(objects >= 1 && objects * size <= spanBytes)
            // Tail waste is at most 12.5% of the span (mksizeclasses' rule).
            #expect((spanBytes - objects * size) * 8 <= spanBytes)
            // Max waste (worst object just over the previous class) ≤ 87.5%.
            let prev = SizeClasses.classToSize[c - 1]
            let maxWaste = Double(spanBytes - (prev + 1) * objects) / Double(spanBytes)
            #expect(maxWaste <= 0.875 + 1e-9)
            if size <= SizeClasses.minSizeForMallocHeader { #expect(SizeClasses.classToAllocNPages[c] == 1) }
            #expect(SizeClasses.classToAllocNPages[c] <= 10)
        }
    }

    @Test func sizeToClassIsSmallestFit() {
        for size in 1...SizeClasses.maxSmallSize {
            let c = SizeClasses.sizeToClass(size)
            #expect(SizeClasses.classToSize[c] >= size)
            if SizeClasses.classToSize[c - 1] >= size { Issue.record("size \(size) not smallest class \(c)") ; break }
        }
        #expect(SizeClasses.sizeToClass(0) == 0)
        #expect(SizeClasses.sizeToClass(1) == 1)
        #expect(SizeClasses.sizeToClass(17) == 3)
        #expect(SizeClasses.sizeToClass(1025) == 33)
        #expect(SizeClasses.sizeToClass(32768) == 67)
    }

    @Test func rawTablesAgree() {
        let mem = UnsafeMutableRawPointer.allocate(byteCount: SizeTables.byteCount, alignment: 64)
        defer { mem.deallocate() }
        let t = SizeTables(filling: mem)
        for size in 1...SizeClasses.maxSmallSize {
            #expect(t.sizeToClass(size) == SizeClasses.sizeToClass(size))
        }
        for c in 0..<SizeClasses.count { #expect(t.classToSize(c) == SizeClasses.classToSize[c]) }
    }

    @Test func roundupsize() {
        #expect(SizeClasses.roundupsize(1, noscan: true) == 8)
        #expect(SizeClasses.roundupsize(17, noscan: true) == 24)
        #expect(SizeClasses.roundupsize(1000, noscan: true) == 1024)
        // Scan objects over 512 bytes carry an 8-byte header inside their slot.
        #expect(SizeClasses.roundupsize(1024, noscan: false) == 1152 - 8)
        #expect(SizeClasses.roundupsize(512, noscan: false) == 512)
        #expect(SizeClasses.roundupsize(40000, noscan: true) == 40960)
        // 32768 is past maxSmallSize - mallocHeaderSize: a large object, whole pages.
        #expect(SizeClasses.roundupsize(32768, noscan: true) == 32768)
        #expect(SizeClasses.roundupsize(32761, noscan: true) == 32768)
    }

    @Test func spanClassBits() {
        let s = SpanClass(sizeclass: 5, noscan: true)
        #expect(s.raw == 11 && s.sizeclass == 5 && s.noscan)
        #expect(SpanClass.tiny.sizeclass == 2 && SpanClass.tiny.noscan)
        #expect(!SpanClass(sizeclass: 67, noscan: false).noscan)
    }
}
