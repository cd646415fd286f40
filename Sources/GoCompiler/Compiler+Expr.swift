// Compiler+Expr.swift — expressions. `expr` leaves a value in a slot (in slot
// form: scalars widened) and returns the slot; it may return a variable's own
// slot, which callers never write. Implicit conversions to interface types
// happen in `convert`, called wherever Go assigns (assignments, arguments,
// results, composite literal elements).
import GoABI
import GoSyntax
import GoTypes

extension FunctionCompiler {
    func typeOf(_ e: Expr) throws -> GoType {
        guard let t = info.types[ObjectIdentifier(e)]?.type else { throw Unsupported(e.pos, "expression without type") }
        if let b = t as? GoBasic, b.info.contains(.isUntyped) {
            if b.kind == .untypedNil { return t }
            return defaultTypeOf(b)
        }
        return ty(t)
    }

    func unparen(_ e: Expr) -> Expr {
        var e = e
        while let p = e as? ParenExpr { e = p.x }
        return e
    }

    // MARK: Constants

    func constant(_ c: Constant, _ t: GoType, _ at: Pos) throws -> Int32 {
        let u = t.underlying
        if let b = u as? GoBasic {
            if b.info.contains(.isString) {
                let bytes = c.stringBytes ?? []
                let d = alloc(Typ.string)
                // "" is Go's zero string: no data pointer (unsafe.StringData("") == nil).
                if bytes.isEmpty { emit(Instr(.zero, d, 0, 16)); return d }
                emit(Instr(.strlit, d, Int32(pc.stringLiteral(bytes)), Int32(bytes.count)))
                return d
            }
            if b.info.contains(.isBoolean) { return iconst(c.boolValue == true ? 1 : 0) }
            if b.info.contains(.isFloat) {
                let d = word()
                if b.kind == .float32 {
                    let f = c.floatValue32   // rounded once, not via float64
                    setConst(d, Int64(f.bitPattern))
                } else {
                    emit(Instr(.kconst, d, pc.constant(Int64(bitPattern: c.doubleValue.bitPattern))))
                }
                return d
            }
            if b.info.contains(.isComplex) {
                // Memory form: real part, then imaginary part.
                let d = alloc(t)
                if b.kind == .complex64 {
                    let re = c.real.floatValue32.bitPattern, im = c.imag.floatValue32.bitPattern
                    setConst(d, Int64(bitPattern: UInt64(re) | UInt64(im) << 32))
                } else {
                    emit(Instr(.kconst, d, pc.constant(Int64(bitPattern: c.real.doubleValue.bitPattern))))
                    emit(Instr(.kconst, d + 8, pc.constant(Int64(bitPattern: c.imag.doubleValue.bitPattern))))
                }
                return d
            }
            if b.info.contains(.isInteger) {
                let ic = c.toInt()
                if let v = ic.int64Value { return iconst(v) }
                if let v = ic.uint64Value { return iconst(Int64(bitPattern: v)) }
                // (GoTypes' int64Value refuses -1<<63: its bit width counts the sign)
                if let v = Int64(ic.exactString) ?? Int64(ic.description) { return iconst(v) }
                throw Unsupported(at, "integer constant")
            }
        }
        if u is GoInterface {
            // An untyped constant converted to an interface: its default type.
            let dt: GoType
            switch c.kind {
            case .bool: dt = Typ.bool
            case .string: dt = Typ.string
            case .int: dt = Typ.int
            case .float: dt = Typ.float64
            case .complex: dt = Typ.complex128
            default: throw Unsupported(at, "constant of this kind")
            }
            let s = try constant(c, dt, at)
            return try convert(s, from: dt, to: t, at: at)
        }
        throw Unsupported(at, "constant of type \(t)")
    }

    // MARK: Values

    func expr(_ e: Expr) throws -> Int32 {
        pos(e)
        if let tv = info.types[ObjectIdentifier(e)], let c = tv.value {
            if !tmap.isEmpty, let v = try unsafeSizeInInstance(e) { return iconst(v) }
            var t = ty(tv.type)
            if let b = t as? GoBasic, b.info.contains(.isUntyped) { t = defaultTypeOf(b) }
            return try constant(c, t, e.pos)
        }
        switch e {
        case let p as ParenExpr: return try expr(p.x)
        case let n as Name: return try name(n)
        case let o as Operation:
            if let y = o.y { return try binary(o, o.x, y) }
            return try unary(o)
        case let c as CallExpr:
            let rs = try call(c)
            guard rs.count == 1 else { throw Unsupported(c.pos, "call used as a value") }
            return rs[0].0
        case let s as SelectorExpr: return try selector(s)
        case let i as IndexExpr: return try index(i)
        case let s as SliceExpr: return try sliceExpr(s)
        case let c as CompositeLit: return try compositeLit(c)
        case let f as FuncLit: return try funcLit(f)
        case let a as AssertExpr:
            let r = try assertion(a, commaOk: false)
            return r[0].0
        case let k as KeyValueExpr: throw Unsupported(k.pos, "key-value expression")
        default: throw Unsupported(e.pos, "expression")
        }
    }

    /// Values of an expression used in an n-valued context.
    func multiValue(_ e: Expr, count: Int) throws -> [(Int32, GoType)] {
        let e = unparen(e)
        if count == 1 { return [(try expr(e), try typeOf(e))] }
        if let c = e as? CallExpr { return try call(c) }
        if let a = e as? AssertExpr { return try assertion(a, commaOk: true) }
        if let o = e as? Operation, o.op == .recv, o.y == nil, let ct = try typeOf(o.x).underlying as? GoChan {
            let d = alloc(ct.elem)
            let ok = word()
            emit(Instr(.chanrecv, d, try expr(o.x), w: 1))
            noteCall(64)
            return [(d, ct.elem), (ok, Typ.bool)]
        }
        if let ie = e as? IndexExpr, let mt = try typeOf(ie.x).underlying as? GoMap {
            let m = try expr(ie.x)
            let k = try convert(try expr(ie.index), from: try typeOf(ie.index), to: mt.key, at: ie.pos)
            let d = alloc(mt.elem)
            let ok = word()
            emit(Instr(.mapaccess, d, m, k, Int32(try pc.types.descriptor(try typeOf(ie.x))), w: 1))
            return [(d, mt.elem), (ok, Typ.bool)]
        }
        if let l = e as? ListExpr { return try l.elemList.map { (try expr($0), try typeOf($0)) } }
        throw Unsupported(e.pos, "comma-ok form")
    }

