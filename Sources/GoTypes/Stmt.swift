// Stmt.swift — statements and function bodies (types2 stmt.go, range.go,
// return.go): scopes for blocks and headers, assignments, inc/dec and
// op-assign, if/for/range/switch/type switch/select, go/defer, returns with
// named results, "missing return", and the report of unused variables.
//
// Branch statements (break/continue/goto/fallthrough and labels) are
// checked by GoSyntax (Branches.swift) as the compiler's syntax package does;
// types2 is run with IgnoreBranchErrors, and so is this checker.
import GoSyntax

struct StmtContext: OptionSet {
    let rawValue: UInt8
    static let breakOk = StmtContext(rawValue: 1)
    static let continueOk = StmtContext(rawValue: 2)
    static let fallthroughOk = StmtContext(rawValue: 4)
    static let finalSwitchCase = StmtContext(rawValue: 8)
    static let inTypeSwitch = StmtContext(rawValue: 16)
}

extension Checker {
    func funcBody(name: String, sig: GoSignature, body: BlockStmt, funcNode: FuncType, decl: DeclInfo?) {
        let saved = ctx
        let fscope = info.scopes[ObjectIdentifier(funcNode)] ?? Scope(parent: ctx.scope, comment: "function")
        fscope.end = body.rbrace
        ctx.scope = fscope
        ctx.sig = sig
        ctx.decl = decl
        ctx.iota = nil
        ctx.errpos = nil
        ctx.funcScope = fscope
        let savedLabels = labels
        labels = [:]
        collectLabels(body.list)
        stmtList([], body.list)
        labels = savedLabels
        if sig.results.count > 0 && !isTerminating(body, label: "") {
            errorAt(body.rbrace, "missing return")
        }
        usage(fscope)
        ctx = saved
    }

    func usage(_ scope: Scope) {
        var unused: [Var] = []
        for name in scope.names {
            if let v = scope.lookup(name) as? Var, !v.isParam, !v.used, v.name != "_", !v.isField, v.parent === scope {
                unused.append(v)
            }
        }
        unused.sort { $0.pos < $1.pos }
        for v in unused { errorAt(v.pos, "declared and not used: \(v.name)", soft: true) }
        for c in scope.children where !c.isFunc { usage(c) }
    }

    func openScope(_ n: Node, _ comment: String) {
        let s = Scope(parent: ctx.scope, start: n.pos, comment: comment)
        recordScope(n, s)
        ctx.scope = s
    }
    func closeScope() { ctx.scope = ctx.scope?.parent }

    func stmtList(_ c: StmtContext, _ list: [Stmt]) {
        let ok = c.contains(.fallthroughOk)
        var inner = c
        inner.remove(.fallthroughOk)
        // trailing empty statements are permitted - skip them
        var n = list.count
        while n > 0, list[n - 1] is EmptyStmt { n -= 1 }
        for (i, s) in list.prefix(n).enumerated() {
            var ic = inner
            if ok && i + 1 == n { ic.insert(.fallthroughOk) }
            stmt(ic, s)
        }
    }

    /// Kind of an expression statement: statement-like calls and receives are fine.
    func exprKind(_ e: Expr, _ x: Operand) -> Int {
        var e = e
        while let p = e as? ParenExpr { e = p.x }
        if let call = e as? CallExpr {
            if let tv = info.types[ObjectIdentifier(call.fun)], tv.mode == .typexpr { return 0 }
            var f = call.fun
            while let p = f as? ParenExpr { f = p.x }
            if let b = builtinOf(f) { return b.isStatement ? 2 : 1 }
            if x.mode == .invalid { return 2 }
            return 2
        }
        if let op = e as? Operation, op.op == .recv, op.y == nil { return 2 }
        return 1
    }

    func builtinOf(_ f: Expr) -> BuiltinId? {
        if let n = f as? Name, let b = info.uses[ObjectIdentifier(n)] as? Builtin { return b.id }
        if let s = f as? SelectorExpr, let b = info.uses[ObjectIdentifier(s.sel)] as? Builtin { return b.id }
        return nil
    }

