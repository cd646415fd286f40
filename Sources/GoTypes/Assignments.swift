// Assignments.swift — assignability and the assignment forms (types2
// assignments.go, operand.go assignableTo): declarations with initializers,
// =, :=, multi-value and comma-ok right-hand sides, and the messages
// "cannot use x (...) as T value in assignment", "assignment mismatch: ...".
import GoSyntax

extension Checker {
    func assignableTo(_ x: Operand, _ T: GoType, cause: inout String) -> Bool {
        if x.mode == .invalid || !isValid(T) || !isValid(x.type) { return true }
        let V = unalias(x.type)
        let T = unalias(T)
        if identical(V, T) { return true }
        let Vu = V.underlying, Tu = T.underlying
        if isUntyped(Vu) {
            let (t, _, _) = implicitTypeAndValue(x, T)
            return t != nil
        }
        if identical(Vu, Tu) && (!isNamed(V) || !isNamed(T)) { return true }
        if Tu is GoInterface || (Tu as? GoPointer)?.elem.underlying is GoInterface {
            if implements(V, T, cause: &cause) { return true }
            return false
        }
        if Vu is GoInterface {
            var c = ""
            if !(Tu is GoInterface), implements(T, V, cause: &c) {
                cause = "need type assertion"
                return false
            }
        }
        if let vc = Vu as? GoChan, vc.dir == .both, let tc = Tu as? GoChan, identical(vc.elem, tc.elem) {
            return !isNamed(V) || !isNamed(T)
        }
        return false
    }