    func name(_ n: Name) throws -> Int32 {
        guard let obj = info.objectOf(n) else { throw Unsupported(n.pos, "name \(n.value)") }
        switch obj {
        case let v as Var:
            return load(try lvalue(of: v, n.pos), ty(v.type))
        case let f as Func:
            let fi: Int
            if f.signature?.typeParams.isEmpty == false {
                fi = try genericInstance(f, n)
            } else {
                guard let i = pc.funcIndex[ObjectIdentifier(f)] else { throw Unsupported(n.pos, "function value \(f.name)") }
                fi = i
            }
            let d = alloc(try typeOf(n))
            emit(Instr(.roaddr, d, Int32(pc.staticClosure(fi))))
            return d
        case is NilObj:
            let t = try typeOf(n)
            let d = alloc(t is GoBasic ? GoPointer(Typ.int) : t)
            emit(Instr(.zero, d, 0, Int32(TypeTable.slotSize(t is GoBasic ? Typ.int : t))))
            return d
        default: throw Unsupported(n.pos, "name \(n.value)")
        }
    }

    // MARK: Conversions

    /// Converts an assignable value of type `from` to `to` (interfaces; otherwise identity).
    func convert(_ s: Int32, from: GoType, to: GoType, at: Pos) throws -> Int32 {
        guard let ti = to.underlying as? GoInterface else { return s }
        if let fb = from as? GoBasic, fb.kind == .untypedNil {
            let d = alloc(to)
            emit(Instr(.zero, d, 0, 16))
            return d
        }
        if let fi = from.underlying as? GoInterface {
            if ti.allMethods.isEmpty {
                if fi.allMethods.isEmpty { return s }
                let d = alloc(to)
                emit(Instr(.iface2e, d, s))
                return d
            }
            if TypeTable.key(from) == TypeTable.key(to) { return s }
            // Non-empty to non-empty: a dynamic itab lookup. The comma-ok
            // form, so a nil source converts to nil (the checker proved the
            // methods are there: the lookup cannot fail otherwise).
            let d = alloc(to)
            let e = alloc(GoInterface(methods: [], embeddeds: []))
            if !fi.allMethods.isEmpty { emit(Instr(.iface2e, e, s)) } else { copyValue(e, s, to) }
            emit(Instr(.asserti, d, e, Int32(try pc.types.descriptor(to)), word(), w: 8 | 1))
            return d
        }
        var from = from
        if let b = from as? GoBasic, b.info.contains(.isUntyped) { from = defaultTypeOf(b) }
        let tab = ti.allMethods.isEmpty ? try pc.types.descriptor(from) : try pc.types.itab(from, to, pos: at)
        let d = alloc(to)
        let direct = TypeTable.isDirectIface(from)
        emit(Instr(.mkiface, d, s, Int32(tab), Int32(try pc.types.descriptor(from)), w: direct ? 1 : 0))
        return d
    }