    func stmt(_ c: StmtContext, _ s: Stmt) {
        let top = delayed.count
        defer { processDelayed(top) }
        var inner = c
        inner.remove([.fallthroughOk, .finalSwitchCase, .inTypeSwitch])
        switch s {
        case is EmptyStmt:
            break
        case let s as DeclStmt:
            declStmt(s.declList)
        case let s as LabeledStmt:
            ctx.hasLabel = true
            if let l = labels[s.label.value] { recordDef(s.label, l) }
            stmt(c, s.stmt)
        case let s as ExprStmt:
            let x = rawExpr(s.x, hint: nil)
            let kind = exprKind(s.x, x)
            var msg: String
            switch x.mode {
            case .invalid: return
            case .builtin: msg = "must be called"
            case .typexpr: msg = "is not an expression"
            default:
                if kind == 2 { return }
                msg = "is not used"
            }
            error(s.x, "\(describe(x)) \(msg)")
        case let s as SendStmt:
            let ch = expr(s.chan)
            var val = expr(s.value)
            if ch.mode == .invalid || val.mode == .invalid { return }
            guard let ct = ch.type.underlying as? GoChan else {
                error(s, invalidOp + "cannot send to non-channel \(typeStr(ch.type)) \(describe(ch))")
                return
            }
            if ct.dir == .recvOnly {
                error(s, invalidOp + "cannot send to receive-only channel \(typeStr(ch.type)) \(describe(ch))")
                return
            }
            assignment(&val, ct.elem, context: "send")
        case let s as AssignStmt:
            guard let rhsE = s.rhs else {
                // x++ / x--
                let x = expr(s.lhs)
                if x.mode == .invalid { return }
                if !isNumeric(x.type) {
                    error(s.lhs, invalidOp + "\(exprText(s.lhs))\(s.op)\(s.op) (non-numeric type \(typeStr(x.type)))")
                    return
                }
                assignVar(s.lhs, nil, x, context: "assignment")
                return
            }
            let lhs = unpackList(s.lhs), rhs = unpackList(rhsE)
            switch s.op {
            case .none:
                assignVars(lhs, rhs)
                return
            case .def:
                shortVarDecl(s, lhs, rhs)
                return
            default: break
            }
            if lhs.count != 1 || rhs.count != 1 {
                errorAt(s.pos, "assignment operation \(s.op) requires single-valued expressions")
                return
            }
            let x = binary(nil, lhs: lhs[0], rhs: rhs[0], op: s.op)
            assignVar(lhs[0], nil, x, context: "assignment")
        case let s as CallStmt:
            let kw = s.tok == .go ? "go" : "defer"
            var call: Expr = s.call
            while let p = call as? ParenExpr { call = p.x }
            guard call is CallExpr else {
                error(s.call, "expression in \(kw) must be function call")
                use([s.call])
                return
            }
            let x = rawExpr(s.call, hint: nil)
            let kind = exprKind(s.call, x)
            if x.mode == .invalid { return }
            if kind == 0 {
                error(s.call, "\(kw) requires function call, not conversion \(describe(x))")
            } else if kind == 1 {
                error(s.call, "\(kw) discards result of \(describe(x))")
            }
        case let s as ReturnStmt:
            let res = ctx.sig?.results ?? emptyTuple
            let results = unpackList(s.results)
            if results.isEmpty && res.count > 0 && !res.vars[0].name.isEmpty {
                for v in res.vars {
                    if let (_, alt) = lookupName(v.name, pos: s.pos), alt !== v {
                        errorAt(s.pos, "result parameter \(v.name) not in scope at return\n\t\(fileSet.format(alt.pos)): inner declaration of \(objectString(alt))")
                    }
                }
            } else if !results.isEmpty || res.count > 0 {
                initVars(res.vars, results, returnStmt: s)
            }
        case let s as BranchStmt:
            // validity is checked by GoSyntax; only record what the label denotes
            if let n = s.label, let l = labels[n.value] {
                l.used = true
                recordUse(n, l)
            }
        case let s as BlockStmt:
            openScope(s, "block")
            stmtList(inner, s.list)
            closeScope()
        case let s as IfStmt:
            openScope(s, "if")
            if let i = s.initStmt { simpleStmt(i) }
            if let cond = s.cond {
                let x = expr(cond)
                if x.mode != .invalid && !isBoolean(x.type) {
                    error(cond, "non-boolean condition in if statement")
                }
            }
            stmt(inner, s.then)
            if let e = s.elseStmt {
                switch e {
                case is IfStmt, is BlockStmt: stmt(inner, e)
                default: error(e, "invalid else branch in if statement")
                }
            }
            closeScope()
        case let s as SwitchStmt:
            var ic = inner
            ic.insert(.breakOk)
            if let g = s.tag as? TypeSwitchGuard {
                typeSwitchStmt(ic.union(.inTypeSwitch), s, g)
            } else {
                switchStmt(ic, s)
            }
        case let s as SelectStmt:
            var ic = inner
            ic.insert(.breakOk)
            for clause in s.body {
                var valid = false
                var rhs: Expr? = nil
                switch clause.comm {
                case nil, is SendStmt: valid = true
                case let a as AssignStmt:
                    if let r = a.rhs, let op = stripParens(r) as? Operation, op.op == .recv, op.y == nil { valid = true; rhs = r }
                case let e as ExprStmt:
                    if let op = stripParens(e.x) as? Operation, op.op == .recv, op.y == nil { valid = true; rhs = e.x }
                default: break
                }
                _ = rhs
                if !valid {
                    error(clause.comm!, "select case must be send or receive (possibly with assignment)")
                    continue
                }
                openScope(clause, "case")
                if let comm = clause.comm { simpleStmt(comm) }
                stmtList(ic, clause.body)
                closeScope()
            }
        case let s as ForStmt:
            var ic = inner
            ic.insert([.breakOk, .continueOk])
            openScope(s, "for")
            if let rc = s.initStmt as? RangeClause {
                rangeStmt(ic, s, rc)
                closeScope()
                return
            }
            if let i = s.initStmt { simpleStmt(i) }
            if let cond = s.cond {
                let x = expr(cond)
                if x.mode != .invalid && !isBoolean(x.type) {
                    error(cond, "non-boolean condition in for statement")
                }
            }
            if let p = s.post {
                if let a = p as? AssignStmt, a.op == .def {
                    error(a, "cannot declare in post statement")
                    use(unpackList(a.rhs))
                } else {
                    simpleStmt(p)
                }
            }
            stmt(ic, s.body)
            closeScope()
        default:
            error(s, "invalid statement")
        }
    }

