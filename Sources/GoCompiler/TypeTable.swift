// TypeTable.swift — builds type descriptors and itabs into read-only data
// (layout in TypeDescriptor.swift), one per distinct type: identical types
// share a descriptor, so descriptor addresses compare as type identity (as
// Go's runtime compares *_type).
//
// A descriptor is reserved before its parts are built, so recursive types
// (type Node struct{ next *Node }) terminate.
import GoABI
import GoSyntax
import GoTypes

/// How a value of a type sits in a frame slot and in memory.
public enum ValueShape {
    /// Widened to a 64-bit word in a slot; in memory `width` bytes.
    case scalar(width: Width, float: Bool)
    /// Go memory layout, `size` bytes, in slots and memory alike.
    case memory(size: Int)
}

/// The unsupported-construct error: the compiler reports it as
/// `file:line:col: <feature> not supported yet`.
public struct Unsupported: Error {
    public var pos: Pos
    public var feature: String
    public init(_ pos: Pos, _ feature: String) { self.pos = pos; self.feature = feature }
}

final class TypeTable {
    var rodata: SegmentBuilder
    private var cache: [String: Int] = [:]
    private var itabs: [String: Int] = [:]
    /// Function index of a declared method (nil if the method has no code).
    var methodIndex: (Func) -> Int? = { _ in nil }
    /// Function index of a native method by "pkg.Type.Method".
    var nativeMethod: (String) -> Int? = { _ in nil }
    /// Function index of the wrapper for a promoted method of a type.
    var promoted: (GoType, Func) throws -> Int = { _, m in throw Unsupported(m.pos, "promoted method") }
    var pending: [() throws -> Void] = []

    init(rodata: SegmentBuilder) { self.rodata = rodata }

    // MARK: Shapes

    static func size(_ t: GoType) -> Int { Int(Sizes.sizeof(t)) }
    static func align(_ t: GoType) -> Int { Int(Sizes.alignof(t)) }

    static func shape(_ t: GoType) -> ValueShape {
        switch t.underlying {
        case let b as GoBasic:
            switch b.kind {
            case .bool, .uint8, .untypedBool: return .scalar(width: .u8, float: false)
            case .int8: return .scalar(width: .i8, float: false)
            case .int16: return .scalar(width: .i16, float: false)
            case .uint16: return .scalar(width: .u16, float: false)
            case .int32, .untypedRune: return .scalar(width: .i32, float: false)
            case .uint32: return .scalar(width: .u32, float: false)
            case .float32: return .scalar(width: .u32, float: true)
            case .float64, .untypedFloat: return .scalar(width: .i64, float: true)
            case .string, .untypedString: return .memory(size: 16)
            case .complex64: return .memory(size: 8)
            case .complex128, .untypedComplex: return .memory(size: 16)
            default: return .scalar(width: .i64, float: false)
            }
        case is GoPointer, is GoMap, is GoChan, is GoSignature: return .scalar(width: .i64, float: false)
        default: return .memory(size: size(t))
        }
    }

    /// Bytes a value of type t takes in a frame slot (multiple of 8).
    static func slotSize(_ t: GoType) -> Int {
        switch shape(t) {
        case .scalar: return 8
        case .memory(let n): return (n + 7) & ~7
        }
    }

    /// Whether a value of type t holds any pointer word (strings, slices,
    /// interfaces, maps, ... included).
    static func hasPointers(_ t: GoType) -> Bool {
        switch t.underlying {
        case let b as GoBasic: return b.kind == .string || b.kind == .unsafePointer
        case is GoPointer, is GoMap, is GoChan, is GoSignature, is GoSlice, is GoInterface: return true
        case let a as GoArray: return a.len > 0 && hasPointers(a.elem)
        case let s as GoStruct: return s.fields.contains { $0.type.map(hasPointers) ?? false }
        default: return false
        }
    }