    /// An explicit conversion T(x).
    func conversion(_ c: CallExpr, to t: GoType) throws -> Int32 {
        guard c.argList.count == 1 else { throw Unsupported(c.pos, "conversion") }
        let x = c.argList[0]
        // T(3.14) in a generic body: not a constant in Go, but the value
        // is the constant converted to the instance's type argument.
        if !tmap.isEmpty, let tv = info.types[ObjectIdentifier(x)], let cv = tv.value, t.underlying is GoBasic,
           isString(t) == isString(ty(tv.type)) {
            return try constant(cv, t, c.pos)
        }
        let from = try typeOf(x)
        let s = try expr(x)
        let fu = from.underlying, tu = t.underlying
        if tu is GoInterface { return try convert(s, from: from, to: t, at: c.pos) }
        if let tb = tu as? GoBasic, let fb = fu as? GoBasic {
            if tb.info.contains(.isString) {
                if fb.info.contains(.isString) { return s }
                if fb.info.contains(.isInteger) {
                    let d = alloc(Typ.string)
                    emit(Instr(.runestr, d, s))
                    return d
                }
                throw Unsupported(c.pos, "conversion to string")
            }
            if fb.info.contains(.isComplex) || tb.info.contains(.isComplex) {
                guard fb.info.contains(.isComplex) && tb.info.contains(.isComplex) else { throw Unsupported(c.pos, "conversion") }
                return complexConversion(s, from: fb, to: t)
            }
            if fb.kind == .unsafePointer || tb.kind == .unsafePointer {
                // unsafe.Pointer ↔ uintptr: the bits are unchanged, but a
                // pointer made from an integer must sit in a pointer slot
                // (the stack map names it: the GC and stack growth see it).
                if tb.kind == .unsafePointer && fb.kind != .unsafePointer {
                    let d = ptrWord()
                    emit(Instr(.mov8, d, s))
                    return d
                }
                return s
            }
            let fFloat = fb.info.contains(.isFloat), tFloat = tb.info.contains(.isFloat)
            let d = word()
            if fFloat && tFloat {
                if fb.kind == tb.kind { return s }
                emit(Instr(.f2f, d, s, w: tb.kind == .float32 ? 1 : 0))
                return d
            }
            if !fFloat && tFloat {
                emit(Instr(.i2f, d, s, w: (tb.kind == .float32 ? 1 : 0) | (fb.info.contains(.isUnsigned) ? 2 : 0)))
                return d
            }
            if fFloat && !tFloat {
                emit(Instr(.f2i, d, s, w: (fb.kind == .float32 ? 1 : 0) | (tb.info.contains(.isUnsigned) ? 2 : 0)))
                return narrow(d, t)
            }
            // integer to integer
            if case .scalar(let w, _) = TypeTable.shape(t), w != .i64 {
                emit(Instr(.ext, d, s, w: w.rawValue))
                return d
            }
            return s
        }
        if let ts = tu as? GoSlice, let fb = fu as? GoBasic, fb.info.contains(.isString) {
            let d = alloc(t)
            // Go's memory for the result decides its capacity (AllocationPlan.swift):
            // a constant string's exact length, a 32-element temporary buffer
            // when the conversion does not escape, the string's own bytes when
            // the []byte is also never written, else a size-class rounded copy.
            let constant = info.types[ObjectIdentifier(x)]?.value != nil
            let mode = pc.plan.stringToSlice(c)
            if !constant, let why = pc.plan.inliningDependence(c), pc.capObserved(ts.elem) {
                throw Unsupported(c.pos, "capacity of \(why)")
            }
            if let eb = ts.elem.underlying as? GoBasic, eb.kind == .uint8 {
                let w: UInt16 = constant ? 3 : (mode == .zeroCopy ? 2 : mode == .tmpBuf ? 1 : 0)
                emit(Instr(.str2bytes, d, s, w: w))
                return d
            }
            if let eb = ts.elem.underlying as? GoBasic, eb.kind == .int32 {
                let w: UInt16 = constant ? 2 : (mode == .copy ? 0 : 1)
                emit(Instr(.str2runes, d, s, w: w))
                return d
            }
        }
        if let tb = tu as? GoBasic, tb.info.contains(.isString), let fs = fu as? GoSlice {
            let d = alloc(Typ.string)
            if let eb = fs.elem.underlying as? GoBasic, eb.kind == .uint8 { emit(Instr(.bytes2str, d, s)); return d }
            if let eb = fs.elem.underlying as? GoBasic, eb.kind == .int32 { emit(Instr(.runes2str, d, s)); return d }
        }
        if fu is GoSlice, let arr = (tu as? GoArray) ?? ((tu as? GoPointer)?.elem.underlying as? GoArray) {
            let d = alloc(t)
            let isPtr = tu is GoPointer
            emit(Instr(.slice2arr, d, s, Int32(arr.len), Int32(TypeTable.size(arr.elem)), w: isPtr ? 1 : 0))
            return d
        }
        // *T ↔ unsafe.Pointer, or the same underlying type: the
        // representation is unchanged (both are pointer slots).
        return s
    }

    /// complex64 ↔ complex128: each part converted as a float (Go rounds
    /// each part on narrowing); the same size is the same representation.
    func complexConversion(_ s: Int32, from fb: GoBasic, to t: GoType) -> Int32 {
        let to64 = isC64(t)
        if (fb.kind == .complex64) == to64 { return s }
        let d = alloc(t)
        for part: Int32 in 0..<2 {
            let r = word()
            if to64 {
                emit(Instr(.f2f, r, s + 8 * part, w: 1))
                emit(Instr(.stf, d + 4 * part, r, w: Width.u32.rawValue))
            } else {
                emit(Instr(.ldf, r, s + 4 * part, w: Width.u32.rawValue))
                emit(Instr(.f2f, d + 8 * part, r, w: 0))
            }
        }
        return d
    }

    /// Truncates a 64-bit result to the width of an integer type.
    func narrow(_ s: Int32, _ t: GoType) -> Int32 {
        if case .scalar(let w, let f) = TypeTable.shape(t), !f, w != .i64, !isBool(t) {
            emit(Instr(.ext, s, s, w: w.rawValue))
        }
        return s
    }

    func isBool(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.info.contains(.isBoolean) == true }
    func isString(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.info.contains(.isString) == true }
    func isFloat(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.info.contains(.isFloat) == true }
    func isUnsigned(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.info.contains(.isUnsigned) == true }
    func isF32(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.kind == .float32 }
    func isComplex(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.info.contains(.isComplex) == true }
    func isC64(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.kind == .complex64 }

    // MARK: Operators

    func unary(_ o: Operation) throws -> Int32 {
        let t = try typeOf(o)
        switch o.op {
        case .and:
            // &x: the address of a variable, field or element; &T{...} allocates.
            if let cl = unparen(o.x) as? CompositeLit {
                let lt = try typeOf(cl)
                let v = try compositeLit(cl)
                let p = ptrWord()
                emit(Instr(.new, p, Int32(try pc.types.descriptor(lt))))
                switch TypeTable.shape(lt) {
                case .scalar(let w, _): emit(Instr(.store, p, v, 0, w: w.rawValue))
                case .memory(let n): if n > 0 { emit(Instr(.storem, p, v, 0, Int32(n))) }
                }
                return p
            }
            let lv = try lvalueExpr(o.x)
            switch lv {
            case .mem(let p, let off):
                if off == 0 { return p }
                let d = ptrWord()
                emit(Instr(.lea, d, p, off))
                return d
            case .slot(let s), .fmem(let s):
                // A variable escape analysis keeps on the stack (only types
                // whose slot form is their memory form get here; see
                // GomemDriver/Placement.swift). The pointer lives in a slot
                // the stack map names, so stack growth adjusts it.
                let d = ptrWord()
                emit(Instr(.frameaddr, d, s))
                return d
            default: throw Unsupported(o.pos, "address of a stack variable")
            }
        case .mul:
            let p = try expr(o.x)
            return load(.mem(p, 0), t)
        case .sub:
            let x = try expr(o.x)
            if isComplex(t) {
                let d = alloc(t)
                emit(Instr(.cneg, d, x, w: isC64(t) ? 1 : 0))
                return d
            }
            let d = word()
            if isFloat(t) { emit(Instr(.fneg, d, x, w: isF32(t) ? 1 : 0)); return d }
            emit(Instr(.neg, d, x))
            return narrow(d, t)
        case .add: return try expr(o.x)
        case .xor:
            let x = try expr(o.x)
            let d = word()
            emit(Instr(.com, d, x))
            return narrow(d, t)
        case .not:
            let x = try expr(o.x)
            let d = word()
            emit(Instr(.not, d, x))
            return d
        case .recv:
            let d = alloc(t)
            _ = word()
            emit(Instr(.chanrecv, d, try expr(o.x)))
            noteCall(64)
            return d
        default: throw Unsupported(o.pos, "operator \(o.op)")
        }
    }

