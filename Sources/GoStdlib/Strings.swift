// Strings.swift — natives of package strings and its Builder and
// Replacer. Text is handled as Go does: bytes, decoded rune by rune with
// GoVM's decodeRune (an invalid byte is RuneError of width 1); results that
// are substrings share the argument's memory, as in Go. Case mapping is
// Unicode's simple (one rune to one rune) mapping, as Go's unicode package
// does; IsSpace is Go's unicode.IsSpace. Functions taking a func(rune) call
// it in Go, in the order Go does, and return its status if it panics.
//
// Argument layouts follow the ABI in Stdlib.swift: each parameter 8-aligned
// from offset 0, then the results; a bool result is a widened 0/1 word.
// strings.Builder is {addr *Builder; buf []byte}: buf at offset 8.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
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
    func rune(_ o: Int) -> Int32 { p.load(fromByteOffset: o, as: Int32.self) }
    func set(_ o: Int, _ v: Int) { p.storeBytes(of: v, toByteOffset: o, as: Int.self) }
    func set(_ o: Int, _ v: Bool) { p.storeBytes(of: v ? 1 : 0, toByteOffset: o, as: Int.self) }
    func set(_ o: Int, _ v: Double) { p.storeBytes(of: v, toByteOffset: o, as: Double.self) }
    func set(_ o: Int, _ v: GoString) { p.storeBytes(of: v, toByteOffset: o, as: GoString.self) }
    func set(_ o: Int, _ v: (UInt, UInt)) { p.storeBytes(of: v, toByteOffset: o, as: (UInt, UInt).self) }
    func set(_ o: Int, _ v: (UInt, Int, Int)) { p.storeBytes(of: v, toByteOffset: o, as: (UInt, Int, Int).self) }
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
    /// A new []string of substrings of s (ranges of its bytes): no copies.
    func substringSlice(_ s: GoString, _ ranges: [Range<Int>], nilIfEmpty: Bool = false) -> (UInt, Int, Int) {
        if ranges.isEmpty { return (nilIfEmpty ? 0 : UInt(bitPattern: mallocgc(0, type: nil)), 0, 0) }
        let p = mallocgc(16 * ranges.count, type: program.typeRef(program.stringType))
        for (i, r) in ranges.enumerated() { p.storeBytes(of: sub(s, r), toByteOffset: 16 * i, as: GoString.self) }
        return (UInt(bitPattern: p), ranges.count, ranges.count)
    }
}

/// s[r] sharing s's bytes (an empty result has no pointer).
func sub(_ s: GoString, _ r: Range<Int>) -> GoString {
    r.isEmpty ? GoString(ptr: 0, len: 0) : GoString(ptr: s.ptr + UInt(r.lowerBound), len: r.count)
}

func find(_ s: [UInt8], _ sep: [UInt8], from: Int = 0) -> Int? {
    if sep.isEmpty { return from <= s.count ? from : nil }
    if sep.count > s.count { return nil }
    var i = from
    let first = sep[0]
    while i + sep.count <= s.count {
        if s[i] == first && s[i..<(i + sep.count)].elementsEqual(sep) { return i }
        i += 1
    }
    return nil
}

func findLast(_ s: [UInt8], _ sep: [UInt8]) -> Int? {
    if sep.isEmpty { return s.count }
    if sep.count > s.count { return nil }
    var i = s.count - sep.count
    while i >= 0 {
        if s[i..<(i + sep.count)].elementsEqual(sep) { return i }
        i -= 1
    }
    return nil
}

/// The runes of b with their byte offsets and widths.
func runes(_ b: [UInt8]) -> [(r: Int32, at: Int, w: Int)] {
    var out: [(Int32, Int, Int)] = []
    var i = 0
    while i < b.count {
        let (r, w) = b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, b.count - i) }
        out.append((r, i, w))
        i += w
    }
    return out
}

/// Go's unicode.IsSpace.
func isSpaceRune(_ r: Int32) -> Bool {
    switch r {
    case 9, 10, 11, 12, 13, 32, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    case 0x2000...0x200A: return true
    default: return false
    }
}

