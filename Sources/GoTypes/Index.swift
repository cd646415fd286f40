// Index.swift — index and slice expressions, type assertions (types2
// index.go, expr.go): constant index bounds, map index (comma-ok), string
// indexing and slicing, 3-index slices, addressability of sliced arrays.
import GoSyntax

extension Checker {
    /// f[A, B]: explicit (possibly partial) instantiation of a generic function.
    func funcInstance(_ e: IndexExpr, _ x: Operand, _ sig: GoSignature) -> Operand {
        let args = typeArgs(e.index)
        if args.contains(where: { !isValid($0.0) }) { return .invalid(e) }
        if args.count > sig.typeParams.count {
            error(args[sig.typeParams.count].1, "got \(args.count) type arguments but want \(sig.typeParams.count)")
            return .invalid(e)
        }
        if args.count < sig.typeParams.count {
            // completed by inference in the call (callExpr)
            partialInstances[ObjectIdentifier(e)] = args.map { $0.0 }
            return Operand(mode: .value, expr: e, type: sig)
        }
        let targs = args.map { $0.0 }
        if !verify(sig.typeParams, targs, positions: args.map { startPos($0.1) }) { return .invalid(e) }
        let isig = instantiateSignature(sig, targs)
        recordInstance(e.x, Instance(typeArgs: targs, type: isig))
        return Operand(mode: .value, expr: e, type: isig)
    }

    func indexExpr(_ e: IndexExpr) -> Operand {
        var x = genericTypeOperand(e.x)
        switch x.mode {
        case .invalid:
            use(unpackList(e.index))
            return .invalid(e)
        case .typexpr:
            // a generic type's instantiation used as a type (List[int]{...}, conversions)
            let t = typExpr(e)
            if !isValid(t) { return .invalid(e) }
            return Operand(mode: .typexpr, expr: e, type: t)
        default: break
        }
        if let sig = x.type as? GoSignature, !sig.typeParams.isEmpty {
            return funcInstance(e, x, sig)
        }
        if !isValid(x.type) || !isComplete(x.type) {
            use(unpackList(e.index))
            return .invalid(e)
        }
        if let p = x.type.underlying as? GoPointer, !isComplete(p.elem) {
            use(unpackList(e.index))
            return .invalid(e)
        }
        var valid = false
        var length: Int64 = -1
        switch x.type.underlying {
        case let b as GoBasic where isString(b):
            valid = true
            if x.mode == .constant, let s = x.val.stringBytes { length = Int64(s.count) }
            x.mode = .value
            x.type = Universe.byteType
        case let a as GoArray:
            valid = true
            length = a.len
            if x.mode != .variable { x.mode = .value }
            x.type = a.elem
        case let p as GoPointer:
            if let a = p.elem.underlying as? GoArray {
                valid = true
                length = a.len
                x.mode = .variable
                x.type = a.elem
            }
        case let s as GoSlice:
            valid = true
            x.mode = .variable
            x.type = s.elem
        case let m as GoMap:
            guard let index = singleIndex(e) else { return .invalid(e) }
            var k = expr(index, hint: m.key)
            assignment(&k, m.key, context: "map index")
            x.mode = .mapindex
            x.type = m.elem
            x.expr = e
            return x
        case let tp as GoTypeParam:
            // no core type: every type of the set must index to one element
            // type (strings and byte slices: byte); the result is a variable
            // unless a string, or an array held in a non-variable, is in the
            // set (types2)
            if let terms = tp.typeSetTerms, !terms.isEmpty {
                var elem: GoType? = nil
                var ok = true
                var mode: OperandMode = .variable
                for t in terms {
                    var el: GoType? = nil
                    switch t.type.underlying {
                    case let b as GoBasic where isString(b): el = Universe.byteType; mode = .value
                    case let a as GoArray:
                        el = a.elem
                        if x.mode != .variable { mode = .value }
                    case let sl as GoSlice: el = sl.elem
                    case let p as GoPointer: el = (p.elem.underlying as? GoArray)?.elem
                    default: el = nil
                    }
                    guard let el, elem == nil || identical(elem, el) else { ok = false; break }
                    elem = el
                }
                if ok, let elem {
                    valid = true
                    x.mode = mode
                    x.type = elem
                }
            }
        default: break
        }
        if !valid {
            errorAt(e.pos, "cannot index \(describe(x))")
            use(unpackList(e.index))
            return .invalid(e)
        }
        guard let index = singleIndex(e) else { return .invalid(e) }
        _ = checkIndex(index, max: length)
        x.expr = e
        return x
    }

