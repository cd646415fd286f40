// Stmt.swift — the flows of statements and assignments (Go's escape/stmt.go
// and assign.go). Loop depth grows inside loops and after looping labels: a
// variable declared deeper than a location it is stored into through an
// address outlives its iteration, so it escapes.
import GoSyntax
import GoTypes

extension Batch {
    func block(_ list: [Stmt]) {
        let old = loopDepth
        for s in list { stmt(s) }
        loopDepth = old
    }

    /// Declares v here: its loop depth is the current one.
    @discardableResult
    func dcl(_ v: Var) -> Hole {
        guard let l = loc(of: v) else { return discardHole() }
        l.loopDepth = loopDepth
        return Hole(l)
    }

    func stmt(_ s: Stmt?) {
        guard let s else { return }
        switch s {
        case let b as BlockStmt:
            block(b.list)
        case is EmptyStmt, is BranchStmt:
            return
        case let l as LabeledStmt:
            if labels[ObjectIdentifier(l)] == true { loopDepth += 1 }
            stmt(l.stmt)
        case let e as ExprStmt:
            if let c = unparen(e.x) as? CallExpr { call(nil, c) } else if let o = unparen(e.x) as? Operation, o.op == .recv {
                discard(o.x)
            } else { discard(e.x) }
        case let ss as SendStmt:
            discard(ss.chan)
            let et = (typeOf(ss.chan)?.underlying as? GoChan)?.elem
            exprTo(heapHole().note(fmtStmt(ss), ss.pos, "send", self), ss.value, et)
        case let d as DeclStmt:
            for decl in d.declList {
                guard let vd = decl as? VarDecl else { continue }
                let vars = vd.nameList.map { info.defs[ObjectIdentifier($0)] as? Var }
                var ks: [Hole] = []
                for v in vars { ks.append(v.map { $0.isPackageLevel ? heapHole() : dcl($0) } ?? discardHole()) }
                let rhs = unpackList(vd.values)
                if rhs.count == 1 && vars.count > 1 {
                    multiAssign(ks, vars.map { $0?.type }, rhs[0], where: vd)
                } else {
                    for (i, k) in ks.enumerated() where i < rhs.count {
                        exprTo(k.note(fmtStmt(vd), vd.pos, vars.count > 1 ? "assign-pair" : "assign", self), rhs[i], vars[i]?.type)
                    }
                }
            }
        case let a as AssignStmt:
            assign(a)
        case let c as CallStmt:
            goDefer(c)
        case let r as ReturnStmt:
            returnStmt(r)
        case let i as IfStmt:
            stmt(i.initStmt)
            discard(i.cond)
            block(i.then.list)
            stmt(i.elseStmt)
        case let f as ForStmt:
            if let rc = f.initStmt as? RangeClause {
                rangeStmt(rc, f)
                return
            }
            let old = loopDepth
            // Loop variables are per iteration (Go 1.22): declared inside.
            loopDepth += 1
            stmt(f.initStmt)
            discard(f.cond)
            stmt(f.post)
            block(f.body.list)
            loopDepth = old
        case let sw as SwitchStmt:
            let old = loopDepth
            stmt(sw.initStmt)
            if let g = sw.tag as? TypeSwitchGuard {
                var ks: [Hole] = []
                for cl in sw.body {
                    guard let cv = info.implicits[ObjectIdentifier(cl)] as? Var else { continue }
                    let k = dcl(cv)
                    if hasPointers(cv.type) {
                        var kk = k
                        if let t = cv.type, !isInterfaceType(t), !isDirectIface(t) { kk = kk.shift(1) }
                        ks.append(kk.note(fmtStmt(cl), cl.pos, "switch case", self))
                    }
                }
                expr(teeHole(ks), g.x)
            } else {
                discard(sw.tag)
            }
            for cl in sw.body {
                if !(sw.tag is TypeSwitchGuard) { unpackList(cl.cases).forEach { discard($0) } }
                block(cl.body)
            }
            loopDepth = old
        case let sel as SelectStmt:
            for cl in sel.body {
                if let comm = cl.comm {
                    if let a = comm as? AssignStmt {
                        for l in unpackList(a.lhs) {
                            if a.op == .def, let n = l as? Name, let v = info.defs[ObjectIdentifier(n)] as? Var { dcl(v) }
                            else { _ = addr(l) }
                        }
                        if let r = a.rhs { discard(r) }
                    } else {
                        stmt(comm)
                    }
                }
                block(cl.body)
            }
        default:
            return
        }
    }