    func binary(_ o: Operation, _ x: Expr, _ y: Expr) throws -> Int32 {
        if o.op == .andAnd || o.op == .orOr {
            let d = word()
            let a = try expr(x)
            emit(Instr(.mov8, d, a))
            let j = emit(Instr(o.op == .andAnd ? .jumpifnot : .jumpif, 0, d))
            let b = try expr(y)
            emit(Instr(.mov8, d, b))
            patch(j, to: here)
            return d
        }
        var xt = try typeOf(x), yt = try typeOf(y)
        let t = try typeOf(o)
        switch o.op {
        case .eql, .neq, .lss, .leq, .gtr, .geq:
            // Compare in the operands' common type.
            if let b = xt as? GoBasic, b.kind == .untypedNil { xt = yt }
            if let b = yt as? GoBasic, b.kind == .untypedNil { yt = xt }
            var ct = xt
            if xt.underlying is GoInterface && !(yt.underlying is GoInterface) { ct = xt }
            if yt.underlying is GoInterface && !(xt.underlying is GoInterface) { ct = yt }
            var a = try expr(x), b = try expr(y)
            a = try convert(a, from: try typeOf(x), to: ct, at: o.pos)
            b = try convert(b, from: try typeOf(y), to: ct, at: o.pos)
            return try compare(o.op, a, b, ct, o.pos)
        default: break
        }
        let a = try expr(x)
        if o.op == .shl || o.op == .shr {
            let (b, ct) = try shiftCount(y)
            return try arith(o.op, a, b, t, shiftCount: ct, o.pos)
        }
        let b = try expr(y)
        return try arith(o.op, a, b, t, shiftCount: yt, o.pos)
    }

    /// A shift count and the type it is shifted by. A constant count (of
    /// any untyped kind: `x<<1.`, `x<<(1+0i)`, `x<<(MaxUint+0)`) is the
    /// non-negative integer the checker proved it to be, as a uint.
    func shiftCount(_ y: Expr) throws -> (Int32, GoType) {
        if let cv = info.types[ObjectIdentifier(y)]?.value {
            return (try constant(cv.real, Typ.uint, y.pos), Typ.uint)
        }
        return (try expr(y), try typeOf(y))
    }

    func arith(_ op: Operator, _ a: Int32, _ b: Int32, _ t: GoType, shiftCount: GoType, _ at: Pos) throws -> Int32 {
        if isString(t) {
            guard op == .add else { throw Unsupported(at, "string operator") }
            let d = alloc(Typ.string)
            emit(Instr(.concat, d, a, b))
            return d
        }
        if isComplex(t) {
            let d = alloc(t)
            let w: UInt16 = isC64(t) ? 1 : 0
            switch op {
            case .add: emit(Instr(.cadd, d, a, b, w: w))
            case .sub: emit(Instr(.csub, d, a, b, w: w))
            case .mul: emit(Instr(.cmul, d, a, b, w: w))
            case .div: emit(Instr(.cdiv, d, a, b, w: w))
            default: throw Unsupported(at, "complex operator \(op)")
            }
            return d
        }
        let d = word()
        if isFloat(t) {
            let w: UInt16 = isF32(t) ? 1 : 0
            switch op {
            case .add: emit(Instr(.fadd, d, a, b, w: w))
            case .sub: emit(Instr(.fsub, d, a, b, w: w))
            case .mul: emit(Instr(.fmul, d, a, b, w: w))
            case .div: emit(Instr(.fdiv, d, a, b, w: w))
            default: throw Unsupported(at, "float operator \(op)")
            }
            return d
        }
        let u = isUnsigned(t)
        switch op {
        case .add: emit(Instr(.add, d, a, b))
        case .sub: emit(Instr(.sub, d, a, b))
        case .mul: emit(Instr(.mul, d, a, b))
        case .div: emit(Instr(u ? .divu : .divs, d, a, b))
        case .rem: emit(Instr(u ? .remu : .rems, d, a, b))
        case .and: emit(Instr(.and, d, a, b))
        case .or: emit(Instr(.or, d, a, b))
        case .xor: emit(Instr(.xor, d, a, b))
        case .andNot: emit(Instr(.andnot, d, a, b))
        case .shl, .shr:
            let signedCount: UInt16 = isUnsigned(shiftCount) ? 0 : 1
            if op == .shl { emit(Instr(.shl, d, a, b, w: signedCount)) } else { emit(Instr(u ? .shru : .shrs, d, a, b, w: signedCount)) }
            if op == .shr, u, case .scalar(let w, _) = TypeTable.shape(t), w != .i64 {
                // zero-extended operand: a logical shift is already right
                _ = w
            }
        default: throw Unsupported(at, "operator \(op)")
        }
        return narrow(d, t)
    }

