// Map.swift — Go maps: a hash table in the Go heap (gomem's own layout, not
// Go's swiss tables; the language semantics are the same).
//
// A map value is a pointer to its header (nil for a nil map):
//
//     +0  count      live entries
//     +8  cap        slots (a power of two, ≥ 8)
//     +16 slots      pointer to cap slots
//     +24 maptype    the map's type descriptor (key = +72, elem = +64)
//     +32 slotSize   bytes per slot
//     +40 elemOff    offset of the value within a slot (the key is at +8)
//     +48 used       live + deleted slots
//
// A slot is [state: 0 empty, 1 live, 2 deleted][key][value], open
// addressing with linear probing. The table doubles when used reaches 3/4.
// Iteration walks the slots by index (an iterator is just the next index),
// so deleting during a range is safe and entries deleted before they are
// reached are not produced, as Go requires.
//
// GC: the header and slot arrays have exact pointer types (GCRoots.swift:
// gcMapHeaderType, mapSlotType).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoCompiler
import GoRuntime

extension VM {
    /// Go's kind-driven conversion from slot form (widened scalar) to memory form.
    func slotToMem(_ t: TypeRef, _ src: UnsafeRawPointer, _ dst: UnsafeMutableRawPointer) {
        switch t.kind {
        case .bool, .int8, .uint8: dst.storeBytes(of: src.load(as: UInt8.self), as: UInt8.self)
        case .int16, .uint16: dst.storeBytes(of: src.load(as: UInt16.self), as: UInt16.self)
        case .int32, .uint32, .float32: dst.storeBytes(of: src.load(as: UInt32.self), as: UInt32.self)
        default: if t.size > 0 { memcpy(dst, src, t.size) }
        }
    }

    func memToSlot(_ t: TypeRef, _ src: UnsafeRawPointer, _ dst: UnsafeMutableRawPointer) {
        switch t.kind {
        case .bool, .uint8: dst.storeBytes(of: Int64(src.load(as: UInt8.self)), as: Int64.self)
        case .int8: dst.storeBytes(of: Int64(src.load(as: Int8.self)), as: Int64.self)
        case .int16: dst.storeBytes(of: Int64(src.load(as: Int16.self)), as: Int64.self)
        case .uint16: dst.storeBytes(of: Int64(src.load(as: UInt16.self)), as: Int64.self)
        case .int32: dst.storeBytes(of: Int64(src.load(as: Int32.self)), as: Int64.self)
        case .uint32, .float32: dst.storeBytes(of: Int64(src.load(as: UInt32.self)), as: Int64.self)
        default: if t.size > 0 { memcpy(dst, src, t.size) }
        }
    }

    static func slotBytes(_ t: TypeRef) -> Int {
        switch t.kind {
        case .bool, .int8, .uint8, .int16, .uint16, .int32, .uint32, .float32, .int, .int64, .uint, .uint64, .uintptr,
             .float64, .pointer, .map, .chan, .func, .unsafePointer: return 8
        default: return max((t.size + 7) & ~7, 8)
        }
    }

