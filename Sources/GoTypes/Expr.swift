// Expr.swift — expression checking (types2 expr.go, const.go): operands
// for every expression kind, untyped constants that get their final types
// late (updateExprType), unary and binary operators, shifts, comparisons,
// constant overflow and representability.
import GoSyntax

let invalidOp = "invalid operation: "
let invalidArg = "invalid argument: "

extension Checker {
    // MARK: entry points

    /// A single value (no types, no builtins, no void).
    func expr(_ e: Expr, hint: GoType? = nil) -> Operand {
        var x = rawExpr(e, hint: hint)
        exclude(&x, [.novalue, .builtin, .typexpr])
        singleValue(&x)
        if x.mode != .invalid, let s = x.type as? GoSignature, !s.typeParams.isEmpty {
            // inference from the assignment context (var f func(int) int = Id)
            if let h = hint?.underlying as? GoSignature, h.typeParams.isEmpty, let inst = inferFromTarget(e, s, h) {
                x.type = inst
            } else {
                genericValueError(e, s)
                x.mode = .invalid
            }
        }
        return x
    }

    /// A value or a type.
    func exprOrType(_ e: Expr) -> Operand {
        var x = rawExpr(e, hint: nil)
        exclude(&x, [.novalue])
        singleValue(&x)
        return x
    }

    /// An expression that may yield multiple values (a call) or comma-ok.
    func multiExpr(_ e: Expr, allowCommaOk: Bool) -> [Operand] {
        var x = rawExpr(e, hint: nil)
        exclude(&x, [.novalue, .builtin, .typexpr])
        if let t = x.type as? GoTuple, x.mode == .value {
            return t.vars.map { Operand(mode: .value, expr: e, type: $0.type ?? Typ.invalid) }
        }
        if allowCommaOk && (x.mode == .mapindex || x.mode == .commaok || x.mode == .commaerr) {
            let x2 = Operand(mode: .value, expr: e, type: x.mode == .commaerr ? Universe.errorType : Typ.untypedBool)
            return [x, x2]
        }
        return [x]
    }

    func exclude(_ x: inout Operand, _ modes: Set<OperandMode>) {
        guard modes.contains(x.mode) else { return }
        var msg: String
        switch x.mode {
        case .novalue:
            msg = modes.contains(.typexpr) ? "\(describe(x)) used as value" : "\(describe(x)) used as value or type"
        case .builtin: msg = "\(describe(x)) must be called"
        case .typexpr: msg = "\(describe(x)) is not an expression"
        default: msg = "\(describe(x)) not allowed"
        }
        if let e = x.expr { error(e, msg) }
        x.mode = .invalid
    }

    func singleValue(_ x: inout Operand) {
        if x.mode == .value, let t = x.type as? GoTuple {
            if let e = x.expr { error(e, "multiple-value \(describe(x)) in single-value context") }
            _ = t
            x.mode = .invalid
        }
    }

    func rawExpr(_ e: Expr, hint: GoType?) -> Operand {
        exprDepth += 1
        defer { exprDepth -= 1 }
        if exprDepth > 2000 {
            error(e, "expression too deeply nested")
            return .invalid(e)
        }
        var x = exprInternal(e, hint: hint)
        x.expr = e
        if isUntyped(x.type) && x.mode != .invalid, let b = x.type as? GoBasic {
            untyped[ObjectIdentifier(e)] = (e, false, b, x.mode, x.val)
        } else {
            record(x)
        }
        return x
    }

    // MARK: identifiers

    func lookupName(_ name: String, pos: Pos) -> (Scope, Object)? {
        guard let s = ctx.scope else { return pkg.scope.lookupParent(name, pos: .none) }
        return s.lookupParent(name, pos: pos)
    }