    /// Declares the labels of a function body (labels are function-scoped).
    func collectLabels(_ list: [Stmt]) {
        for s in list {
            switch s {
            case let l as LabeledStmt:
                if labels[l.label.value] == nil {
                    labels[l.label.value] = Label(name: l.label.value, type: nil, pkg: pkg, pos: l.label.pos)
                }
                collectLabels([l.stmt])
            case let b as BlockStmt: collectLabels(b.list)
            case let i as IfStmt:
                collectLabels(i.then.list)
                if let e = i.elseStmt { collectLabels([e]) }
            case let f as ForStmt: collectLabels(f.body.list)
            case let sw as SwitchStmt: for c in sw.body { collectLabels(c.body) }
            case let sel as SelectStmt: for c in sel.body { collectLabels(c.body) }
            default: break
            }
        }
    }

    func stripParens(_ e: Expr) -> Expr {
        var e = e
        while let p = e as? ParenExpr { e = p.x }
        return e
    }

    func objectString(_ o: Object) -> String {
        switch o {
        case let v as Var: return "var \(v.name) \(typeStr(v.type))"
        case let c as Const: return "const \(c.name) \(typeStr(c.type))"
        case let t as TypeName: return "type \(t.name) \(typeStr(t.type?.underlying))"
        case let f as Func: return "func \(f.name)"
        default: return o.name
        }
    }

    func simpleStmt(_ s: SimpleStmt) { stmt([], s) }

    // MARK: switch