/// Unicode's simple case mappings (one rune to one rune), as Go's unicode package maps.
func simpleCase(_ r: Int32, _ kind: Int) -> Int32 {
    if r < 0x80 {
        if kind == 1 { return r >= 97 && r <= 122 ? r - 32 : r }
        if kind == 2 { return r >= 65 && r <= 90 ? r + 32 : r }
        return r >= 97 && r <= 122 ? r - 32 : r
    }
    guard let sc = Unicode.Scalar(UInt32(r)) else { return r }
    // Letters whose full mapping is several runes but whose simple one is not themselves.
    switch (kind, r) {
    case (2, 0x130): return 0x69
    case (1, 0x1F80...0x1F87), (1, 0x1F90...0x1F97), (1, 0x1FA0...0x1FA7),
         (3, 0x1F80...0x1F87), (3, 0x1F90...0x1F97), (3, 0x1FA0...0x1FA7): return r + 8
    case (1, 0x1FB3), (3, 0x1FB3): return 0x1FBC
    case (1, 0x1FC3), (3, 0x1FC3): return 0x1FCC
    case (1, 0x1FF3), (3, 0x1FF3): return 0x1FFC
    default: break
    }
    let m = kind == 1 ? sc.properties.uppercaseMapping : (kind == 2 ? sc.properties.lowercaseMapping : sc.properties.titlecaseMapping)
    let us = m.unicodeScalars
    return us.count == 1 ? Int32(us.first!.value) : r
}
func toUpperRune(_ r: Int32) -> Int32 { simpleCase(r, 1) }
func toLowerRune(_ r: Int32) -> Int32 { simpleCase(r, 2) }
func toTitleRune(_ r: Int32) -> Int32 { simpleCase(r, 3) }

/// Runes equal under Unicode simple case folding (EqualFold).
func foldEqual(_ a: Int32, _ b: Int32) -> Bool {
    if a == b { return true }
    // Turkish İ and ı fold only to themselves.
    if a == 0x130 || a == 0x131 || b == 0x130 || b == 0x131 { return false }
    return toLowerRune(toUpperRune(a)) == toLowerRune(toUpperRune(b))
}

/// strings.Map with a Swift mapping (negative drops the rune).
func mapRunes(_ b: [UInt8], _ f: (Int32) -> Int32) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    for (r, at, w) in runes(b) {
        let m = f(r)
        if m == r && r != 0xFFFD { out += b[at..<(at + w)]; continue }
        if m >= 0 { out += utf8Bytes(Int64(m)) }
    }
    return out
}

/// The set of runes of a cutset or chars argument (invalid bytes as RuneError).
func runeSet(_ b: [UInt8]) -> Set<Int32> { Set(runes(b).map { $0.r }) }

func indexRune(_ s: [UInt8], _ r: Int32) -> Int {
    if r >= 0 && r < 0x80 { return s.firstIndex(of: UInt8(r)) ?? -1 }
    if r == 0xFFFD { return runes(s).first(where: { $0.r == 0xFFFD })?.at ?? -1 }
    if !validRune(Int64(r)) { return -1 }
    return find(s, utf8Bytes(Int64(r))) ?? -1
}

func indexAny(_ s: [UInt8], _ chars: [UInt8]) -> Int {
    if chars.isEmpty { return -1 }
    let set = runeSet(chars)
    return runes(s).first(where: { set.contains($0.r) })?.at ?? -1
}

func lastIndexAny(_ s: [UInt8], _ chars: [UInt8]) -> Int {
    if chars.isEmpty { return -1 }
    let set = runeSet(chars)
    var end = s.count
    while end > 0 {
        let (r, w) = decodeLast(Array(s[0..<end]))
        end -= w
        if set.contains(r) { return end }
    }
    return -1
}

/// Go's genSplit: sepSave bytes of the separator stay with each piece (SplitAfter).
func splitRanges(_ s: [UInt8], _ sep: [UInt8], sepSave: Int, n n0: Int) -> [Range<Int>]? {
    if n0 == 0 { return nil }
    if sep.isEmpty {
        // explode: one piece per rune, the last holding the rest
        let rs = runes(s)
        var n = n0
        if n < 0 || n > rs.count { n = rs.count }
        var out: [Range<Int>] = []
        for i in 0..<n { out.append(rs[i].at..<(i == n - 1 ? s.count : rs[i].at + rs[i].w)) }
        return out
    }
    var out: [Range<Int>] = []
    var start = 0
    while n0 < 0 || out.count < n0 - 1, let k = find(s, sep, from: start) {
        out.append(start..<(k + sepSave))
        start = k + sep.count
    }
    out.append(start..<s.count)
    return out
}

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