    func compare(_ op: Operator, _ a: Int32, _ b: Int32, _ t: GoType, _ at: Pos) throws -> Int32 {
        let d = word()
        let u = t.underlying
        if isString(t) {
            if op == .eql || op == .neq {
                emit(Instr(.streq, d, a, b))
                if op == .neq { emit(Instr(.not, d, d)) }
                return d
            }
            let c = word()
            emit(Instr(.strcmp, c, a, b))
            let z = iconst(0)
            switch op {
            case .lss: emit(Instr(.lts, d, c, z))
            case .leq: emit(Instr(.les, d, c, z))
            case .gtr: emit(Instr(.lts, d, z, c))
            default: emit(Instr(.les, d, z, c))
            }
            return d
        }
        if isFloat(t) {
            let w: UInt16 = isF32(t) ? 1 : 0
            switch op {
            case .eql: emit(Instr(.feq, d, a, b, w: w))
            case .neq: emit(Instr(.fne, d, a, b, w: w))
            case .lss: emit(Instr(.flt, d, a, b, w: w))
            case .leq: emit(Instr(.fle, d, a, b, w: w))
            case .gtr: emit(Instr(.flt, d, b, a, w: w))
            default: emit(Instr(.fle, d, b, a, w: w))
            }
            return d
        }
        if u is GoInterface {
            emit(Instr(.ifaceeq, d, a, b, w: (u as! GoInterface).allMethods.isEmpty ? 0 : 1))
            if op == .neq { emit(Instr(.not, d, d)) }
            return d
        }
        if u is GoStruct || u is GoArray {
            emit(Instr(.valeq, d, a, b, Int32(try pc.types.descriptor(t))))
            if op == .neq { emit(Instr(.not, d, d)) }
            return d
        }
        if u is GoSlice {
            // only comparison with nil: compare the data pointer
            switch op {
            case .eql: emit(Instr(.eq, d, a, b))
            default: emit(Instr(.ne, d, a, b))
            }
            return d
        }
        if isComplex(t) {
            emit(Instr(.ceq, d, a, b, w: isC64(t) ? 1 : 0))
            if op == .neq { emit(Instr(.not, d, d)) }
            return d
        }
        let uns = isUnsigned(t)
        switch op {
        case .eql: emit(Instr(.eq, d, a, b))
        case .neq: emit(Instr(.ne, d, a, b))
        case .lss: emit(Instr(uns ? .ltu : .lts, d, a, b))
        case .leq: emit(Instr(uns ? .leu : .les, d, a, b))
        case .gtr: emit(Instr(uns ? .ltu : .lts, d, b, a))
        default: emit(Instr(uns ? .leu : .les, d, b, a))
        }
        return d
    }

    // MARK: Places

    func lvalueExpr(_ e: Expr) throws -> LValue {
        let e = unparen(e)
        switch e {
        case let n as Name:
            if n.value == "_" { return .blank }
            guard let v = info.objectOf(n) as? Var else { throw Unsupported(n.pos, "assignment to \(n.value)") }
            return try lvalue(of: v, n.pos)
        case let o as Operation where o.op == .mul && o.y == nil:
            let p = try expr(o.x)
            emit(Instr(.nilchk, p))
            return .mem(p, 0)
        case let s as SelectorExpr:
            guard let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal else {
                throw Unsupported(s.pos, "selector as a place")
            }
            return try fieldPlace(s.x, path: sel.index, at: s.pos)
        case let i as IndexExpr:
            let xt = try typeOf(i.x)
            if let mt = xt.underlying as? GoMap {
                let m = try expr(i.x)
                let k = try convert(try expr(i.index), from: try typeOf(i.index), to: mt.key, at: i.pos)
                return .mapEntry(m, k, Int32(try pc.types.descriptor(xt)))
            }
            return try elementPlace(i)
        default: throw Unsupported(e.pos, "assignment target")
        }
    }

    /// The place of x.f1.f2... following an embedding path.
    func fieldPlace(_ x: Expr, path: [Int], at: Pos) throws -> LValue {
        var t = try typeOf(x)
        var lv: LValue
        if t.underlying is GoPointer {
            let p = try expr(x)
            lv = .mem(p, 0)
            emit(Instr(.nilchk, p))
            t = (t.underlying as! GoPointer).elem
        } else if isAddressable(x) {
            lv = try lvalueExpr(x)
        } else {
            lv = .fmem(try expr(x))
        }
        for (k, i) in path.enumerated() {
            if k > 0, let p = t.underlying as? GoPointer {
                let ptr = load(lv, t)
                emit(Instr(.nilchk, ptr))
                lv = .mem(ptr, 0)
                t = p.elem
            }
            guard let st = t.underlying as? GoStruct else { throw Unsupported(at, "field of non-struct") }
            let off = Int32(Sizes.offsetsof(st.fields)[i])
            lv = offsetPlace(lv, off)
            t = ty(st.fields[i].type)
        }
        return lv
    }

    func offsetPlace(_ lv: LValue, _ off: Int32) -> LValue {
        switch lv {
        case .slot(let s): return .fmem(s + off)
        case .fmem(let s): return .fmem(s + off)
        case .mem(let p, let o): return .mem(p, o + off)
        case .blank, .mapEntry: return .blank
        }
    }

    func isAddressable(_ e: Expr) -> Bool {
        info.types[ObjectIdentifier(e)]?.addressable == true
    }

