// Alg.swift — equality and hashing of Go values by their type descriptors
// (Go's alg.go): == on strings, floats (NaN != NaN, +0 == -0), complex
// numbers, interfaces (the dynamic types first; an uncomparable dynamic
// type panics), structs (blank fields skipped) and arrays; and the hash the
// maps use, consistent with that equality.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

extension VM {
    /// Go's == on two values of type t in memory.
    func valuesEqual(_ t: TypeRef, _ p: UnsafeRawPointer, _ q: UnsafeRawPointer) -> Bool? {
        switch t.kind {
        case .string:
            let a = p.load(as: GoString.self), b = q.load(as: GoString.self)
            return a.len == b.len && (a.len == 0 || memcmp(UnsafeRawPointer(bitPattern: a.ptr)!, UnsafeRawPointer(bitPattern: b.ptr)!, a.len) == 0)
        case .float64: return p.load(as: Double.self) == q.load(as: Double.self)
        case .float32: return p.load(as: Float.self) == q.load(as: Float.self)
        case .complex128:
            return p.load(as: Double.self) == q.load(as: Double.self)
                && p.load(as: Complex128Parts.self).im == q.load(as: Complex128Parts.self).im
        case .complex64:
            return p.load(as: Float.self) == q.load(as: Float.self)
                && p.load(as: Complex64Parts.self).im == q.load(as: Complex64Parts.self).im
        case .interface:
            let nonEmpty = t.raw.pointee.nfields > 0
            return ifaceEqual(p, q, nonEmpty: nonEmpty)
        case .struct:
            for f in t.fields {
                guard let ft = f.type.map(TypeRef.init) else { continue }
                if f.isBlank { continue }
                guard let e = valuesEqual(ft, p + f.offset, q + f.offset) else { return nil }
                if !e { return false }
            }
            return true
        case .array:
            guard let et = t.elem else { return true }
            for i in 0..<t.len {
                guard let e = valuesEqual(et, p + i * et.size, q + i * et.size) else { return nil }
                if !e { return false }
            }
            return true
        case .slice, .map, .func: return nil
        default:
            return memcmp(p, q, t.size) == 0
        }
    }

    /// nil: the dynamic type is not comparable (the caller panics).
    public func ifaceEqual(_ p: UnsafeRawPointer, _ q: UnsafeRawPointer, nonEmpty: Bool) -> Bool? {
        let ta = dynType(p.load(as: UInt.self), nonEmpty: nonEmpty)
        let tb = dynType(q.load(as: UInt.self), nonEmpty: nonEmpty)
        if ta != tb { return false }
        if ta == 0 { return true }
        let t = TypeRef(bits: ta)!
        let da = p.load(as: EFace.self).data, db = q.load(as: EFace.self).data
        if !t.flags.contains(.comparable) { uncomparable = t.name; return nil }
        if t.isDirectIface { return da == db }
        return valuesEqual(t, UnsafeRawPointer(bitPattern: da)!, UnsafeRawPointer(bitPattern: db)!)
    }

    /// A NaN key never equals itself, so each insert is a new entry; as in
    /// Go its hash is random, spreading NaNs over the table (one fixed hash
    /// would chain them all and make n NaN inserts cost n² probes).
    func nanHashSeed() -> UInt64 { UInt64.random(in: UInt64.min ... UInt64.max) }
    func hashRandomNaN(_ h: UInt64) -> UInt64 { (h ^ nanHashSeed()) &* 1099511628211 }

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
            if d.isNaN { d = Double(bitPattern: nanHashSeed()) }
            withUnsafeBytes(of: d) { mix($0) }
        case .float32:
            var d = p.load(as: Float.self)
            if d == 0 { d = 0 }
            if d.isNaN { return hashRandomNaN(h) }
            withUnsafeBytes(of: d) { mix($0) }
        case .complex128:
            // Two floats, each hashed as a float (+0 and −0 alike).
            let c = p.load(as: Complex128Parts.self)
            for var d in [c.re, c.im] {
                if d == 0 { d = 0 }
                if d.isNaN { d = Double(bitPattern: nanHashSeed()) }
                withUnsafeBytes(of: d) { mix($0) }
            }
        case .complex64:
            let c = p.load(as: Complex64Parts.self)
            for var d in [c.re, c.im] {
                if d == 0 { d = 0 }
                if d.isNaN { return hashRandomNaN(h) }
                withUnsafeBytes(of: d) { mix($0) }
            }
        case .interface:
            let nonEmpty = t.raw.pointee.nfields > 0
            let dyn = dynType(p.load(as: UInt.self), nonEmpty: nonEmpty)
            guard let dt = TypeRef(bits: dyn) else { return h }
            if !dt.flags.contains(.comparable) { uncomparable = dt.name; return nil }
            withUnsafeBytes(of: dyn) { mix($0) }
            let data = p.load(as: EFace.self).data
            if dt.isDirectIface {
                var d = data
                return withUnsafePointer(to: &d) { hashValue(dt, UnsafeRawPointer($0), h) }
            }
            return hashValue(dt, UnsafeRawPointer(bitPattern: data)!, h)
        case .struct:
            for f in t.fields {
                guard let ft = f.type.map(TypeRef.init) else { continue }
                if f.isBlank { continue }   // == ignores blank fields; so must the hash
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

    /// == on interfaces and on values of a type.
    @inline(never)
    func algOp(_ ins: Instr, _ fp: UnsafeMutableRawPointer, _ pc: Int) -> SlowStatus {
        switch ins.op {
        case .ifaceeq:
            guard let e = ifaceEqual(fp + Int(ins.b), fp + Int(ins.c), nonEmpty: ins.w == 1) else {
                return raise("comparing uncomparable type \(uncomparable)")
            }
            setF(fp, ins.a, e ? 1 : 0)
        case .valeq:
            guard let e = valuesEqual(typeAt(ins.d), fp + Int(ins.b), fp + Int(ins.c)) else {
                return raise("comparing uncomparable type \(uncomparable)")
            }
            setF(fp, ins.a, e ? 1 : 0)
        default: return unknownInstruction(ins)
        }
        return .next
    }

}