    func switchStmt(_ inner: StmtContext, _ s: SwitchStmt) {
        openScope(s, "switch")
        defer { closeScope() }
        if let i = s.initStmt { simpleStmt(i) }
        var x: Operand
        if let tag = s.tag {
            x = expr(tag)
            assignment(&x, nil, context: "switch expression")
            if x.mode != .invalid && !comparableType(x.type) && !hasNil(x.type) {
                error(tag, "cannot switch on \(describe(x)) (\(typeStr(x.type)) is not comparable)")
                x.mode = .invalid
            }
        } else {
            x = Operand(mode: .constant, expr: Name(s.body.first?.pos ?? s.pos, "true"), type: Typ.bool, val: .bool(true))
        }
        var firstDefault: CaseClause? = nil
        for clause in s.body {
            if clause.cases == nil {
                if let f = firstDefault {
                    error(clause, "multiple defaults (first at \(fileSet.format(f.pos)))")
                } else {
                    firstDefault = clause
                }
            }
        }
        var seen: [String: [(Pos, GoType)]] = [:]
        for (i, clause) in s.body.enumerated() {
            if let cases = clause.cases {
                caseValues(&x, unpackList(cases), &seen)
            }
            openScope(clause, "case")
            var ic = inner
            if i + 1 < s.body.count { ic.insert(.fallthroughOk) } else { ic.insert(.finalSwitchCase) }
            stmtList(ic, clause.body)
            closeScope()
        }
    }

    func caseValues(_ x: inout Operand, _ values: [Expr], _ seen: inout [String: [(Pos, GoType)]]) {
        outer: for e in values {
            var v = expr(e)
            if x.mode == .invalid || v.mode == .invalid { continue }
            convertUntyped(&v, x.type)
            if v.mode == .invalid { continue }
            var res = v
            var xx = x
            comparison(&res, &xx, .eql, switchCase: true)
            if res.mode == .invalid { continue }
            if v.mode != .constant { continue }
            // As gc: duplicates are reported for integer, float and string
            // values only (not booleans or complex numbers).
            switch v.val.kind { case .int, .float, .string: break; default: continue }
            let key = keyString(v.val)
            for (p, t) in seen[key] ?? [] where identical(v.type, t) {
                errorAt(startPos(e), "duplicate case \(describe(v)) in expression switch\n\t\(fileSet.format(p)): previous case")
                continue outer
            }
            seen[key, default: []].append((startPos(e), v.type))
        }
    }

    func typeSwitchStmt(_ inner: StmtContext, _ s: SwitchStmt, _ guardE: TypeSwitchGuard) {
        openScope(s, "type switch")
        defer { closeScope() }
        if let i = s.initStmt { simpleStmt(i) }
        var lhs = guardE.lhs
        if let l = lhs, l.value == "_" {
            softError(l, "no new variable on left side of :=")
            lhs = nil
        }
        let x = expr(guardE.x)
        var xi: GoInterface? = nil
        if x.mode != .invalid {
            if let i = x.type.underlying as? GoInterface {
                xi = i
            } else if x.type is GoTypeParam {
                error(guardE.x, "cannot use type switch on type parameter value \(describe(x))")
            } else {
                error(guardE.x, "\(describe(x)) is not an interface")
            }
        }
        var firstDefault: CaseClause? = nil
        var lhsVars: [Var] = []
        var seenTypes: [(GoType?, Pos)] = []
        for clause in s.body {
            if clause.cases == nil {
                if let f = firstDefault { error(clause, "multiple defaults (first at \(fileSet.format(f.pos)))") } else { firstDefault = clause }
            }
            // case types
            var T: GoType? = nil
            var count = 0
            for e in unpackList(clause.cases) {
                count += 1
                let ue = stripParens(e)
                if let n = ue as? Name, n.value == "nil", let (_, o) = lookupName("nil", pos: n.pos), o is NilObj {
                    recordUse(n, o)
                    info.types[ObjectIdentifier(e)] = TypeAndValue(mode: .nilvalue, type: Typ.untypedNil, value: nil)
                    if let (_, p) = seenTypes.first(where: { $0.0 == nil }) {
                        errorAt(startPos(e), "multiple nil cases in type switch (first at \(fileSet.format(p)))")
                    }
                    seenTypes.append((nil, startPos(e)))
                    T = nil
                    continue
                }
                let t = varType(e)
                if !isValid(t) { T = Typ.invalid; continue }
                if let (_, p) = seenTypes.first(where: { $0.0 != nil && identical($0.0, t) }) {
                    errorAt(startPos(e), "duplicate case \(typeStr(t)) in type switch\n\t\(fileSet.format(p)): previous case")
                }
                seenTypes.append((t, startPos(e)))
                var xx = x
                xx.expr = guardE.x
                if let xi, !(t.underlying is GoInterface), !(t is GoTypeParam),
                   let cause = missingMethodCause(t, xi, x.type, isStatic: true) {
                    error(e, "impossible type switch case: \(exprText(e))\n\t\(describe(xx)) cannot have dynamic type \(typeStr(t)) \(cause)")
                }
                T = t
            }
            openScope(clause, "case")
            if let l = lhs {
                var vt: GoType = xi != nil ? x.type : Typ.invalid
                if count == 1, let t = T { vt = t }
                let v = Var(name: l.value, type: vt, pkg: pkg, pos: l.pos)
                declare(curScope, nil, v)
                recordImplicit(clause, v)
                lhsVars.append(v)
            }
            stmtList(inner, clause.body)
            closeScope()
        }
        if let l = lhs {
            recordDef(l, nil)
            let used = lhsVars.contains { $0.used }
            for v in lhsVars { v.used = true }
            if !used {
                softError(l, "\(l.value) declared and not used")
            }
        }
    }