    func ident(_ e: Name, wantType: Bool) -> Operand {
        var x = Operand.invalid(e)
        // A blank receiver type parameter (`func (p *T[_]) M()`) is
        // declared for its own name only: the receiver type uses it.
        if e.value == "_", let tn = info.defs[ObjectIdentifier(e)] as? TypeName, tn.type is GoTypeParam {
            x.mode = .typexpr
            x.type = tn.type!
            return x
        }
        guard let (_, obj) = lookupName(e.value, pos: e.pos) else {
            if e.value == "_" {
                error(e, "cannot use _ as value or type")
            } else {
                error(e, "undefined: \(e.value)")
            }
            return x
        }
        recordUse(e, obj)
        let gotType = obj is TypeName
        if !gotType && wantType {
            error(e, "\(e.value) (\(objectKind(obj))) is not a type")
            if let v = obj as? Var { v.used = true }
            return x
        }
        if obj.type == nil || (gotType && wantType && obj.pkg === pkg) {
            objDecl(obj)
        }
        let typ = obj.type ?? Typ.invalid
        // dot-imported objects mark their import used
        if obj.pkg !== pkg, obj.pkg != nil {
            for (fs, p, _) in dotImports where obj.pkg === p {
                if fs.lookup(obj.name) === obj { for pn in imports where pn.imported === p && pn.name == "." { pn.used = true } }
            }
        }
        switch obj {
        case let pn as PkgName:
            error(e, "use of package \(pn.name) not in selector")
            return x
        case let c as Const:
            addDeclDep(c)
            if !isValid(typ) { return x }
            if c === Universe.iota {
                guard let iv = ctx.iota else {
                    error(e, "cannot use iota outside constant declaration")
                    return x
                }
                x.val = iv
            } else {
                x.val = c.value
            }
            x.mode = .constant
        case is TypeName:
            x.mode = .typexpr
        case let v as Var:
            if v.pkg === pkg { markUsed(v) }
            addDeclDep(v)
            if !isValid(typ) { return x }
            x.mode = .variable
        case let f as Func:
            addDeclDep(f)
            x.mode = .value
        case let b as Builtin:
            x.builtinId = b.id
            x.mode = .builtin
        case is NilObj:
            x.mode = .nilvalue
        default:
            return x
        }
        x.type = typ
        return x
    }

    func markUsed(_ v: Var) {
        v.used = true
        noteCapture(v)
    }

    /// Records v as captured by each enclosing function literal (or
    /// range-over-func body) declared inside v's scope's function.
    func noteCapture(_ v: Var) {
        // closure captures: a local variable used inside a function literal declared outside it
        if !v.isPackageLevel && !v.isField, !captureStack.isEmpty {
            for i in captureStack.indices.reversed() {
                let (fscope, seen, _) = captureStack[i]
                if seen[ObjectIdentifier(v)] != nil { break }
                // declared outside the function literal's scope?
                var s: Scope? = v.parent
                var inside = false
                while let sc = s { if sc === fscope { inside = true; break }; s = sc.parent }
                if inside { break }
                if v.parent == nil { break }
                captureStack[i].1[ObjectIdentifier(v)] = v
                captureStack[i].2.append(v)
            }
        }
    }

    func addDeclDep(_ o: Object) {
        guard let d = ctx.decl, objMap[ObjectIdentifier(o)] != nil, o.parent === pkg.scope || (o as? Func)?.decl?.recv != nil else { return }
        d.addDep(o)
    }

    func objectKind(_ o: Object) -> String {
        switch o {
        case is Const: return "constant"
        case is TypeName: return "type"
        case is Var: return "variable"
        case is Func: return "func"
        case is PkgName: return "package"
        case is Builtin: return "built-in"
        case is NilObj: return "nil"
        case is Label: return "label"
        default: return "object"
        }
    }

    // MARK: the expression switch