    /// The place of x[i] (slice, array, pointer to array): x is evaluated
    /// before the index, as Go orders `f()[g()]`.
    func elementPlace(_ i: IndexExpr) throws -> LValue {
        let xt = try typeOf(i.x)
        switch xt.underlying {
        case let s as GoSlice:
            let sv = try expr(i.x)
            let idx = try expr(i.index)
            emit(Instr(.bchk, idx, sv + 8))
            let p = ptrWord()
            emit(Instr(.elemaddr, p, sv, idx, Int32(TypeTable.size(s.elem))))
            return .mem(p, 0)
        case let a as GoArray:
            let n = iconst(a.len)
            let es = Int32(TypeTable.size(a.elem))
            if isAddressable(i.x) {
                let lv = try lvalueExpr(i.x)
                let idx = try expr(i.index)
                emit(Instr(.bchk, idx, n))
                if case .mem(let p, let off) = lv {
                    let q = ptrWord()
                    emit(Instr(.elemaddr, q, p, idx, es))
                    return .mem(q, off)
                }
                if let c = info.types[ObjectIdentifier(i.index)]?.value, let k = c.toInt().int64Value {
                    return offsetPlace(lv, Int32(k) * es)
                }
                // A frame-resident array with a dynamic index: a transient frame address.
                let base: Int32
                switch lv { case .slot(let s), .fmem(let s): base = s; default: throw Unsupported(i.pos, "index") }
                // Pointer slots (in the stack map) so stack growth during a
                // call between here and the use adjusts them.
                let fa = ptrWord()
                emit(Instr(.frameaddr, fa, base))
                let q = ptrWord()
                emit(Instr(.elemaddr, q, fa, idx, es))
                return .mem(q, 0)
            }
            let v = try expr(i.x)
            let idx = try expr(i.index)
            emit(Instr(.bchk, idx, n))
            let fa = ptrWord()
            emit(Instr(.frameaddr, fa, v))
            let q = ptrWord()
            emit(Instr(.elemaddr, q, fa, idx, es))
            return .mem(q, 0)
        case let p as GoPointer:
            guard let a = p.elem.underlying as? GoArray else { throw Unsupported(i.pos, "index of pointer") }
            let pv = try expr(i.x)
            let idx = try expr(i.index)
            emit(Instr(.nilchk, pv))
            let n = iconst(a.len)
            emit(Instr(.bchk, idx, n))
            let q = ptrWord()
            emit(Instr(.elemaddr, q, pv, idx, Int32(TypeTable.size(a.elem))))
            return .mem(q, 0)
        default: throw Unsupported(i.pos, "index expression")
        }
    }

    func index(_ i: IndexExpr) throws -> Int32 {
        let xt = try typeOf(i.x)
        let t = try typeOf(i)
        if xt.underlying is GoMap { return load(try lvalueExpr(i), t) }
        if xt.underlying is GoSignature || info.types[ObjectIdentifier(i.x)]?.isType == true {
            // F[int] as a function value: the instance's static closure.
            if let n = unparen(i.x) as? Name, let f = info.objectOf(n) as? Func, f.signature?.typeParams.isEmpty == false {
                let d = alloc(t)
                emit(Instr(.roaddr, d, Int32(pc.staticClosure(try genericInstance(f, n)))))
                return d
            }
            throw Unsupported(i.pos, "method values of generic methods")
        }
        if isString(xt) {
            let s = try expr(i.x)
            let idx = try expr(i.index)
            emit(Instr(.bchk, idx, s + 8))
            let p = word()
            emit(Instr(.add, p, s, idx))
            let d = word()
            emit(Instr(.load, d, p, 0, w: Width.u8.rawValue))
            return d
        }
        return load(try elementPlace(i), t)
    }

    func selector(_ s: SelectorExpr) throws -> Int32 {
        if let sel = info.selections[ObjectIdentifier(s)] {
            switch sel.kind {
            case .fieldVal:
                return load(try fieldPlace(s.x, path: sel.index, at: s.pos), try typeOf(s))
            case .methodVal:
                guard let m1 = sel.obj as? Func else { throw Unsupported(s.pos, "method value") }
                let (m0, selIndex) = try concreteSelection(s, m1, sel.index)
                let m = concreteMethod(m0)
                let xt = try typeOf(s.x)
                if let (path, mi) = try ifaceMethod(xt, selIndex, m) {
                    // x.M of an interface (or of one embedded in a struct):
                    // the interface value is evaluated and nil-checked now,
                    // as Go does, and captured by value in the closure.
                    let (iv, it) = try ifaceValue(s.x, path)
                    emit(Instr(.nilchk, iv))
                    let w = try pc.ifaceMethodWrapper(it, m, index: mi)
                    let d = ptrWord()
                    emit(Instr(.mkclosure, d, Int32(w), 2, iv))
                    return d
                }
                let target = try methodTarget(m, s.pos)
                let (rv, rt) = try receiver(s.x, xt, m, selIndex)
                let box = ptrWord()
                emit(Instr(.new, box, Int32(try pc.types.descriptor(rt))))
                store(.mem(box, 0), rv, rt)
                let w = try pc.methodWrapper(m, target: target, exprRecv: nil)
                let d = ptrWord()
                emit(Instr(.mkclosure, d, Int32(w), 1, box))
                return d
            case .methodExpr:
                // T.M, (*T).M, I.M: a func value whose first parameter is
                // the receiver.
                guard var m = sel.obj as? Func else { throw Unsupported(s.pos, "method expression") }
                // In a generic body, T.M or List[T].M of this instance: the
                // method is looked up again on the substituted type.
                let recvT = ty(sel.recv)
                var selIndex = sel.index
                if !tmap.isEmpty && mentionsTypeParam(sel.recv) {
                    let r = lookupFieldOrMethod(recvT, addressable: false, pkg: m.pkg, name: m.name)
                    guard let f = r.obj as? Func, let idx = r.index else { throw Unsupported(s.pos, "method expression") }
                    m = f; selIndex = idx
                }
                let w: Int
                if let iface = recvT.underlying as? GoInterface {
                    guard let mi = iface.allMethods.firstIndex(where: { $0.name == m.name }) else {
                        throw Unsupported(s.pos, "method expression")
                    }
                    w = try pc.ifaceMethodExprWrapper(recvT, m, index: mi)
                } else if selIndex.count > 1 {
                    // A promoted method: through the wrapper that gives
                    // recvT the method.
                    let target = try pc.promotedWrapper(recvT, m)
                    w = try pc.methodWrapper(m, target: target, exprRecv: recvT, targetRecv: recvT)
                } else {
                    let target = try methodTarget(m, s.pos)
                    w = try pc.methodWrapper(m, target: target, exprRecv: recvT)
                }
                let d = ptrWord()
                emit(Instr(.roaddr, d, Int32(pc.staticClosure(w))))
                return d
            }
        }
        // A qualified identifier pkg.Name.
        if let x = s.x as? Name, let pn = info.objectOf(x) as? PkgName {
            let full = "\(pn.imported.path).\(s.sel.value)"
            if let obj = info.objectOf(s.sel) as? Func, obj.pkg != nil, let fi = pc.native(full) {
                _ = obj
                let d = ptrWord()
                emit(Instr(.roaddr, d, Int32(pc.staticClosure(fi))))
                return d
            }
            if let v = info.objectOf(s.sel) as? Var, let fi = pc.native(full) {
                // A standard package variable: a global the entry function
                // sets from the native of the same name (os.Args, os.Stdout).
                let off = pc.globalOffset(v)
                pc.stdVars[off] = (v, fi)
                let p = ptrWord()
                emit(Instr(.bssaddr, p, Int32(off)))
                return load(.mem(p, 0), ty(v.type))
            }
            throw Unsupported(s.pos, full)
        }
        throw Unsupported(s.pos, "selector")
    }

