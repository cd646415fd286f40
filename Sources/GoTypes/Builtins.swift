// Builtins.swift — the predeclared functions and package unsafe's
// functions (types2 builtins.go): argument counts, special argument forms
// (make, new), constant results (len of constant strings and arrays,
// unsafe.Sizeof/Alignof/Offsetof, min/max, real/imag/complex of constants).
import GoSyntax

extension BuiltinId {
    var goName: String {
        switch self {
        case .add: return "Add"
        case .alignof: return "Alignof"
        case .offsetof: return "Offsetof"
        case .sizeof: return "Sizeof"
        case .slice: return "Slice"
        case .sliceData: return "SliceData"
        case .string: return "String"
        case .stringData: return "StringData"
        default: return "\(self)"
        }
    }
    /// (number of required arguments, variadic)
    var arity: (Int, Bool) {
        switch self {
        case .append: return (1, true)
        case .cap, .clear, .close, .imag, .len, .real, .new, .panic: return (1, false)
        case .complex, .copy, .delete: return (2, false)
        case .make: return (1, true)
        case .max, .min: return (1, true)
        case .print, .println: return (0, true)
        case .recover: return (0, false)
        case .add: return (2, false)
        case .alignof, .offsetof, .sizeof, .sliceData, .stringData: return (1, false)
        case .slice, .string: return (2, false)
        }
    }
    var isStatement: Bool {
        switch self {
        case .clear, .close, .copy, .delete, .panic, .print, .println, .recover: return true
        default: return false
        }
    }
}

