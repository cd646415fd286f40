// Decl.swift — checking declarations (types2 decl.go, signature.go,
// validtype.go): package-level objects on demand with cycle detection,
// constants (with iota), variables, type declarations with their methods,
// function signatures, and local declarations inside function bodies.
import GoSyntax

extension Checker {
    var pendingMethods: [ObjectIdentifier: [FuncDecl]] {
        get { _pendingMethods }
        set { _pendingMethods = newValue }
    }

    func packageObjects() {
        // Types first (non-alias, then alias), then everything else, as types2 does.
        let types = objList.filter { $0 is TypeName }
        for o in types where !((objMap[ObjectIdentifier(o)]?.tdecl?.alias) ?? false) { objDecl(o) }
        for o in types { objDecl(o) }
        for o in objList where !(o is TypeName) { objDecl(o) }
    }

    func objDecl(_ obj: Object) {
        if obj.color == .black { return }
        if obj.color == .grey {
            // a cycle through obj
            switch obj {
            case let c as Const:
                if !validCycle(obj) || c.type == nil { c.type = Typ.invalid }
            case let v as Var:
                if !validCycle(obj) || v.type == nil { v.type = Typ.invalid }
            case let t as TypeName:
                if !validCycle(obj) { t.type = Typ.invalid }
                if t.type == nil { t.type = Typ.invalid }
            case let f as Func:
                if !validCycle(obj) {}
                if f.type == nil { f.type = GoSignature(params: emptyTuple, results: emptyTuple, variadic: false) }
            default: break
            }
            return
        }
        guard let d = objMap[ObjectIdentifier(obj)] else {
            return
        }
        obj.color = .grey
        objPath.append(obj)
        let saved = ctx
        ctx = Context()
        ctx.decl = d
        ctx.scope = d.fileScope
        switch obj {
        case let c as Const:
            ctx.decl = d
            constDecl(c, typ: d.vtype, initExpr: d.initExpr, inherited: d.inherited, iota: d.iota)
        case let v as Var:
            varDecl(v, lhs: d.lhs, typ: d.vtype, initExpr: d.initExpr)
        case let t as TypeName:
            if let td = d.tdecl { typeDecl(t, td) }
        case let f as Func:
            if let fd = d.fdecl { funcDecl(f, fd, d) }
        default: break
        }
        ctx = saved
        objPath.removeLast()
        obj.color = .black
    }

    /// Reports whether the cycle ending at obj is permitted; reports it otherwise.
    func validCycle(_ obj: Object) -> Bool {
        guard let start = objPath.lastIndex(where: { $0 === obj }) else { return true }
        let cycle = Array(objPath[start...])
        var nval = 0, ndef = 0
        for o in cycle {
            switch o {
            case is Const, is Var: nval += 1
            case let t as TypeName:
                if !(objMap[ObjectIdentifier(t)]?.tdecl?.alias ?? false) { ndef += 1 }
            default: break
            }
        }
        if nval == cycle.count { return true }
        if nval == 0 && ndef > 0 { return true }
        cycleError(cycle)
        return false
    }

    /// Reports whether t is fully set up; a defined type still being declared
    /// (on the object path) cannot be used where its structure is needed, such
    /// as `type U [len(U{})]int` (types2 cycles.go isComplete).
    func isComplete(_ t: GoType) -> Bool {
        var t = unalias(t)
        var hops = 0
        while let n = t as? GoNamed, hops < 100 {
            hops += 1
            if let i = objPath.firstIndex(where: { $0 === n.obj }) {
                cycleError(Array(objPath[i...]))
                return false
            }
            guard let r = n.resolved as? GoNamed else { return true }
            t = unalias(r)
        }
        return true
    }

    func cycleError(_ cycle: [Object]) {
        // start at the object that appears first in the source
        var start = 0
        for (i, o) in cycle.enumerated() where o.pos < cycle[start].pos { start = i }
        let obj = cycle[start]
        let isType = obj is TypeName
        if cycle.count == 1 {
            if isType { errorAt(obj.pos, "invalid recursive type: \(objStr(obj)) refers to itself") }
            else { errorAt(obj.pos, "invalid cycle in declaration: \(objStr(obj)) refers to itself") }
            return
        }
        var msg = isType ? "invalid recursive type \(objStr(obj))" : "invalid cycle in declaration of \(objStr(obj))"
        var o = obj
        for i in 0..<cycle.count {
            let next = cycle[(start + i + 1) % cycle.count]
            msg += "\n\t\(fileSet.format(o.pos)): \(objStr(o)) refers to \(objStr(next))"
            o = next
        }
        errorAt(obj.pos, msg)
    }

    // MARK: constants

