// Strings.swift — natives of packages strings, strconv, unicode/utf8, math,
// sort and errors (the parts the first slice provides). Argument layouts
// follow the ABI in Stdlib.swift: each parameter 8-aligned from offset 0,
// then the results; a bool result is a widened 0/1 word.
import Foundation
import GoCompiler
import GoRuntime
import GoVM

/// Reads and writes a native's argument area.
struct Args {
    let p: UnsafeMutableRawPointer
    func str(_ o: Int) -> GoString { p.load(fromByteOffset: o, as: GoString.self) }
    func bytes(_ o: Int) -> [UInt8] { Array(str(o).bytes) }
    func int(_ o: Int) -> Int { p.load(fromByteOffset: o, as: Int.self) }
    func f64(_ o: Int) -> Double { p.load(fromByteOffset: o, as: Double.self) }
    func word(_ o: Int) -> UInt { p.load(fromByteOffset: o, as: UInt.self) }
    func set(_ o: Int, _ v: Int) { p.storeBytes(of: v, toByteOffset: o, as: Int.self) }
    func set(_ o: Int, _ v: Bool) { p.storeBytes(of: v ? 1 : 0, toByteOffset: o, as: Int.self) }
    func set(_ o: Int, _ v: Double) { p.storeBytes(of: v, toByteOffset: o, as: Double.self) }
    func set(_ o: Int, _ v: GoString) { p.storeBytes(of: v, toByteOffset: o, as: GoString.self) }
    func set(_ o: Int, _ v: (UInt, UInt)) { p.storeBytes(of: v, toByteOffset: o, as: (UInt, UInt).self) }
}

extension VM {
    func str(_ b: [UInt8]) -> GoString { b.withUnsafeBytes { newString($0) } }
    /// A new []string from Swift byte arrays (empty: non-nil, as Go's make gives, unless `nilIfEmpty`).
    func stringSlice(_ parts: [[UInt8]], nilIfEmpty: Bool = false) -> (UInt, Int, Int) {
        if parts.isEmpty { return (nilIfEmpty ? 0 : UInt(bitPattern: mallocgc(0, type: nil)), 0, 0) }
        heap.gcHoldCollections(true)     // p is held only here while the strings are made
        defer { heap.gcHoldCollections(false) }
        let st = program.typeRef(program.stringType)
        let p = mallocgc(16 * parts.count, type: st)
        for (i, b) in parts.enumerated() { p.storeBytes(of: str(b), toByteOffset: 16 * i, as: GoString.self) }
        return (UInt(bitPattern: p), parts.count, parts.count)
    }
}

func find(_ s: [UInt8], _ sub: [UInt8], from: Int = 0) -> Int? {
    if sub.isEmpty { return from <= s.count ? from : nil }
    if sub.count > s.count { return nil }
    var i = from
    while i + sub.count <= s.count {
        if s[i] == sub[0] && Array(s[i..<i + sub.count]) == sub { return i }
        i += 1
    }
    return nil
}

func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

typealias N = NativeFn