    /// Pointer words of a value in memory layout (bit i = word i).
    static func ptrWords(_ t: GoType) -> [Bool] {
        let n = (size(t) + 7) / 8
        var bits = [Bool](repeating: false, count: n)
        func mark(_ t: GoType, _ off: Int, _ depth: Int) {
            switch t.underlying {
            case let b as GoBasic:
                if b.kind == .string || b.kind == .unsafePointer { bits[off / 8] = true }
            case is GoPointer, is GoMap, is GoChan, is GoSignature, is GoSlice: bits[off / 8] = true
            case is GoInterface: bits[off / 8 + 1] = true
            case let a as GoArray:
                let es = size(a.elem)
                if es == 0 { return }
                // One element's words, repeated: a huge array of scalars costs nothing.
                let eb = ptrWords(a.elem)
                guard eb.contains(true) else { return }
                for i in 0..<Int(max(a.len, 0)) {
                    for (k, b) in eb.enumerated() where b { bits[(off + i * es) / 8 + k] = true }
                }
            case let s as GoStruct:
                let offs = Sizes.offsetsof(s.fields)
                for (i, f) in s.fields.enumerated() { if let ft = f.type { mark(ft, off + Int(offs[i]), depth + 1) } }
            default: break
            }
        }
        mark(t, 0, 0)
        return bits
    }

    static func kind(_ t: GoType) -> Kind {
        switch t.underlying {
        case let b as GoBasic:
            switch b.kind {
            case .bool, .untypedBool: return .bool
            case .int, .untypedInt: return .int
            case .int8: return .int8
            case .int16: return .int16
            case .int32, .untypedRune: return .int32
            case .int64: return .int64
            case .uint: return .uint
            case .uint8: return .uint8
            case .uint16: return .uint16
            case .uint32: return .uint32
            case .uint64: return .uint64
            case .uintptr: return .uintptr
            case .float32: return .float32
            case .float64, .untypedFloat: return .float64
            case .complex64: return .complex64
            case .complex128, .untypedComplex: return .complex128
            case .string, .untypedString: return .string
            case .unsafePointer: return .unsafePointer
            default: return .invalid
            }
        case is GoPointer: return .pointer
        case is GoSlice: return .slice
        case is GoArray: return .array
        case is GoStruct: return .struct
        case is GoMap: return .map
        case is GoChan: return .chan
        case is GoSignature: return .func
        case is GoInterface: return .interface
        default: return .invalid
        }
    }

    static func isDirectIface(_ t: GoType) -> Bool {
        switch t.underlying {
        case is GoPointer, is GoMap, is GoChan, is GoSignature: return true
        case let b as GoBasic: return b.kind == .unsafePointer
        case let a as GoArray: return a.len == 1 && isDirectIface(a.elem)
        case let s as GoStruct: return s.fields.count == 1 && s.fields[0].type.map(isDirectIface) == true
        default: return false
        }
    }

    // MARK: Names (reflect's spelling, for %T)

    static func rname(_ t: GoType, depth: Int = 0, typeArg: Bool = false) -> String {
        if depth > 500 { return "..." }
        if let n = t as? GoNamed {
            // An instance: main.Pair[string,int] (arguments by their own names).
            let args = n.origin == nil ? "" : "[" + n.typeArgs.map { rname($0, depth: depth + 1, typeArg: true) }.joined(separator: ",") + "]"
            if let p = n.obj.pkg { return "\(p.name).\(n.obj.name)" + args }
            return n.obj.name + args
        }
        switch t {
        case let b as GoBasic:
            switch b.kind {
            case .untypedBool: return "bool"
            case .untypedInt: return "int"
            case .untypedRune: return "int32"
            case .untypedFloat: return "float64"
            case .untypedString: return "string"
            case .unsafePointer: return "unsafe.Pointer"
            default: return b === Typ.byte ? "uint8" : (b === Typ.rune ? "int32" : b.name)
            }
        case let p as GoPointer: return "*" + rname(p.elem, depth: depth + 1, typeArg: typeArg)
        case let s as GoSlice: return "[]" + rname(s.elem, depth: depth + 1, typeArg: typeArg)
        case let a as GoArray: return "[\(a.len)]" + rname(a.elem, depth: depth + 1, typeArg: typeArg)
        case let m as GoMap: return "map[" + rname(m.key, depth: depth + 1, typeArg: typeArg) + "]" + rname(m.elem, depth: depth + 1, typeArg: typeArg)
        case let c as GoChan:
            switch c.dir {
            case .both: return "chan " + rname(c.elem, depth: depth + 1, typeArg: typeArg)
            case .sendOnly: return "chan<- " + rname(c.elem, depth: depth + 1, typeArg: typeArg)
            case .recvOnly: return "<-chan " + rname(c.elem, depth: depth + 1, typeArg: typeArg)
            }
        case let s as GoStruct:
            if s.fields.isEmpty { return "struct {}" }
            let fs = s.fields.map { f -> String in
                let ty = f.type.map { rname($0, depth: depth + 1, typeArg: typeArg) } ?? "?"
                // In an instance's type arguments Go's names qualify
                // unexported fields: main.T[struct { main.a int }].
                let fname = typeArg && !isExported(f.name) ? "\(f.pkg?.name ?? "main").\(f.name)" : f.name
                return f.embedded ? ty : "\(fname) \(ty)"
            }
            return "struct { " + fs.joined(separator: "; ") + " }"
        case let sig as GoSignature:
            var ps = sig.params.vars.map { rname($0.type ?? Typ.invalid, depth: depth + 1, typeArg: typeArg) }
            if sig.variadic, let last = sig.params.vars.last?.type as? GoSlice {
                ps[ps.count - 1] = "..." + rname(last.elem, depth: depth + 1, typeArg: typeArg)
            }
            var r = "func(" + ps.joined(separator: ", ") + ")"
            let rs = sig.results.vars.map { rname($0.type ?? Typ.invalid, depth: depth + 1, typeArg: typeArg) }
            if rs.count == 1 { r += " " + rs[0] } else if rs.count > 1 { r += " (" + rs.joined(separator: ", ") + ")" }
            return r
        case let i as GoInterface:
            let ms = i.allMethods
            if ms.isEmpty { return "interface {}" }
            return "interface { " + ms.map { m in
                var s = rname(m.type ?? Typ.invalid, depth: depth + 1, typeArg: typeArg)
                s.removeFirst(4)
                return m.name + s
            }.joined(separator: "; ") + " }"
        default: return "?"
        }
    }