    func constDecl(_ obj: Const, typ: Expr?, initExpr: Expr?, inherited: Bool, iota: Int) {
        let savedIota = ctx.iota, savedErr = ctx.errpos
        ctx.iota = .int(.init(iota))
        ctx.errpos = inherited ? obj.pos : nil
        defer { ctx.iota = savedIota; ctx.errpos = savedErr }
        if let typ {
            let t = typExpr(typ)
            if !isConstType(t) {
                if isValid(t) {
                    error(typ, "invalid constant type \(typeStr(t))")
                }
                obj.type = Typ.invalid
                return
            }
            obj.type = t
        }
        var x = Operand()
        if let initExpr {
            x = expr(initExpr)
        }
        initConst(obj, &x)
    }

    func initConst(_ lhs: Const, _ x: inout Operand) {
        if x.mode == .invalid || !isValid(x.type) || (lhs.type != nil && !isValid(lhs.type)) {
            if lhs.type == nil { lhs.type = Typ.invalid }
            return
        }
        if x.mode != .constant {
            errorOp(x, "\(describe(x)) is not constant")
            if lhs.type == nil { lhs.type = Typ.invalid }
            return
        }
        if lhs.type == nil { lhs.type = x.type }
        assignment(&x, lhs.type, context: "constant declaration")
        if x.mode == .invalid { return }
        lhs.value = x.val
    }

    // MARK: variables

    func varDecl(_ obj: Var, lhs: [Var]?, typ: Expr?, initExpr: Expr?) {
        if let typ {
            let t = varType(typ)
            obj.type = t
            if let lhs { for v in lhs { v.type = t } }
        }
        guard let initExpr else {
            if typ == nil { obj.type = Typ.invalid }
            return
        }
        if lhs == nil || lhs!.count == 1 {
            var x = expr(initExpr, hint: typ != nil ? obj.type : nil)
            initVar(obj, &x, context: "variable declaration")
            return
        }
        initVars(lhs!, [initExpr], returnStmt: nil)
    }

    // MARK: types

    func typeDecl(_ obj: TypeName, _ tdecl: TypeDecl) {
        if let tpl = tdecl.tParamList, !tdecl.alias {
            let named = GoNamed(obj: obj, underlying: nil)
            obj.type = named
            let saved = ctx.scope
            ctx.scope = Scope(parent: saved ?? pkg.scope, comment: "type parameters")
            named.typeParams = declareTypeParams(tpl) { named.typeParams = $0 }
            let rhs = unalias(definedType(tdecl.type, def: named))
            ctx.scope = saved
            if rhs is GoTypeParam {
                error(tdecl.type, "cannot use a type parameter as RHS in type declaration")
                named.resolved = Typ.invalid
            } else {
                named.resolved = rhs.underlying
            }
            validType(named)
            collectMethods(obj, named)
            return
        }
        if let tpl = tdecl.tParamList, tdecl.alias {
            // a generic alias (type A[P any] = T): each instance is T with P replaced
            obj.isAlias = true
            let named = GoNamed(obj: obj, underlying: nil)
            named.isGenericAlias = true
            obj.type = named
            let saved = ctx.scope
            ctx.scope = Scope(parent: saved ?? pkg.scope, comment: "type parameters")
            named.typeParams = declareTypeParams(tpl)
            named.resolved = typExpr(tdecl.type)
            ctx.scope = saved
            return
        }
        if tdecl.alias {
            obj.isAlias = true
            obj.type = Typ.invalid
            let t = typExpr(tdecl.type)
            obj.type = aliasCopy(t, obj)
            return
        }
        let named = GoNamed(obj: obj, underlying: nil)
        obj.type = named
        let rhs = unalias(definedType(tdecl.type, def: named))
        if let rn = rhs as? GoNamed {
            // type A B: the underlying type is B's; check for A -> B -> A
            var seen: [GoNamed] = [named]
            var cur: GoNamed? = rn
            var pending = false
            while let c = cur {
                if seen.contains(where: { $0 === c }) {
                    cycleError(seen.map { $0.obj })
                    named.resolved = Typ.invalid
                    break
                }
                seen.append(c)
                if c.resolved == nil { pending = true }
                cur = c.resolved as? GoNamed
            }
            // B still being declared (type B struct{ next *A }; type A B):
            // link to it, `underlying` follows the link once B is done.
            if named.resolved == nil { named.resolved = pending ? rn : rn.underlying }
        } else {
            named.resolved = rhs.underlying
        }
        if let n = named.resolved as? GoNamed, !(n.underlying === Typ.invalid) { named.resolved = n.underlying }
        validType(named)
        collectMethods(obj, named)
    }