    func returnStmt(_ r: ReturnStmt) {
        let results = inlFrame?.resultLocs ?? curfn.resultLocs
        let rts = (inlFrame?.callee ?? curfn).sig?.results.vars ?? []
        let srcs = unpackList(r.results)
        if srcs.count == 1 && results.count > 1, let c = unparen(srcs[0]) as? CallExpr {
            call(results.map { Hole($0).note(fmtStmt(r), r.pos, "return", self) }, c)
            return
        }
        let ks = results.map { Hole($0) }
        for (i, k) in ks.enumerated() {
            guard i < srcs.count else { break }
            exprTo(k.note(fmtStmt(r), r.pos, "return", self), srcs[i], i < rts.count ? rts[i].type : nil)
        }
        for l in results { l.reassigned = true }
    }

    /// The hole of an assignment's destination (Go's e.addr).
    func addr(_ e: Expr) -> Hole {
        let e = unparen(e)
        switch e {
        case let n as Name:
            if n.value == "_" { return discardHole() }
            let obj = info.defs[ObjectIdentifier(n)] ?? info.uses[ObjectIdentifier(n)]
            guard let v = obj as? Var else { return discardHole() }
            if let l = loc(of: v) { return Hole(l) }
            return heapHole()
        case let s as SelectorExpr:
            guard let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal else {
                return heapHole()   // pkg.Var
            }
            let steps = fieldSteps(s.x, sel.index)
            if steps.contains(true) {
                // through a pointer: the pointer is mutated, the value goes to the heap
                mutate(s.x)
                return heapHole()
            }
            return addr(s.x)
        case let i as IndexExpr:
            let xt = typeOf(i.x)?.underlying
            if xt is GoMap {
                discard(i.x)
                let kt = (xt as? GoMap)?.key
                exprTo(heapHole().note(fmt(e), e.pos, "key of map put", self), i.index, kt)
                return heapHole()
            }
            discard(i.index)
            if xt is GoArray { return addr(i.x) }
            mutate(i.x)
            return heapHole()
        case let o as Operation where o.op == .mul && o.y == nil:
            mutate(o.x)
            return heapHole()
        default:
            discard(e)
            return heapHole()
        }
    }

    func mutate(_ e: Expr) { expr(mutatorHole(), e) }