/// Replace with an empty old string: new before every rune and at the end, up to n times.
func replaceEmpty(_ s: [UInt8], _ new: [UInt8], _ n: Int) -> [UInt8] {
    var out: [UInt8] = new
    var count = 1
    for (_, at, w) in runes(s) {
        out += s[at..<(at + w)]
        if n < 0 || count < n { out += new; count += 1 }
    }
    return out
}

/// Calls a func(rune) bool (area: rune, result).
func runePredicate(_ v: VM, _ f: UInt, _ r: Int32) -> (RunStatus, Bool) {
    var area = [UInt8](repeating: 0, count: 16)
    area.withUnsafeMutableBytes { $0.storeBytes(of: Int(r), as: Int.self) }
    let (st, res) = v.invokeClosure(f, area: area, resultOff: 8, resultBytes: 8)
    return (st, st == .ok && res.withUnsafeBytes { $0.load(as: UInt8.self) } != 0)
}

/// Calls a func(rune) rune.
func runeMapping(_ v: VM, _ f: UInt, _ r: Int32) -> (RunStatus, Int32) {
    var area = [UInt8](repeating: 0, count: 16)
    area.withUnsafeMutableBytes { $0.storeBytes(of: Int(r), as: Int.self) }
    let (st, res) = v.invokeClosure(f, area: area, resultOff: 8, resultBytes: 8)
    return (st, st == .ok ? res.withUnsafeBytes { $0.load(as: Int32.self) } : 0)
}

/// The byte index of the first rune (from the left, or the right when `last`)
/// for which f is `want`; -1 if none (Go's indexFunc / lastIndexFunc).
func indexFunc(_ v: VM, _ s: [UInt8], _ f: UInt, want: Bool, last: Bool) -> (RunStatus, Int) {
    if !last {
        for (r, at, _) in runes(s) {
            let (st, ok) = runePredicate(v, f, r)
            if st != .ok { return (st, -1) }
            if ok == want { return (.ok, at) }
        }
        return (.ok, -1)
    }
    var end = s.count
    while end > 0 {
        let (r, w) = decodeLast(Array(s[0..<end]))
        end -= w
        let (st, ok) = runePredicate(v, f, r)
        if st != .ok { return (st, -1) }
        if ok == want { return (.ok, end) }
    }
    return (.ok, -1)
}

/// TrimLeftFunc / TrimRightFunc bounds of s.
func trimFuncRange(_ v: VM, _ s: [UInt8], _ f: UInt, left: Bool, right: Bool) -> (RunStatus, Range<Int>) {
    var lo = 0, hi = s.count
    if left {
        let (st, i) = indexFunc(v, s, f, want: false, last: false)
        if st != .ok { return (st, 0..<0) }
        if i < 0 { return (.ok, s.count..<s.count) }
        lo = i
    }
    if right {
        let rest = Array(s[lo..<hi])
        let (st, i) = indexFunc(v, rest, f, want: false, last: true)
        if st != .ok { return (st, 0..<0) }
        if i < 0 { return (.ok, lo..<lo) }
        let (_, w) = rest.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, rest.count - i) }
        hi = lo + i + w
    }
    return (.ok, lo..<hi)
}

/// Go's Trim/TrimLeft/TrimRight with a cutset.
func trimCutset(_ s: [UInt8], _ cut: [UInt8], left: Bool, right: Bool) -> Range<Int> {
    if s.isEmpty || cut.isEmpty { return 0..<s.count }
    let set = runeSet(cut)
    let rs = runes(s)
    var lo = 0, hi = rs.count
    if left { while lo < hi && set.contains(rs[lo].r) { lo += 1 } }
    if right { while hi > lo && set.contains(rs[hi - 1].r) { hi -= 1 } }
    if lo == hi { return (lo < rs.count ? rs[lo].at : s.count)..<(lo < rs.count ? rs[lo].at : s.count) }
    return rs[lo].at..<(rs[hi - 1].at + rs[hi - 1].w)
}

/// Go's ToValidUTF8: each run of invalid bytes becomes one replacement.
func toValidUTF8(_ s: [UInt8], _ repl: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var invalid = false
    for (r, at, w) in runes(s) {
        if r == 0xFFFD && w == 1 {
            if !invalid { out += repl; invalid = true }
            continue
        }
        invalid = false
        out += s[at..<(at + w)]
    }
    return out
}