    /// A key equal for identical types.
    static func key(_ t: GoType, depth: Int = 0) -> String {
        if depth > 500 { return "…" }   // unnamed types are finite trees; deep ones (100 nested slices) must not collide
        if let n = t as? GoNamed { return "N\(UInt(bitPattern: ObjectIdentifier(n).hashValue))" }
        switch t {
        case let b as GoBasic: return "B\(kind(b).rawValue)"
        case let p as GoPointer: return "*" + key(p.elem, depth: depth + 1)
        case let s as GoSlice: return "[]" + key(s.elem, depth: depth + 1)
        case let a as GoArray: return "[\(a.len)]" + key(a.elem, depth: depth + 1)
        case let m as GoMap: return "map[" + key(m.key, depth: depth + 1) + "]" + key(m.elem, depth: depth + 1)
        case let c as GoChan: return "chan\(c.dir.rawValue) " + key(c.elem, depth: depth + 1)
        case let s as GoStruct:
            return "struct{" + s.fields.map { "\($0.embedded ? "!" : "")\($0.name) \(key($0.type ?? Typ.invalid, depth: depth + 1))" }.joined(separator: ";") + "}"
        case let sig as GoSignature:
            return "func(" + sig.params.vars.map { key($0.type ?? Typ.invalid, depth: depth + 1) }.joined(separator: ",")
                + (sig.variadic ? "..." : "") + ")(" + sig.results.vars.map { key($0.type ?? Typ.invalid, depth: depth + 1) }.joined(separator: ",") + ")"
        case let i as GoInterface:
            return "iface{" + i.allMethods.map { $0.name + key($0.type ?? Typ.invalid, depth: depth + 1) }.joined(separator: ";") + "}"
        default: return "?"
        }
    }

    // MARK: Descriptors

    func string(_ s: String) -> (off: Int, len: Int) {
        let b = Array(s.utf8)
        let off = rodata.appendBytes(b.isEmpty ? [0] : b)
        return (off, b.count)
    }

    private func putString(_ s: String, at off: Int) {
        let (so, n) = string(s)
        rodata.putPtr(at: off, target: so)
        rodata.putInt(n, at: off + 8)
    }