    private func exprInternal(_ e0: Expr, hint: GoType?) -> Operand {
        var x = Operand.invalid(e0)
        switch e0 {
        case is BadExpr:
            return x
        case let e as Name:
            return ident(e, wantType: false)
        case let e as BasicLit:
            if e.bad { return x }
            if e.value.count > 10_000 {
                error(e, "excessively long constant: \(e.value.prefix(10))... (\(e.value.count) chars)")
                return x
            }
            guard let v = Constant.fromLiteral(e.value, kind: e.kind) else {
                error(e, "malformed constant: \(e.value)")
                return x
            }
            let t: GoBasic
            switch e.kind {
            case .int: t = Typ.untypedInt
            case .float: t = Typ.untypedFloat
            case .imag: t = Typ.untypedComplex
            case .rune: t = Typ.untypedRune
            case .string: t = Typ.untypedString
            }
            x.setConst(v, t)
            if case .float(let f) = v, f.isInfinite {
                error(e, "constant overflow")
            }
            return x
        case let e as FuncLit:
            return funcLit(e)
        case let e as CompositeLit:
            return compositeLit(e, hint: hint)
        case let e as ParenExpr:
            var y = rawExpr(e.x, hint: hint)
            y.expr = e
            return y
        case let e as SelectorExpr:
            return selector(e, wantType: false)
        case let e as IndexExpr:
            return indexExpr(e)
        case let e as SliceExpr:
            return sliceExpr(e)
        case let e as AssertExpr:
            x = expr(e.x)
            if x.mode == .invalid { return .invalid(e) }
            guard let xi = x.type.underlying as? GoInterface else {
                if x.type is GoTypeParam {
                    error(e.x, invalidOp + "cannot use type assertion on type parameter value \(describe(x))")
                    return .invalid(e)
                }
                error(e.x, invalidOp + "\(describe(x)) is not an interface")
                return .invalid(e)
            }
            let T = varType(e.type)
            if !isValid(T) { return .invalid(e) }
            typeAssertion(e, x, xi, T, typeSwitch: false)
            x.mode = .commaok
            x.type = T
            return x
        case let e as TypeSwitchGuard:
            error(e, "use of .(type) outside type switch")
            return x
        case let e as CallExpr:
            return callExpr(e)
        case let e as Operation:
            if e.y == nil {
                if e.op == .mul {
                    // pointer indirection or pointer type
                    x = exprOrType(e.x)
                    switch x.mode {
                    case .invalid: return .invalid(e)
                    case .typexpr:
                        x.mode = .typexpr
                        x.type = GoPointer(x.type)
                        return x
                    default:
                        if x.isNil {
                            error(e.x, invalidOp + "cannot indirect \(describe(x))")
                            return .invalid(e)
                        }
                        guard let p = x.type.underlying as? GoPointer else {
                            error(e.x, invalidOp + "cannot indirect \(describe(x))")
                            return .invalid(e)
                        }
                        if isUnsafePointer(x.type) { error(e.x, invalidOp + "cannot indirect \(describe(x))"); return .invalid(e) }
                        x.mode = .variable
                        x.type = p.elem
                        return x
                    }
                }
                return unary(e)
            }
            return binary(e, lhs: e.x, rhs: e.y!, op: e.op)
        case let e as KeyValueExpr:
            error(e, "no key:value expected")
            return x
        case is ArrayType, is SliceType, is StructType, is FuncType, is InterfaceType, is MapType, is ChanType:
            x.mode = .typexpr
            x.type = typExpr(e0)
            return x
        case let e as ListExpr:
            error(e, "unexpected list of expressions")
            return x
        case let e as DotsType:
            error(e, "invalid use of ...")
            return x
        default:
            error(e0, "unexpected expression")
            return x
        }
    }

    // MARK: untyped values

    /// Records the final type of an untyped expression and its operands.
    func updateExprType(_ e: Expr?, _ typ: GoType, final: Bool) {
        guard let e, let old = untyped[ObjectIdentifier(e)] else { return }
        switch e {
        case let p as ParenExpr: updateExprType(p.x, typ, final: final)
        case let op as Operation:
            if op.y == nil {
                if op.op == .mul { return }
                if old.3 != .constant { updateExprType(op.x, typ, final: final) }
            } else if old.3 != .constant {
                if op.op.isComparison {
                } else if op.op == .shl || op.op == .shr {
                    updateExprType(op.x, typ, final: final)
                } else {
                    updateExprType(op.x, typ, final: final)
                    if let y = op.y { updateExprType(y, typ, final: final) }
                }
            }
        default: break
        }
        if !final && isUntyped(typ), let b = typ.underlying as? GoBasic {
            untyped[ObjectIdentifier(e)] = (old.0, old.1, b, old.3, old.4)
            return
        }
        untyped[ObjectIdentifier(e)] = nil
        if old.1 {
            // lhs of a shift
            if !isInteger(typ) {
                error(e, invalidOp + "shifted operand \(exprText(e)) (type \(typeStr(typ))) must be integer")
                return
            }
        }
        if old.3 == .constant {
            var c = Operand(mode: old.3, expr: e, type: old.2, val: old.4)
            convertUntyped(&c, typ)
            if c.mode == .invalid { return }
        }
        info.types[ObjectIdentifier(e)] = TypeAndValue(mode: old.3, type: typ, value: old.3 == .constant ? old.4 : nil)
    }