    // MARK: range

    func rangeStmt(_ inner: StmtContext, _ s: ForStmt, _ rc: RangeClause) {
        let lhsList = unpackList(rc.lhs)
        let sKey = lhsList.count > 0 ? lhsList[0] : nil
        let sValue = lhsList.count > 1 ? lhsList[1] : nil
        let sExtra = lhsList.count > 2 ? lhsList[2] : nil
        ctx.hasCallOrRecv = false
        var x = expr(rc.x)
        var key: GoType? = nil, val: GoType? = nil
        var isFunc = false
        if x.mode != .invalid {
            var ok = true
            var cause = ""
            var t = x.type.underlying
            if let p = t as? GoPointer, let a = p.elem.underlying as? GoArray { t = a }
            switch t {
            case let b as GoBasic:
                if isString(b) { key = Typ.int; val = Universe.runeType }
                else if isInteger(b) { key = x.type; val = nil }
                else { ok = false }
            case let a as GoArray: key = Typ.int; val = a.elem
            case let sl as GoSlice: key = Typ.int; val = sl.elem
            case let m as GoMap: key = m.key; val = m.elem
            case let c as GoChan:
                if c.dir == .sendOnly { ok = false; cause = "receive from send-only channel \(typeStr(x.type))" }
                else { key = c.elem; val = nil }
            case let sig as GoSignature:
                // An iterator: func(yield func(K, V) bool), types2's rangeKeyVal.
                isFunc = true
                let bad = "func must be func(yield func(...) bool): "
                if sig.params.count != 1 { ok = false; cause = bad + "wrong argument count" }
                else if sig.results.count != 0 { ok = false; cause = bad + "unexpected results" }
                else if let cb = sig.params.vars[0].type?.underlying as? GoSignature {
                    if cb.params.count > 2 { ok = false; cause = bad + "yield func has too many parameters" }
                    else if cb.results.count != 1 || !identical(cb.results.vars[0].type, Typ.bool) {
                        ok = false
                        cause = bad + (cb.results.count == 1 && isBoolean(cb.results.vars[0].type)
                            ? "yield func returns user-defined boolean, not bool" : "yield func does not return bool")
                    } else if cb.variadic {
                        ok = false; cause = "yield func of type \(typeStr(cb)) cannot be variadic"
                    } else {
                        key = cb.params.count >= 1 ? cb.params.vars[0].type : nil
                        val = cb.params.count >= 2 ? cb.params.vars[1].type : nil
                    }
                } else { ok = false; cause = bad + "argument is not func" }
            case let tp as GoTypeParam:
                ok = false
                if tp.typeSetTerms == nil { cause = "no specific type" }
            default: ok = false
            }
            if x.mode == .invalid {
            } else if !ok && !cause.isEmpty {
                softError(rc.x, "cannot range over \(describe(x)): \(cause)")
                key = Typ.invalid; val = Typ.invalid
            } else if !ok {
                softError(rc.x, "cannot range over \(describe(x))")
                key = Typ.invalid; val = Typ.invalid
            } else if key == nil && sKey != nil {
                softError(sKey!, "range over \(describe(x)) permits no iteration variables")
            } else if val == nil && sValue != nil {
                softError(sValue!, "range over \(describe(x)) permits only one iteration variable")
            } else if let e = sExtra {
                softError(e, "range clause permits at most two iteration variables")
            }
        } else {
            key = Typ.invalid; val = Typ.invalid
        }
        let lhs: [Expr?] = [sKey, sValue]
        let rhs: [GoType?] = [key, val]
        let rangeOverInt = isInteger(x.type) && x.mode != .invalid
        // Over a function the body is a closure the compiler synthesizes
        // (yield): record the outer variables it uses, as for a func
        // literal, under the ForStmt (info.captures). Variables assigned
        // by `for k, v = range f` are written from inside it too.
        if isFunc { captureStack.append((curScope, [:], [])) }
        defer {
            if isFunc {
                if !rc.def {
                    for l in lhs { if let l, let n = stripParens(l) as? Name, let v = info.objectOf(n) as? Var { noteCapture(v) } }
                }
                let (_, _, caps) = captureStack.removeLast()
                info.captures[ObjectIdentifier(s)] = caps
            }
        }
        if rc.def {
            var vars: [Var] = []
            for (i, l) in lhs.enumerated() {
                guard let l else { continue }
                var obj: Var
                if let ident = l as? Name {
                    obj = Var(name: ident.value, type: nil, pkg: pkg, pos: ident.pos)
                    recordDef(ident, obj)
                    if ident.value != "_" { vars.append(obj) }
                } else {
                    error(l, "cannot declare \(exprText(l))")
                    obj = Var(name: "_", type: nil, pkg: pkg, pos: l.pos)
                }
                guard let t = rhs[i], isValid(t) else {
                    obj.type = Typ.invalid
                    obj.used = true
                    continue
                }
                if rangeOverInt {
                    initVar(obj, &x, context: "range clause")
                } else {
                    var y = Operand(mode: .value, expr: l, type: t)
                    initVar(obj, &y, context: "assignment")
                }
            }
            if !vars.isEmpty {
                for v in vars { declare(curScope, nil, v); localVars.append(v) }
            } else {
                error(rc, "no new variables on left side of :=")
            }
        } else if sKey != nil {
            for (i, l) in lhs.enumerated() {
                guard let l, let t = rhs[i], isValid(t) else { continue }
                if rangeOverInt {
                    assignVar(l, nil, x, context: "range clause")
                } else {
                    let y = Operand(mode: .value, expr: l, type: t)
                    assignVar(l, nil, y, context: "assignment")
                }
            }
        } else if rangeOverInt {
            assignment(&x, nil, context: "range clause")
        }
        stmt(inner, s.body)
    }