    /// Reports a struct or array type that contains itself directly
    /// (types2 validtype.go).
    func validType(_ t: GoNamed) {
        var path: [GoNamed] = []
        var done = Set<ObjectIdentifier>()
        func visit(_ t: GoType?, _ depth: Int) -> Bool {
            guard let t, depth < 200 else { return true }
            switch unalias(t) {
            case let n as GoNamed:
                if n.obj.pkg !== pkg { return true }
                if done.contains(ObjectIdentifier(n)) { return true }
                if let i = path.firstIndex(where: { $0 === n }) {
                    let cycle = Array(path[i...])
                    // only report cycles that start at the type being validated
                    if cycle.first === path.first {
                        cycleError(cycle.map { $0.obj })
                    }
                    for c in cycle { c.resolved = Typ.invalid }
                    return false
                }
                path.append(n)
                let ok = visit(n.resolved, depth + 1)
                path.removeLast()
                if ok { done.insert(ObjectIdentifier(n)) }
                return ok
            case let a as GoArray: return visit(a.elem, depth + 1)
            case let s as GoStruct:
                for f in s.fields where !visit(f.type, depth + 1) { return false }
                return true
            case let i as GoInterface:
                for e in i.embeddeds where !visit(e, depth + 1) { return false }
                return true
            default: return true
            }
        }
        _ = visit(t, 0)
    }

    func collectMethods(_ obj: TypeName, _ named: GoNamed) {
        guard let decls = pendingMethods[ObjectIdentifier(obj)] else { return }
        pendingMethods[ObjectIdentifier(obj)] = nil
        var byName: [String: Func] = [:]
        for m in named.methods { byName[m.name] = m }
        for fd in decls {
            guard let m = info.defs[ObjectIdentifier(fd.name)] as? Func else { continue }
            if let alt = byName[m.name] {
                errorAt(m.pos, "method \(obj.name).\(m.name) already declared at \(fileSet.format(alt.pos))")
                continue
            }
            byName[m.name] = m
            named.methods.append(m)
        }
        later { [self] in
            guard let s = named.underlying as? GoStruct else { return }
            for f in s.fields where f.name != "_" {
                if let m = byName[f.name] {
                    errorAt(m.pos, "field and method with the same name \(f.name)\n\t\(fileSet.format(f.pos)): other declaration of \(f.name)")
                }
            }
        }
    }

    // MARK: functions

    func funcDecl(_ obj: Func, _ fdecl: FuncDecl, _ d: DeclInfo) {
        // As types2, guard against cycles through the signature (func f() [f()]int):
        // the object has an (empty, then filled in) signature from the start.
        let sig = GoSignature(params: emptyTuple, results: emptyTuple, variadic: false)
        obj.type = sig
        let savedScope = ctx.scope
        var generic = fdecl.tParamList != nil
        if let r = fdecl.recv {
            var rt: Expr = r.type
            while true {
                if let p = rt as? ParenExpr { rt = p.x; continue }
                if let op = rt as? Operation, op.op == .mul, op.y == nil { rt = op.x; continue }
                break
            }
            if let ix = rt as? IndexExpr {
                // a method of a generic type: its receiver type parameters
                // are declared anew, constrained as the type's
                generic = true
                ctx.scope = Scope(parent: savedScope ?? pkg.scope, comment: "receiver type parameters")
                let names = unpackList(ix.index)
                var rtps: [GoTypeParam] = []
                for (i, ne) in names.enumerated() {
                    guard let n = ne as? Name else { error(ne, "receiver type parameter \(exprText(ne)) must be an identifier"); continue }
                    let tn = TypeName(name: n.value, type: nil, pkg: pkg, pos: n.pos)
                    let tp = GoTypeParam(obj: tn, index: i)
                    tn.type = tp
                    if n.value != "_" { declare(ctx.scope!, n, tn) } else { recordDef(n, tn) }
                    rtps.append(tp)
                }
                let bx = genericTypeOperand(ix.x)
                if let orig = bx.type as? GoNamed, orig.isGeneric {
                    if orig.typeParams.count != rtps.count {
                        let got = "\(rtps.count) type parameter" + (rtps.count == 1 ? "" : "s")
                        error(ix.x, "receiver declares \(got), but receiver base type declares \(orig.typeParams.count)")
                        badReceivers.insert(ObjectIdentifier(ix))
                    }
                    let m = substMap(orig.typeParams, rtps)
                    for (i, tp) in rtps.enumerated() where i < orig.typeParams.count {
                        tp.constraint = subst(orig.typeParams[i].constraint, m)
                    }
                } else if bx.mode == .typexpr, isValid(bx.type) {
                    error(ix.x, "\(typeStr(bx.type)) is not a generic type")
                }
                sig.recvTypeParams = rtps
            }
        }
        if let tpl = fdecl.tParamList {
            if ctx.scope === savedScope {
                ctx.scope = Scope(parent: savedScope ?? pkg.scope, comment: "type parameters")
            }
            if fdecl.name.value == "main" && fdecl.recv == nil && pkg.name == "main" {
                error(fdecl.name, "func main must have no type parameters")
            } else if fdecl.name.value == "init" && fdecl.recv == nil {
                error(fdecl.name, "func init must have no type parameters")
            }
            sig.typeParams = declareTypeParams(tpl)
        }
        let (s, _) = funcType(recv: fdecl.recv, fdecl.type, isMethodDecl: true)
        ctx.scope = savedScope
        _ = generic
        sig.recv = s.recv; sig.params = s.params; sig.results = s.results; sig.variadic = s.variadic
        if let r = sig.recv, r.type is GoPointer { obj.hasPtrRecv = true }
        if let body = fdecl.body {
            later { [self] in
                let saved = ctx
                ctx = Context()
                ctx.decl = d
                funcBody(name: fdecl.name.value, sig: sig, body: body, funcNode: fdecl.type, decl: d)
                ctx = saved
            }
        } else if !isStdSurface && obj.name != "init" {
            missingBodies.append(fdecl)
        }
    }