    func updateExprVal(_ e: Expr?, _ v: Constant) {
        guard let e, let old = untyped[ObjectIdentifier(e)] else { return }
        untyped[ObjectIdentifier(e)] = (old.0, old.1, old.2, old.3, v)
    }

    /// Converts an untyped x to type target (or reports the failure).
    func convertUntyped(_ x: inout Operand, _ target: GoType) {
        let (newType, val, code) = implicitTypeAndValue(x, target)
        guard let newType else {
            invalidConversion(code, x, target)
            x.mode = .invalid
            return
        }
        if let val {
            x.val = val
            updateExprVal(x.expr, val)
        }
        if newType !== x.type {
            x.type = newType
            updateExprType(x.expr, newType, final: false)
        }
    }

    func isTypeParamLike(_ t: GoType) -> Bool { false }

    enum ConvCode { case none, truncated, overflow, invalid }

    func invalidConversion(_ code: ConvCode, _ x: Operand, _ target: GoType) {
        guard let e = x.expr else { return }
        switch code {
        case .truncated: error(e, "\(describe(x)) truncated to \(typeStr(target))")
        case .overflow: error(e, "\(describe(x)) overflows \(typeStr(target))")
        default: error(e, "cannot convert \(describe(x)) to type \(typeStr(target))")
        }
    }

    func representation(_ x: Operand, _ t: GoBasic) -> (Constant?, ConvCode) {
        let (ok, v) = representableConst(x.val, t)
        if !ok {
            if isNumeric(x.type) && isNumeric(t) {
                if !isInteger(x.type) && isInteger(t) { return (nil, .truncated) }
                return (nil, .overflow)
            }
            return (nil, .invalid)
        }
        return (v, .none)
    }

    func representable(_ x: inout Operand, _ t: GoBasic) {
        let (v, code) = representation(x, t)
        guard let v else {
            invalidConversion(code, x, t)
            x.mode = .invalid
            return
        }
        x.val = v
    }

    func implicitTypeAndValue(_ x: Operand, _ target: GoType) -> (GoType?, Constant?, ConvCode) {
        if x.mode == .invalid || isTyped(x.type) || !isValid(target) { return (x.type, nil, .none) }
        if isUntyped(target) {
            if let m = maxType(x.type, target) { return (m, nil, .none) }
            return (nil, nil, .invalid)
        }
        if x.isNil {
            return hasNil(target) ? (target, nil, .none) : (nil, nil, .invalid)
        }
        if let tp = target as? GoTypeParam, tp.underlying is GoTypeParam {
            // every type of the set must take the value; the result is not constant
            guard let terms = tp.typeSetTerms, !terms.isEmpty else { return (nil, nil, .invalid) }
            for t in terms {
                let (r, _, code) = implicitTypeAndValue(x, t.type)
                if r == nil { return (nil, nil, code) }
            }
            return (target, nil, .none)
        }
        switch target.underlying {
        case let u as GoBasic:
            if x.mode == .constant {
                let (v, code) = representation(x, u)
                if code != .none { return (nil, nil, code) }
                return (target, v, .none)
            }
            guard let xb = x.type as? GoBasic else { return (nil, nil, .invalid) }
            switch xb.kind {
            case .untypedBool: if !isBoolean(target) { return (nil, nil, .invalid) }
            case .untypedInt, .untypedRune, .untypedFloat, .untypedComplex: if !isNumeric(target) { return (nil, nil, .invalid) }
            case .untypedString: if !isString(target) { return (nil, nil, .invalid) }
            default: return (nil, nil, .invalid)
            }
        case let i as GoInterface:
            if !i.isEmpty { return (nil, nil, .invalid) }
            return (defaultType(x.type), nil, .none)
        default:
            return (nil, nil, .invalid)
        }
        return (target, nil, .none)
    }

    /// The larger of two untyped numeric types (int < rune < float < complex).
    func maxType(_ x: GoType, _ y: GoType) -> GoType? {
        if isUntypedNumeric(x) && isUntypedNumeric(y), let a = x as? GoBasic, let b = y as? GoBasic {
            return a.kind.rawValue > b.kind.rawValue ? a : b
        }
        if identical(x, y) { return x }
        return nil
    }

    // MARK: overflow

