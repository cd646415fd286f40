// SlowOps.swift — instructions off the interpreter's fast path: slices
// (make, append's growth with its frame store, move2heap, reslicing, copy,
// unsafe.Slice/String), strings, interfaces, closures, defer/panic/recover,
// complex arithmetic (dispatched to Complex.swift) and the print builtin.
// Each returns a status: 0 go on,
// 1 a panic was raised (the loop unwinds), 2 the program exits.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoCompiler
import GoRuntime

@inline(__always) private func U(_ v: Int64) -> UInt { UInt(bitPattern: Int(v)) }

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
    func typeAt(_ off: Int32) -> TypeRef {
        TypeRef((program.rodata + Int(off)).assumingMemoryBound(to: TypeDescriptor.self))
    }

    func storeString(_ fp: UnsafeMutableRawPointer, _ a: Int32, _ s: GoString) {
        setF(fp, a, Int64(Int(bitPattern: s.ptr)))
        setF(fp, a &+ 8, Int64(s.len))
    }

    func loadString(_ fp: UnsafeMutableRawPointer, _ a: Int32) -> GoString {
        GoString(ptr: U(F(fp, a)), len: Int(F(fp, a &+ 8)))
    }

    /// The type descriptor name of the interface named by a preceding `nop`.
    func sourceIfaceName(_ pc: Int) -> String {
        let prev = program.code[pc - 2]
        if prev.op == .nop && prev.a != 0 { return typeAt(prev.a).name }
        return "interface {}"
    }

    @inline(never)
    func slowOp(_ ins: Instr, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> Int32 {
        // Every slow op may allocate: it is a safepoint, the GC walks the stack from this frame.
        g.pointee.savedFPOff = Int(UInt(bitPattern: fp) &- g.pointee.lo)
        switch ins.op {
        case .makeslice:
            let n = F(fp, ins.b), c = F(fp, ins.c)
            let et = typeAt(ins.d)
            let es = Int64(max(et.size, 0))
            // Go's makeslice: at most maxAlloc (1<<48 on linux/amd64) bytes;
            // a size the heap cannot supply is then an out-of-memory throw.
            func fits(_ k: Int64) -> Bool {
                let (m, o) = k.multipliedReportingOverflow(by: es)
                return k >= 0 && !o && m <= VM.maxAlloc
            }
            if !fits(c) || c < n || n < 0 {
                if !fits(n) { return raiseRuntimeError("makeslice: len out of range") }
                return raiseRuntimeError("makeslice: cap out of range")
            }
            let p = cache.mallocgc(Int(c &* es), type: et.goType, needzero: true)
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ 8, n)
            setF(fp, ins.a &+ 16, c)
        case .growslice:
            let add = F(fp, ins.b)
            let old = F(fp, ins.a &+ 8), cap = F(fp, ins.a &+ 16)
            let newLen = old &+ add
            if newLen <= cap { setF(fp, ins.a &+ 8, newLen); return 0 }
            let et = typeAt(ins.d)
            let es = max(et.size, 0)
            if es > 0 && newLen <= Int64(appendStoreBytes / es) {
                // Whether Go's store takes this growth depends on its inlining.
                if ins.w & 8 != 0 && old == 0 { return unsupported("append whose stack store depends on Go's inlining") }
                if ins.w & 3 != 0 && appendStore(ins, fp, et, oldLen: old, newLen: newLen) { return 0 }
            }
            var newcap = Int(cap)
            let doublecap = newcap + newcap
            if Int(newLen) > doublecap { newcap = Int(newLen) }
            else if cap < 256 { newcap = doublecap }
            else {
                while newcap < Int(newLen) { newcap += (newcap + 3 * 256) >> 2 }
            }
            if es > 0 {
                let mem = roundupsize(newcap * es, noscan: et.raw.pointee.ptrBytes == 0)
                newcap = mem / es
            }
            let p = cache.mallocgc(newcap * es, type: et.goType, needzero: true)
            if old > 0 && es > 0 {
                // The old array may be dropped: shade what moves out of it (Go's bulkBarrierPreWriteSrcOnly).
                let src = UnsafeRawPointer(bitPattern: U(F(fp, ins.a)))!
                cache.bulkBarrierPreWrite(dst: p, src: src, size: Int(old) * es, type: et.goType)
                memmove(p, src, Int(old) * es)
            }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ 8, newLen)
            setF(fp, ins.a &+ 16, Int64(newcap))
        case .reslice:
            let base = F(fp, ins.b), len = F(fp, ins.b &+ 8), cap = F(fp, ins.b &+ 16)
            let lo = F(fp, ins.c), hi = F(fp, ins.c &+ 8), mx = F(fp, ins.c &+ 16)
            let isString = ins.w & 1 != 0
            let lenMsg = isString || ins.w & 2 != 0
            if ins.w & 4 != 0 {
                if UInt64(bitPattern: mx) > UInt64(bitPattern: cap) {
                    return raiseRuntimeError("slice bounds out of range [::\(mx)] with \(lenMsg ? "length" : "capacity") \(cap)")
                }
                if UInt64(bitPattern: hi) > UInt64(bitPattern: mx) { return raiseRuntimeError("slice bounds out of range [:\(hi):\(mx)]") }
                if UInt64(bitPattern: lo) > UInt64(bitPattern: hi) { return raiseRuntimeError("slice bounds out of range [\(lo):\(hi):]") }
            } else {
                let limit = isString ? len : cap
                if UInt64(bitPattern: hi) > UInt64(bitPattern: limit) {
                    return raiseRuntimeError("slice bounds out of range [:\(hi)] with \(lenMsg ? "length" : "capacity") \(limit)")
                }
                if UInt64(bitPattern: lo) > UInt64(bitPattern: hi) { return raiseRuntimeError("slice bounds out of range [\(lo):\(hi)]") }
            }
            let newCap = (isString ? hi : mx) &- lo
            let p = newCap == 0 && !isString ? base : base &+ lo &* Int64(ins.d)
            setF(fp, ins.a, (isString && hi == lo) ? base : p)
            setF(fp, ins.a &+ 8, hi &- lo)
            if !isString { setF(fp, ins.a &+ 16, mx &- lo) }
        case .copy:
            let dn = F(fp, ins.b &+ 8), sn = F(fp, ins.c &+ 8)
            let n = min(dn, sn)
            let et = typeAt(ins.d)
            if n > 0 && et.size > 0 {
                let dst = UnsafeMutableRawPointer(bitPattern: U(F(fp, ins.b)))!, src = UnsafeRawPointer(bitPattern: U(F(fp, ins.c)))!
                cache.bulkBarrierPreWrite(dst: dst, src: src, size: Int(n) * et.size, type: et.goType)
                memmove(dst, src, Int(n) * et.size)
            }
            setF(fp, ins.a, n)
        case .concat:
            let x = loadString(fp, ins.b), y = loadString(fp, ins.c)
            if x.len == 0 { storeString(fp, ins.a, y); return 0 }
            if y.len == 0 { storeString(fp, ins.a, x); return 0 }
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
            let n = Int(F(fp, ins.b &+ 8))
            if n == 0 { storeString(fp, ins.a, GoString(ptr: 0, len: 0)); return 0 }
            storeString(fp, ins.a, newString(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: U(F(fp, ins.b))), count: n)))
        case .str2bytes:
            let s = loadString(fp, ins.b)
            if ins.w == 2 && s.len == 0 {
                // Go's zero-copy conversion of an empty string: the string's pointer.
                setF(fp, ins.a, Int64(Int(bitPattern: s.ptr)))
                setF(fp, ins.a &+ 8, 0)
                setF(fp, ins.a &+ 16, 0)
                return 0
            }
            // Zero-copy (w=2) shares the string's bytes in Go; the []byte is
            // never written, so a copy with cap = len is the same to the program.
            let cap = ins.w == 3 || ins.w == 2 ? s.len : ins.w == 1 && s.len <= tmpStringBufSize ? tmpStringBufSize
                : s.len == 0 ? 0 : roundupsize(s.len, noscan: true)
            let p = cache.mallocgc(cap, type: nil, needzero: true)
            if s.len > 0 { memcpy(p, UnsafeRawPointer(bitPattern: s.ptr)!, s.len) }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ 8, Int64(s.len))
            setF(fp, ins.a &+ 16, Int64(cap))
        case .str2runes:
            let s = loadString(fp, ins.b)
            var runes: [Int32] = []
            if s.len > 0 {
                let b = UnsafePointer<UInt8>(bitPattern: s.ptr)!
                var i = 0
                while i < s.len { let (r, w) = decodeRune(b + i, s.len - i); runes.append(r); i += w }
            }
            let cap = ins.w == 2 ? runes.count : ins.w == 1 && runes.count <= tmpStringBufSize ? tmpStringBufSize
                : runes.isEmpty ? 0 : roundupsize(runes.count * 4, noscan: true) / 4
            let p = cache.mallocgc(cap * 4, type: nil, needzero: true)
            for (i, r) in runes.enumerated() { p.storeBytes(of: r, toByteOffset: i * 4, as: Int32.self) }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ 8, Int64(runes.count))
            setF(fp, ins.a &+ 16, Int64(cap))
        case .runes2str:
            let n = Int(F(fp, ins.b &+ 8))
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
            setF(fp, ins.a &+ 8, Int64(i + w))
        case .mkiface:
            let tab = Int64(Int(bitPattern: program.rodata + Int(ins.c)))
            var data: Int64
            if ins.w == 1 { data = F(fp, ins.b) }
            else {
                let t = typeAt(ins.d)
                if t.size == 0 { data = Int64(Int(bitPattern: heap.zerobase)) } else {
                    let p = cache.mallocgc(t.size, type: t.goType, needzero: false)
                    memcpy(p, fp + Int(ins.b), t.size)
                    data = Int64(Int(bitPattern: p))
                }
            }
            setF(fp, ins.a, tab)
            setF(fp, ins.a &+ 8, data)
        case .iface2e:
            let tab = F(fp, ins.b)
            let d = F(fp, ins.b &+ 8)
            setF(fp, ins.a, tab == 0 ? 0 : UnsafeRawPointer(bitPattern: U(tab))!.load(fromByteOffset: 8, as: Int64.self))
            setF(fp, ins.a &+ 8, d)
        case .assert:
            let target = UInt(bitPattern: program.rodata + Int(ins.c))
            let nonEmpty = ins.w & 8 != 0
            let dyn = dynType(U(F(fp, ins.b)), nonEmpty: nonEmpty)
            let data = U(F(fp, ins.b &+ 8))
            let t = TypeRef(bits: target)!
            if dyn == target {
                let wd = (ins.w >> 4) & 15
                if ins.w & 2 != 0 { setF(fp, ins.a, Int64(Int(bitPattern: data))) }
                else if wd != 0 { setF(fp, ins.a, loadWidth(UnsafeRawPointer(bitPattern: data)!, wd)) }
                else if t.size > 0 { memcpy(fp + Int(ins.a), UnsafeRawPointer(bitPattern: data)!, t.size) }
                if ins.w & 1 != 0 { setF(fp, ins.d, 1) }
            } else {
                if ins.w & 1 != 0 {
                    memset(fp + Int(ins.a), 0, (max(t.size, 8) + 7) & ~7)
                    setF(fp, ins.d, 0)
                } else {
                    let src = sourceIfaceName(pc)
                    let have = TypeRef(bits: dyn)?.name ?? "nil"
                    // Same spelling, different types: Go names the cause.
                    let scopes = have == t.name ? " (types from different scopes)" : ""
                    return raiseRuntimeError("interface conversion: \(src) is \(have), not \(t.name)\(scopes)", plain: true)
                }
            }
        case .asserti:
            let target = UInt(bitPattern: program.rodata + Int(ins.c))
            let nonEmptySrc = ins.w & 2 != 0
            let dyn = dynType(U(F(fp, ins.b)), nonEmpty: nonEmptySrc)
            let data = F(fp, ins.b &+ 8)
            let commaOk = ins.w & 1 != 0
            let it = TypeRef(bits: target)!
            func fail(_ msg: String) -> Int32 {
                if commaOk {
                    setF(fp, ins.a, 0); setF(fp, ins.a &+ 8, 0); setF(fp, ins.d, 0)
                    return 0
                }
                return raiseRuntimeError(msg, plain: true)
            }
            if dyn == 0 { return fail("interface conversion: interface is nil, not \(it.name)") }
            if ins.w & 4 != 0 {
                setF(fp, ins.a, Int64(Int(bitPattern: dyn)))
            } else {
                let (tab, missing) = getitab(type: dyn, inter: target)
                if let missing {
                    return fail("interface conversion: \(TypeRef(bits: dyn)!.name) is not \(it.name): missing method \(missing)")
                }
                setF(fp, ins.a, Int64(Int(bitPattern: tab)))
            }
            setF(fp, ins.a &+ 8, data)
            if commaOk { setF(fp, ins.d, 1) }
        case .ifaceeq:
            guard let e = ifaceEqual(fp + Int(ins.b), fp + Int(ins.c), nonEmpty: ins.w == 1) else {
                return raiseRuntimeError("comparing uncomparable type \(uncomparable)")
            }
            setF(fp, ins.a, e ? 1 : 0)
        case .valeq:
            guard let e = valuesEqual(typeAt(ins.d), fp + Int(ins.b), fp + Int(ins.c)) else {
                return raiseRuntimeError("comparing uncomparable type \(uncomparable)")
            }
            setF(fp, ins.a, e ? 1 : 0)
        case .typeof:
            setF(fp, ins.a, Int64(Int(bitPattern: dynType(U(F(fp, ins.b)), nonEmpty: ins.w == 1))))
        case .mkclosure:
            let fn = Int(ins.b)
            let n = Int(ins.c)
            let ct = program.funcs[fn].closureType
            let t: GoRuntime.GoType? = ct >= 0 ? program.typeRef(Int(ct)).goType : nil
            let p = cache.mallocgc(8 + 8 * n, type: n > 0 ? t : nil, needzero: true)
            p.storeBytes(of: fn, as: Int.self)
            if n > 0 { memcpy(p + 8, fp + Int(ins.d), 8 * n) }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
        case .deferproc:
            let size = Int(ins.c)
            let rec = cache.mallocgc((32 + size + 7) & ~7, type: gcWordType, needzero: true)
            rec.storeBytes(of: g.pointee.deferTop, as: UInt.self)
            rec.storeBytes(of: Int(UInt(bitPattern: fp) &- g.pointee.lo), toByteOffset: 8, as: Int.self)
            rec.storeBytes(of: F(fp, ins.a), toByteOffset: 16, as: Int64.self)
            rec.storeBytes(of: size, toByteOffset: 24, as: Int.self)
            if size > 0 { memcpy(rec + 32, fp + Int(ins.b), size) }
            g.pointee.deferTop = UInt(bitPattern: rec)
        case .rundefers:
            let d = g.pointee.deferTop
            if d == 0 { return 0 }
            let rec = UnsafeMutableRawPointer(bitPattern: d)!
            let off = rec.load(fromByteOffset: 8, as: Int.self)
            if off != Int(UInt(bitPattern: fp) &- g.pointee.lo) { return 0 }
            g.pointee.deferTop = rec.load(as: UInt.self)
            let here = pc - 1
            switch callDeferred(rec, &fp, &pc, retPC: here) {
            case 0: return 0
            case 1:
                pc = here
                return panics.isEmpty || panics.last!.recovered ? 0 : 1
            default: return 2
            }
        case .panic:
            var t = U(F(fp, ins.a)), d = U(F(fp, ins.a &+ 8))
            if t == 0 {
                // panic(nil) is a *runtime.PanicNilError since Go 1.21.
                _ = raiseRuntimeError("panic called with nil argument")
                _ = (t, d)
                return 1
            }
            startPanic(type: t, data: d)
            t = 0; d = 0
            return 1
        case .recover:
            let retpc = fp.load(fromByteOffset: FrameLayout.retPC, as: Int.self)
            if retpc == program.panicStubPC, let last = panics.last, !last.recovered {
                panics[panics.count - 1].recovered = true
                setF(fp, ins.a, Int64(Int(bitPattern: last.type)))
                setF(fp, ins.a &+ 8, Int64(Int(bitPattern: last.data)))
            } else {
                setF(fp, ins.a, 0); setF(fp, ins.a &+ 8, 0)
            }
        case .panicstub:
            guard let last = panics.last else { return 0 }
            if last.recovered {
                panics.removeAll()
                let nfp = UnsafeMutableRawPointer(bitPattern: g.pointee.lo &+ UInt(last.deferFPOff))!
                fp = nfp
                let fn = fp.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
                pc = Int(program.funcs[fn].pad)
                return 0
            }
            return 1
        case .makechan, .chansend, .chanrecv, .chanclose, .chanlen, .selectgo:
            return chanOp(ins, &fp, &pc)
        case .gostart:
            if !newproc(U(F(fp, ins.a)), args: fp + Int(ins.b), size: Int(ins.c)) {
                return unsupported("go statement calling a standard library function")
            }
        case .move2heap:
            move2heap(ins, fp)
        case .sliceclear:
            let n = Int(F(fp, ins.a &+ 8))
            let et = typeAt(ins.d)
            if n > 0 && et.size > 0 {
                let dst = UnsafeMutableRawPointer(bitPattern: U(F(fp, ins.a)))!
                cache.bulkBarrierPreWrite(dst: dst, src: nil, size: n * et.size, type: et.goType)
                memset(dst, 0, n * et.size)
            }
        case .slice2arr:
            let n = F(fp, ins.b &+ 8)
            if n < Int64(ins.c) {
                return raiseRuntimeError("cannot convert slice with length \(n) to array or pointer to array with length \(ins.c)")
            }
            let p = F(fp, ins.b)
            if ins.w == 1 {
                setF(fp, ins.a, p)
            } else if ins.c > 0 && ins.d > 0 {
                memcpy(fp + Int(ins.a), UnsafeRawPointer(bitPattern: U(p))!, Int(ins.c) * Int(ins.d))
            }
        case .makemap, .maplen, .mapaccess, .mapassign, .mapdelete, .mapclear, .mapnext:
            return mapOp(ins, fp)
        case .cadd, .csub, .cmul, .cdiv, .cneg, .ceq:
            complexOp(ins, fp)
        case .unsafeslice:
            // Go's open-coded unsafe.Slice / unsafe.String checks: a negative
            // length, or a memory range past the end of the address space
            // (a nil pointer with a non-zero length in particular).
            let what = ins.w == 1 ? "unsafe.String" : "unsafe.Slice"
            let p = U(F(fp, ins.b)), n = F(fp, ins.c)
            if n < 0 { return raiseRuntimeError("\(what): len out of range") }
            let es = UInt(ins.d)
            let (mem, overflow) = es.multipliedReportingOverflow(by: UInt(n))
            if es > 0 && (overflow || mem > 0 &- p) || es == 0 && p == 0 && n > 0 {
                if p == 0 { return raiseRuntimeError("\(what): ptr is nil and len is not zero") }
                return raiseRuntimeError("\(what): len out of range")
            }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ 8, n)
            if ins.w != 1 { setF(fp, ins.a &+ 16, n) }
        default:
            out.write(2, "fatal error: unknown instruction \(ins.op)\n")
            exitCode = 2
            return 2
        }
        return 0
    }

    /// An append growth that fits the frame's store (AllocationPlan.swift):
    /// w&3 = 1 takes it for the first growth from empty (once per frame),
    /// 2 reuses it one size class at a time (Go's growsliceBuf). Returns
    /// false when growslice must run instead.
    func appendStore(_ ins: Instr, _ fp: UnsafeMutableRawPointer, _ et: TypeRef, oldLen: Int64, newLen: Int64) -> Bool {
        let es = et.size
        let k = appendStoreBytes / es
        let onHeap = ins.w & 4 != 0
        let slot = fp + Int(ins.c)
        var buf: UnsafeMutableRawPointer
        if ins.w & 3 == 1 {
            if oldLen != 0 || slot.load(as: UInt.self) != 0 { return false }
            if onHeap {
                buf = cache.mallocgc(k * es, type: et.goType, needzero: true)
                slot.storeBytes(of: UInt(bitPattern: buf), as: UInt.self)
            } else {
                slot.storeBytes(of: 1, as: UInt.self)
                buf = slot + 8
                memset(buf, 0, k * es)
            }
            setF(fp, ins.a, Int64(Int(bitPattern: buf)))
            setF(fp, ins.a &+ 8, newLen)
            setF(fp, ins.a &+ 16, Int64(k))
            return true
        }
        if onHeap {
            if let b = UnsafeMutableRawPointer(bitPattern: slot.load(as: UInt.self)) { buf = b } else {
                buf = cache.mallocgc(k * es, type: et.goType, needzero: true)
                slot.storeBytes(of: UInt(bitPattern: buf), as: UInt.self)
            }
        } else {
            buf = slot + 8
        }
        let oldPtr = U(F(fp, ins.a))
        if oldPtr != UInt(bitPattern: buf) && oldLen != 0 {
            // The old array may be dropped: shade what moves out of it.
            let src = UnsafeRawPointer(bitPattern: oldPtr)!
            cache.bulkBarrierPreWrite(dst: buf, src: src, size: Int(oldLen) * es, type: et.goType)
            memmove(buf, src, Int(oldLen) * es)
        }
        let newCap = roundupsize(Int(newLen) * es, noscan: et.raw.pointee.ptrBytes == 0) / es
        if Int(newLen) < newCap {
            let tail = buf + Int(newLen) * es, n = (newCap - Int(newLen)) * es
            if onHeap { cache.bulkBarrierPreWrite(dst: tail, src: nil, size: n, type: et.goType) }
            memset(tail, 0, n)
        }
        setF(fp, ins.a, Int64(Int(bitPattern: buf)))
        setF(fp, ins.a &+ 8, newLen)
        setF(fp, ins.a &+ 16, Int64(newCap))
        return true
    }

    /// Go's move2heap: a slice pointing into the frame's store is copied to
    /// the heap, keeping its capacity (w&1) or with the capacity its length
    /// rounds up to.
    func move2heap(_ ins: Instr, _ fp: UnsafeMutableRawPointer) {
        let et = typeAt(ins.d)
        let es = et.size
        guard es > 0 else { return }
        let slot = fp + Int(ins.c)
        let start: UInt = ins.w & 4 != 0 ? slot.load(as: UInt.self) : UInt(bitPattern: slot + 8)
        let p = U(F(fp, ins.a))
        guard start != 0, p >= start, p < start &+ UInt(appendStoreBytes / es * es) else { return }
        let len = Int(F(fp, ins.a &+ 8)), cap = Int(F(fp, ins.a &+ 16))
        let keep = ins.w & 1 != 0
        let n = keep ? cap : len
        if n == 0 {
            setF(fp, ins.a, Int64(Int(bitPattern: heap.zerobase)))
            setF(fp, ins.a &+ 8, 0)
            setF(fp, ins.a &+ 16, 0)
            return
        }
        let newCap = keep ? cap : roundupsize(len * es, noscan: et.raw.pointee.ptrBytes == 0) / es
        let q = cache.mallocgc(newCap * es, type: et.goType, needzero: true)
        let src = UnsafeRawPointer(bitPattern: p)!
        cache.bulkBarrierPreWrite(dst: q, src: src, size: n * es, type: et.goType)
        memmove(q, src, n * es)
        setF(fp, ins.a, Int64(Int(bitPattern: q)))
        setF(fp, ins.a &+ 16, Int64(newCap))
    }

    /// The print builtin (to standard error).
    func printBuiltin(_ p: UnsafeMutableRawPointer, _ w: UInt16) {
        var s: String
        switch w {
        case 1: s = String(p.load(as: Int64.self))
        case 2: s = String(p.load(as: UInt64.self))
        case 3: s = formatFloatG(p.load(as: Double.self), bits: 64)
        case 11: s = formatFloatG(Double(Float(bitPattern: p.load(as: UInt32.self))), bits: 32)
        case 13: s = formatComplexG(p.load(as: Double.self), p.load(fromByteOffset: 8, as: Double.self), bits: 64)
        case 14: s = formatComplexG(Double(p.load(as: Float.self)), Double(p.load(fromByteOffset: 4, as: Float.self)), bits: 32)
        case 4: s = p.load(as: Int64.self) != 0 ? "true" : "false"
        case 5:
            let gs = p.load(as: GoString.self)
            out.write(2, UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: gs.ptr), count: gs.len))
            return
        case 6: s = "0x" + String(p.load(as: UInt.self), radix: 16)
        case 7: s = "\n"
        case 8: s = " "
        case 9, 10: s = "(0x" + String(p.load(as: UInt.self), radix: 16) + ",0x" + String(p.load(fromByteOffset: 8, as: UInt.self), radix: 16) + ")"
        case 12: s = "[\(p.load(fromByteOffset: 8, as: Int.self))/\(p.load(fromByteOffset: 16, as: Int.self))]0x" + String(p.load(as: UInt.self), radix: 16)
        default: s = "?"
        }
        out.write(2, s)
    }
}