    /// Descriptor of t (rodata offset).
    func descriptor(_ t: GoType) throws -> Int {
        var t = t
        if let b = t as? GoBasic, b.info.contains(.isUntyped) { t = defaultTypeOf(b) }
        let k = TypeTable.key(t)
        if let off = cache[k] { return off }
        let off = rodata.reserve(MemoryLayout<TypeDescriptor>.stride, align: 8)
        cache[k] = off
        let size = TypeTable.size(t)
        rodata.putInt(size, at: off + 0)
        let bits = TypeTable.ptrWords(t)
        let ptrWords = (bits.lastIndex(of: true) ?? -1) + 1
        rodata.putInt(ptrWords * 8, at: off + 8)
        rodata.putInt(max(TypeTable.align(t), 1), at: off + 16)
        if ptrWords > 0 {
            var mask = [UInt8](repeating: 0, count: (ptrWords + 7) / 8)
            for i in 0..<ptrWords where bits[i] { mask[i / 8] |= 1 << UInt8(i % 8) }
            let mo = rodata.appendBytes(mask)
            rodata.putPtr(at: off + 24, target: mo)
        }
        let kind = TypeTable.kind(t)
        rodata.putInt(kind.rawValue, at: off + 32)
        var flags: TypeFlags = []
        if TypeTable.isDirectIface(t) { flags.insert(.directIface) }
        if isComparable(t) { flags.insert(.comparable) }
        if t is GoNamed { flags.insert(.named) }
        rodata.putInt(flags.rawValue, at: off + 40)
        putString(TypeTable.rname(t), at: off + 48)
        let u = t.underlying
        switch u {
        case let p as GoPointer: rodata.putPtr(at: off + 64, target: try descriptor(p.elem))
        case let s as GoSlice: rodata.putPtr(at: off + 64, target: try descriptor(s.elem))
        case let a as GoArray:
            rodata.putPtr(at: off + 64, target: try descriptor(a.elem))
            rodata.putInt(Int(a.len), at: off + 80)
        case let m as GoMap:
            rodata.putPtr(at: off + 64, target: try descriptor(m.elem))
            rodata.putPtr(at: off + 72, target: try descriptor(m.key))
        case let c as GoChan:
            rodata.putPtr(at: off + 64, target: try descriptor(c.elem))
            rodata.putInt(Int(c.dir.rawValue), at: off + 80)
        case let s as GoStruct:
            let offs = Sizes.offsetsof(s.fields)
            let fo = rodata.reserve(MemoryLayout<FieldDescriptor>.stride * s.fields.count)
            for (i, f) in s.fields.enumerated() {
                let e = fo + i * MemoryLayout<FieldDescriptor>.stride
                putString(f.name, at: e)
                rodata.putPtr(at: e + 16, target: try descriptor(f.type ?? Typ.invalid))
                rodata.putInt(Int(offs[i]), at: e + 24)
                rodata.putInt(f.embedded ? 1 : 0, at: e + 32)
            }
            if !s.fields.isEmpty { rodata.putPtr(at: off + 88, target: fo) }
            rodata.putInt(s.fields.count, at: off + 96)
        case let i as GoInterface:
            let ms = i.allMethods
            let fo = rodata.reserve(MemoryLayout<FieldDescriptor>.stride * ms.count)
            for (j, m) in ms.enumerated() {
                let e = fo + j * MemoryLayout<FieldDescriptor>.stride
                putString(m.name, at: e)
                rodata.putPtr(at: e + 16, target: try descriptor(TypeTable.withoutRecv(m.type)))
            }
            if !ms.isEmpty { rodata.putPtr(at: off + 88, target: fo) }
            rodata.putInt(ms.count, at: off + 96)
        default: break
        }
        // Method set: built after the rest of the program is numbered.
        if !(u is GoInterface) {
            // Methods with type parameters of their own are in no method set Go builds.
            let ms = methodSet(of: t).filter { $0.signature?.typeParams.isEmpty != false }
            if !ms.isEmpty {
                pending.append { [unowned self] in try self.fillMethods(t, ms, at: off) }
            }
        }
        return off
    }

    static func withoutRecv(_ t: GoType?) -> GoType {
        guard let s = t as? GoSignature else { return t ?? Typ.invalid }
        return GoSignature(recv: nil, params: s.params, results: s.results, variadic: s.variadic)
    }