    // MARK: Slices

    func sliceExpr(_ s: SliceExpr) throws -> Int32 {
        let xt = try typeOf(s.x)
        let t = try typeOf(s)
        let src = words(3)
        var w: UInt16 = 0
        var es = 1
        switch xt.underlying {
        case let sl as GoSlice:
            let v = try expr(s.x)
            emit(Instr(.move, src, v, 24))
            es = TypeTable.size(sl.elem)
        case let b as GoBasic where b.info.contains(.isString):
            let v = try expr(s.x)
            emit(Instr(.move, src, v, 16))
            emit(Instr(.mov8, src + 16, src + 8))
            w = 1
        case let p as GoPointer:
            guard let a = p.elem.underlying as? GoArray else { throw Unsupported(s.pos, "slice of pointer") }
            let v = try expr(s.x)
            emit(Instr(.nilchk, v))
            emit(Instr(.mov8, src, v))
            setConst(src + 8, a.len); setConst(src + 16, a.len)
            es = TypeTable.size(a.elem)
            w = 2
        case let a as GoArray:
            let lv = try lvalueExpr(s.x)
            switch lv {
            case .mem(let p, let off): emit(Instr(.lea, src, p, off))
            // An array escape analysis keeps on the stack: the slice points
            // into the frame from a pointer slot (growth adjusts it).
            case .slot(let f), .fmem(let f): emit(Instr(.frameaddr, src, f))
            default: throw Unsupported(s.pos, "slice of a stack array")
            }
            setConst(src + 8, a.len); setConst(src + 16, a.len)
            es = TypeTable.size(a.elem)
            w = 2
        default: throw Unsupported(s.pos, "slice expression")
        }
        let idx = words(3)
        if let lo = s.index[0] { emit(Instr(.mov8, idx, try expr(lo))) } else { setConst(idx, 0) }
        if let hi = s.index[1] { emit(Instr(.mov8, idx + 8, try expr(hi))) } else { emit(Instr(.mov8, idx + 8, src + 8)); w |= 8 }
        if s.full, let mx = s.index[2] { emit(Instr(.mov8, idx + 16, try expr(mx))); w |= 4 } else { emit(Instr(.mov8, idx + 16, src + 16)) }
        let d = alloc(t)
        emit(Instr(.reslice, d, src, idx, Int32(es), w: w))
        // keep the source words alive as pointers for the GC
        ptrMask[Int(src) / 8] = true
        return d
    }

    // MARK: Composite literals

    func compositeLit(_ c: CompositeLit) throws -> Int32 {
        let t = try typeOf(c)
        if let p = t.underlying as? GoPointer {
            // An elided &T{...} inside a composite literal of pointers.
            let v = try compositeLit(c, as: p.elem)
            let d = ptrWord()
            emit(Instr(.new, d, Int32(try pc.types.descriptor(p.elem))))
            store(.mem(d, 0), v, p.elem)
            return d
        }
        return try compositeLit(c, as: t)
    }

    func compositeLit(_ c: CompositeLit, as t: GoType) throws -> Int32 {
        switch t.underlying {
        case let st as GoStruct:
            let d = alloc(t)
            emit(Instr(.zero, d, 0, Int32(TypeTable.slotSize(t))))
            let offs = Sizes.offsetsof(st.fields)
            for (k, el) in c.elemList.enumerated() {
                var fi = k
                var ve = el
                if let kv = el as? KeyValueExpr, let n = kv.key as? Name {
                    guard let j = st.fields.firstIndex(where: { $0.name == n.value }) else { throw Unsupported(kv.pos, "field") }
                    fi = j; ve = kv.value
                }
                let ft = ty(st.fields[fi].type)
                let v = try convert(try expr(ve), from: try typeOf(ve), to: ft, at: ve.pos)
                store(.fmem(d + Int32(offs[fi])), v, ft)
            }
            return d
        case let at as GoArray:
            let d = alloc(t)
            emit(Instr(.zero, d, 0, Int32(TypeTable.slotSize(t))))
            let es = TypeTable.size(at.elem)
            var i: Int64 = 0
            for el in c.elemList {
                var ve = el
                if let kv = el as? KeyValueExpr {
                    guard let k = info.types[ObjectIdentifier(kv.key)]?.value?.toInt().int64Value else { throw Unsupported(kv.pos, "array key") }
                    i = k; ve = kv.value
                }
                let v = try convert(try expr(ve), from: try typeOf(ve), to: at.elem, at: ve.pos)
                store(.fmem(d + Int32(i) * Int32(es)), v, at.elem)
                i += 1
            }
            return d
        case let sl as GoSlice:
            // Length: highest index + 1.
            var n: Int64 = 0, i: Int64 = 0
            for el in c.elemList {
                if let kv = el as? KeyValueExpr, let k = info.types[ObjectIdentifier(kv.key)]?.value?.toInt().int64Value { i = k }
                i += 1
                n = max(n, i)
            }
            let d = alloc(t)
            let ln = iconst(n)
            emit(Instr(.makeslice, d, ln, ln, Int32(try pc.types.descriptor(sl.elem))))
            let es = Int32(TypeTable.size(sl.elem))
            i = 0
            for el in c.elemList {
                var ve = el
                if let kv = el as? KeyValueExpr {
                    i = info.types[ObjectIdentifier(kv.key)]?.value?.toInt().int64Value ?? i
                    ve = kv.value
                }
                let v = try convert(try expr(ve), from: try typeOf(ve), to: sl.elem, at: ve.pos)
                store(.mem(d, Int32(i) * es), v, sl.elem)
                i += 1
            }
            return d
        case let mt as GoMap:
            let d = ptrWord()
            let n = iconst(Int64(c.elemList.count))
            emit(Instr(.makemap, d, n, Int32(try pc.types.descriptor(t))))
            for el in c.elemList {
                guard let kv = el as? KeyValueExpr else { throw Unsupported(el.pos, "map literal element") }
                let k = try convert(try compositeElem(kv.key, mt.key), from: try typeOf(kv.key), to: mt.key, at: kv.pos)
                let v = try convert(try compositeElem(kv.value, mt.elem), from: try typeOf(kv.value), to: mt.elem, at: kv.pos)
                emit(Instr(.mapassign, d, k, v))
            }
            return d
        case is GoPointer: throw Unsupported(c.pos, "composite literal")
        default: throw Unsupported(c.pos, "composite literal")
        }
    }