    // MARK: local declarations

    func declStmt(_ list: [Decl]) {
        var lastConst: (Group?, ConstDecl?) = (nil, nil)
        for d in list {
            switch d {
            case let s as ConstDecl:
                var typ = s.type
                var values = unpackList(s.values)
                var inherited = false
                if s.values == nil, let g = s.group, lastConst.0 === g, let prev = lastConst.1 {
                    typ = prev.type; values = unpackList(prev.values); inherited = true
                } else {
                    lastConst = (s.group, s)
                }
                var consts: [Const] = []
                for (i, name) in s.nameList.enumerated() {
                    let c = Const(name: name.value, type: nil, pkg: pkg, pos: name.pos, value: .unknown)
                    consts.append(c)
                    let initE = i < values.count ? values[i] : nil
                    c.color = .grey
                    constDecl(c, typ: typ, initExpr: initE, inherited: inherited, iota: s.iota)
                    c.color = .black
                }
                arity(s.pos, s.nameList, values, constDecl: true, inherited: inherited)
                for (i, c) in consts.enumerated() { declare(curScope, s.nameList[i], c) }
            case let s as VarDecl:
                let top = delayed.count
                defer { _ = top }
                var lhs0: [Var] = []
                for name in s.nameList {
                    lhs0.append(Var(name: name.value, type: nil, pkg: pkg, pos: name.pos))
                }
                let values = unpackList(s.values)
                if values.count == s.nameList.count || values.isEmpty {
                    for (i, v) in lhs0.enumerated() {
                        let initE = i < values.count ? values[i] : nil
                        varDecl(v, lhs: nil, typ: s.type, initExpr: initE)
                        if values.isEmpty && s.type == nil { v.type = Typ.invalid }
                    }
                } else if values.count == 1 {
                    if let t = s.type {
                        let tt = varType(t)
                        for v in lhs0 { v.type = tt }
                    }
                    initVars(lhs0, values, returnStmt: nil)
                } else {
                    if let t = s.type {
                        let tt = varType(t)
                        for v in lhs0 { v.type = tt }
                    }
                    use(values)
                    for v in lhs0 where v.type == nil { v.type = Typ.invalid }
                }
                if s.type == nil || !values.isEmpty {
                    arity(s.pos, s.nameList, values, constDecl: false, inherited: false)
                }
                // function literals in the initializers are checked before the variables are declared
                processDelayed(top)
                for (i, v) in lhs0.enumerated() {
                    declare(curScope, s.nameList[i], v)
                    localVars.append(v)
                }
            case let s as TypeDecl:
                let obj = TypeName(name: s.name.value, type: nil, pkg: pkg, pos: s.name.pos)
                declare(curScope, s.name, obj)
                obj.color = .grey
                objPath.append(obj)
                typeDecl(obj, s)
                objPath.removeLast()
                obj.color = .black
            default:
                error(d, "invalid declaration")
            }
        }
    }

