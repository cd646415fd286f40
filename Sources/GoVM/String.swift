// String.swift — strings at run time (Go's string.go and utf8.go):
// concatenation, comparison, conversions between strings, byte slices,
// rune slices and runes (with Go's capacities: a non-escaping conversion
// gets Go's 32-element temporary buffer), and UTF-8 decoding and encoding
// as Go does it (an invalid byte decodes as U+FFFD, width 1).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// Go's tmpStringBufSize: the elements of the temporary buffer a
/// non-escaping []byte(s) or []rune(s) gets.
let tmpStringBufSize = 32

/// Decodes one UTF-8 sequence as Go does: (rune, width); invalid bytes give (0xFFFD, 1).
public func decodeRune(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int32, Int) {
    if n <= 0 { return (0xFFFD, 0) }
    let b0 = p[0]
    if b0 < 0x80 { return (Int32(b0), 1) }
    func cont(_ i: Int) -> UInt32? { i < n && p[i] & 0xC0 == 0x80 ? UInt32(p[i] & 0x3F) : nil }
    if b0 & 0xE0 == 0xC0 {
        guard let c1 = cont(1) else { return (0xFFFD, 1) }
        let r = UInt32(b0 & 0x1F) << 6 | c1
        return r < 0x80 ? (0xFFFD, 1) : (Int32(r), 2)
    }
    if b0 & 0xF0 == 0xE0 {
        guard let c1 = cont(1), let c2 = cont(2) else { return (0xFFFD, 1) }
        let r = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
        if r < 0x800 || (r >= 0xD800 && r <= 0xDFFF) { return (0xFFFD, 1) }
        return (Int32(r), 3)
    }
    if b0 & 0xF8 == 0xF0 {
        guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return (0xFFFD, 1) }
        let r = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
        if r < 0x10000 || r > 0x10FFFF { return (0xFFFD, 1) }
        return (Int32(r), 4)
    }
    return (0xFFFD, 1)
}

/// Encodes a rune as Go does (invalid runes become U+FFFD).
public func encodeRune(_ r0: Int64, into out: inout [UInt8]) {
    var r = r0
    if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) { r = 0xFFFD }
    let v = UInt32(r)
    if v < 0x80 { out.append(UInt8(v)) }
    else if v < 0x800 { out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F)) }
    else if v < 0x10000 {
        out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    } else {
        out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | (v >> 12) & 0x3F))
        out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    }
}

extension VM {
    func storeString(_ fp: UnsafeMutableRawPointer, _ a: Int32, _ s: GoString) {
        setF(fp, a, Int64(Int(bitPattern: s.ptr)))
        setF(fp, a &+ GoString.lenWord, Int64(s.len))
    }

    func loadString(_ fp: UnsafeMutableRawPointer, _ a: Int32) -> GoString {
        GoString(ptr: U(F(fp, a)), len: Int(F(fp, a &+ GoString.lenWord)))
    }

