// Slice.swift — slices at run time (Go's slice.go): makeslice with Go's
// limits and messages, growslice with Go's growth rule rounded to size
// classes, append's stack backing store (Go 1.25+: `appendStore`) and
// move2heap, reslicing with Go's bounds messages, copy, clear, slice to
// array conversions, and unsafe.Slice / unsafe.String's checks.
//
// Invariants: a slice in a frame slot is GoABI's SliceHeader (ptr, len,
// cap); the VM's own heap writes that copy or clear pointers go through the
// write barrier (`bulkBarrierPreWrite`).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

extension VM {
    /// Slice instructions.
    @inline(never)
    func sliceOp(_ ins: Instr, _ fp: UnsafeMutableRawPointer, _ pc: Int) -> SlowStatus {
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
            if !fits(c) || n < 0 || c < n {
                if !fits(n) { return raise("makeslice: len out of range") }
                return raise("makeslice: cap out of range")
            }
            let p = cache.mallocgc(Int(c &* es), type: et.goType, needzero: true)
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ SliceHeader.lenWord, n)
            setF(fp, ins.a &+ SliceHeader.capWord, c)
        case .growslice:
            let add = F(fp, ins.b)
            let old = F(fp, ins.a &+ SliceHeader.lenWord), cap = F(fp, ins.a &+ SliceHeader.capWord)
            let newLen = old &+ add
            // Go compares unsigned: a length that overflowed goes to growslice, which refuses it.
            if newLen < 0 { return raise("growslice: len out of range") }
            if newLen <= cap { setF(fp, ins.a &+ SliceHeader.lenWord, newLen); return .next }
            let et = typeAt(ins.d)
            let es = max(et.size, 0)
            if es > 0 && newLen <= Int64(appendStoreBytes / es) {
                // Whether Go's store takes this growth depends on its inlining.
                if ins.w & 8 != 0 && old == 0 { return stop(unsupported("append whose stack store depends on Go's inlining")) }
                if ins.w & 3 != 0 && appendStore(ins, fp, et, oldLen: old, newLen: newLen) { return .next }
            }
            var newcap = Int(cap)
            let doublecap = newcap + newcap
            if Int(newLen) > doublecap { newcap = Int(newLen) }
            else if cap < 256 { newcap = doublecap }
            else {
                while newcap < Int(newLen) { newcap += (newcap + 3 * 256) >> 2 }
            }
            if es > 0 {
                let (want, o) = newcap.multipliedReportingOverflow(by: es)
                if o || Int64(want) > VM.maxAlloc { return raise("growslice: len out of range") }
                let mem = SizeClasses.roundupsize(want, noscan: et.raw.pointee.ptrBytes == 0)
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
            setF(fp, ins.a &+ SliceHeader.lenWord, newLen)
            setF(fp, ins.a &+ SliceHeader.capWord, Int64(newcap))
        case .reslice:
            let base = F(fp, ins.b), len = F(fp, ins.b &+ SliceHeader.lenWord), cap = F(fp, ins.b &+ SliceHeader.capWord)
            let lo = F(fp, ins.c), hi = F(fp, ins.c &+ SliceHeader.lenWord), mx = F(fp, ins.c &+ SliceHeader.capWord)
            let isString = ins.w & 1 != 0
            let lenMsg = isString || ins.w & 2 != 0
            if ins.w & 4 != 0 {
                if UInt64(bitPattern: mx) > UInt64(bitPattern: cap) {
                    return raise("slice bounds out of range [::\(mx)] with \(lenMsg ? "length" : "capacity") \(cap)")
                }
                if UInt64(bitPattern: hi) > UInt64(bitPattern: mx) { return raise("slice bounds out of range [:\(hi):\(mx)]") }
                if UInt64(bitPattern: lo) > UInt64(bitPattern: hi) { return raise("slice bounds out of range [\(lo):\(hi):]") }
            } else {
                let limit = isString ? len : cap
                if UInt64(bitPattern: hi) > UInt64(bitPattern: limit) {
                    return raise("slice bounds out of range [:\(hi)] with \(lenMsg ? "length" : "capacity") \(limit)")
                }
                if UInt64(bitPattern: lo) > UInt64(bitPattern: hi) { return raise("slice bounds out of range [\(lo):\(hi)]") }
            }
            let newCap = (isString ? hi : mx) &- lo
            let p = newCap == 0 && !isString ? base : base &+ lo &* Int64(ins.d)
            setF(fp, ins.a, (isString && hi == lo) ? base : p)
            setF(fp, ins.a &+ SliceHeader.lenWord, hi &- lo)
            if !isString { setF(fp, ins.a &+ SliceHeader.capWord, mx &- lo) }
        case .copy:
            let dn = F(fp, ins.b &+ SliceHeader.lenWord), sn = F(fp, ins.c &+ SliceHeader.lenWord)
            let n = min(dn, sn)
            let et = typeAt(ins.d)
            if n > 0 && et.size > 0 {
                let dst = UnsafeMutableRawPointer(bitPattern: U(F(fp, ins.b)))!, src = UnsafeRawPointer(bitPattern: U(F(fp, ins.c)))!
                cache.bulkBarrierPreWrite(dst: dst, src: src, size: Int(n) * et.size, type: et.goType)
                memmove(dst, src, Int(n) * et.size)
            }
            setF(fp, ins.a, n)
        case .move2heap:
            move2heap(ins, fp)
        case .sliceclear:
            let n = Int(F(fp, ins.a &+ SliceHeader.lenWord))
            let et = typeAt(ins.d)
            if n > 0 && et.size > 0 {
                let dst = UnsafeMutableRawPointer(bitPattern: U(F(fp, ins.a)))!
                cache.bulkBarrierPreWrite(dst: dst, src: nil, size: n * et.size, type: et.goType)
                memset(dst, 0, n * et.size)
            }
        case .slice2arr:
            let n = F(fp, ins.b &+ SliceHeader.lenWord)
            if n < Int64(ins.c) {
                return raise("cannot convert slice with length \(n) to array or pointer to array with length \(ins.c)")
            }
            let p = F(fp, ins.b)
            if ins.w == 1 {
                setF(fp, ins.a, p)
            } else if ins.c > 0 && ins.d > 0 {
                memcpy(fp + Int(ins.a), UnsafeRawPointer(bitPattern: U(p))!, Int(ins.c) * Int(ins.d))
            }
        case .unsafeslice:
            // Go's open-coded unsafe.Slice / unsafe.String checks: a negative
            // length, or a memory range past the end of the address space
            // (a nil pointer with a non-zero length in particular).
            let what = ins.w == 1 ? "unsafe.String" : "unsafe.Slice"
            let p = U(F(fp, ins.b)), n = F(fp, ins.c)
            if n < 0 { return raise("\(what): len out of range") }
            let es = UInt(ins.d)
            let (mem, overflow) = es.multipliedReportingOverflow(by: UInt(n))
            if es > 0 && (overflow || mem > 0 &- p) || es == 0 && p == 0 && n > 0 {
                if p == 0 { return raise("\(what): ptr is nil and len is not zero") }
                return raise("\(what): len out of range")
            }
            setF(fp, ins.a, Int64(Int(bitPattern: p)))
            setF(fp, ins.a &+ SliceHeader.lenWord, n)
            if ins.w != 1 { setF(fp, ins.a &+ SliceHeader.capWord, n) }
        default: return unknownInstruction(ins)
        }
        return .next
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
                buf = slot + appendStoreDataOffset
                memset(buf, 0, k * es)
            }
            setF(fp, ins.a, Int64(Int(bitPattern: buf)))
            setF(fp, ins.a &+ SliceHeader.lenWord, newLen)
            setF(fp, ins.a &+ SliceHeader.capWord, Int64(k))
            return true
        }
        if onHeap {
            if let b = UnsafeMutableRawPointer(bitPattern: slot.load(as: UInt.self)) { buf = b } else {
                buf = cache.mallocgc(k * es, type: et.goType, needzero: true)
                slot.storeBytes(of: UInt(bitPattern: buf), as: UInt.self)
            }
        } else {
            buf = slot + appendStoreDataOffset
        }
        let oldPtr = U(F(fp, ins.a))
        if oldPtr != UInt(bitPattern: buf) && oldLen != 0 {
            // The old array may be dropped: shade what moves out of it.
            let src = UnsafeRawPointer(bitPattern: oldPtr)!
            cache.bulkBarrierPreWrite(dst: buf, src: src, size: Int(oldLen) * es, type: et.goType)
            memmove(buf, src, Int(oldLen) * es)
        }
        let newCap = SizeClasses.roundupsize(Int(newLen) * es, noscan: et.raw.pointee.ptrBytes == 0) / es
        if Int(newLen) < newCap {
            let tail = buf + Int(newLen) * es, n = (newCap - Int(newLen)) * es
            if onHeap { cache.bulkBarrierPreWrite(dst: tail, src: nil, size: n, type: et.goType) }
            memset(tail, 0, n)
        }
        setF(fp, ins.a, Int64(Int(bitPattern: buf)))
        setF(fp, ins.a &+ SliceHeader.lenWord, newLen)
        setF(fp, ins.a &+ SliceHeader.capWord, Int64(newCap))
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
        let start: UInt = ins.w & 4 != 0 ? slot.load(as: UInt.self) : UInt(bitPattern: slot + appendStoreDataOffset)
        let p = U(F(fp, ins.a))
        guard start != 0, p >= start, p < start &+ UInt(appendStoreBytes / es * es) else { return }
        let len = Int(F(fp, ins.a &+ SliceHeader.lenWord)), cap = Int(F(fp, ins.a &+ SliceHeader.capWord))
        let keep = ins.w & 1 != 0
        let n = keep ? cap : len
        if n == 0 {
            setF(fp, ins.a, Int64(Int(bitPattern: heap.zerobase)))
            setF(fp, ins.a &+ SliceHeader.lenWord, 0)
            setF(fp, ins.a &+ SliceHeader.capWord, 0)
            return
        }
        let newCap = keep ? cap : SizeClasses.roundupsize(len * es, noscan: et.raw.pointee.ptrBytes == 0) / es
        let q = cache.mallocgc(newCap * es, type: et.goType, needzero: true)
        let src = UnsafeRawPointer(bitPattern: p)!
        cache.bulkBarrierPreWrite(dst: q, src: src, size: n * es, type: et.goType)
        memmove(q, src, n * es)
        setF(fp, ins.a, Int64(Int(bitPattern: q)))
        setF(fp, ins.a &+ SliceHeader.capWord, Int64(newCap))
    }

}
