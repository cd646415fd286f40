// Sort.swift — natives of package sort: Ints, Strings, Search*, Slice and
// SliceStable (a stable merge sort calling the program's less function).
// sort.Slice's order among equal elements depends on Go's pdqsort, so when
// it meets equal neighbours it stops with "not supported yet".
import Foundation
import GoCompiler
import GoRuntime
import GoVM

let sortNatives: [(String, NativeFn)] = [
    ("sort.SearchStrings", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<GoString>(bitPattern: A.word(0)), n = A.int(8)
        let x = A.bytes(24)
        var lo = 0, hi = n
        while lo < hi { let m = (lo + hi) / 2; if Array(base![m].bytes).lexicographicallyPrecedes(x) { lo = m + 1 } else { hi = m } }
        A.set(40, lo); return 0
    }),
    ("sort.SearchInts", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<Int>(bitPattern: A.word(0)), n = A.int(8), x = A.int(24)
        var lo = 0, hi = n
        while lo < hi { let m = (lo + hi) / 2; if base![m] < x { lo = m + 1 } else { hi = m } }
        A.set(32, lo); return 0
    }),
    ("sort.IntsAreSorted", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<Int>(bitPattern: A.word(0)), n = A.int(8)
        var ok = true
        if n > 1 { for i in 1..<n where base![i] < base![i - 1] { ok = false; break } }
        A.set(24, ok); return 0
    }),
    ("sort.Search", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let n = A.int(0), f = A.word(8)
        var lo = 0, hi = n
        while lo < hi {
            let m = (lo + hi) / 2
            var area = [UInt8](repeating: 0, count: 16)
            area.withUnsafeMutableBytes { $0.storeBytes(of: m, as: Int.self) }
            let (st, res) = v.invokeClosure(f, area: area, resultOff: 8, resultBytes: 8)
            if st != .ok { return st.rawValue }
            if res.withUnsafeBytes({ $0.load(as: Int.self) }) == 0 { lo = m + 1 } else { hi = m }
        }
        Args(p: v.nativeArgs()).set(16, lo); return 0
    }),
    ("sort.Ints", { vm, a in
        let A = Args(p: a)
        guard let base = UnsafeMutablePointer<Int>(bitPattern: A.word(0)) else { return 0 }
        var buf = UnsafeMutableBufferPointer(start: base, count: A.int(8))
        buf.sort()
        return 0
    }),
    ("sort.Strings", { vm, a in
        let A = Args(p: a)
        guard let base = UnsafeMutablePointer<GoString>(bitPattern: A.word(0)) else { return 0 }
        var buf = UnsafeMutableBufferPointer(start: base, count: A.int(8))
        buf.sort { x, y in
            let n = min(x.len, y.len)
            let r = n > 0 ? memcmp(UnsafeRawPointer(bitPattern: x.ptr)!, UnsafeRawPointer(bitPattern: y.ptr)!, n) : 0
            return r != 0 ? r < 0 : x.len < y.len
        }
        return 0
    }),
    ("sort.SliceStable", { vm, a in sortSlice(vm, a, requireTotal: false) }),
    ("sort.Slice", { vm, a in sortSlice(vm, a, requireTotal: true) }),
]

/// sort.Slice / SliceStable: a stable merge sort calling less(i, j) in Go.
/// sort.Slice's order among equal elements depends on Go's pdqsort; when
/// the sort finds equal neighbours it stops with "not supported yet" rather
/// than risk a different order.
func sortSlice(_ vmp: UnsafeMutableRawPointer, _ a: UnsafeMutableRawPointer, requireTotal: Bool) -> Int32 {
    let v = VM.from(vmp)
    let A = Args(p: a)
    guard let t = TypeRef(bits: A.word(0)), t.kind == .slice, let et = t.elem else {
        return v.raisePanicString("sort.Slice: not a slice")
    }
    let hdr = UnsafeRawPointer(bitPattern: A.word(8))!
    let base = UnsafeMutableRawPointer(bitPattern: hdr.load(as: UInt.self))
    let n = hdr.load(fromByteOffset: 8, as: Int.self)
    let less = A.word(16)
    guard n > 1, let base else { return 0 }
    let es = et.size
    // Sort a permutation, asking less() about positions of a scratch copy.
    let orig = UnsafeMutableRawPointer.allocate(byteCount: n * es, alignment: 8)
    defer { orig.deallocate() }
    memcpy(orig, base, n * es)
    var failed = false
    func lessIdx(_ i: Int, _ j: Int) -> Bool {
        if failed { return false }
        // place the two elements at positions 0 and 1 of the live slice? No: Go's
        // less reads the slice itself, so compare with elements where they are.
        var area = [UInt8](repeating: 0, count: 24)
        area.withUnsafeMutableBytes { $0.storeBytes(of: i, as: Int.self); $0.storeBytes(of: j, toByteOffset: 8, as: Int.self) }
        let (st, res) = v.invokeClosure(less, area: area, resultOff: 16, resultBytes: 8)
        if st != .ok { failed = true; return false }
        return res.withUnsafeBytes { $0.load(as: Int.self) } != 0
    }
    // Elements stay in place while less() runs: sort indices by insertion
    // (stable), comparing live positions of the original order.
    var perm = Array(0..<n)
    // merge sort on perm using lessIdx on original positions
    func msort(_ lo: Int, _ hi: Int) {
        if hi - lo < 2 || failed { return }
        let mid = (lo + hi) / 2
        msort(lo, mid); msort(mid, hi)
        var merged: [Int] = []
        var i = lo, j = mid
        while i < mid && j < hi {
            if lessIdx(perm[j], perm[i]) { merged.append(perm[j]); j += 1 } else { merged.append(perm[i]); i += 1 }
        }
        merged += perm[i..<mid]; merged += perm[j..<hi]
        perm.replaceSubrange(lo..<hi, with: merged)
    }
    msort(0, n)
    if failed { return RunStatus.panicking.rawValue }
    if requireTotal {
        for k in 1..<n where !lessIdx(perm[k - 1], perm[k]) {
            if failed { return RunStatus.panicking.rawValue }
            return v.unsupported("sort.Slice with equal elements")
        }
    }
    for (k, src) in perm.enumerated() { memcpy(base + k * es, orig + src * es, es) }
    return 0
}