    /// String instructions.
    @inline(never)
    func stringOp(_ ins: Instr, _ fp: UnsafeMutableRawPointer, _ pc: Int) -> SlowStatus {
        switch ins.op {
        case .concat:
            let x = loadString(fp, ins.b), y = loadString(fp, ins.c)
            if x.len == 0 { storeString(fp, ins.a, y); return .next }
            if y.len == 0 { storeString(fp, ins.a, x); return .next }
            let p = cache.mallocgc(x.len + y.len, type: nil, needzero: false)
            memcpy(p, UnsafeRawPointer(bitPattern: x.ptr)!, x.len)
            memcpy(p + x.len, UnsafeRawPointer(bitPattern: y.ptr)!, y.len)
            storeString(fp, ins.a, GoString(ptr: UInt(bitPattern: p), len: x.len + y.len))
        case .strcmp:
            let x = loadString(fp, ins.b), y = loadString(fp, ins.c)
            let n = min(x.len, y.len)
            var r: Int32 = n > 0 ? memcmp(UnsafeRawPointer(bitPattern: x.ptr)!, UnsafeRawPointer(bitPattern: y.ptr)!, n) : 0
            if r == 0 { r = x.len < y.len ? -1 : (x.len > y.len ? 1 : 0) }
            setF(fp, ins.a, r < 0 ? -1 : (r > 0 ? 1 : 0))
        case .streq:
            let x = loadString(fp, ins.b), y = loadString(fp, ins.c)
            let e = x.len == y.len && (x.len == 0 || x.ptr == y.ptr ||
                memcmp(UnsafeRawPointer(bitPattern: x.ptr)!, UnsafeRawPointer(bitPattern: y.ptr)!, x.len) == 0)
            setF(fp, ins.a, e ? 1 : 0)
        case .runestr:
            var b: [UInt8] = []
            encodeRune(F(fp, ins.b), into: &b)
            storeString(fp, ins.a, b.withUnsafeBytes { newString($0) })
        case .bytes2str:
            let n = Int(F(fp, ins.b &+ SliceHeader.lenWord))
            if n == 0 { storeString(fp, ins.a, GoString(ptr: 0, len: 0)); return .next }
            storeString(fp, ins.a, newString(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: U(F(fp, ins.b))), count: n)))
        case .str2bytes:
            let s = loadString(fp, ins.b)
            if ins.w == 2 && s.len == 0 {
                // Go's zero-copy conversion of an empty string: the string's pointer.
                setF(fp, ins.a, Int64(Int(bitPattern: s.ptr)))
                setF(fp, ins.a &+ SliceHeader.lenWord, 0)
                setF(fp, ins.a &+ SliceHeader.capWord, 0)
                return .next
            }
            // Zero-copy (w=2) shares the string's bytes in Go; the []byte is
            // never written, so a copy with cap = len is the same to the program.
            let cap = ins.w == 3 || ins.w == 2 ? s.len : ins.w == 1 && s.len <= tmpStringBufSize ? tmpStringBufSize
                : s.len == 0 ? 0 : SizeClasses.roundupsize(s.len, noscan: true)
            let p = cache.mallocgc(cap, type: nil, needzero: true)
            if s.len > 0 { memcpy(p, UnsafeRawPointer(bitPattern: s.ptr)!, s.len) }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ SliceHeader.lenWord, Int64(s.len))
            setF(fp, ins.a &+ SliceHeader.capWord, Int64(cap))
        case .str2runes:
            let s = loadString(fp, ins.b)
            var runes: [Int32] = []
            if s.len > 0 {
                let b = UnsafePointer<UInt8>(bitPattern: s.ptr)!
                var i = 0
                while i < s.len { let (r, w) = decodeRune(b + i, s.len - i); runes.append(r); i += w }
            }
            let cap = ins.w == 2 ? runes.count : ins.w == 1 && runes.count <= tmpStringBufSize ? tmpStringBufSize
                : runes.isEmpty ? 0 : SizeClasses.roundupsize(runes.count * 4, noscan: true) / 4
            let p = cache.mallocgc(cap * 4, type: nil, needzero: true)
            for (i, r) in runes.enumerated() { p.storeBytes(of: r, toByteOffset: i * 4, as: Int32.self) }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ SliceHeader.lenWord, Int64(runes.count))
            setF(fp, ins.a &+ SliceHeader.capWord, Int64(cap))
        case .runes2str:
            let n = Int(F(fp, ins.b &+ SliceHeader.lenWord))
            var b: [UInt8] = []
            if n > 0 {
                let p = UnsafeRawPointer(bitPattern: U(F(fp, ins.b)))!
                for i in 0..<n { encodeRune(Int64(p.load(fromByteOffset: i * 4, as: Int32.self)), into: &b) }
            }
            storeString(fp, ins.a, b.withUnsafeBytes { newString($0) })
        case .decoderune:
            let s = loadString(fp, ins.b)
            let i = Int(F(fp, ins.c))
            let (r, w) = decodeRune(UnsafePointer<UInt8>(bitPattern: s.ptr)! + i, s.len - i)
            setF(fp, ins.a, Int64(r))
            setF(fp, ins.a &+ 8, Int64(i + w))   // the (rune, next index) pair
        default: return unknownInstruction(ins)
        }
        return .next
    }

}