    private func fillMethods(_ t: GoType, _ ms: [Func], at off: Int) throws {
        let isPtr = t is GoPointer
        let base: GoType = (t as? GoPointer)?.elem ?? t
        // Methods of standard library types are natives ("strings.Builder.String");
        // those gomem lacks are left out of the table.
        var ms = ms
        if let n = base as? GoNamed, let p = n.obj.pkg, p.path != "main" {
            ms = ms.filter { nativeMethod("\(p.path).\(n.obj.name).\($0.name)") != nil }
            if ms.isEmpty { return }
        }
        let mo = rodata.reserve(MemoryLayout<MethodDescriptor>.stride * ms.count)
        for (j, m) in ms.enumerated() {
            let e = mo + j * MemoryLayout<MethodDescriptor>.stride
            guard let n = base as? GoNamed, (n.origin == nil ? n.methods : instanceMethods(n)).contains(where: { $0 === m }) else {
                // A promoted method: a wrapper whose receiver is t itself.
                let fn = try promoted(t, m)
                putString(m.name, at: e)
                rodata.putPtr(at: e + 16, target: try descriptor(TypeTable.withoutRecv(m.type)))
                rodata.putInt(fn, at: e + 24)
                rodata.putInt(isPtr || TypeTable.isDirectIface(base) ? 0 : TypeTable.recvCopy(base), at: e + 32)
                continue
            }
            var fnIndex = methodIndex(m)
            if fnIndex == nil, let p = n.obj.pkg, p.path != "main" { fnIndex = nativeMethod("\(p.path).\(n.obj.name).\(m.name)") }
            guard let fn = fnIndex else { throw Unsupported(m.pos, "method \(m.name) without a body") }
            putString(m.name, at: e)
            rodata.putPtr(at: e + 16, target: try descriptor(TypeTable.withoutRecv(m.type)))
            rodata.putInt(fn, at: e + 24)
            var recv = 0
            if !m.hasPtrRecv {
                if isPtr {
                    recv = TypeTable.recvCopy(base)
                } else if !TypeTable.isDirectIface(base) {
                    recv = TypeTable.recvCopy(base)
                }
            }
            rodata.putInt(recv, at: e + 32)
        }
        rodata.putPtr(at: off + 104, target: mo)
        rodata.putInt(ms.count, at: off + 112)
    }

    /// recvCopy for a receiver of type t held behind the interface's data
    /// pointer: > 0 copy that many bytes, < 0 load a scalar of that width code.
    static func recvCopy(_ t: GoType) -> Int {
        switch shape(t) {
        case .scalar(let w, _): return -Int(w.rawValue)
        case .memory(let n): return max(n, 1)
        }
    }

    /// Itab for concrete type t and interface type i (rodata offset).
    func itab(_ t: GoType, _ iface: GoType, pos: Pos) throws -> Int {
        let k = TypeTable.key(t) + "→" + TypeTable.key(iface)
        if let off = itabs[k] { return off }
        let ms = (iface.underlying as? GoInterface)?.allMethods ?? []
        let off = rodata.reserve(24 + 16 * ms.count)
        itabs[k] = off
        rodata.putPtr(at: off, target: try descriptor(iface))
        rodata.putPtr(at: off + 8, target: try descriptor(t))
        rodata.putInt(ms.count, at: off + 16)
        let isPtr = t is GoPointer
        let base: GoType = (t as? GoPointer)?.elem ?? t
        for (j, im) in ms.enumerated() {
            let r = lookupFieldOrMethod(t, addressable: false, pkg: im.pkg, name: im.name)
            guard let m = r.obj as? Func, let idx = r.index else {
                throw Unsupported(pos, "method \(im.name) in an interface conversion")
            }
            if idx.count > 1 {
                let fn = try promoted(t, m)
                rodata.putInt(fn, at: off + 24 + 16 * j)
                rodata.putInt(isPtr || TypeTable.isDirectIface(base) ? 0 : TypeTable.recvCopy(base), at: off + 32 + 16 * j)
                continue
            }
            var fnIndex = methodIndex(m)
            if fnIndex == nil, let n = base as? GoNamed, let p = n.obj.pkg, p.path != "main" {
                fnIndex = nativeMethod("\(p.path).\(n.obj.name).\(m.name)")
            }
            guard let fn = fnIndex else { throw Unsupported(pos, "method \(m.fullName)") }
            var recv = 0
            if !m.hasPtrRecv {
                if isPtr || !TypeTable.isDirectIface(base) { recv = TypeTable.recvCopy(base) }
            }
            rodata.putInt(fn, at: off + 24 + 16 * j)
            rodata.putInt(recv, at: off + 32 + 16 * j)
        }
        return off
    }
}

/// Whether a Go identifier is exported (starts with an upper-case letter).
func isExported(_ name: String) -> Bool { name.first.map { $0.isUppercase } ?? false }