    // MARK: terminating statements (types2 return.go)

    func isTerminating(_ s: Stmt?, label: String) -> Bool {
        guard let s else { return false }
        switch s {
        case is ReturnStmt: return true
        case let b as BranchStmt: return b.tok == .goto || b.tok == .fallthrough
        case let e as ExprStmt:
            if let call = stripParens(e.x) as? CallExpr, builtinOf(stripParens(call.fun)) == .panic { return true }
            return false
        case let l as LabeledStmt: return isTerminating(l.stmt, label: l.label.value)
        case let b as BlockStmt: return isTerminatingList(b.list, label: "")
        case let i as IfStmt:
            if let e = i.elseStmt, isTerminating(i.then, label: ""), isTerminating(e, label: "") { return true }
            return false
        case let sw as SwitchStmt:
            var hasDefault = false
            for c in sw.body {
                if c.cases == nil { hasDefault = true }
                if !isTerminatingList(c.body, label: "") && !endsInFallthrough(c.body) { return false }
                if hasBreakList(c.body, label: label, implicit: true) { return false }
            }
            return hasDefault
        case let sel as SelectStmt:
            for c in sel.body {
                if !isTerminatingList(c.body, label: "") || hasBreakList(c.body, label: label, implicit: true) { return false }
            }
            return true
        case let f as ForStmt:
            if f.initStmt is RangeClause { return false }
            if f.cond != nil { return false }
            return !hasBreak(f.body, label: label, implicit: true)
        default: return false
        }
    }

    func endsInFallthrough(_ list: [Stmt]) -> Bool {
        var n = list.count
        while n > 0, list[n - 1] is EmptyStmt { n -= 1 }
        if n == 0 { return false }
        if let b = list[n - 1] as? BranchStmt, b.tok == .fallthrough { return true }
        return false
    }

    func isTerminatingList(_ list: [Stmt], label: String) -> Bool {
        var n = list.count
        while n > 0, list[n - 1] is EmptyStmt { n -= 1 }
        if n == 0 { return false }
        return isTerminating(list[n - 1], label: label)
    }

    func hasBreakList(_ list: [Stmt], label: String, implicit: Bool) -> Bool {
        list.contains { hasBreak($0, label: label, implicit: implicit) }
    }

    func hasBreak(_ s: Stmt, label: String, implicit: Bool) -> Bool {
        switch s {
        case let b as BranchStmt:
            if b.tok == .break {
                if b.label == nil { return implicit }
                if b.label?.value == label { return true }
            }
            return false
        case let l as LabeledStmt: return hasBreak(l.stmt, label: label, implicit: implicit)
        case let b as BlockStmt: return hasBreakList(b.list, label: label, implicit: implicit)
        case let i as IfStmt:
            if hasBreak(i.then, label: label, implicit: implicit) { return true }
            if let e = i.elseStmt, hasBreak(e, label: label, implicit: implicit) { return true }
            return false
        case let c as SwitchStmt:
            if label.isEmpty { return false }
            return c.body.contains { hasBreakList($0.body, label: label, implicit: false) }
        case let c as SelectStmt:
            if label.isEmpty { return false }
            return c.body.contains { hasBreakList($0.body, label: label, implicit: false) }
        case let f as ForStmt:
            if label.isEmpty { return false }
            return hasBreak(f.body, label: label, implicit: false)
        default: return false
        }
    }
}