/// strings.Replacer (Go's generic algorithm; its byte and single-string
/// forms agree): at each byte position the first pair in argument order
/// whose old string is a prefix there is replaced; an empty old string
/// matches everywhere, but not twice in a row at one position.
func replacerReplace(_ s: [UInt8], _ pairs: [([UInt8], [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0, last = 0
    var prevEmpty = false
    while i <= s.count {
        var hit: ([UInt8], [UInt8])? = nil
        for (old, new) in pairs where !(old.isEmpty && prevEmpty) {
            if i + old.count <= s.count && s[i..<(i + old.count)].elementsEqual(old) { hit = (old, new); break }
        }
        prevEmpty = hit.map { $0.0.isEmpty } ?? false
        if let (old, new) = hit {
            out += s[last..<i]
            out += new
            i += old.count
            last = i
            continue
        }
        i += 1
    }
    if last < s.count { out += s[last...] }
    return out
}

let stringNatives: [(String, NativeFn)] = [
    ("strings.Join", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let base = UnsafeRawPointer(bitPattern: A.word(0)), n = A.int(8)
        let sep = A.bytes(24)
        if n == 1 { A.set(40, base!.load(as: GoString.self)); return 0 }
        var out: [UInt8] = []
        for i in 0..<n {
            if i > 0 { out += sep }
            out += Array(base!.load(fromByteOffset: 16 * i, as: GoString.self).bytes)
        }
        A.set(40, v.str(out)); return 0
    }),
    ("strings.ToUpper", { vm, a in let A = Args(p: a); A.set(16, VM.from(vm).str(mapRunes(A.bytes(0), toUpperRune))); return 0 }),
    ("strings.ToLower", { vm, a in let A = Args(p: a); A.set(16, VM.from(vm).str(mapRunes(A.bytes(0), toLowerRune))); return 0 }),
    ("strings.ToTitle", { vm, a in let A = Args(p: a); A.set(16, VM.from(vm).str(mapRunes(A.bytes(0), toTitleRune))); return 0 }),
    ("strings.Title", { vm, a in
        // Go's Title: the first letter of each word to title case; words end at
        // ASCII non-alphanumerics (but '_') and Unicode spaces.
        let A = Args(p: a)
        var prev: Int32 = 32
        let out = mapRunes(A.bytes(0)) { r in
            let sep = prev < 0x80 ? !((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev == 95)
                : !(isLetterRune(prev) || category(prev) == .decimalNumber) && isSpaceRune(prev)
            prev = r
            return sep ? toTitleRune(r) : r
        }
        A.set(16, VM.from(vm).str(out)); return 0
    }),
    ("strings.Clone", { vm, a in let A = Args(p: a); A.set(16, VM.from(vm).str(A.bytes(0))); return 0 }),
    ("strings.ToValidUTF8", { vm, a in
        let A = Args(p: a), s = A.bytes(0)
        A.set(32, isValidUTF8(s) ? A.str(0) : VM.from(vm).str(toValidUTF8(s, A.bytes(16)))); return 0
    }),
    ("strings.TrimSpace", { _, a in
        let A = Args(p: a), s = A.bytes(0)
        let rs = runes(s)
        var lo = 0, hi = rs.count
        while lo < hi && isSpaceRune(rs[lo].r) { lo += 1 }
        while hi > lo && isSpaceRune(rs[hi - 1].r) { hi -= 1 }
        A.set(16, lo == hi ? GoString(ptr: 0, len: 0) : sub(A.str(0), rs[lo].at..<(rs[hi - 1].at + rs[hi - 1].w))); return 0
    }),
    ("strings.Repeat", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let n = A.int(16)
        if n < 0 { return v.raisePanicString("strings: negative Repeat count") }
        let b = A.bytes(0)
        if n > 0 && b.count > Int.max / n { return v.raisePanicString("strings: Repeat output length overflow") }
        var out: [UInt8] = []
        out.reserveCapacity(b.count * n)
        for _ in 0..<n { out += b }
        A.set(24, v.str(out)); return 0
    }),
    ("strings.Fields", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        var parts: [Range<Int>] = []
        var start = -1
        let s = A.bytes(0)
        for (r, at, _) in runes(s) {
            if isSpaceRune(r) { if start >= 0 { parts.append(start..<at); start = -1 } } else if start < 0 { start = at }
        }
        if start >= 0 { parts.append(start..<s.count) }
        let r = v.substringSlice(A.str(0), parts)
        Args(p: v.nativeArgs()).set(16, r); return 0
    }),
    ("strings.FieldsFunc", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let s = A.bytes(0), f = A.word(16)
        var parts: [Range<Int>] = []
        var start = -1
        for (r, at, _) in runes(s) {
            let (st, sep) = runePredicate(v, f, r)
            if st != .ok { return st.rawValue }
            if sep { if start >= 0 { parts.append(start..<at); start = -1 } } else if start < 0 { start = at }
        }
        if start >= 0 { parts.append(start..<s.count) }
        let o = Args(p: v.nativeArgs())
        o.set(24, v.substringSlice(o.str(0), parts)); return 0
    }),
    ("strings.Split", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let r = v.substringSlice(A.str(0), splitRanges(A.bytes(0), A.bytes(16), sepSave: 0, n: -1) ?? [])
        Args(p: v.nativeArgs()).set(32, r); return 0
    }),
    ("strings.SplitAfter", { vm, a in
        let A = Args(p: a), v = VM.from(vm), sep = A.bytes(16)
        let r = v.substringSlice(A.str(0), splitRanges(A.bytes(0), sep, sepSave: sep.count, n: -1) ?? [])
        Args(p: v.nativeArgs()).set(32, r); return 0
    }),
    ("strings.SplitN", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let rs = splitRanges(A.bytes(0), A.bytes(16), sepSave: 0, n: A.int(32))
        let r = v.substringSlice(A.str(0), rs ?? [], nilIfEmpty: rs == nil)
        Args(p: v.nativeArgs()).set(40, r); return 0
    }),
    ("strings.SplitAfterN", { vm, a in
        let A = Args(p: a), v = VM.from(vm), sep = A.bytes(16)
        let rs = splitRanges(A.bytes(0), sep, sepSave: sep.count, n: A.int(32))
        let r = v.substringSlice(A.str(0), rs ?? [], nilIfEmpty: rs == nil)
        Args(p: v.nativeArgs()).set(40, r); return 0
    }),
    ("strings.Contains", { _, a in let A = Args(p: a); A.set(32, find(A.bytes(0), A.bytes(16)) != nil); return 0 }),
    ("strings.ContainsRune", { _, a in let A = Args(p: a); A.set(24, indexRune(A.bytes(0), A.rune(16)) >= 0); return 0 }),
    ("strings.ContainsAny", { _, a in let A = Args(p: a); A.set(32, indexAny(A.bytes(0), A.bytes(16)) >= 0); return 0 }),
    ("strings.ContainsFunc", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let (st, i) = indexFunc(v, A.bytes(0), A.word(16), want: true, last: false)
        if st != .ok { return st.rawValue }
        Args(p: v.nativeArgs()).set(24, i >= 0); return 0
    }),
    ("strings.HasPrefix", { _, a in let A = Args(p: a); let s = A.bytes(0), p = A.bytes(16); A.set(32, s.starts(with: p)); return 0 }),
    ("strings.HasSuffix", { _, a in let A = Args(p: a); let s = A.bytes(0), p = A.bytes(16); A.set(32, s.count >= p.count && s[(s.count - p.count)...].elementsEqual(p)); return 0 }),
    ("strings.Index", { _, a in let A = Args(p: a); A.set(32, find(A.bytes(0), A.bytes(16)) ?? -1); return 0 }),
    ("strings.LastIndex", { _, a in let A = Args(p: a); A.set(32, findLast(A.bytes(0), A.bytes(16)) ?? -1); return 0 }),
    ("strings.IndexByte", { _, a in let A = Args(p: a); let c = a.load(fromByteOffset: 16, as: UInt8.self); A.set(24, A.bytes(0).firstIndex(of: c) ?? -1); return 0 }),
    ("strings.LastIndexByte", { _, a in let A = Args(p: a); let c = a.load(fromByteOffset: 16, as: UInt8.self); A.set(24, A.bytes(0).lastIndex(of: c) ?? -1); return 0 }),
    ("strings.IndexRune", { _, a in let A = Args(p: a); A.set(24, indexRune(A.bytes(0), A.rune(16))); return 0 }),
    ("strings.IndexAny", { _, a in let A = Args(p: a); A.set(32, indexAny(A.bytes(0), A.bytes(16))); return 0 }),
    ("strings.LastIndexAny", { _, a in let A = Args(p: a); A.set(32, lastIndexAny(A.bytes(0), A.bytes(16))); return 0 }),
    ("strings.IndexFunc", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let (st, i) = indexFunc(v, A.bytes(0), A.word(16), want: true, last: false)
        if st != .ok { return st.rawValue }
        Args(p: v.nativeArgs()).set(24, i); return 0
    }),
    ("strings.LastIndexFunc", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let (st, i) = indexFunc(v, A.bytes(0), A.word(16), want: true, last: true)
        if st != .ok { return st.rawValue }
        Args(p: v.nativeArgs()).set(24, i); return 0
    }),
    ("strings.Count", { _, a in
        let A = Args(p: a)
        let s = A.bytes(0), sep = A.bytes(16)
        if sep.isEmpty { A.set(32, runeCount(s) + 1); return 0 }
        var n = 0, i = 0
        while let k = find(s, sep, from: i) { n += 1; i = k + sep.count }
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
    ("strings.Trim", { _, a in let A = Args(p: a); A.set(32, sub(A.str(0), trimCutset(A.bytes(0), A.bytes(16), left: true, right: true))); return 0 }),
    ("strings.TrimLeft", { _, a in let A = Args(p: a); A.set(32, sub(A.str(0), trimCutset(A.bytes(0), A.bytes(16), left: true, right: false))); return 0 }),
    ("strings.TrimRight", { _, a in let A = Args(p: a); A.set(32, sub(A.str(0), trimCutset(A.bytes(0), A.bytes(16), left: false, right: true))); return 0 }),
    ("strings.TrimFunc", { vm, a in trimFuncNative(VM.from(vm), a, left: true, right: true) }),
    ("strings.TrimLeftFunc", { vm, a in trimFuncNative(VM.from(vm), a, left: true, right: false) }),
    ("strings.TrimRightFunc", { vm, a in trimFuncNative(VM.from(vm), a, left: false, right: true) }),
    ("strings.TrimPrefix", { _, a in
        let A = Args(p: a)
        let s = A.bytes(0), p = A.bytes(16)
        A.set(32, s.starts(with: p) ? sub(A.str(0), p.count..<s.count) : A.str(0)); return 0
    }),
    ("strings.TrimSuffix", { _, a in
        let A = Args(p: a)
        let s = A.bytes(0), p = A.bytes(16)
        let has = s.count >= p.count && s[(s.count - p.count)...].elementsEqual(p)
        A.set(32, has ? sub(A.str(0), 0..<(s.count - p.count)) : A.str(0)); return 0
    }),
    ("strings.Cut", { _, a in
        let A = Args(p: a), s = A.bytes(0), sep = A.bytes(16)
        if let i = find(s, sep) {
            A.set(32, sub(A.str(0), 0..<i)); A.set(48, sub(A.str(0), (i + sep.count)..<s.count)); A.set(64, true)
        } else {
            A.set(32, A.str(0)); A.set(48, GoString(ptr: 0, len: 0)); A.set(64, false)
        }
        return 0
    }),
    ("strings.CutLast", { _, a in
        let A = Args(p: a), s = A.bytes(0), sep = A.bytes(16)
        if let i = findLast(s, sep) {
            A.set(32, sub(A.str(0), 0..<i)); A.set(48, sub(A.str(0), (i + sep.count)..<s.count)); A.set(64, true)
        } else {
            A.set(32, A.str(0)); A.set(48, GoString(ptr: 0, len: 0)); A.set(64, false)
        }
        return 0
    }),
    ("strings.CutPrefix", { _, a in
        let A = Args(p: a), s = A.bytes(0), p = A.bytes(16)
        if s.starts(with: p) { A.set(32, sub(A.str(0), p.count..<s.count)); A.set(48, true) } else { A.set(32, A.str(0)); A.set(48, false) }
        return 0
    }),
    ("strings.CutSuffix", { _, a in
        let A = Args(p: a), s = A.bytes(0), p = A.bytes(16)
        if s.count >= p.count && s[(s.count - p.count)...].elementsEqual(p) {
            A.set(32, sub(A.str(0), 0..<(s.count - p.count))); A.set(48, true)
        } else {
            A.set(32, A.str(0)); A.set(48, false)
        }
        return 0
    }),
    ("strings.EqualFold", { _, a in
        let A = Args(p: a)
        let x = runes(A.bytes(0)), y = runes(A.bytes(16))
        A.set(32, x.count == y.count && zip(x, y).allSatisfy { foldEqual($0.r, $1.r) }); return 0
    }),
    ("strings.Compare", { _, a in
        let A = Args(p: a)
        let x = A.bytes(0), y = A.bytes(16)
        A.set(32, x == y ? 0 : (x.lexicographicallyPrecedes(y) ? -1 : 1)); return 0
    }),
    ("strings.Map", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let f = A.word(0), s = A.bytes(8)
        var out: [UInt8] = []
        for (r, at, w) in runes(s) {
            let (st, m) = runeMapping(v, f, r)
            if st != .ok { return st.rawValue }
            if m == r && r != 0xFFFD { out += s[at..<(at + w)]; continue }
            if m >= 0 { out += utf8Bytes(Int64(m)) }
        }
        Args(p: v.nativeArgs()).set(24, v.str(out)); return 0
    }),
    ("strings.NewReplacer", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let n = A.int(8)
        if n % 2 == 1 { return v.raisePanicString("strings.NewReplacer: odd argument count") }
        // {once sync.Once; r any; oldnew []string}: a copy of the arguments at +32.
        v.heap.gcHoldCollections(true)
        defer { v.heap.gcHoldCollections(false) }
        let r = v.mallocgcPointerWords(56)
        if n > 0 {
            let arr = v.mallocgc(16 * n, type: v.program.typeRef(v.program.stringType))
            arr.copyMemory(from: UnsafeRawPointer(bitPattern: A.word(0))!, byteCount: 16 * n)
            r.storeBytes(of: (UInt(bitPattern: arr), n, n), toByteOffset: 32, as: (UInt, Int, Int).self)
        }
        A.set(24, Int(bitPattern: UInt(bitPattern: r))); return 0
    }),
    ("strings.Replacer.Replace", { vm, a in
        let A = Args(p: a), v = VM.from(vm)
        let r = UnsafeRawPointer(bitPattern: A.word(32))!
        let (arr, n, _) = r.load(fromByteOffset: 32, as: (UInt, Int, Int).self)
        var pairs: [([UInt8], [UInt8])] = []
        for i in stride(from: 0, to: n, by: 2) {
            let p = UnsafeRawPointer(bitPattern: arr)!
            pairs.append((Array(p.load(fromByteOffset: 16 * i, as: GoString.self).bytes),
                          Array(p.load(fromByteOffset: 16 * i + 16, as: GoString.self).bytes)))
        }
        let s = A.bytes(0)
        let out = replacerReplace(s, pairs)
        A.set(16, out == s ? A.str(0) : v.str(out)); return 0
    }),
    ("strings.Builder.WriteString", { vm, a in
        let s = a.load(as: GoString.self)
        builderAppend(VM.from(vm), a.load(fromByteOffset: 40, as: UInt.self), UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: s.ptr), count: s.len))
        a.storeBytes(of: s.len, toByteOffset: 16, as: Int.self)
        a.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: 24, as: (UInt, UInt).self)
        return 0
    }),
    ("strings.Builder.WriteByte", { vm, a in
        var c = a.load(as: UInt8.self)
        withUnsafeBytes(of: &c) { builderAppend(VM.from(vm), a.load(fromByteOffset: 24, as: UInt.self), $0) }
        a.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: 8, as: (UInt, UInt).self)
        return 0
    }),
    ("strings.Builder.WriteRune", { vm, a in
        var b: [UInt8] = []
        encodeRune(Int64(a.load(as: Int32.self)), into: &b)
        b.withUnsafeBytes { builderAppend(VM.from(vm), a.load(fromByteOffset: 32, as: UInt.self), $0) }
        a.storeBytes(of: b.count, toByteOffset: 8, as: Int.self)
        a.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: 16, as: (UInt, UInt).self)
        return 0
    }),
    ("strings.Builder.String", { vm, a in
        let b = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self))!
        a.storeBytes(of: GoString(ptr: b.load(fromByteOffset: 8, as: UInt.self), len: b.load(fromByteOffset: 16, as: Int.self)),
                     toByteOffset: 0, as: GoString.self)
        return 0
    }),
    ("strings.Builder.Len", { vm, a in
        let b = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 8, as: UInt.self))!
        a.storeBytes(of: b.load(fromByteOffset: 16, as: Int.self), toByteOffset: 0, as: Int.self)
        return 0
    }),
    ("strings.Builder.Cap", { vm, a in
        let b = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 8, as: UInt.self))!
        a.storeBytes(of: b.load(fromByteOffset: 24, as: Int.self), toByteOffset: 0, as: Int.self)
        return 0
    }),
    ("strings.Builder.Reset", { vm, a in
        let b = UnsafeMutableRawPointer(bitPattern: a.load(as: UInt.self))!
        memset(b, 0, 32)
        return 0
    }),
    ("strings.Builder.Grow", { vm, a in
        let n = a.load(as: Int.self)
        if n < 0 { return VM.from(vm).raisePanicString("strings.Builder.Grow: negative count") }
        builderGrow(VM.from(vm), a.load(fromByteOffset: 8, as: UInt.self), n)
        return 0
    }),
    ("strings.Builder.Write", { vm, a in
        let n = a.load(fromByteOffset: 8, as: Int.self)
        builderAppend(VM.from(vm), a.load(fromByteOffset: 48, as: UInt.self), UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: a.load(as: UInt.self)), count: n))
        a.storeBytes(of: n, toByteOffset: 24, as: Int.self)
        a.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: 32, as: (UInt, UInt).self)
        return 0
    }),
]