    /// Hash of a value in memory (FNV-1a over its meaningful bytes). nil: unhashable.
    func hashValue(_ t: TypeRef, _ p: UnsafeRawPointer, _ h0: UInt64 = 14695981039346656037) -> UInt64? {
        var h = h0
        @inline(__always) func mix(_ b: UnsafeRawBufferPointer) { for x in b { h = (h ^ UInt64(x)) &* 1099511628211 } }
        switch t.kind {
        case .string:
            let s = p.load(as: GoString.self)
            if s.len > 0 { mix(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: s.ptr), count: s.len)) }
            withUnsafeBytes(of: UInt8(0xff)) { mix($0) }
        case .float64:
            var d = p.load(as: Double.self)
            if d == 0 { d = 0 }
            withUnsafeBytes(of: d) { mix($0) }
        case .float32:
            var d = p.load(as: Float.self)
            if d == 0 { d = 0 }
            withUnsafeBytes(of: d) { mix($0) }
        case .complex128:
            // Two floats, each hashed as a float (+0 and −0 alike).
            for off in stride(from: 0, through: 8, by: 8) {
                var d = p.load(fromByteOffset: off, as: Double.self)
                if d == 0 { d = 0 }
                withUnsafeBytes(of: d) { mix($0) }
            }
        case .complex64:
            for off in stride(from: 0, through: 4, by: 4) {
                var d = p.load(fromByteOffset: off, as: Float.self)
                if d == 0 { d = 0 }
                withUnsafeBytes(of: d) { mix($0) }
            }
        case .interface:
            let nonEmpty = t.raw.pointee.nfields > 0
            let dyn = dynType(p.load(as: UInt.self), nonEmpty: nonEmpty)
            guard let dt = TypeRef(bits: dyn) else { return h }
            if !dt.flags.contains(.comparable) { uncomparable = dt.name; return nil }
            withUnsafeBytes(of: dyn) { mix($0) }
            let data = p.load(fromByteOffset: 8, as: UInt.self)
            if dt.isDirectIface {
                var d = data
                return withUnsafePointer(to: &d) { hashValue(dt, UnsafeRawPointer($0), h) }
            }
            return hashValue(dt, UnsafeRawPointer(bitPattern: data)!, h)
        case .struct:
            for f in t.fields {
                if f.isBlank { continue }   // as equality: blank fields do not count
                guard let ft = f.type.map(TypeRef.init) else { continue }
                guard let nh = hashValue(ft, p + f.offset, h) else { return nil }
                h = nh
            }
        case .array:
            guard let et = t.elem else { return h }
            for i in 0..<t.len {
                guard let nh = hashValue(et, p + i * et.size, h) else { return nil }
                h = nh
            }
        case .slice, .map, .func: uncomparable = t.name; return nil
        default:
            mix(UnsafeRawBufferPointer(start: p, count: t.size))
        }
        return h
    }

    func mapType(_ m: UnsafeMutableRawPointer) -> (TypeRef, TypeRef, TypeRef) {
        let mt = TypeRef(bits: m.load(fromByteOffset: 24, as: UInt.self))!
        return (mt, mt.key!, mt.elem!)
    }

    func makeMap(_ mt: TypeRef, hint: Int) -> UnsafeMutableRawPointer {
        let h = cache.mallocgc(56, type: gcMapHeaderType, needzero: true)
        let pin = gcPin(h)
        defer { gcUnpin(pin) }
        var cap = 8
        while cap * 3 < hint * 4 { cap *= 2 }
        let kt = mt.key!, et = mt.elem!
        let kb = (kt.size + 7) & ~7
        let eb = (et.size + 7) & ~7
        let slotSize = 8 + kb + eb
        h.storeBytes(of: 0, as: Int.self)
        h.storeBytes(of: cap, toByteOffset: 8, as: Int.self)
        let slots = cache.mallocgc(cap * slotSize, type: mapSlotType(mt), needzero: true)
        h.storeBytes(of: UInt(bitPattern: slots), toByteOffset: 16, as: UInt.self)
        h.storeBytes(of: mt.bits, toByteOffset: 24, as: UInt.self)
        h.storeBytes(of: slotSize, toByteOffset: 32, as: Int.self)
        h.storeBytes(of: 8 + kb, toByteOffset: 40, as: Int.self)
        h.storeBytes(of: 0, toByteOffset: 48, as: Int.self)
        return h
    }

    /// Finds the slot of key (memory form) or nil; `insert` returns a free slot when absent.
    func mapFind(_ m: UnsafeMutableRawPointer, _ key: UnsafeRawPointer, insert: Bool) -> (UnsafeMutableRawPointer?, Bool, Bool) {
        let (_, kt, _) = mapType(m)
        guard let h = hashValue(kt, key) else { return (nil, false, true) }
        let cap = m.load(fromByteOffset: 8, as: Int.self)
        let slots = UnsafeMutableRawPointer(bitPattern: m.load(fromByteOffset: 16, as: UInt.self))!
        let ss = m.load(fromByteOffset: 32, as: Int.self)
        var i = Int(truncatingIfNeeded: h) & (cap - 1)
        var firstFree: UnsafeMutableRawPointer? = nil
        for _ in 0..<cap {
            let s = slots + i * ss
            let st = s.load(as: Int.self)
            if st == 0 { return (firstFree ?? (insert ? s : nil), false, false) }
            if st == 2 { if firstFree == nil && insert { firstFree = s } }
            else if valuesEqual(kt, s + 8, key) == true { return (s, true, false) }
            i = (i + 1) & (cap - 1)
        }
        return (firstFree, false, false)
    }

    func mapGrow(_ m: UnsafeMutableRawPointer) {
        let (mt, kt, et) = mapType(m)
        let cap = m.load(fromByteOffset: 8, as: Int.self)
        let count = m.load(fromByteOffset: 0, as: Int.self)
        let slots = UnsafeMutableRawPointer(bitPattern: m.load(fromByteOffset: 16, as: UInt.self))!
        let ss = m.load(fromByteOffset: 32, as: Int.self)
        let eo = m.load(fromByteOffset: 40, as: Int.self)
        let ncap = count * 2 >= cap ? cap * 2 : cap
        let ns = cache.mallocgc(ncap * ss, type: mapSlotType(mt), needzero: true)
        m.storeBytes(of: ncap, toByteOffset: 8, as: Int.self)
        m.storeBytes(of: UInt(bitPattern: ns), toByteOffset: 16, as: UInt.self)
        m.storeBytes(of: count, toByteOffset: 48, as: Int.self)
        _ = (mt, et)
        for i in 0..<cap {
            let s = slots + i * ss
            guard s.load(as: Int.self) == 1 else { continue }
            let h = hashValue(kt, s + 8) ?? 0
            var j = Int(truncatingIfNeeded: h) & (ncap - 1)
            while (ns + j * ss).load(as: Int.self) != 0 { j = (j + 1) & (ncap - 1) }
            // The old array is dropped: its pointers must not hide from a mark in progress.
            cache.bulkBarrierPreWrite(dst: ns + j * ss, src: s, size: ss, type: mapSlotType(mt))
            memcpy(ns + j * ss, s, ss)
        }
        _ = eo
    }

    // MARK: Instructions

    @inline(never)
    func mapOp(_ ins: Instr, _ fp: UnsafeMutableRawPointer) -> Int32 {
        @inline(__always) func F(_ off: Int32) -> Int64 { fp.load(fromByteOffset: Int(off), as: Int64.self) }
        switch ins.op {
        case .makemap:
            let mt = typeAt(ins.c)
            let m = makeMap(mt, hint: Int(F(ins.b)))
            fp.storeBytes(of: UInt(bitPattern: m), toByteOffset: Int(ins.a), as: UInt.self)
        case .maplen:
            let m = F(ins.b)
            fp.storeBytes(of: m == 0 ? 0 : UnsafeRawPointer(bitPattern: Int(m))!.load(as: Int64.self), toByteOffset: Int(ins.a), as: Int64.self)
        case .mapaccess:
            // F(a) = m[key]; w=1: F[a + slot(elem)] = ok
            let mt = typeAt(ins.d)
            let kt = mt.key!, et = mt.elem!
            let eb = VM.slotBytes(et)
            var found: UnsafeMutableRawPointer? = nil
            if let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.b))) {
                let kbuf = UnsafeMutableRawPointer.allocate(byteCount: max(kt.size, 8), alignment: 8)
                defer { kbuf.deallocate() }
                slotToMem(kt, fp + Int(ins.c), kbuf)
                let (s, ok, bad) = mapFind(m, kbuf, insert: false)
                if bad { return raiseRuntimeError("hash of unhashable type \(uncomparable)") }
                if ok { found = s! + m.load(fromByteOffset: 40, as: Int.self) }
            }
            if let e = found { memToSlot(et, e, fp + Int(ins.a)) } else { memset(fp + Int(ins.a), 0, eb) }
            if ins.w == 1 { fp.storeBytes(of: found == nil ? Int64(0) : 1, toByteOffset: Int(ins.a) + eb, as: Int64.self) }
        case .mapassign:
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else {
                return raiseRuntimeError("assignment to entry in nil map", plain: true)
            }
            let (_, kt, et) = mapType(m)
            let kbuf = UnsafeMutableRawPointer.allocate(byteCount: max(kt.size, 8), alignment: 8)
            defer { kbuf.deallocate() }
            slotToMem(kt, fp + Int(ins.b), kbuf)
            var (s, ok, bad) = mapFind(m, kbuf, insert: true)
            if bad { return raiseRuntimeError("hash of unhashable type \(uncomparable)") }
            if !ok {
                let used = m.load(fromByteOffset: 48, as: Int.self)
                let cap = m.load(fromByteOffset: 8, as: Int.self)
                if (used + 1) * 4 >= cap * 3 {
                    mapGrow(m)
                    (s, _, _) = mapFind(m, kbuf, insert: true)
                }
                let slot = s!
                if slot.load(as: Int.self) == 0 { m.storeBytes(of: m.load(fromByteOffset: 48, as: Int.self) + 1, toByteOffset: 48, as: Int.self) }
                slot.storeBytes(of: 1, as: Int.self)
                cache.bulkBarrierPreWrite(dst: slot + 8, src: kbuf, size: kt.size, type: kt.goType)
                if kt.size > 0 { memcpy(slot + 8, kbuf, kt.size) }
                m.storeBytes(of: m.load(as: Int.self) + 1, as: Int.self)
            }
            let ep = s! + m.load(fromByteOffset: 40, as: Int.self)
            cache.bulkBarrierPreWrite(dst: ep, src: fp + Int(ins.c), size: et.size, type: et.goType)
            slotToMem(et, fp + Int(ins.c), ep)
        case .mapdelete:
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else { return 0 }
            let (_, kt, _) = mapType(m)
            let kbuf = UnsafeMutableRawPointer.allocate(byteCount: max(kt.size, 8), alignment: 8)
            defer { kbuf.deallocate() }
            slotToMem(kt, fp + Int(ins.b), kbuf)
            let (s, ok, bad) = mapFind(m, kbuf, insert: false)
            if bad { return raiseRuntimeError("hash of unhashable type \(uncomparable)") }
            if ok, let s {
                s.storeBytes(of: 2, as: Int.self)
                let ss = m.load(fromByteOffset: 32, as: Int.self)
                cache.bulkBarrierPreWrite(dst: s, src: nil, size: ss, type: mapSlotType(mapType(m).0))
                memset(s + 8, 0, ss - 8)
                m.storeBytes(of: m.load(as: Int.self) - 1, as: Int.self)
            }
        case .mapclear:
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else { return 0 }
            let cap = m.load(fromByteOffset: 8, as: Int.self)
            let ss = m.load(fromByteOffset: 32, as: Int.self)
            let slots = UnsafeMutableRawPointer(bitPattern: m.load(fromByteOffset: 16, as: UInt.self))!
            cache.bulkBarrierPreWrite(dst: slots, src: nil, size: cap * ss, type: mapSlotType(mapType(m).0))
            memset(slots, 0, cap * ss)
            m.storeBytes(of: 0, as: Int.self)
            m.storeBytes(of: 0, toByteOffset: 48, as: Int.self)
        case .mapnext:
            // F[a] = next slot index; F[a+8] = found; key to F(c), value to F(c + slot(key)).
            var i = Int(F(ins.a))
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.b))) else {
                fp.storeBytes(of: Int64(0), toByteOffset: Int(ins.a) + 8, as: Int64.self)
                return 0
            }
            let (_, kt, et) = mapType(m)
            let cap = m.load(fromByteOffset: 8, as: Int.self)
            let slots = UnsafeMutableRawPointer(bitPattern: m.load(fromByteOffset: 16, as: UInt.self))!
            let ss = m.load(fromByteOffset: 32, as: Int.self)
            let eo = m.load(fromByteOffset: 40, as: Int.self)
            while i < cap && (slots + i * ss).load(as: Int.self) != 1 { i += 1 }
            if i >= cap {
                fp.storeBytes(of: Int64(0), toByteOffset: Int(ins.a) + 8, as: Int64.self)
                fp.storeBytes(of: Int64(i), toByteOffset: Int(ins.a), as: Int64.self)
                return 0
            }
            let s = slots + i * ss
            memToSlot(kt, s + 8, fp + Int(ins.c))
            memToSlot(et, s + eo, fp + Int(ins.c) + VM.slotBytes(kt))
            fp.storeBytes(of: Int64(i + 1), toByteOffset: Int(ins.a), as: Int64.self)
            fp.storeBytes(of: Int64(1), toByteOffset: Int(ins.a) + 8, as: Int64.self)
        default: break
        }
        return 0
    }
}