    /// Builds a signature from syntax, declaring parameters in a new function scope.
    func funcType(recv: Field?, _ ft: FuncType, isMethodDecl: Bool) -> (GoSignature, Scope) {
        let scope = Scope(parent: ctx.scope, start: ft.pos, isFunc: true, comment: "function")
        recordScope(ft, scope)
        var recvVar: Var? = nil
        if let recv {
            let (vars, _) = collectParams(scope, [recv], variadicOk: false)
            if let r = vars.first {
                recvVar = r
                // check receiver base type
                var rt: Expr = recv.type
                while let p = rt as? ParenExpr { rt = p.x }
                if let op = rt as? Operation, op.op == .mul, op.y == nil { rt = op.x }
                while let p = rt as? ParenExpr { rt = p.x }
                let rbase = rt
                let recvType = r.type
                later { [self] in validRecv(rbase, recvType) }
            }
        }
        let (params, variadic) = collectParams(scope, ft.paramList, variadicOk: true)
        let (results, _) = collectParams(scope, ft.resultList, variadicOk: false)
        for v in params + results { v.isParam = true; declare(scope, nil, v, scopePos: ft.pos); usedVars.insert(ObjectIdentifier(v)) }
        if let r = recvVar { r.isParam = true; declare(scope, nil, r, scopePos: ft.pos) }
        // record defs for named params
        let sig = GoSignature(recv: recvVar, params: GoTuple(params), results: GoTuple(results), variadic: variadic)
        return (sig, scope)
    }

    func validRecv(_ rbase: Expr, _ t: GoType?) {
        guard let t, isValid(t) else { return }
        let rt = unalias((t as? GoPointer)?.elem ?? t)
        if !isValid(rt) { return }
        switch rt {
        case let n as GoNamed:
            if n.obj.pkg !== pkg {
                error(rbase, "cannot define new methods on non-local type \(typeStr(rt))")
                return
            }
            var cause = ""
            switch n.underlying {
            case let b as GoBasic where b.kind == .unsafePointer: cause = "unsafe.Pointer"
            case is GoPointer, is GoInterface: cause = "pointer or interface type"
            default: break
            }
            if !cause.isEmpty { error(rbase, "invalid receiver type \(typeStr(rt)) (\(cause))") }
        case is GoBasic:
            error(rbase, "cannot define new methods on non-local type \(typeStr(rt))")
        default:
            error(rbase, "invalid receiver type \(typeStr(t))")
        }
    }

    func collectParams(_ scope: Scope, _ list: [Field], variadicOk: Bool) -> ([Var], Bool) {
        var vars: [Var] = []
        var variadic = false
        var prevType: Expr? = nil
        var prevT: GoType = Typ.invalid
        var named = false, anonymous = false
        for (i, f) in list.enumerated() {
            var ftype = f.type
            var isDots = false
            if let dt = ftype as? DotsType {
                ftype = dt.elem
                isDots = true
                if variadicOk && i == list.count - 1 {
                    variadic = true
                } else {
                    error(dt, "can only use ... with final parameter in list")
                }
            }
            var t: GoType
            if let p = prevType, p === f.type {
                t = prevT
            } else {
                t = varType(ftype)
                if isDots { t = GoSlice(t) }
                prevType = f.type; prevT = t
            }
            if let name = f.name {
                named = true
                let v = Var(name: name.value, type: t, pkg: pkg, pos: name.pos)
                recordDef(name, v)
                vars.append(v)
            } else {
                anonymous = true
                let v = Var(name: "", type: t, pkg: pkg, pos: f.pos)
                recordImplicit(f, v)
                vars.append(v)
            }
        }
        if named && anonymous {
            // the parser reports "mixed named and unnamed parameters"
        }
        return (vars, variadic)
    }
}

