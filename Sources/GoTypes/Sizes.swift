// Sizes.swift — sizes, alignments and struct field offsets of the gc
// compiler on 64-bit targets (types2 gcsizes.go, WordSize 8, MaxAlign 8).
//
// Worked example: struct{ a bool; b int64; c uint16 }
//
//     offset 0   a bool     (size 1, align 1)
//     offset 8   b int64    (aligned up from 1 to 8)
//     offset 16  c uint16
//     size = align(16 + 2, 8) = 24, align 8
//
// A struct whose last field has size 0 (and that is not itself empty) gets one
// byte of padding so that a pointer to that field never points past the object.
// Sizes are -1 for types too large to lay out.
import GoSyntax

public enum Sizes {
    public static let wordSize: Int64 = 8
    public static let maxAlign: Int64 = 8

    static func basicSize(_ k: BasicKind) -> Int64 {
        switch k {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int64, .uint64, .float64, .complex64: return 8
        case .complex128: return 16
        case .int, .uint, .uintptr, .unsafePointer: return wordSize
        case .string: return wordSize * 2
        default: return wordSize
        }
    }

    public static func align(_ x: Int64, _ a: Int64) -> Int64 {
        let y = x &+ a &- 1
        return y &- (y % a)
    }

    public static func alignof(_ t: GoType) -> Int64 { alignof(t, depth: 0) }

    static func alignof(_ t: GoType, depth: Int) -> Int64 {
        if depth > 100 { return 1 }
        switch t.underlying {
        case let a as GoArray: return alignof(a.elem, depth: depth + 1)
        case let s as GoStruct:
            var m: Int64 = 1
            for f in s.fields { if let ft = f.type { m = max(m, alignof(ft, depth: depth + 1)) } }
            return m
        case is GoSlice, is GoInterface: return wordSize
        case let b as GoBasic where b.info.contains(.isString): return wordSize
        default: break
        }
        var a = sizeof(t, depth: depth + 1)
        if a < 1 { return 1 }
        if isComplex(t) { a /= 2 }
        return min(a, maxAlign)
    }

    public static func offsetsof(_ fields: [Var]) -> [Int64] { offsetsof(fields, depth: 0) }

    static func offsetsof(_ fields: [Var], depth: Int) -> [Int64] {
        var offs: Int64 = 0
        var r: [Int64] = []
        for f in fields {
            guard let ft = f.type, offs >= 0 else { r.append(-1); offs = -1; continue }
            offs = align(offs, alignof(ft, depth: depth + 1))
            r.append(offs)
            let d = sizeof(ft, depth: depth + 1)
            if d >= 0 && offs >= 0 {
                let (s, o) = offs.addingReportingOverflow(d)
                offs = o ? -1 : s
            } else {
                offs = -1
            }
        }
        return r
    }

    public static func sizeof(_ t: GoType) -> Int64 { sizeof(t, depth: 0) }

    static func sizeof(_ t: GoType, depth: Int) -> Int64 {
        if depth > 100 { return wordSize }
        switch t.underlying {
        case let b as GoBasic: return basicSize(b.kind)
        case let a as GoArray:
            let n = a.len
            if n <= 0 { return 0 }
            let e = sizeof(a.elem, depth: depth + 1)
            if e < 0 { return -1 }
            if e == 0 { return 0 }
            let (p, o) = e.multipliedReportingOverflow(by: n)
            return o ? -1 : p
        case is GoSlice: return wordSize * 3
        case let s as GoStruct:
            let n = s.fields.count
            if n == 0 { return 0 }
            let offsets = offsetsof(s.fields, depth: depth + 1)
            let offs = offsets[n - 1]
            var size = s.fields[n - 1].type.map { sizeof($0, depth: depth + 1) } ?? 0
            if offs < 0 || size < 0 { return -1 }
            if offs > 0 && size == 0 { size = 1 }
            return align(offs &+ size, alignof(t, depth: depth + 1))
        case is GoInterface: return wordSize * 2
        default: return wordSize
        }
    }

    /// Offset of the field reached by the embedding path `index` (Offsetof).
    public static func offsetof(_ t: GoType, _ index: [Int]) -> Int64 {
        var typ = t
        var off: Int64 = 0
        for i in index {
            guard let s = typ.underlying as? GoStruct, i < s.fields.count else { return -1 }
            let o = offsetsof(s.fields)
            off &+= o[i]
            typ = s.fields[i].type ?? Typ.invalid
            if let p = typ as? GoPointer { typ = p.elem }
        }
        return off
    }
}

func basicSize(_ b: GoBasic) -> Int64 { Sizes.basicSize(b.kind) }