    func assignment(_ x: inout Operand, _ T: GoType?, context: String) {
        singleValue(&x)
        if x.mode != .invalid, let s = x.type as? GoSignature, !s.typeParams.isEmpty, let e = x.expr {
            // a generic function passed as an argument: infer from the parameter type
            if let h = T?.underlying as? GoSignature, h.typeParams.isEmpty, let inst = inferFromTarget(e, s, h) {
                x.type = inst
            } else {
                genericValueError(e, s)
                x.mode = .invalid
                return
            }
        }
        switch x.mode {
        case .invalid: return
        case .nilvalue, .constant, .variable, .mapindex, .value, .commaok, .commaerr: break
        default:
            errorOp(x, "cannot assign \(describe(x)) to \(typeStr(T)) in \(context)")
            x.mode = .invalid
            return
        }
        if isUntyped(x.type) {
            var target = T
            if x.isNil {
                if T == nil {
                    errorOp(x, "use of untyped nil in \(context)")
                    x.mode = .invalid
                    return
                }
            } else if T == nil || isInterface(T) {
                target = defaultType(x.type)
            }
            if let target {
                let (newType, val, code) = implicitTypeAndValue(x, target)
                guard let newType else {
                    var msg = "cannot use \(describe(x)) as \(typeStr(target)) value in \(context)"
                    switch code {
                    case .truncated: msg += " (truncated)"
                    case .overflow: msg += " (overflows)"
                    default: break
                    }
                    errorOp(x, msg)
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
        }
        guard let T else { return }
        var cause = ""
        if !assignableTo(x, T, cause: &cause) {
            if !cause.isEmpty {
                errorOp(x, "cannot use \(describe(x)) as \(typeStr(T)) value in \(context): \(cause)")
            } else {
                errorOp(x, "cannot use \(describe(x)) as \(typeStr(T)) value in \(context)")
            }
            x.mode = .invalid
        }
    }

    func initVar(_ lhs: Var, _ x: inout Operand, context: String) {
        if x.mode == .invalid || !isValid(x.type) || (lhs.type != nil && !isValid(lhs.type)) {
            if lhs.type == nil { lhs.type = Typ.invalid }
            x.mode = .invalid
            return
        }
        if lhs.type == nil {
            var t = x.type
            if isUntyped(t) {
                if x.isNil {
                    errorOp(x, "use of untyped nil in \(context)")
                    lhs.type = Typ.invalid
                    x.mode = .invalid
                    return
                }
                t = defaultType(t)
            }
            lhs.type = t
        }
        assignment(&x, lhs.type, context: context)
    }

    func measure(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n != 1 ? "s" : "")" }

    func assignError(_ rhs: [Expr], _ l: Int, _ r: Int) {
        let vars = measure(l, "variable"), vals = measure(r, "value")
        var rhs0 = rhs[0]
        if rhs.count == 1 {
            while let p = rhs0 as? ParenExpr { rhs0 = p.x }
            if let call = rhs0 as? CallExpr {
                error(rhs[0], "assignment mismatch: \(vars) but \(exprText(call.fun)) returns \(vals)")
                return
            }
        }
        error(rhs[0], "assignment mismatch: \(vars) but \(vals)")
    }

    func returnError(_ at: Node, _ lhs: [Var], _ rhs: [Operand]) {
        let l = lhs.count, r = rhs.count
        var at: Node = at
        var q = "not enough"
        if r > l { at = rhs[l].expr ?? at; q = "too many" }
        else if r > 0 { at = rhs[r - 1].expr ?? at }
        let have = typesSummary(rhs.map { $0.type }, variadic: false, hasDots: false)
        let want = typesSummary(lhs.map { $0.type ?? Typ.invalid }, variadic: false, hasDots: false)
        error(at, "\(q) return values\n\thave \(have)\n\twant \(want)")
    }

    func isCallExpr(_ e: Expr) -> Bool {
        var e = e
        while let p = e as? ParenExpr { e = p.x }
        return e is CallExpr
    }

    /// Evaluates expressions only for their side effects on "used" state.
    @discardableResult
    func use(_ list: [Expr]) -> Bool {
        var ok = true
        for e in list {
            let x = rawExpr(e, hint: nil)
            if x.mode == .invalid { ok = false }
        }
        return ok
    }

    @discardableResult
    func useLHS(_ list: [Expr]) -> Bool {
        var ok = true
        for e in list {
            var inner = e
            while let p = inner as? ParenExpr { inner = p.x }
            if let n = inner as? Name {
                if n.value == "_" { continue }
                if let (_, o) = lookupName(n.value, pos: n.pos), let v = o as? Var, v.pkg === pkg {
                    let was = v.used
                    let x = rawExpr(e, hint: nil)
                    v.used = was
                    if x.mode == .invalid { ok = false }
                    continue
                }
            }
            let x = rawExpr(e, hint: nil)
            if x.mode == .invalid { ok = false }
        }
        return ok
    }

    func initVars(_ lhs: [Var], _ origRhs: [Expr], returnStmt: Node?) {
        let l = lhs.count
        var r = origRhs.count
        var context = "assignment"
        if returnStmt != nil { context = "return statement" } else if l > 1 { context = "multiple assignment" }
        if l == 1 && returnStmt == nil && r == 1 && !isCallExpr(origRhs[0]) { context = "assignment" }
        let isCall = r == 1 && isCallExpr(origRhs[0])
        if l == r && !isCall {
            for (i, v) in lhs.enumerated() {
                var x = expr(origRhs[i], hint: v.type)
                initVar(v, &x, context: context)
            }
            return
        }
        if r != 1 {
            if use(origRhs) {
                if let rs = returnStmt {
                    let rhs = origRhs.map { expr($0) }
                    returnError(rs, lhs, rhs)
                } else {
                    assignError(origRhs, l, r)
                }
            }
            for v in lhs where v.type == nil { v.type = Typ.invalid }
            return
        }
        var rhs = multiExpr(origRhs[0], allowCommaOk: l == 2 && returnStmt == nil)
        r = rhs.count
        if l == r {
            for (i, v) in lhs.enumerated() { initVar(v, &rhs[i], context: context) }
            if l == 2 { recordCommaOk(origRhs[0], rhs) }
            return
        }
        if rhs[0].mode != .invalid {
            if let rs = returnStmt { returnError(rs, lhs, rhs) } else { assignError(origRhs, l, r) }
        }
        for v in lhs where v.type == nil { v.type = Typ.invalid }
    }

    func recordCommaOk(_ e: Expr, _ rhs: [Operand]) {
        guard rhs.count == 2, rhs[0].mode != .invalid, rhs[1].mode != .invalid else { return }
        let x = rhs[0]
        guard x.mode == .mapindex || x.mode == .commaok || x.mode == .commaerr else { return }
        var e2: Expr? = e
        let tuple = GoTuple([Var(name: "", type: x.type, pkg: nil, pos: .none),
                             Var(name: "", type: rhs[1].mode == .value && isUntyped(rhs[1].type) ? Typ.bool : rhs[1].type, pkg: nil, pos: .none)])
        while let cur = e2 {
            if let tv = info.types[ObjectIdentifier(cur)] {
                info.types[ObjectIdentifier(cur)] = TypeAndValue(mode: tv.mode, type: tuple, value: nil)
            }
            e2 = (cur as? ParenExpr)?.x
        }
    }

    /// The type of an assignable lhs expression; nil for `_`.
    func lhsVar(_ lhs: Expr) -> GoType? {
        var inner = lhs
        while let p = inner as? ParenExpr { inner = p.x }
        if let ident = inner as? Name, ident.value == "_" {
            info.defs[ObjectIdentifier(ident)] = nil
            return nil
        }
        var v: Var? = nil
        var vUsed = false
        if let ident = inner as? Name, let (_, o) = lookupName(ident.value, pos: ident.pos), let w = o as? Var, w.pkg === pkg {
            v = w; vUsed = w.used
        }
        var x = expr(lhs)
        if let v { v.used = vUsed }
        if x.mode == .invalid || !isValid(x.type) { return Typ.invalid }
        switch x.mode {
        case .variable, .mapindex: break
        default:
            if let sel = x.expr as? SelectorExpr {
                let op = expr(sel.x)
                if op.mode == .mapindex {
                    error(lhs, "cannot assign to struct field \(exprText(x.expr)) in map")
                    return Typ.invalid
                }
            }
            x.expr = lhs
            error(lhs, "cannot assign to \(exprText(x.expr)) (neither addressable nor a map index expression)")
            return Typ.invalid
        }
        return x.type
    }

    func assignVar(_ lhs: Expr, _ rhs: Expr?, _ x0: Operand?, context: String) {
        let T = lhsVar(lhs)
        if let T, !isValid(T) {
            if x0 == nil, let rhs { use([rhs]) }
            return
        }
        var x: Operand
        if let x0 { x = x0 } else if let rhs { x = expr(rhs, hint: T) } else { return }
        var ctxs = context
        if T == nil && context == "assignment" { ctxs = "assignment to _ identifier" }
        assignment(&x, T, context: ctxs)
    }

    func assignVars(_ lhs: [Expr], _ origRhs: [Expr]) {
        let l = lhs.count
        var r = origRhs.count
        let context = l > 1 ? "multiple assignment" : "assignment"
        let isCall = r == 1 && isCallExpr(origRhs[0])
        if l == r && !isCall {
            for (i, e) in lhs.enumerated() { assignVar(e, origRhs[i], nil, context: context) }
            return
        }
        if r != 1 {
            let okL = useLHS(lhs)
            let okR = use(origRhs)
            if okL && okR { assignError(origRhs, l, r) }
            return
        }
        let rhs = multiExpr(origRhs[0], allowCommaOk: l == 2)
        r = rhs.count
        if l == r {
            for (i, e) in lhs.enumerated() { assignVar(e, nil, rhs[i], context: context) }
            if l == 2 { recordCommaOk(origRhs[0], rhs) }
            return
        }
        if rhs[0].mode != .invalid { assignError(origRhs, l, r) }
        useLHS(lhs)
    }

    func shortVarDecl(_ s: AssignStmt, _ lhs: [Expr], _ rhs: [Expr]) {
        guard let scope = ctx.scope else { return }
        var seen = Set<String>()
        var lhsVars: [Var?] = Array(repeating: nil, count: lhs.count)
        var newVars: [Var] = []
        var hasErr = false
        for (i, e) in lhs.enumerated() {
            guard let ident = e as? Name else {
                useLHS([e])
                error(e, "non-name \(exprText(e)) on left side of :=")
                hasErr = true
                continue
            }
            let name = ident.value
            if name != "_" {
                if seen.contains(name) {
                    error(e, "\(name) repeated on left side of :=")
                    hasErr = true
                    continue
                }
                seen.insert(name)
            }
            if let alt = scope.lookup(name) {
                recordUse(ident, alt)
                if let v = alt as? Var { lhsVars[i] = v } else {
                    error(e, "cannot assign to \(name)")
                    hasErr = true
                }
                continue
            }
            let v = Var(name: name, type: nil, pkg: pkg, pos: ident.pos)
            lhsVars[i] = v
            if name != "_" { newVars.append(v) }
            recordDef(ident, v)
        }
        let vars = lhsVars.enumerated().map { i, v in v ?? Var(name: "_", type: nil, pkg: pkg, pos: lhs[i].pos) }
        let top = delayed.count
        initVars(vars, rhs, returnStmt: nil)
        processDelayed(top)
        if newVars.isEmpty && !hasErr {
            errorAt(s.pos, "no new variables on left side of :=", soft: true)
            return
        }
        for v in newVars {
            declare(scope, nil, v)
            localVars.append(v)
        }
    }
}