    func overflow(_ x: inout Operand, opPos: Pos) {
        if case .unknown = x.val {
            errorAt(opPos, "constant result is not representable")
            return
        }
        if isTyped(x.type), let b = x.type.underlying as? GoBasic {
            representable(&x, b)
            return
        }
        if x.val.kind == .int && x.val.bitLen > 512 {
            var op = opName(x.expr)
            if !op.isEmpty { op += " " }
            errorAt(opPos, "constant \(op)overflow")
            x.val = .unknown
        }
    }

    func opName(_ e: Expr?) -> String {
        guard let o = e as? Operation else { return "" }
        if o.y == nil { return o.op == .xor ? "bitwise complement" : "" }
        switch o.op {
        case .add: return "addition"
        case .sub: return "subtraction"
        case .xor: return "bitwise XOR"
        case .mul: return "multiplication"
        case .shl: return "shift"
        default: return ""
        }
    }

    func opPos(_ e: Expr?) -> Pos {
        guard let e else { return .none }
        if let o = e as? Operation { return o.pos }
        return startPos(e)
    }

    // MARK: unary

    func unary(_ e: Operation) -> Operand {
        var x = expr(e.x)
        if x.mode == .invalid { return .invalid(e) }
        x.expr = e.x
        switch e.op {
        case .and:
            var inner: Expr = e.x
            while let p = inner as? ParenExpr { inner = p.x }
            if !(inner is CompositeLit) && x.mode != .variable {
                error(e.x, invalidOp + "cannot take address of \(describe(x))")
                return .invalid(e)
            }
            if let v = rootVar(e.x) { markAddressTaken(v) }
            x.mode = .value
            x.type = GoPointer(x.type)
            return x
        case .recv:
            guard let c = x.type.underlying as? GoChan else {
                error(e.x, invalidOp + "cannot receive from non-channel \(typeStr(x.type)) \(describe(x))")
                return .invalid(e)
            }
            if c.dir == .sendOnly {
                error(e.x, invalidOp + "cannot receive from send-only channel \(typeStr(x.type)) \(describe(x))")
                return .invalid(e)
            }
            x.mode = .commaok
            x.type = c.elem
            ctx.hasCallOrRecv = true
            return x
        case .tilde:
            error(e, "cannot use ~ outside of interface or type constraint")
            return .invalid(e)
        default: break
        }
        let ok: Bool
        switch e.op {
        case .add, .sub: ok = isNumeric(x.type)
        case .xor: ok = isInteger(x.type)
        case .not: ok = isBoolean(x.type)
        default: ok = false
        }
        if !ok {
            error(e.x, invalidOp + "operator \(e.op) not defined on \(describe(x))")
            return .invalid(e)
        }
        if x.mode == .constant {
            if case .unknown = x.val { return x }
            var prec = 0
            if isUnsigned(x.type), let b = x.type.underlying as? GoBasic { prec = Int(basicSize(b)) * 8 }
            x.val = Constant.unaryOp(e.op, x.val, prec: prec)
            x.expr = e
            overflow(&x, opPos: e.pos)
            return x
        }
        x.mode = .value
        return x
    }

    /// The variable at the root of an addressable expression (&x, &x.f, &a[i]).
    func rootVar(_ e: Expr) -> Var? {
        var e = e
        while true {
            switch e {
            case let p as ParenExpr: e = p.x
            case let s as SelectorExpr:
                if let sel = info.selections[ObjectIdentifier(s)], sel.indirect { return nil }
                e = s.x
            case let i as IndexExpr:
                if info.typeOf(i.x)?.underlying is GoArray { e = i.x } else { return nil }
            case let n as Name:
                return info.uses[ObjectIdentifier(n)] as? Var
            default: return nil
            }
        }
    }
    func markAddressTaken(_ v: Var) {}

    // MARK: binary