let stringNatives: [(String, NativeFn)] = [
    ("strings.Join", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let base = UnsafeRawPointer(bitPattern: A.word(0)), n = A.int(8)
        let sep = A.bytes(24)
        var out: [UInt8] = []
        for i in 0..<n {
            if i > 0 { out += sep }
            out += Array(base!.load(fromByteOffset: 16 * i, as: GoString.self).bytes)
        }
        A.set(40, v.str(out)); return 0
    }),
    ("strings.ToUpper", { vm, a in
        let A = Args(p: a); A.set(16, VM.from(vm).newString(A.str(0).string.uppercased())); return 0 }),
    ("strings.ToLower", { vm, a in
        let A = Args(p: a); A.set(16, VM.from(vm).newString(A.str(0).string.lowercased())); return 0 }),
    ("strings.TrimSpace", { vm, a in
        let A = Args(p: a)
        let b = A.bytes(0)
        var i = 0, j = b.count
        while i < j && isSpace(b[i]) { i += 1 }
        while j > i && isSpace(b[j - 1]) { j -= 1 }
        let s = A.str(0)
        A.set(16, GoString(ptr: j > i ? s.ptr + UInt(i) : 0, len: j - i)); return 0
    }),
    ("strings.Repeat", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let n = A.int(16)
        if n < 0 { return v.raisePanicString("strings: negative Repeat count") }
        var out: [UInt8] = []
        let b = A.bytes(0)
        for _ in 0..<n { out += b }
        A.set(24, v.str(out)); return 0
    }),
    ("strings.Fields", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let b = A.bytes(0)
        var parts: [[UInt8]] = []
        var cur: [UInt8] = []
        for c in b {
            if isSpace(c) { if !cur.isEmpty { parts.append(cur); cur = [] } } else { cur.append(c) }
        }
        if !cur.isEmpty { parts.append(cur) }
        let r = v.stringSlice(parts)
        let o = v.nativeArgs()
        o.storeBytes(of: r.0, toByteOffset: 16, as: UInt.self); o.storeBytes(of: r.1, toByteOffset: 24, as: Int.self); o.storeBytes(of: r.2, toByteOffset: 32, as: Int.self)
        return 0
    }),
    ("strings.Split", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let s = A.bytes(0), sep = A.bytes(16)
        var parts: [[UInt8]] = []
        if sep.isEmpty {
            var i = 0
            while i < s.count {
                let (_, w) = s.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, s.count - i) }
                parts.append(Array(s[i..<i + w])); i += w
            }
        } else {
            var start = 0
            while let k = find(s, sep, from: start) { parts.append(Array(s[start..<k])); start = k + sep.count }
            parts.append(Array(s[start...]))
        }
        let r = v.stringSlice(parts)
        let o = v.nativeArgs()
        o.storeBytes(of: r.0, toByteOffset: 32, as: UInt.self); o.storeBytes(of: r.1, toByteOffset: 40, as: Int.self); o.storeBytes(of: r.2, toByteOffset: 48, as: Int.self)
        return 0
    }),
    ("strings.Contains", { vm, a in let A = Args(p: a); A.set(32, find(A.bytes(0), A.bytes(16)) != nil); return 0 }),
    ("strings.HasPrefix", { vm, a in let A = Args(p: a); let s = A.bytes(0), p = A.bytes(16); A.set(32, s.count >= p.count && Array(s[0..<p.count]) == p); return 0 }),
    ("strings.HasSuffix", { vm, a in let A = Args(p: a); let s = A.bytes(0), p = A.bytes(16); A.set(32, s.count >= p.count && Array(s[(s.count - p.count)...]) == p); return 0 }),
    ("strings.Index", { vm, a in let A = Args(p: a); A.set(32, find(A.bytes(0), A.bytes(16)) ?? -1); return 0 }),
    ("strings.IndexByte", { vm, a in let A = Args(p: a); let c = a.load(fromByteOffset: 16, as: UInt8.self); A.set(24, A.bytes(0).firstIndex(of: c) ?? -1); return 0 }),
    ("strings.Count", { vm, a in
        let A = Args(p: a)
        let s = A.bytes(0), sub = A.bytes(16)
        if sub.isEmpty { A.set(32, A.str(0).string.unicodeScalars.count + 1); return 0 }
        var n = 0, i = 0
        while let k = find(s, sub, from: i) { n += 1; i = k + sub.count }
        A.set(32, n); return 0
    }),
    ("strings.ReplaceAll", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        A.set(48, v.str(replace(A.bytes(0), A.bytes(16), A.bytes(32), -1))); return 0
    }),
    ("strings.Replace", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        A.set(56, v.str(replace(A.bytes(0), A.bytes(16), A.bytes(32), A.int(48)))); return 0
    }),
    ("strings.TrimRight", { vm, a in
        let A = Args(p: a)
        let s = A.bytes(0), cut = Set(A.bytes(16))
        var j = s.count
        while j > 0 && cut.contains(s[j - 1]) && s[j - 1] < 0x80 { j -= 1 }
        A.set(32, GoString(ptr: j > 0 ? A.str(0).ptr : 0, len: j)); return 0
    }),
    ("strings.TrimLeft", { vm, a in
        let A = Args(p: a)
        let s = A.bytes(0), cut = Set(A.bytes(16))
        var i = 0
        while i < s.count && cut.contains(s[i]) && s[i] < 0x80 { i += 1 }
        A.set(32, GoString(ptr: i < s.count ? A.str(0).ptr + UInt(i) : 0, len: s.count - i)); return 0
    }),
    ("strings.TrimPrefix", { vm, a in
        let A = Args(p: a)
        let s = A.bytes(0), p = A.bytes(16)
        if s.count >= p.count && Array(s[0..<p.count]) == p { A.set(32, GoString(ptr: A.str(0).ptr + UInt(p.count), len: s.count - p.count)) } else { A.set(32, A.str(0)) }
        return 0
    }),
    ("strings.TrimSuffix", { vm, a in
        let A = Args(p: a)
        let s = A.bytes(0), p = A.bytes(16)
        if s.count >= p.count && Array(s[(s.count - p.count)...]) == p { A.set(32, GoString(ptr: A.str(0).ptr, len: s.count - p.count)) } else { A.set(32, A.str(0)) }
        return 0
    }),
    ("strings.EqualFold", { vm, a in
        let A = Args(p: a)
        let x = A.str(0).string, y = A.str(16).string
        if !x.unicodeScalars.allSatisfy({ $0.isASCII }) || !y.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return VM.from(vm).unsupported("strings.EqualFold of non-ASCII text")
        }
        A.set(32, x.lowercased() == y.lowercased()); return 0
    }),
    ("strings.SplitN", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let s = A.bytes(0), sep = A.bytes(16), n = A.int(32)
        if sep.isEmpty { return v.unsupported("strings.SplitN with an empty separator") }
        var parts: [[UInt8]] = []
        if n != 0 {
            var start = 0
            while n < 0 || parts.count < n - 1, let k = find(s, sep, from: start) { parts.append(Array(s[start..<k])); start = k + sep.count }
            parts.append(Array(s[start...]))
        }
        let r = v.stringSlice(parts, nilIfEmpty: true)
        let o = v.nativeArgs()
        o.storeBytes(of: r.0, toByteOffset: 40, as: UInt.self); o.storeBytes(of: r.1, toByteOffset: 48, as: Int.self); o.storeBytes(of: r.2, toByteOffset: 56, as: Int.self)
        return 0
    }),
    ("strings.Builder.Write", { vm, a in
        let n = a.load(fromByteOffset: 8, as: Int.self)
        builderAppend(VM.from(vm), a.load(fromByteOffset: 48, as: UInt.self), UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: a.load(as: UInt.self)), count: n))
        a.storeBytes(of: n, toByteOffset: 24, as: Int.self)
        a.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: 32, as: (UInt, UInt).self)
        return 0
    }),
    ("unicode/utf8.ValidString", { vm, a in
        let A = Args(p: a)
        let b = A.bytes(0)
        var i = 0, ok = true
        while i < b.count {
            let (r, w) = b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, b.count - i) }
            if r == 0xFFFD && w == 1 { ok = false; break }
            i += w
        }
        A.set(16, ok); return 0
    }),
    ("sort.SearchStrings", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<GoString>(bitPattern: A.word(0)), n = A.int(8)
        let x = A.bytes(24)
        var lo = 0, hi = n
        while lo < hi { let m = (lo + hi) / 2; if Array(base![m].bytes).lexicographicallyPrecedes(x) { lo = m + 1 } else { hi = m } }
        A.set(40, lo); return 0
    }),
    ("strings.Trim", { vm, a in
        let A = Args(p: a)
        let s = A.bytes(0), cut = Set(A.bytes(16))
        if cut.contains(where: { $0 >= 0x80 }) { return VM.from(vm).unsupported("strings.Trim with a non-ASCII cutset") }
        var i = 0, j = s.count
        while i < j && cut.contains(s[i]) { i += 1 }
        while j > i && cut.contains(s[j - 1]) { j -= 1 }
        A.set(32, GoString(ptr: j > i ? A.str(0).ptr + UInt(i) : 0, len: j - i)); return 0
    }),
    ("strings.LastIndex", { vm, a in
        let A = Args(p: a)
        let s = A.bytes(0), sub = A.bytes(16)
        var r = -1
        var i = 0
        while let k = find(s, sub, from: i) { r = k; i = k + 1; if sub.isEmpty { r = s.count; break } }
        A.set(32, r); return 0
    }),
    ("strings.Compare", { vm, a in
        let A = Args(p: a)
        let x = A.bytes(0), y = A.bytes(16)
        A.set(32, x == y ? 0 : (x.lexicographicallyPrecedes(y) ? -1 : 1)); return 0
    }),
    ("unicode/utf8.RuneLen", { vm, a in
        let A = Args(p: a)
        let r = Int64(a.load(as: Int32.self))
        var n = -1
        if r >= 0 && r < 0x80 { n = 1 } else if r >= 0 && r < 0x800 { n = 2 }
        else if (r >= 0 && r < 0xD800) || (r > 0xDFFF && r < 0x10000) { n = 3 } else if r >= 0x10000 && r <= 0x10FFFF { n = 4 }
        A.set(8, n); return 0
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
    ("unicode/utf8.RuneCountInString", { vm, a in
        let A = Args(p: a)
        let b = A.bytes(0)
        var i = 0, n = 0
        while i < b.count { let (_, w) = b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, b.count - i) }; i += w; n += 1 }
        A.set(16, n); return 0
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

func replace(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8], _ n: Int) -> [UInt8] {
    if old.isEmpty || n == 0 { return old.isEmpty && n != 0 ? replaceEmpty(s, new, n) : s }
    var out: [UInt8] = []
    var i = 0, count = 0
    while let k = find(s, old, from: i), n < 0 || count < n {
        out += s[i..<k]; out += new; i = k + old.count; count += 1
    }
    out += s[i...]
    return out
}

func replaceEmpty(_ s: [UInt8], _ new: [UInt8], _ n: Int) -> [UInt8] {
    var out: [UInt8] = new
    var i = 0, count = 1
    while i < s.count {
        let (_, w) = s.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, s.count - i) }
        out += s[i..<i + w]; i += w
        if n < 0 || count < n { out += new; count += 1 }
    }
    return out
}

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