extension Checker {
    func builtin(_ call: CallExpr, _ id: BuiltinId) -> Operand {
        let argList = call.argList
        var x = Operand.invalid(call)
        if call.hasDots && id != .append {
            error(call, invalidOp + "invalid use of ... with built-in \(id.goName)")
            use(argList)
            return x
        }
        let savedCR = ctx.hasCallOrRecv
        if id == .len || id == .cap { ctx.hasCallOrRecv = false }
        defer { if id == .len || id == .cap { ctx.hasCallOrRecv = savedCR } }
        var args: [Operand] = []
        var nargs = argList.count
        switch id {
        case .make, .new, .offsetof:
            break
        default:
            args = genericExprList(argList)
            nargs = args.count
            for a in args where a.mode == .invalid { return .invalid(call) }
            if nargs > 0 { x = args[0] }
        }
        let (need, variadic) = id.arity
        var msg = ""
        if nargs < need { msg = "not enough" } else if !variadic && nargs > need { msg = "too many" }
        if !msg.isEmpty {
            error(call, invalidOp + "\(msg) arguments for \(exprText(call)) (expected \(need), found \(nargs))")
            return .invalid(call)
        }
        switch id {
        case .append:
            guard let s = x.type.underlying as? GoSlice else {
                if x.isNil {
                    errorOp(x, "invalid append: argument must be a slice; have untyped nil")
                } else {
                    errorOp(x, "invalid append: argument must be a slice; have \(describe(x))")
                }
                return .invalid(call)
            }
            if nargs == 2 && call.hasDots {
                var ok = false
                let bs = GoSlice(Typ.byte)
                var c = ""
                if assignableTo(x, bs, cause: &c), isString(args[1].type) || isByteString(args[1].type) { ok = true }
                if ok {
                    x.mode = .value
                    return x
                }
            }
            let sig = GoSignature(params: GoTuple([Var(name: "", type: x.type, pkg: nil, pos: .none),
                                                   Var(name: "", type: GoSlice(s.elem), pkg: nil, pos: .none)]),
                                  results: GoTuple([Var(name: "", type: x.type, pkg: nil, pos: .none)]), variadic: true)
            arguments(call, sig, args)
            x.mode = .value
            return x
        case .cap, .len:
            var mode: OperandMode = .invalid
            var val: Constant = .unknown
            var t = x.type.underlying
            if let p = t as? GoPointer, let a = p.elem.underlying as? GoArray { t = a }
            switch t {
            case let b as GoBasic:
                if isString(b) && id == .len {
                    if x.mode == .constant, let s = x.val.stringBytes {
                        mode = .constant; val = .int(.init(s.count))
                    } else { mode = .value }
                }
            case let a as GoArray:
                mode = .value
                if !ctx.hasCallOrRecv {
                    mode = .constant
                    val = a.len >= 0 ? .int(.init(a.len)) : .unknown
                }
            case is GoSlice, is GoChan: mode = .value
            case is GoMap: if id == .len { mode = .value }
            default: break
            }
            if mode == .invalid {
                if isValid(x.type.underlying) {
                    errorOp(x, invalidArg + "\(describe(x)) for built-in \(id.goName)")
                }
                return .invalid(call)
            }
            if x.mode != .constant || mode != .constant { }
            return Operand(mode: mode, expr: call, type: Typ.int, val: val)
        case .clear:
            switch x.type.underlying {
            case is GoMap, is GoSlice: break
            default:
                errorOp(x, invalidArg + "cannot clear \(describe(x)): argument must be (or constrained by) map or slice")
                return .invalid(call)
            }
            return Operand(mode: .novalue, expr: call, type: emptyTuple)
        case .close:
            guard let c = x.type.underlying as? GoChan else {
                errorOp(x, invalidOp + "cannot close non-channel \(describe(x))")
                return .invalid(call)
            }
            if c.dir == .recvOnly {
                errorOp(x, invalidOp + "cannot close receive-only channel \(describe(x))")
                return .invalid(call)
            }
            return Operand(mode: .novalue, expr: call, type: emptyTuple)
        case .complex:
            var y = args[1]
            let d = defaultsForComplex(&x, &y)
            if !d { return .invalid(call) }
            if !identical(x.type, y.type) {
                errorOp(x, invalidOp + "\(exprText(call)) (mismatched types \(typeStr(x.type)) and \(typeStr(y.type)))")
                return .invalid(call)
            }
            var res: GoType
            switch (x.type.underlying as? GoBasic)?.kind {
            case .float32: res = Typ.complex64
            case .float64: res = Typ.complex128
            case .untypedFloat, .untypedInt, .untypedRune: res = Typ.untypedComplex
            default:
                errorOp(x, invalidArg + "arguments have type \(typeStr(x.type)), expected floating-point")
                return .invalid(call)
            }
            if x.mode == .constant && y.mode == .constant {
                let v = Constant.binaryOp(x.val.toFloat(), .add, Constant.binaryOp(Constant.complex(.int(0), .int(1)), .mul, y.val.toFloat()))
                x.val = v
            } else {
                x.mode = .value
            }
            if isTyped(res) == false && x.mode != .constant { res = Typ.complex128 }
            x.type = res
            x.expr = call
            return x
        case .copy:
            let y = args[1]
            guard let ds = x.type.underlying as? GoSlice else {
                errorOp(x, "invalid copy: argument must be a slice; have \(describe(x))")
                return .invalid(call)
            }
            var srcE: GoType? = nil
            if let ss = y.type.underlying as? GoSlice { srcE = ss.elem }
            else if isString(y.type) { srcE = Typ.byte }
            guard let se = srcE else {
                errorOp(y, "invalid copy: argument must be a slice; have \(describe(y))")
                return .invalid(call)
            }
            if !identical(ds.elem, se) {
                errorOp(x, "invalid copy: arguments \(describe(x)) and \(describe(y)) have different element types \(typeStr(ds.elem)) and \(typeStr(se))")
                return .invalid(call)
            }
            return Operand(mode: .value, expr: call, type: Typ.int)
        case .delete:
            guard let m = x.type.underlying as? GoMap else {
                errorOp(x, invalidArg + "\(describe(x)) is not a map")
                return .invalid(call)
            }
            var k = args[1]
            assignment(&k, m.key, context: "argument to delete")
            if k.mode == .invalid { return .invalid(call) }
            return Operand(mode: .novalue, expr: call, type: emptyTuple)
        case .imag, .real:
            if isUntyped(x.type) {
                if x.mode == .constant {
                    if isNumeric(x.type) { x.type = Typ.untypedComplex }
                } else {
                    convertUntyped(&x, Typ.complex128)
                    if x.mode == .invalid { return .invalid(call) }
                }
            }
            var res: GoType
            switch (x.type.underlying as? GoBasic)?.kind {
            case .complex64: res = Typ.float32
            case .complex128: res = Typ.float64
            case .untypedComplex: res = Typ.untypedFloat
            default:
                errorOp(x, invalidArg + "argument has type \(typeStr(x.type)), expected complex type")
                return .invalid(call)
            }
            if x.mode == .constant {
                x.val = id == .real ? x.val.real : x.val.imag
            } else {
                x.mode = .value
            }
            x.type = res
            x.expr = call
            return x
        case .make:
            let arg0 = argList[0]
            let T = varType(arg0)
            if !isValid(T) { use(Array(argList.dropFirst())); return .invalid(call) }
            var minArgs = 0
            switch T.underlying {
            case is GoSlice: minArgs = 2
            case is GoMap, is GoChan: minArgs = 1
            case let tp as GoTypeParam where tp.typeSetTerms == nil:
                error(arg0, invalidArg + "cannot make \(exprText(arg0)): no specific type")
                use(Array(argList.dropFirst()))
                return .invalid(call)
            default:
                error(arg0, invalidArg + "cannot make \(exprText(arg0)): type must be slice, map, or channel")
                use(Array(argList.dropFirst()))
                return .invalid(call)
            }
            if nargs < minArgs || minArgs + 1 < nargs {
                error(call, invalidOp + "\(exprText(call)) expects \(minArgs) or \(minArgs + 1) arguments; found \(nargs)")
                return .invalid(call)
            }
            var sizes: [Int64] = []
            for a in argList.dropFirst() {
                let v = checkIndex(a, max: -1)
                if v >= 0 { sizes.append(v) }
            }
            if sizes.count == 2 && sizes[0] > sizes[1] {
                error(argList[1], invalidArg + "length and capacity swapped")
            }
            return Operand(mode: .value, expr: call, type: T)
        case .new:
            // new(T) or, since Go 1.26, new(expr)
            let a = exprOrType(argList[0])
            switch a.mode {
            case .invalid: return .invalid(call)
            case .typexpr:
                let T = varType(argList[0])
                return Operand(mode: .value, expr: call, type: GoPointer(T))
            default:
                var v = a
                if isUntyped(v.type) {
                    if v.isNil {
                        error(argList[0], "use of untyped nil in argument to built-in new")
                        return .invalid(call)
                    }
                    assignment(&v, nil, context: "argument to new")
                    if v.mode == .invalid { return .invalid(call) }
                }
                return Operand(mode: .value, expr: call, type: GoPointer(v.type))
            }
        case .max, .min:
            for (i, a0) in args.enumerated() {
                var a = a0
                if !isOrdered(a.type) {
                    errorOp(a, invalidArg + "\(describe(a)) cannot be ordered")
                    return .invalid(call)
                }
                if i > 0 {
                    matchTypes(&x, &a)
                    if x.mode == .invalid { return .invalid(call) }
                    if !identical(x.type, a.type) {
                        errorOp(a, invalidArg + "mismatched types \(typeStr(x.type)) (previous argument) and \(typeStr(a.type)) (type of \(exprText(a.expr)))")
                        return .invalid(call)
                    }
                    if x.mode == .constant && a.mode == .constant {
                        if Constant.compare(a.val, id == .max ? .gtr : .lss, x.val) { x = a }
                    } else {
                        x.mode = .value
                    }
                }
            }
            if x.mode != .constant {
                x.mode = .value
                assignment(&x, Universe.anyType, context: "argument to built-in \(id.goName)")
                if x.mode == .invalid { return .invalid(call) }
            }
            for a in args { updateExprType(a.expr, x.type, final: true) }
            x.expr = call
            return x
        case .panic:
            var a = x
            assignment(&a, Universe.anyType, context: "argument to panic")
            if a.mode == .invalid { return .invalid(call) }
            return Operand(mode: .novalue, expr: call, type: emptyTuple)
        case .print, .println:
            for a0 in args {
                var a = a0
                assignment(&a, nil, context: "argument to built-in \(id.goName)")
                if a.mode == .invalid { return .invalid(call) }
            }
            return Operand(mode: .novalue, expr: call, type: emptyTuple)
        case .recover:
            return Operand(mode: .value, expr: call, type: Universe.anyType)
        case .add:
            var p = x
            assignment(&p, Typ.unsafePointer, context: "argument to unsafe.Add")
            if p.mode == .invalid { return .invalid(call) }
            var y = args[1]
            if !isValidIndex(&y, what: "length", allowNegative: true) { return .invalid(call) }
            return Operand(mode: .value, expr: call, type: Typ.unsafePointer)
        case .alignof, .sizeof:
            var a = x
            assignment(&a, nil, context: "argument to unsafe.\(id.goName)")
            if a.mode == .invalid || !isComplete(a.type) { return .invalid(call) }
            // A size that depends on a type argument is not a constant (types2's hasVarSize).
            if hasVarSize(a.type) { return Operand(mode: .value, expr: call, type: Typ.uintptr) }
            let v = id == .sizeof ? Sizes.sizeof(a.type) : Sizes.alignof(a.type)
            return Operand(mode: .constant, expr: call, type: Typ.uintptr, val: .int(.init(v)))
        case .offsetof:
            var arg0: Expr = argList[0]
            while let p = arg0 as? ParenExpr { arg0 = p.x }
            guard let sel = arg0 as? SelectorExpr else {
                error(arg0, invalidArg + "\(exprText(arg0)) is not a selector expression")
                use([arg0])
                return .invalid(call)
            }
            let base = expr(sel.x)
            if base.mode == .invalid { return .invalid(call) }
            // Through a pointer to a struct (p.f), offsets are in the struct.
            var baseType = base.type
            if let p = baseType.underlying as? GoPointer, p.elem.underlying is GoStruct { baseType = p.elem }
            let r = lookupFieldOrMethod(baseType, addressable: false, pkg: pkg, name: sel.sel.value)
            guard let f = r.obj as? Var, let index = r.index else {
                errorAt(startPos(sel.x), invalidArg + "\(typeStr(baseType)) has no single field \(sel.sel.value)")
                return .invalid(call)
            }
            if r.indirect {
                errorAt(startPos(sel.x), invalidArg + "field \(sel.sel.value) is embedded via a pointer in \(typeStr(baseType))")
                return .invalid(call)
            }
            recordUse(sel.sel, f)
            recordSelection(sel, Selection(kind: .fieldVal, recv: base.type, obj: f, index: index, indirect: false, type: f.type ?? Typ.invalid))
            info.types[ObjectIdentifier(sel)] = TypeAndValue(mode: .variable, type: f.type ?? Typ.invalid, value: nil)
            let off = Sizes.offsetof(baseType, index)
            return Operand(mode: .constant, expr: call, type: Typ.uintptr, val: .int(.init(off)))
        case .slice:
            guard let p = x.type.underlying as? GoPointer else {
                errorOp(x, invalidArg + "\(describe(x)) is not a pointer")
                return .invalid(call)
            }
            var y = args[1]
            if !isValidIndex(&y, what: "length", allowNegative: false) { return .invalid(call) }
            return Operand(mode: .value, expr: call, type: GoSlice(p.elem))
        case .sliceData:
            guard let s = x.type.underlying as? GoSlice else {
                errorOp(x, invalidArg + "\(describe(x)) is not a slice")
                return .invalid(call)
            }
            return Operand(mode: .value, expr: call, type: GoPointer(s.elem))
        case .string:
            var p = x
            assignment(&p, GoPointer(Typ.byte), context: "argument to unsafe.String")
            if p.mode == .invalid { return .invalid(call) }
            var y = args[1]
            if !isValidIndex(&y, what: "length", allowNegative: false) { return .invalid(call) }
            return Operand(mode: .value, expr: call, type: Typ.string)
        case .stringData:
            var a = x
            assignment(&a, Typ.string, context: "argument to unsafe.StringData")
            if a.mode == .invalid { return .invalid(call) }
            return Operand(mode: .value, expr: call, type: GoPointer(Typ.byte))
        }
    }