    func assign(_ a: AssignStmt) {
        let lhs = unpackList(a.lhs)
        guard let rhsE = a.rhs else {
            // x++ / x--
            let k = addr(lhs.first ?? a.lhs)
            reassigned([k], a)
            return
        }
        let rhs = unpackList(rhsE)
        // destinations: new variables are declared here
        var ks: [Hole] = []
        var types: [GoType?] = []
        for l in lhs {
            if a.op == .def, let n = l as? Name, let v = info.defs[ObjectIdentifier(n)] as? Var {
                ks.append(dcl(v)); types.append(v.type)
            } else {
                ks.append(addr(l)); types.append(typeOf(l))
            }
        }
        if a.op != .def && a.op != .none {
            // x op= y
            if let r = rhs.first {
                var k = ks[0]
                if let l = lhs.first, isSelfAssign(l, r) {
                    if verbose > 0 { emit(inlPos ?? a.pos, "\(curfn.name) ignoring self-assignment in \(fmtStmt(a))") }
                    k = discardHole()
                }
                expr(k.note(fmtStmt(a), a.pos, "assign", self), r)
            }
            reassigned(ks, a)
            return
        }
        if rhs.count == 1 && lhs.count > 1 {
            let r = unparen(rhs[0])
            if lhs.count == 2, r is AssertExpr || (r as? IndexExpr).map({ typeOf($0.x)?.underlying is GoMap }) == true
                || (r as? Operation)?.op == .recv {
                // v, ok := x.(T): Go assigns through two temporaries
                let n0 = nextAutotmp(at: a.pos), n1 = nextAutotmp(at: a.pos)
                let t0 = newLoc(.temp(".autotmp_\(n0)", a.pos), persists: true)
                let text1 = verbose >= 2 ? ".autotmp_\(n0), .autotmp_\(n1) := \(fmt(r))" : ""
                multiAssign([Hole(t0), discardHole()], [typeOf(r), nil], r, where: a, text: text1)
                var text2 = ""
                if verbose >= 2 {
                    let t = types[0]
                    let ts = typeStr(t)
                    let conv = typeFmt.hasName(t) ? "\(ts)(.autotmp_\(n0))" : "(\(ts))(.autotmp_\(n0))"
                    text2 = "\(lhs.map { fmt($0) }.joined(separator: ", ")) \(a.op == .def ? ":=" : "=") \(conv), .autotmp_\(n1)"
                }
                flowVar(ks[0].note(text2, a.pos, "assign-pair", self), t0, types[0])
                reassigned(ks, a)
                return
            }
            multiAssign(ks, types, rhs[0], where: a)
            reassigned(ks, a)
            return
        }
        let why = lhs.count > 1 ? "assign-pair" : "assign"
        for (i, k) in ks.enumerated() where i < rhs.count {
            var k = k
            if isSelfAssign(lhs[i], rhs[i]) {
                if verbose > 0 { emit(inlPos ?? a.pos, "\(curfn.name) ignoring self-assignment in \(fmtStmt(a))") }
                k = discardHole()
            }
            exprTo(k.note(fmtStmt(a), a.pos, why, self), rhs[i], types[i])
        }
        reassigned(ks, a)
    }

    /// a, b = f() / v, ok = x.(T) / v, ok = m[k] / v, ok = <-c.
    func multiAssign(_ ks: [Hole], _ types: [GoType?], _ rhs: Expr, where stmt: Node, text: String? = nil) {
        let r = unparen(rhs)
        if let c = r as? CallExpr, !isConversion(c), builtinOf(c.fun) == nil {
            call(ks, c)
            return
        }
        var why = "assign-pair"
        if r is AssertExpr { why = "assign-pair-dot-type" }
        else if let i = r as? IndexExpr, typeOf(i.x)?.underlying is GoMap { why = "assign-pair-mapr" }
        else if let o = r as? Operation, o.op == .recv { why = "assign-pair-receive" }
        if let k = ks.first {
            exprTo(k.note(text ?? fmtStmt(stmt), stmt.pos, why, self), rhs, types.first ?? nil)
        }
    }

    /// Marks the destinations as reassigned, except a variable at its own definition.
    func reassigned(_ ks: [Hole], _ stmt: AssignStmt) {
        for (i, k) in ks.enumerated() {
            let l = k.dst
            if stmt.op == .def, case .variable(let v) = l.n {
                let lhs = unpackList(stmt.lhs)
                if i < lhs.count, let n = lhs[i] as? Name, info.defs[ObjectIdentifier(n)] === v { continue }
            }
            l.reassigned = true
        }
    }

    func rangeStmt(_ rc: RangeClause, _ f: ForStmt) {
        let old = loopDepth
        let tmp = newLoc(.none, persists: true)
        expr(Hole(tmp), rc.x)
        loopDepth += 1
        let lhs = unpackList(rc.lhs)
        var ks: [Hole] = []
        for l in lhs {
            if rc.def, let n = l as? Name, let v = info.defs[ObjectIdentifier(n)] as? Var { ks.append(dcl(v)) }
            else { ks.append(addr(l)) }
        }
        if ks.count > 1 {
            if typeOf(rc.x)?.underlying is GoArray {
                flow(ks[1].note("for loop", rc.pos, "range", self), tmp)
            } else {
                flow(ks[1].deref("for loop", rc.pos, "range-deref", self), tmp)
            }
        }
        for k in ks { k.dst.reassigned = true }
        block(f.body.list)
        loopDepth = old
    }
}