    func binary(_ e: Expr?, lhs: Expr, rhs: Expr, op: Operator) -> Operand {
        var x = expr(lhs)
        var y = expr(rhs)
        if x.mode == .invalid { return .invalid(e) }
        if y.mode == .invalid { var r = Operand.invalid(e); r.expr = y.expr; return r }
        if op == .shl || op == .shr {
            shift(&x, &y, e, op)
            return x
        }
        matchTypes(&x, &y)
        if x.mode == .invalid { return x }
        if op.isComparison {
            comparison(&x, &y, op, switchCase: false)
            return x
        }
        if !identical(x.type, y.type) {
            if isValid(x.type) && isValid(y.type) {
                if let e {
                    error(x.expr ?? lhs, invalidOp + "\(exprText(e)) (mismatched types \(typeStr(x.type)) and \(typeStr(y.type)))")
                } else {
                    error(x.expr ?? lhs, invalidOp + "\(exprText(lhs)) \(op)= \(exprText(rhs)) (mismatched types \(typeStr(x.type)) and \(typeStr(y.type)))")
                }
            }
            return .invalid(e)
        }
        let ok: Bool
        switch op {
        case .add: ok = isNumericOrString(x.type)
        case .sub, .mul, .div: ok = isNumeric(x.type)
        case .rem, .and, .or, .xor, .andNot: ok = isInteger(x.type)
        case .andAnd, .orOr: ok = isBoolean(x.type)
        default: ok = false
        }
        if !ok {
            error(x.expr ?? lhs, invalidOp + "operator \(op) not defined on \(describe(x))")
            return .invalid(e)
        }
        if op == .div || op == .rem {
            if (x.mode == .constant || isInteger(x.type)) && y.mode == .constant && y.val.sign == 0 {
                error(y.expr ?? rhs, invalidOp + "division by zero")
                return .invalid(e)
            }
            if x.mode == .constant && y.mode == .constant && isComplex(x.type) {
                let re = y.val.real, im = y.val.imag
                if Constant.binaryOp(re, .mul, re).sign == 0 && Constant.binaryOp(im, .mul, im).sign == 0 {
                    error(y.expr ?? rhs, invalidOp + "division by zero")
                    return .invalid(e)
                }
            }
        }
        if x.mode == .constant && y.mode == .constant {
            if case .unknown = x.val { return x }
            if case .unknown = y.val { x.val = .unknown; return x }
            if case .string(let a) = x.val, case .string(let b) = y.val {
                // Strings must not grow without bound (types2 overflow, go.dev/issue/78346);
                // gomem keeps at most 256 MB of constant text and leaves longer values unknown.
                let n = Int64(a.count) + Int64(b.count)
                if n > 2_000_000_000 {
                    errorAt(opPos(e), "constant string too long (\(n) bytes > 2000000000 bytes)")
                    return .invalid(e)
                }
                if n > 1 << 28 { x.val = .unknown; x.expr = e; return x }
            }
            x.val = Constant.binaryOp(x.val, op, y.val, intDiv: op == .div && isInteger(x.type))
            x.expr = e
            overflow(&x, opPos: opPos(e))
            return x
        }
        x.mode = .value
        return x
    }

    func matchTypes(_ x: inout Operand, _ y: inout Operand) {
        func mayConvert(_ x: Operand, _ y: Operand) -> Bool {
            if isTyped(x.type) && isTyped(y.type) { return false }
            if isNumeric(x.type) != isNumeric(y.type) { return false }
            if isInterface(x.type) || isInterface(y.type) { return true }
            if isBoolean(x.type) != isBoolean(y.type) { return false }
            if isString(x.type) != isString(y.type) { return false }
            if x.isNil { return hasNil(y.type) }
            if y.isNil { return hasNil(x.type) }
            if isPointer(x.type) || isPointer(y.type) { return false }
            return true
        }
        if mayConvert(x, y) {
            convertUntyped(&x, y.type)
            if x.mode == .invalid { return }
            convertUntyped(&y, x.type)
            if y.mode == .invalid { x.mode = .invalid; return }
        }
    }