/// TrimFunc / TrimLeftFunc / TrimRightFunc(s string, f func(rune) bool) string.
func trimFuncNative(_ v: VM, _ a: UnsafeMutableRawPointer, left: Bool, right: Bool) -> Int32 {
    let A = Args(p: a)
    let (st, r) = trimFuncRange(v, A.bytes(0), A.word(16), left: left, right: right)
    if st != .ok { return st.rawValue }
    let o = Args(p: v.nativeArgs())
    o.set(24, sub(o.str(0), r)); return 0
}

/// Appends bytes to a strings.Builder's buf (Go's append growth).
func builderAppend(_ vm: VM, _ bp: UInt, _ bytes: UnsafeRawBufferPointer) {
    let b = UnsafeMutableRawPointer(bitPattern: bp)!
    let len = b.load(fromByteOffset: 16, as: Int.self)
    builderGrowTo(vm, b, len + bytes.count)
    let data = UnsafeMutableRawPointer(bitPattern: b.load(fromByteOffset: 8, as: UInt.self))
    if bytes.count > 0, let data { (data + len).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
    b.storeBytes(of: len + bytes.count, toByteOffset: 16, as: Int.self)
}

func builderGrowTo(_ vm: VM, _ b: UnsafeMutableRawPointer, _ need: Int) {
    let cap = b.load(fromByteOffset: 24, as: Int.self)
    if need <= cap { return }
    let len = b.load(fromByteOffset: 16, as: Int.self)
    var newcap = cap
    let doublecap = cap + cap
    if need > doublecap { newcap = need } else if cap < 256 { newcap = doublecap } else {
        while newcap < need { newcap += (newcap + 3 * 256) >> 2 }
    }
    newcap = SizeClasses.roundupsize(newcap, noscan: true)
    let p = vm.mallocgc(newcap, type: nil)
    if len > 0 { p.copyMemory(from: UnsafeRawPointer(bitPattern: b.load(fromByteOffset: 8, as: UInt.self))!, byteCount: len) }
    b.storeBytes(of: UInt(bitPattern: p), toByteOffset: 8, as: UInt.self)
    b.storeBytes(of: newcap, toByteOffset: 24, as: Int.self)
}

func builderGrow(_ vm: VM, _ bp: UInt, _ n: Int) {
    let b = UnsafeMutableRawPointer(bitPattern: bp)!
    let len = b.load(fromByteOffset: 16, as: Int.self)
    let cap = b.load(fromByteOffset: 24, as: Int.self)
    if cap - len < n {
        // Go: grow to 2*cap + n
        let newcap = 2 * cap + n
        let p = vm.mallocgc(newcap, type: nil)
        if len > 0 { p.copyMemory(from: UnsafeRawPointer(bitPattern: b.load(fromByteOffset: 8, as: UInt.self))!, byteCount: len) }
        b.storeBytes(of: UInt(bitPattern: p), toByteOffset: 8, as: UInt.self)
        b.storeBytes(of: newcap, toByteOffset: 24, as: Int.self)
    }
}