    func singleIndex(_ e: IndexExpr) -> Expr? {
        if let l = e.index as? ListExpr {
            if l.elemList.count > 1 {
                error(l.elemList[1], invalidOp + "more than one index")
            }
            return l.elemList.first
        }
        return e.index
    }

    /// Checks an index; returns its constant value or -1.
    @discardableResult
    func checkIndex(_ index: Expr, max: Int64) -> Int64 {
        var x = expr(index)
        if !isValidIndex(&x, what: "index", allowNegative: false) { return -1 }
        if x.mode != .constant { return -1 }
        if case .unknown = x.val { return -1 }
        guard let v = x.val.int64Value else { return -1 }
        if max >= 0 && v >= max {
            error(index, invalidArg + "index \(x.val) out of bounds [0:\(max)]")
            return -1
        }
        return v
    }

    func isValidIndex(_ x: inout Operand, what: String, allowNegative: Bool) -> Bool {
        if x.mode == .invalid { return false }
        convertUntyped(&x, Typ.int)
        if x.mode == .invalid { return false }
        if !isInteger(x.type) {
            errorOp(x, invalidArg + "\(what) \(describe(x)) must be integer")
            return false
        }
        if x.mode == .constant {
            if !allowNegative && x.val.sign < 0 {
                errorOp(x, invalidArg + "\(what) \(describe(x)) must not be negative")
                return false
            }
            let (ok, v) = representableConst(x.val, Typ.int)
            if !ok {
                errorOp(x, invalidArg + "\(what) \(describe(x)) overflows int")
                return false
            }
            x.val = v
        }
        return true
    }

    func sliceExpr(_ e: SliceExpr) -> Operand {
        var x = expr(e.x)
        if x.mode == .invalid {
            use(e.index.compactMap { $0 })
            return .invalid(e)
        }
        var valid = false
        var length: Int64 = -1
        switch x.type.underlying {
        case let b as GoBasic where isString(b):
            if e.full {
                error(e.index.count > 2 ? (e.index[2] ?? e) : e, invalidOp + "3-index slice of string")
                return .invalid(e)
            }
            valid = true
            if x.mode == .constant, let s = x.val.stringBytes { length = Int64(s.count) }
            if isUntyped(x.type) { x.type = Typ.string }
        case let a as GoArray:
            valid = true
            length = a.len
            if x.mode != .variable {
                error(e.x, "cannot slice unaddressable value \(describe(x))")
                return .invalid(e)
            }
            x.type = GoSlice(a.elem)
        case let p as GoPointer:
            if let a = p.elem.underlying as? GoArray {
                valid = true
                length = a.len
                x.type = GoSlice(a.elem)
            }
        case is GoSlice:
            valid = true
        default: break
        }
        if !valid {
            error(e.x, "cannot slice \(describe(x))")
            return .invalid(e)
        }
        x.mode = .value
        if e.full && (e.index.count < 3 || e.index[1] == nil || e.index[2] == nil) {
            error(e, "middle index required in 3-index slice")
            return .invalid(e)
        }
        var ind: [Int64] = []
        for i in e.index {
            var v: Int64 = -1
            if let i {
                var max: Int64 = -1
                if length >= 0 { max = length + 1 }
                let r = checkIndex(i, max: max)
                if r >= 0 { v = r }
            } else if ind.isEmpty {
                v = 0
            } else if length >= 0 {
                v = length
            }
            ind.append(v)
        }
        // constant indices must be in range
        outer: for i in 0..<ind.count {
            let xv = ind[i]
            if xv <= 0 { continue }
            for j in (i + 1)..<ind.count where ind[j] >= 0 && ind[j] < xv {
                if let ej = e.index[j] {
                    error(ej, "invalid slice indices: \(ind[j]) < \(xv)")
                }
                break outer
            }
        }
        x.expr = e
        return x
    }

    /// Reports an impossible type assertion x.(T).
    func typeAssertion(_ e: Expr, _ x: Operand, _ xi: GoInterface, _ T: GoType, typeSwitch: Bool) {
        guard let cause = assertableTo(xi, T) else { return }
        if typeSwitch {
            error(e, "impossible type switch case: \(exprText(e))\n\t\(describe(x)) cannot have dynamic type \(typeStr(T)) \(cause)")
            return
        }
        error(e, "impossible type assertion: \(exprText(e))\n\t\(typeStr(T)) does not implement \(typeStr(x.type)) \(cause)")
    }
}