    func methodTarget(_ m: Func, _ at: Pos) throws -> Int {
        if let fi = pc.funcIndex[ObjectIdentifier(m)] { return fi }
        if let fi = try pc.instanceMethodIndex(m, at) { return fi }
        var rt = m.signature?.recv?.type ?? Typ.invalid
        if let p = rt as? GoPointer { rt = p.elem }
        if let n = rt as? GoNamed, let p = n.obj.pkg, p.path != "main", let fi = pc.native("\(p.path).\(n.obj.name).\(m.name)") { return fi }
        throw Unsupported(at, "method \(m.name)")
    }

    /// An element of a composite literal (elided inner literal types are typed by the checker).
    func compositeElem(_ e: Expr, _ t: GoType) throws -> Int32 { try expr(e) }

    /// Go's name for this function's n-th function literal: main.f.func1,
    /// main.(*T).M.func2; inside a literal main.f.func1.1; in package
    /// variable initialisers main.init.func1.
    func closureName(_ n: Int) -> String {
        if pc.litFuncs.contains(index) { return pc.funcNames[index] + ".\(n)" }
        if pc.funcNames[index] == "runtime.main" { return "main.init.func\(n)" }
        return pc.funcNames[index] + ".func\(n)"
    }

    func funcLit(_ f: FuncLit) throws -> Int32 {
        let idx = pc.newFunction(closureName(litCount + 1))
        pc.litFuncs.insert(idx)
        litCount += 1
        pc.pendingLits.append((f, idx, tmap))
        return try makeClosure(idx, capturing: info.captures[ObjectIdentifier(f)] ?? [], at: f.pos, what: "capture of")
    }

    /// A func value for function idx whose closure holds the cells of the
    /// captured variables (each boxed here, or already captured by this
    /// function: then read from its own closure).
    func makeClosure(_ idx: Int, capturing caps: [Var], at pos: Pos, what: String) throws -> Int32 {
        let base = words(max(caps.count, 1))
        for (i, v) in caps.enumerated() {
            ptrMask[Int(base) / 8 + i] = true
            switch try loc(v, pos) {
            case .box(let s): emit(Instr(.mov8, base + Int32(8 * i), s))
            case .captured(let j):
                let p = ptrWord()
                emit(Instr(.mov8, p, Int32(FrameLayout.context)))
                emit(Instr(.load, base + Int32(8 * i), p, Int32(FuncVal.capturedOffset + 8 * j), w: Width.i64.rawValue))
            default: throw Unsupported(pos, "\(what) \(v.name)")
            }
        }
        let d = ptrWord()
        emit(Instr(.mkclosure, d, Int32(idx), Int32(caps.count), base))
        return d
    }

    // MARK: Type assertions

    func assertion(_ a: AssertExpr, commaOk: Bool) throws -> [(Int32, GoType)] {
        let xt = try typeOf(a.x)
        guard let t0 = info.types[ObjectIdentifier(a.type)]?.type ?? info.typeOf(a) else { throw Unsupported(a.pos, "assertion") }
        let t = ty(t0)
        let x = try expr(a.x)
        emit(Instr(.nop, Int32(try pc.types.descriptor(xt))))
        let nonEmpty = !((xt.underlying as? GoInterface)?.allMethods.isEmpty ?? true)
        var res: [(Int32, GoType)] = []
        if t.underlying is GoInterface {
            let d = alloc(t)
            let ok = word()
            let empty = (t.underlying as! GoInterface).allMethods.isEmpty
            emit(Instr(.asserti, d, x, Int32(try pc.types.descriptor(t)), ok, w: (commaOk ? 1 : 0) | (empty ? 4 : 0) | (nonEmpty ? 2 : 0)))
            res = [(d, t), (ok, Typ.bool)]
        } else {
            let d = alloc(t)
            let ok = word()
            let size = TypeTable.size(t)
            var w: UInt16 = commaOk ? 1 : 0
            if TypeTable.isDirectIface(t) { w |= 2 }
            if nonEmpty { w |= 8 }
            if case .scalar(let wd, _) = TypeTable.shape(t) { w |= wd.rawValue << 4 }
            emit(Instr(.assert, d, x, Int32(try pc.types.descriptor(t)), ok, w: w))
            _ = size
            res = [(d, t), (ok, Typ.bool)]
        }
        return commaOk ? res : [res[0]]
    }
}