    /// Converts untyped arguments of complex(x, y) as types2 does.
    private func defaultsForComplex(_ x: inout Operand, _ y: inout Operand) -> Bool {
        func toFloat(_ o: inout Operand) {
            if isNumeric(o.type) && o.mode == .constant && isUntyped(o.type) {
                if o.val.imag.sign == 0 || o.val.kind != .complex {
                    o.type = Typ.untypedFloat
                }
            }
        }
        toFloat(&x); toFloat(&y)
        if isUntyped(x.type) != isUntyped(y.type) {
            if isUntyped(x.type) { convertUntyped(&x, y.type) } else { convertUntyped(&y, x.type) }
            if x.mode == .invalid || y.mode == .invalid { return false }
        }
        return true
    }
}

/// Whether the size of values of type t depends on a type argument: a type
/// parameter, or an array or struct holding one (types2's hasVarSize).
func hasVarSize(_ t: GoType, _ seen: Set<ObjectIdentifier> = []) -> Bool {
    if t is GoTypeParam { return true }
    if let n = t as? GoNamed {
        if seen.contains(ObjectIdentifier(n)) { return false }
        return hasVarSize(n.underlying, seen.union([ObjectIdentifier(n)]))
    }
    switch t.underlying {
    case let a as GoArray: return hasVarSize(a.elem, seen)
    case let s as GoStruct: return s.fields.contains { $0.type.map { hasVarSize($0, seen) } ?? false }
    default: return false
    }
}

/// A type parameter whose type set holds only strings and byte slices, at
/// least one string (types2's coreString is then string: `append(b, s...)`).
func isByteString(_ t: GoType?) -> Bool {
    guard let p = t as? GoTypeParam, let terms = p.typeSetTerms, !terms.isEmpty else { return false }
    var sawString = false
    for term in terms {
        if let b = term.type.underlying as? GoBasic, isString(b) { sawString = true; continue }
        if let sl = term.type.underlying as? GoSlice, let e = sl.elem.underlying as? GoBasic, e.kind == .uint8 { continue }
        return false
    }
    return sawString
}