    func comparison(_ x: inout Operand, _ y: inout Operand, _ op0: Operator, switchCase: Bool) {
        if !isValid(x.type) || !isValid(y.type) { x.mode = .invalid; return }
        let op: Operator = switchCase ? .eql : op0
        var errOp = x
        var cause = ""
        var failed = false
        var c1 = "", c2 = ""
        if !assignableTo(x, y.type, cause: &c1) && !assignableTo(y, x.type, cause: &c2) {
            errOp = y
            cause = "mismatched types \(typeStr(x.type)) and \(typeStr(y.type))"
            failed = true
        }
        if !failed {
            switch op {
            case .eql, .neq:
                if x.isNil || y.isNil {
                    let t = x.isNil ? y.type : x.type
                    if !hasNil(t) { errOp = y; failed = true }
                } else if !comparableType(x.type) {
                    errOp = x; cause = incomparableReason(x.type); failed = true
                } else if !comparableType(y.type) {
                    errOp = y; cause = incomparableReason(y.type); failed = true
                }
            default:
                if !isOrdered(x.type) { errOp = x; failed = true }
                else if !isOrdered(y.type) { errOp = y; failed = true }
            }
        }
        if failed {
            if cause.isEmpty, errOp.type is GoTypeParam {
                cause = "type parameter \(typeStr(errOp.type)) cannot use operator \(op)"
            }
            if cause.isEmpty {
                var what = compositeKind(errOp.type)
                if what.isEmpty { what = typeStr(errOp.type) }
                cause = "operator \(op) not defined on \(what)"
            }
            if switchCase {
                errorOp(x, "invalid case \(exprText(x.expr)) in switch on \(exprText(y.expr)) (\(cause))")
            } else {
                errorOp(errOp, invalidOp + "\(exprText(x.expr)) \(op) \(exprText(y.expr)) (\(cause))")
            }
            x.mode = .invalid
            return
        }
        if x.mode == .constant && y.mode == .constant {
            x.val = .bool(Constant.compare(x.val, op, y.val))
        } else {
            x.mode = .value
            updateExprType(x.expr, defaultType(x.type), final: true)
            updateExprType(y.expr, defaultType(y.type), final: true)
        }
        x.type = Typ.untypedBool
    }

    func incomparableReason(_ t: GoType) -> String {
        switch t.underlying {
        case is GoSlice, is GoSignature, is GoMap: return compositeKind(t) + " can only be compared to nil"
        default:
            guard let c = incomparableCause(t) else { return "" }
            // re-render with qualifier
            if let s = t.underlying as? GoStruct {
                for f in s.fields where !comparableType(f.type) { return "struct containing \(typeStr(f.type)) cannot be compared" }
            }
            if t.underlying is GoArray { return "\(typeStr(t)) cannot be compared" }
            return c
        }
    }

    // MARK: shifts

    func shift(_ x: inout Operand, _ y: inout Operand, _ e: Expr?, _ op: Operator) {
        var xval: Constant? = nil
        if x.mode == .constant { xval = x.val.toInt() }
        let xIsInt: Bool = { if case .int = xval { return true }; return false }()
        if isInteger(x.type) || (isUntyped(x.type) && xIsInt) {
        } else {
            errorOp(x, invalidOp + "shifted operand \(describe(x)) must be integer")
            x.mode = .invalid
            return
        }
        var yval: Constant? = nil
        if y.mode == .constant {
            yval = y.val.toInt()
            if case .int(let i) = yval!, i.sign == .minus, !i.isZero {
                errorOp(y, invalidOp + "negative shift count \(describe(y))")
                x.mode = .invalid
                return
            }
            if isUntyped(y.type) {
                representable(&y, Typ.uint)
                if y.mode == .invalid { x.mode = .invalid; return }
            }
        } else {
            if isInteger(y.type) {
            } else if isUntyped(y.type) {
                convertUntyped(&y, Typ.uint)
                if y.mode == .invalid { x.mode = .invalid; return }
            } else {
                errorOp(y, invalidOp + "shift count \(describe(y)) must be integer")
                x.mode = .invalid
                return
            }
        }
        if x.mode == .constant {
            if y.mode == .constant {
                if case .unknown = x.val { if !isInteger(x.type) { x.type = Typ.untypedInt }; return }
                if case .unknown = y.val { x.val = .unknown; if !isInteger(x.type) { x.type = Typ.untypedInt }; return }
                let shiftBound: UInt64 = 1023 - 1 + 52
                guard let s = yval?.uint64Value, s <= shiftBound else {
                    errorOp(y, invalidOp + "invalid shift count \(describe(y))")
                    x.mode = .invalid
                    return
                }
                if !isInteger(x.type) { x.type = Typ.untypedInt }
                x.val = Constant.shift(xval ?? x.val, op, UInt(s))
                x.expr = e
                overflow(&x, opPos: opPos(e))
                return
            }
            if isUntyped(x.type) {
                if let xe = x.expr, let old = untyped[ObjectIdentifier(xe)] {
                    untyped[ObjectIdentifier(xe)] = (old.0, true, old.2, old.3, old.4)
                }
                x.mode = .value
                return
            }
        }
        if !isInteger(x.type) {
            errorOp(x, invalidOp + "shifted operand \(describe(x)) must be integer")
            x.mode = .invalid
            return
        }
        x.mode = .value
    }
}
