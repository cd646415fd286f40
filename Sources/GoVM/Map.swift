// Map.swift — Go maps: a hash table in the Go heap (gomem's own layout, not
// Go's swiss tables; the language semantics are the same).
//
// A map value is a pointer to its header, GoABI's `HMap` (nil for a nil
// map): count, cap (slots, a power of two, at least 8), the slot array,
// the map type's descriptor, slot size, the value's offset in a slot, and
// used (live + deleted slots).
//
// A slot (`MapSlot`) is [state: empty, live, deleted][key][value], open
// addressing with linear probing. The table doubles when used reaches 3/4.
// Iteration walks the slots by index (an iterator is just the next index),
// so deleting during a range is safe and entries deleted before they are
// reached are not produced, as Go requires. Hashing (Alg.swift) follows
// == : blank struct fields are skipped, ±0 hash alike, and a NaN hashes
// randomly (each NaN insert is a new entry no lookup finds, as in Go).
//
// GC: the header and slot arrays have exact pointer types (GCRoots.swift:
// gcMapHeaderType, mapSlotType).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// A slot of a map's table: [state word][key][value at HMap.elemOff].
enum MapSlot {
    enum State: Int { case empty = 0, live = 1, deleted = 2 }
    /// The key's offset in a slot (after the state word).
    static let keyOffset = 8
    @inline(__always) static func state(_ s: UnsafeRawPointer) -> State { State(rawValue: s.load(as: Int.self)) ?? .empty }
    @inline(__always) static func setState(_ s: UnsafeMutableRawPointer, _ st: State) { s.storeBytes(of: st.rawValue, as: Int.self) }
}

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

    /// The map's header.
    @inline(__always) func hmap(_ m: UnsafeMutableRawPointer) -> UnsafeMutablePointer<HMap> { m.assumingMemoryBound(to: HMap.self) }

    /// The slot array of a map, and slot i's address.
    @inline(__always) func mapSlot(_ h: UnsafeMutablePointer<HMap>, _ i: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: h.pointee.slots)! + i * h.pointee.slotSize
    }

    func mapType(_ m: UnsafeMutableRawPointer) -> (TypeRef, TypeRef, TypeRef) {
        let mt = TypeRef(bits: hmap(m).pointee.maptype)!
        return (mt, mt.key!, mt.elem!)
    }

    func makeMap(_ mt: TypeRef, hint: Int) -> UnsafeMutableRawPointer {
        let m = cache.mallocgc(MemoryLayout<HMap>.size, type: gcMapHeaderType, needzero: true)
        let pin = gcPin(m)
        defer { gcUnpin(pin) }
        var cap = 8
        while cap * 3 < hint * 4 { cap *= 2 }
        let kt = mt.key!, et = mt.elem!
        let kb = (kt.size + 7) & ~7
        let eb = (et.size + 7) & ~7
        let slotSize = MapSlot.keyOffset + kb + eb
        let slots = cache.mallocgc(cap * slotSize, type: mapSlotType(mt), needzero: true)
        hmap(m).pointee = HMap(count: 0, cap: cap, slots: UInt(bitPattern: slots), maptype: mt.bits, slotSize: slotSize,
                               elemOff: MapSlot.keyOffset + kb, used: 0)
        return m
    }

    /// Finds the slot of key (memory form) or nil; `insert` returns a free slot when absent.
    func mapFind(_ m: UnsafeMutableRawPointer, _ key: UnsafeRawPointer, insert: Bool) -> (UnsafeMutableRawPointer?, Bool, Bool) {
        let (_, kt, _) = mapType(m)
        guard let hash = hashValue(kt, key) else { return (nil, false, true) }
        let h = hmap(m)
        let cap = h.pointee.cap
        var i = Int(truncatingIfNeeded: hash) & (cap - 1)
        var firstFree: UnsafeMutableRawPointer? = nil
        for _ in 0..<cap {
            let s = mapSlot(h, i)
            switch MapSlot.state(s) {
            case .empty: return (firstFree ?? (insert ? s : nil), false, false)
            case .deleted: if firstFree == nil && insert { firstFree = s }
            case .live: if valuesEqual(kt, s + MapSlot.keyOffset, key) == true { return (s, true, false) }
            }
            i = (i + 1) & (cap - 1)
        }
        return (firstFree, false, false)
    }

    /// Rehashes into a table twice as large (or as large, to drop deleted slots).
    func mapGrow(_ m: UnsafeMutableRawPointer) {
        let (mt, kt, _) = mapType(m)
        let h = hmap(m)
        let cap = h.pointee.cap, count = h.pointee.count, ss = h.pointee.slotSize
        let old = UnsafeMutableRawPointer(bitPattern: h.pointee.slots)!
        let ncap = count * 2 >= cap ? cap * 2 : cap
        let ns = cache.mallocgc(ncap * ss, type: mapSlotType(mt), needzero: true)
        h.pointee.cap = ncap
        h.pointee.slots = UInt(bitPattern: ns)
        h.pointee.used = count
        for i in 0..<cap {
            let s = old + i * ss
            guard MapSlot.state(s) == .live else { continue }
            let hash = hashValue(kt, s + MapSlot.keyOffset) ?? 0
            var j = Int(truncatingIfNeeded: hash) & (ncap - 1)
            while MapSlot.state(ns + j * ss) != .empty { j = (j + 1) & (ncap - 1) }
            // The old array is dropped: its pointers must not hide from a mark in progress.
            cache.bulkBarrierPreWrite(dst: ns + j * ss, src: s, size: ss, type: mapSlotType(mt))
            memcpy(ns + j * ss, s, ss)
        }
    }

    // MARK: Instructions

    @inline(never)
    func mapOp(_ ins: Instr, _ fp: UnsafeMutableRawPointer) -> SlowStatus {
        @inline(__always) func F(_ off: Int32) -> Int64 { fp.load(fromByteOffset: Int(off), as: Int64.self) }
        switch ins.op {
        case .makemap:
            let mt = typeAt(ins.c)
            let m = makeMap(mt, hint: Int(F(ins.b)))
            fp.storeBytes(of: UInt(bitPattern: m), toByteOffset: Int(ins.a), as: UInt.self)
        case .maplen:
            let m = F(ins.b)
            fp.storeBytes(of: m == 0 ? 0 : hmap(UnsafeMutableRawPointer(bitPattern: Int(m))!).pointee.count, toByteOffset: Int(ins.a), as: Int.self)
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
                if bad { return raise("hash of unhashable type \(uncomparable)") }
                if ok { found = s! + hmap(m).pointee.elemOff }
            }
            if let e = found { memToSlot(et, e, fp + Int(ins.a)) } else { memset(fp + Int(ins.a), 0, eb) }
            if ins.w == 1 { fp.storeBytes(of: found == nil ? Int64(0) : 1, toByteOffset: Int(ins.a) + eb, as: Int64.self) }
        case .mapassign:
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else {
                return raise("assignment to entry in nil map", plain: true)
            }
            let (_, kt, et) = mapType(m)
            let kbuf = UnsafeMutableRawPointer.allocate(byteCount: max(kt.size, 8), alignment: 8)
            defer { kbuf.deallocate() }
            slotToMem(kt, fp + Int(ins.b), kbuf)
            var (s, ok, bad) = mapFind(m, kbuf, insert: true)
            if bad { return raise("hash of unhashable type \(uncomparable)") }
            let h = hmap(m)
            if !ok {
                if (h.pointee.used + 1) * 4 >= h.pointee.cap * 3 {
                    mapGrow(m)
                    (s, _, _) = mapFind(m, kbuf, insert: true)
                }
                let slot = s!
                if MapSlot.state(slot) == .empty { h.pointee.used += 1 }
                MapSlot.setState(slot, .live)
                cache.bulkBarrierPreWrite(dst: slot + MapSlot.keyOffset, src: kbuf, size: kt.size, type: kt.goType)
                if kt.size > 0 { memcpy(slot + MapSlot.keyOffset, kbuf, kt.size) }
                h.pointee.count += 1
            }
            let ep = s! + h.pointee.elemOff
            cache.bulkBarrierPreWrite(dst: ep, src: fp + Int(ins.c), size: et.size, type: et.goType)
            slotToMem(et, fp + Int(ins.c), ep)
        case .mapdelete:
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else { return .next }
            let (_, kt, _) = mapType(m)
            let kbuf = UnsafeMutableRawPointer.allocate(byteCount: max(kt.size, 8), alignment: 8)
            defer { kbuf.deallocate() }
            slotToMem(kt, fp + Int(ins.b), kbuf)
            let (s, ok, bad) = mapFind(m, kbuf, insert: false)
            if bad { return raise("hash of unhashable type \(uncomparable)") }
            if ok, let s {
                let h = hmap(m)
                MapSlot.setState(s, .deleted)
                let ss = h.pointee.slotSize
                cache.bulkBarrierPreWrite(dst: s, src: nil, size: ss, type: mapSlotType(mapType(m).0))
                memset(s + MapSlot.keyOffset, 0, ss - MapSlot.keyOffset)
                h.pointee.count -= 1
            }
        case .mapclear:
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else { return .next }
            let h = hmap(m)
            let bytes = h.pointee.cap * h.pointee.slotSize
            let slots = UnsafeMutableRawPointer(bitPattern: h.pointee.slots)!
            cache.bulkBarrierPreWrite(dst: slots, src: nil, size: bytes, type: mapSlotType(mapType(m).0))
            memset(slots, 0, bytes)
            h.pointee.count = 0
            h.pointee.used = 0
        case .mapnext:
            // F[a] = next slot index; F[a+8] = found; key to F(c), value to F(c + slot(key)).
            var i = Int(F(ins.a))
            guard let m = UnsafeMutableRawPointer(bitPattern: Int(F(ins.b))) else {
                fp.storeBytes(of: Int64(0), toByteOffset: Int(ins.a &+ MapIter.foundWord), as: Int64.self)
                return .next
            }
            let (_, kt, et) = mapType(m)
            let h = hmap(m)
            let cap = h.pointee.cap
            while i < cap && MapSlot.state(mapSlot(h, i)) != .live { i += 1 }
            if i >= cap {
                fp.storeBytes(of: Int64(0), toByteOffset: Int(ins.a &+ MapIter.foundWord), as: Int64.self)
                fp.storeBytes(of: Int64(i), toByteOffset: Int(ins.a), as: Int64.self)
                return .next
            }
            let s = mapSlot(h, i)
            memToSlot(kt, s + MapSlot.keyOffset, fp + Int(ins.c))
            memToSlot(et, s + h.pointee.elemOff, fp + Int(ins.c) + VM.slotBytes(kt))
            fp.storeBytes(of: Int64(i + 1), toByteOffset: Int(ins.a), as: Int64.self)
            fp.storeBytes(of: Int64(1), toByteOffset: Int(ins.a &+ MapIter.foundWord), as: Int64.self)
        default: break
        }
        return .next
    }
}
