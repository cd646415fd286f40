// Iface.swift — interfaces at run time (Go's iface.go): itabs built on
// first use and cached by (interface, type), conversions to interfaces
// (`mkiface`: a pointer-shaped value is the data word, anything else is
// boxed in the heap; a zero-size value points at zerobase), type assertions
// to concrete types and to interfaces with Go's panic messages, and the
// dynamic type of an interface value.
//
// Layouts: GoABI's IFace/EFace for values and ItabRef for itabs (an empty
// interface's first word is the type descriptor itself, a non-empty one's
// an itab, whose second word is the type).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

extension VM {
    /// The itab of a type known to implement the interface (natives making error values).
    public func itab(type: UInt, inter: UInt) -> UInt { getitab(type: type, inter: inter).0 }

    /// The itab for (concrete type, interface type), built on first use; nil
    /// if the type lacks a method (the name is returned for the message).
    public func getitab(type: UInt, inter: UInt) -> (UInt, String?) {
        if let t = itabCache[inter]?[type] { return (t, nil) }
        let it = TypeRef(bits: inter)!, ty = TypeRef(bits: type)!
        let ims = it.fields
        // Itabs live as long as the process, outside the Go heap (Go's
        // persistentalloc), like the compiler's in read-only data.
        let tab = ItabRef(UnsafeMutableRawPointer.allocate(byteCount: ItabRef.size(methods: ims.count), alignment: 8))
        tab.inter = inter
        tab.type = type
        tab.count = ims.count
        for (j, im) in ims.enumerated() {
            let name = im.name.string
            guard let m = ty.methods.first(where: { $0.name.string == name && $0.type == im.type }) else {
                tab.raw.deallocate()
                return (0, name)
            }
            tab.entry(j).pointee = ItabEntry(fn: m.fn, recvCopy: m.recvCopy)
        }
        itabCache[inter, default: [:]][type] = tab.bits
        return (tab.bits, nil)
    }

    /// A value method called through an interface holding a nil *T (the
    /// itab entry copies the receiver out of the pointer): Go's
    /// runtime.panicwrap, a plainError "value method pkg.T.M called using
    /// nil *T pointer". `tab` is the itab, `j` the method's index.
    @inline(never)
    func panicwrap(tab: UInt, method j: Int) -> Int32 {
        let itab = ItabRef(bits: tab)!
        let inter = TypeRef(bits: itab.inter)!
        let dyn = TypeRef(bits: itab.type)!
        let meth = inter.fields[j].name.string
        let qual = dyn.elem?.name ?? String(dyn.name.drop(while: { $0 == "*" }))
        let typ = qual.split(separator: ".", maxSplits: 1).count == 2 ? String(qual.split(separator: ".", maxSplits: 1)[1]) : qual
        return raiseRuntimeError("value method \(qual).\(meth) called using nil *\(typ) pointer",
                                 plain: true, type: "runtime.plainError")
    }

    public func dynType(_ tab: UInt, nonEmpty: Bool) -> UInt {
        if tab == 0 || !nonEmpty { return tab }
        return ItabRef(bits: tab)!.type
    }

    /// The type descriptor name of the interface named by a preceding `nop`.
    func sourceIfaceName(_ pc: Int) -> String {
        let prev = program.code[pc - 2]
        if prev.op == .nop && prev.a != 0 { return typeAt(prev.a).name }
        return "interface {}"
    }

    /// Interface conversions, assertions and typeof.
    @inline(never)
    func ifaceOp(_ ins: Instr, _ fp: UnsafeMutableRawPointer, _ pc: Int) -> SlowStatus {
        switch ins.op {
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
            setF(fp, ins.a &+ EFace.dataWord, data)
        case .iface2e:
            let tab = F(fp, ins.b)
            let d = F(fp, ins.b &+ EFace.dataWord)
            setF(fp, ins.a, Int64(Int(bitPattern: dynType(U(tab), nonEmpty: true))))
            setF(fp, ins.a &+ EFace.dataWord, d)
        case .assert:
            let target = UInt(bitPattern: program.rodata + Int(ins.c))
            let nonEmpty = ins.w & 8 != 0
            let dyn = dynType(U(F(fp, ins.b)), nonEmpty: nonEmpty)
            let data = U(F(fp, ins.b &+ EFace.dataWord))
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
                    // Two types spelled alike (local types of different functions): Go says why.
                    let why = have == t.name ? " (types from different scopes)" : ""
                    return raise("interface conversion: \(src) is \(have), not \(t.name)\(why)", plain: true)
                }
            }
        case .asserti:
            let target = UInt(bitPattern: program.rodata + Int(ins.c))
            let nonEmptySrc = ins.w & 2 != 0
            let dyn = dynType(U(F(fp, ins.b)), nonEmpty: nonEmptySrc)
            let data = F(fp, ins.b &+ EFace.dataWord)
            let commaOk = ins.w & 1 != 0
            let it = TypeRef(bits: target)!
            func fail(_ msg: String) -> SlowStatus {
                if commaOk {
                    setF(fp, ins.a, 0); setF(fp, ins.a &+ EFace.dataWord, 0); setF(fp, ins.d, 0)
                    return .next
                }
                return raise(msg, plain: true)
            }
            if dyn == 0 {
                // w&8: a conversion between interface types (never fails): nil stays nil.
                if ins.w & 8 != 0 { setF(fp, ins.a, 0); setF(fp, ins.a &+ EFace.dataWord, 0); return .next }
                return fail("interface conversion: interface is nil, not \(it.name)")
            }
            if ins.w & 4 != 0 {
                setF(fp, ins.a, Int64(Int(bitPattern: dyn)))
            } else {
                let (tab, missing) = getitab(type: dyn, inter: target)
                if let missing {
                    return fail("interface conversion: \(TypeRef(bits: dyn)!.name) is not \(it.name): missing method \(missing)")
                }
                setF(fp, ins.a, Int64(Int(bitPattern: tab)))
            }
            setF(fp, ins.a &+ EFace.dataWord, data)
            if commaOk { setF(fp, ins.d, 1) }
        case .typeof:
            setF(fp, ins.a, Int64(Int(bitPattern: dynType(U(F(fp, ins.b)), nonEmpty: ins.w == 1))))
        default: return unknownInstruction(ins)
        }
        return .next
    }

}
