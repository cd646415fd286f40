// Compiler+Stmt.swift — statements: assignments, declarations, control flow
// (if, for, range, switch, type switch, labels, break/continue/goto,
// fallthrough), return, defer.
//
// Loop variables follow Go 1.22: each iteration has its own variable. A loop
// variable in a heap cell gets a fresh cell (holding the current value)
// before the post statement, so closures of earlier iterations keep theirs.
import GoABI
import GoSyntax
import GoTypes

extension FunctionCompiler {
    func block(_ list: [Stmt]) throws { for s in list { try stmt(s) } }

    /// Compiles a statement, then clears the pointer temporaries it left
    /// (`clearTemps`).
    func stmt(_ s: Stmt) throws {
        let top0 = frameTop, vars0 = varSlots.count
        try stmtBody(s)
        if !(s is ReturnStmt || s is BranchStmt) { clearTemps(from: top0, varsFrom: vars0) }
    }

    /// Gomem's stand-in for Go's liveness analysis: a frame slot is never
    /// reused, and every slot a statement allocates that is not a variable
    /// is a temporary, dead once the statement has run. Those holding
    /// pointers are zeroed there, so the collector (which scans every
    /// pointer slot of the frame's one stack map) does not keep what they
    /// pointed to alive for the rest of the function — e.g. a tree built
    /// and checked in one statement (`bottomUp(d).check()`). Runs of dead
    /// temporaries are zeroed with one instruction; words an inner statement
    /// already cleared are skipped. (A branch out of the statement skips the
    /// clearing: the slot is then retained until the enclosing statement's.)
    func clearTemps(from top0: Int, varsFrom vars0: Int) {
        let lo = top0 / 8, hi = frameTop / 8
        guard hi > lo else { return }
        while tempCleared.count < hi { tempCleared.append(false) }
        var isVar = [Bool](repeating: false, count: hi - lo)
        for (off, size) in varSlots[vars0...] {
            for w in (off / 8)..<((off + max(size, 8) + 7) / 8) where w >= lo && w < hi { isVar[w - lo] = true }
        }
        var runStart = -1, lastPtr = -1
        func flush() {
            if runStart >= 0 && lastPtr >= runStart {
                emit(Instr(.zero, Int32(runStart * 8), 0, Int32((lastPtr - runStart + 1) * 8)))
            }
            runStart = -1; lastPtr = -1
        }
        for w in lo..<hi {
            if isVar[w - lo] || tempCleared[w] { flush(); continue }
            tempCleared[w] = true
            if runStart < 0 { runStart = w }
            if w < ptrMask.count && ptrMask[w] { lastPtr = w }
        }
        flush()
    }

    func stmtBody(_ s: Stmt) throws {
        pos(s)
        try emitMoves(before: s)
        switch s {
        case is EmptyStmt: break
        case let b as BlockStmt: try block(b.list)
        case let e as ExprStmt:
            let x = unparen(e.x)
            if let c = x as? CallExpr { _ = try call(c) } else { _ = try expr(x) }
        case let a as AssignStmt: try assign(a)
        case let d as DeclStmt: try declStmt(d)
        case let r as ReturnStmt: try returnStmt(r)
        case let i as IfStmt: try ifStmt(i)
        case let f as ForStmt: try forStmt(f, label: takeLabel())
        case let sw as SwitchStmt: try switchStmt(sw, label: takeLabel())
        case let l as LabeledStmt:
            labelPCs[l.label.value] = here
            pendingLabel = l.label.value
            try stmt(l.stmt)
            pendingLabel = nil
        case let b as BranchStmt: try branch(b)
        case let c as CallStmt:
            try deferStmt(c, isGo: c.tok != .defer)
        case let snd as SendStmt:
            let ct = try typeOf(snd.chan)
            guard let ch = ct.underlying as? GoChan else { throw Unsupported(s.pos, "send") }
            let cv = try expr(snd.chan)
            let v = try convert(try expr(snd.value), from: try typeOf(snd.value), to: ch.elem, at: snd.pos)
            emit(Instr(.chansend, cv, v))
        case let sel as SelectStmt: try selectStmt(sel, label: takeLabel())
        default: throw Unsupported(s.pos, "statement")
        }
    }

    func takeLabel() -> String? {
        let l = pendingLabel
        pendingLabel = nil
        return l
    }

    // MARK: Assignment

    func assign(_ a: AssignStmt) throws {
        if a.op == .def {
            try define(a.lhs, a.rhs)
            return
        }
        if a.op != .none {
            // x op= y, x++ and x--
            let t = try typeOf(a.lhs)
            let y: Int32
            let yt: GoType
            // A place holding a call is evaluated first (`f()[i] += g()`).
            let early = hasCall(a.lhs) ? try lvalueExpr(a.lhs) : nil
            if let r = a.rhs {
                if a.op == .shl || a.op == .shr { (y, yt) = try shiftCount(r) } else { y = try expr(r); yt = try typeOf(r) }
            } else { y = iconst(1); yt = Typ.int }
            let yv: Int32
            if a.rhs == nil && isFloat(t) {
                let f = word()
                emit(Instr(.i2f, f, y, w: isF32(t) ? 1 : 0))
                yv = f
            } else if a.rhs == nil && isComplex(t) {
                yv = try constant(.int(1), t, a.pos)
            } else { yv = y }
            let lv = try early ?? lvalueExpr(a.lhs)
            let x = load(lv, t)
            let r = try arith(a.op, x, yv, t, shiftCount: yt, a.pos)
            store(lv, r, t)
            return
        }
        let lhs = listOf(a.lhs)
        guard let rhsE = a.rhs else { throw Unsupported(a.pos, "assignment") }
        let rhs = listOf(rhsE)
        // Go evaluates the operands of index expressions and pointer
        // indirections on the left first, then the right, then assigns left
        // to right: `h, h.next = h.next, p` stores through the old h.
        // The nil and bounds checks of each place wait for its own store:
        // `m[k], *p = 1, 2` stores m[k] before *p panics. A single place
        // holding a call is evaluated before the right side too
        // (`f()[g()] = h()` calls f, g, h in that order).
        var places: [PendingPlace?] = []
        if lhs.count > 1 || hasCall(lhs[0]) {
            for l in lhs {
                if let n = l as? Name, n.value == "_" { places.append(nil); continue }
                places.append(try pendingPlace(l))
            }
        }
        let vals = try valueList(rhs, count: lhs.count)
        for (i, l) in lhs.enumerated() {
            if let n = l as? Name, n.value == "_" { continue }
            let lt = try typeOf(l)
            let v = try convert(vals[i].0, from: vals[i].1, to: lt, at: a.pos)
            let lv = try places.isEmpty ? lvalueExpr(l) : resolve(places[i]!)
            store(lv, v, lt)
        }
    }

    /// The place of a tuple assignment's operand l with its operands
    /// (pointer, slice header, index, map and key) evaluated and copied, and
    /// its nil and bounds checks left to `resolve`, at the store.
    func pendingPlace(_ l: Expr) throws -> PendingPlace {
        let e = unparen(l)
        func copied(_ v: Int32, pointer: Bool) -> Int32 {
            let c = pointer ? ptrWord() : word()
            emit(Instr(.mov8, c, v))
            return c
        }
        if let o = e as? Operation, o.op == .mul, o.y == nil {
            return .deref(copied(try expr(o.x), pointer: true), 0)
        }
        if let s = e as? SelectorExpr, let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal,
           try typeOf(s.x).underlying is GoPointer {
            // p.f1.f2 with no embedded pointer after p: one offset from p.
            var t = try typeOf(s.x)
            var off: Int32 = 0
            var direct = true
            for (k, i) in sel.index.enumerated() {
                if let p = t.underlying as? GoPointer {
                    if k > 0 { direct = false; break }
                    t = p.elem
                }
                guard let st = t.underlying as? GoStruct else { direct = false; break }
                off += Int32(Sizes.offsetsof(st.fields)[i])
                t = ty(st.fields[i].type)
            }
            if direct { return .deref(copied(try expr(s.x), pointer: true), off) }
        }
        if let i = e as? IndexExpr {
            let xt = try typeOf(i.x)
            if let st = xt.underlying as? GoSlice {
                let h = alloc(xt)
                copyValue(h, try expr(i.x), xt)
                let idx = copied(try expr(i.index), pointer: false)
                return .sliceElem(h, idx, Int32(TypeTable.size(st.elem)))
            }
            if let pt = xt.underlying as? GoPointer, let at = pt.elem.underlying as? GoArray {
                let p = copied(try expr(i.x), pointer: true)
                let idx = copied(try expr(i.index), pointer: false)
                return .arrayElem(p, idx, at.len, Int32(TypeTable.size(at.elem)))
            }
        }
        return .ready(try stablePlace(try lvalueExpr(l), l))
    }

    /// The place of a pending one, after its checks.
    func resolve(_ pp: PendingPlace) throws -> LValue {
        switch pp {
        case .ready(let lv): return lv
        case .deref(let p, let off):
            emit(Instr(.nilchk, p))
            return .mem(p, off)
        case .sliceElem(let h, let idx, let es):
            emit(Instr(.bchk, idx, h + 8))
            let q = ptrWord()
            emit(Instr(.elemaddr, q, h, idx, es))
            return .mem(q, 0)
        case .arrayElem(let p, let idx, let n, let es):
            emit(Instr(.nilchk, p))
            emit(Instr(.bchk, idx, iconst(n)))
            let q = ptrWord()
            emit(Instr(.elemaddr, q, p, idx, es))
            return .mem(q, 0)
        }
    }

    /// A place whose pointer (and map key) are copied to temporaries, so
    /// later assignments of the same statement cannot move it.
    func stablePlace(_ lv: LValue, _ l: Expr) throws -> LValue {
        switch lv {
        case .mem(let p, let off):
            let c = ptrWord()
            emit(Instr(.mov8, c, p))
            return .mem(c, off)
        case .mapEntry(let m, let k, let d):
            guard let i = unparen(l) as? IndexExpr, let mt = try typeOf(i.x).underlying as? GoMap else { return lv }
            let cm = ptrWord()
            emit(Instr(.mov8, cm, m))
            let ck = alloc(mt.key)
            copyValue(ck, k, mt.key)
            return .mapEntry(cm, ck, d)
        default:
            return lv
        }
    }

    func listOf(_ e: Expr) -> [Expr] {
        if let l = e as? ListExpr { return l.elemList }
        return [e]
    }

    func define(_ lhsE: Expr, _ rhsE: Expr?) throws {
        let lhs = listOf(lhsE)
        guard let rhsE else { throw Unsupported(lhsE.pos, "definition") }
        let rhs = listOf(rhsE)
        var vals: [(Int32, GoType)] = []
        if rhs.count == lhs.count {
            for r in rhs {
                let v = try expr(r)
                let t = try typeOf(r)
                if lhs.count > 1 { let c = alloc(t); copyValue(c, v, t); vals.append((c, t)) } else { vals.append((v, t)) }
            }
        } else {
            vals = try multiValue(rhs[0], count: lhs.count)
        }
        for (i, l) in lhs.enumerated() {
            guard let n = l as? Name, n.value != "_" else { continue }
            let v: Var
            if let d = info.defs[ObjectIdentifier(n)] as? Var {
                v = d
                _ = declare(v)
            } else if let u = info.uses[ObjectIdentifier(n)] as? Var {
                v = u
            } else { continue }
            let t = ty(v.type)
            let cv = try convert(vals[i].0, from: vals[i].1, to: t, at: n.pos)
            store(try lvalue(of: v, n.pos), cv, t)
        }
    }

    func declStmt(_ d: DeclStmt) throws {
        for decl in d.declList {
            guard let vd = decl as? VarDecl else {
                if decl is TypeDecl || decl is ConstDecl { continue }
                throw Unsupported(decl.pos, "declaration")
            }
            try emitMoves(before: vd)
            var vars: [Var] = []
            for n in vd.nameList {
                if let v = info.defs[ObjectIdentifier(n)] as? Var { vars.append(v) }
            }
            if let values = vd.values {
                let rhs = listOf(values)
                var vals: [(Int32, GoType)] = []
                if rhs.count == vd.nameList.count {
                    for r in rhs { vals.append((try expr(r), try typeOf(r))) }
                } else {
                    vals = try multiValue(rhs[0], count: vd.nameList.count)
                }
                for (i, n) in vd.nameList.enumerated() {
                    guard let v = info.defs[ObjectIdentifier(n)] as? Var else { continue }
                    _ = declare(v)
                    let t = ty(v.type)
                    store(try lvalue(of: v, n.pos), try convert(vals[i].0, from: vals[i].1, to: t, at: n.pos), t)
                }
            } else {
                for v in vars {
                    let l = declare(v)
                    if case .slot(let s) = l { emit(Instr(.zero, s, 0, Int32(TypeTable.slotSize(ty(v.type))))) }
                }
            }
        }
    }

    /// The values of `es` for `count` destinations: one value per expression
    /// (copied when there are several, since a later assignment of the same
    /// statement may change a source), or the results of one multi-value call.
    func valueList(_ es: [Expr], count: Int) throws -> [(Int32, GoType)] {
        guard es.count == count else { return try multiValue(es[0], count: count) }
        var vals: [(Int32, GoType)] = []
        for e in es {
            let v = try expr(e)
            let t = try typeOf(e)
            if count > 1 { let c = alloc(t); copyValue(c, v, t); vals.append((c, t)) } else { vals.append((v, t)) }
        }
        return vals
    }

    // MARK: Return

    func returnStmt(_ r: ReturnStmt) throws {
        if let rb = rangeBody { try bodyReturnStmt(r, rb); return }
        if let res = r.results {
            let es = listOf(res)
            let vals = try valueList(es, count: resultVars.count)
            for (i, rv) in resultVars.enumerated() {
                let t = ty(rv.type)
                let v = try convert(vals[i].0, from: vals[i].1, to: t, at: r.pos)
                if let l = locs[ObjectIdentifier(rv)], case .box(let cell) = l {
                    store(.mem(cell, 0), v, t)
                } else {
                    copyValue(resultOffs[i], v, t)
                }
            }
        }
        returnJumps.append(emit(Instr(.jump, 0)))
    }

    // MARK: If / for / switch

    func ifStmt(_ i: IfStmt) throws {
        if let ini = i.initStmt { try stmt(ini) }
        guard let cond = i.cond else { throw Unsupported(i.pos, "if") }
        let c = try expr(cond)
        let j = emit(Instr(.jumpifnot, 0, c))
        try block(i.then.list)
        if let e = i.elseStmt {
            let k = emit(Instr(.jump, 0))
            patch(j, to: here)
            try stmt(e)
            patch(k, to: here)
        } else {
            patch(j, to: here)
        }
    }

    func forStmt(_ f: ForStmt, label: String?) throws {
        if let r = f.initStmt as? RangeClause { try rangeStmt(f, r, label: label); return }
        if let ini = f.initStmt { try stmt(ini) }
        // Per-iteration loop variables that live in heap cells.
        var boxed: [Var] = []
        if let a = f.initStmt as? AssignStmt, a.op == .def {
            for l in listOf(a.lhs) {
                if let n = l as? Name, let v = info.defs[ObjectIdentifier(n)] as? Var,
                   case .box? = locs[ObjectIdentifier(v)] { boxed.append(v) }
            }
        }
        let top = here
        var exit: Int? = nil
        if let c = f.cond {
            let cv = try expr(c)
            exit = emit(Instr(.jumpifnot, 0, cv))
        }
        let t = try loopBody(f.body, label: label)
        for v in boxed {
            guard case .box(let s) = locs[ObjectIdentifier(v)]! else { continue }
            let vty = ty(v.type)
            let cur = load(.mem(s, 0), vty)
            emit(Instr(.new, s, Int32(try pc.types.descriptor(vty))))
            store(.mem(s, 0), cur, vty)
        }
        if let p = f.post { try stmt(p) }
        closeLoop(t, top: top, exit: exit)
    }

    /// A loop's body under its break/continue target; continues land at
    /// `continueAt`, or where the body ends.
    func loopBody(_ body: BlockStmt, label: String?, continueAt: Int? = nil) throws -> BranchTarget {
        targets.append(BranchTarget(label: label, isLoop: true))
        try block(body.list)
        let t = targets.removeLast()
        let cont = continueAt ?? here
        for j in t.continues { patch(j, to: cont) }
        return t
    }

    /// A loop's end: back to `top`; the exit branch and the breaks land after it.
    func closeLoop(_ t: BranchTarget, top: Int, exit: Int?) {
        emit(Instr(.jump, Int32(top)))
        let end = here
        if let exit { patch(exit, to: end) }
        for j in t.breaks { patch(j, to: end) }
    }

    /// Whether e holds a function call or a channel receive as the checker
    /// counts them for a constant len(e) (types2's hasCallOrRecv): a call
    /// of a function or a non-constant builtin, a receive; not a conversion
    /// nor the body of a function literal.
    func hasCallOrRecv(_ e: Expr?) -> Bool {
        guard let e else { return false }
        switch e {
        case let c as CallExpr:
            if info.types[ObjectIdentifier(c)]?.value != nil { return false }
            if info.types[ObjectIdentifier(unparen(c.fun))]?.isType == true { return c.argList.contains { hasCallOrRecv($0) } }
            return true
        case let o as Operation: return o.op == .recv || hasCallOrRecv(o.x) || hasCallOrRecv(o.y)
        case let p as ParenExpr: return hasCallOrRecv(p.x)
        case let s as SelectorExpr: return hasCallOrRecv(s.x)
        case let i as IndexExpr: return hasCallOrRecv(i.x) || hasCallOrRecv(i.index)
        case let s as SliceExpr: return hasCallOrRecv(s.x) || s.index.contains { hasCallOrRecv($0) }
        case let a as AssertExpr: return hasCallOrRecv(a.x)
        case let k as KeyValueExpr: return hasCallOrRecv(k.key) || hasCallOrRecv(k.value)
        case let c as CompositeLit: return c.elemList.contains { hasCallOrRecv($0) }
        default: return false
        }
    }

    func rangeStmt(_ f: ForStmt, _ r: RangeClause, label: String?) throws {
        let xt = try typeOf(r.x)
        var keyE: Expr? = nil, valE: Expr? = nil
        if let l = r.lhs {
            let ls = listOf(l)
            keyE = ls.first
            if ls.count > 1 { valE = ls[1] }
        }
        // At most one iteration variable written (`for i, _ :=` has two).
        let oneVar = valE == nil
        if let k = keyE as? Name, k.value == "_" { keyE = nil }
        if let v = valE as? Name, v.value == "_" { valE = nil }
        // Evaluate the range expression once.
        let xv: Int32
        var n: Int32
        var kind = 0  // 0 int, 1 slice, 2 array, 3 string, 4 pointer to array
        var elemT: GoType = Typ.int
        switch xt.underlying {
        case let b as GoBasic where b.info.contains(.isInteger):
            let v0 = try expr(r.x); xv = word(); emit(Instr(.mov8, xv, v0)); n = xv; kind = 0
        case let s as GoSlice:
            let v = try expr(r.x)
            xv = alloc(xt); copyValue(xv, v, xt)
            n = xv + 8; kind = 1; elemT = s.elem
        case let a as GoArray where oneVar && !hasCallOrRecv(r.x):
            // At most one iteration variable written and a constant len(x)
            // (no call or receive in x): the range expression is not
            // evaluated (the spec's exception).
            xv = 0; n = iconst(a.len); kind = 2; elemT = a.elem
        case let a as GoArray:
            let v = try expr(r.x)
            xv = alloc(xt); copyValue(xv, v, xt)
            n = iconst(a.len); kind = 2; elemT = a.elem
        case let b as GoBasic where b.info.contains(.isString):
            let v = try expr(r.x)
            xv = alloc(xt); copyValue(xv, v, xt)
            n = xv + 8; kind = 3; elemT = Typ.rune
        case let p as GoPointer:
            guard let a = p.elem.underlying as? GoArray else { throw Unsupported(r.pos, "range over \(xt)") }
            xv = oneVar && !hasCallOrRecv(r.x) ? 0 : try expr(r.x)   // constant len: as above
            n = iconst(a.len); kind = 4; elemT = a.elem
        case let mt as GoMap:
            try mapRange(f, r, mt, keyE: keyE, valE: valE, label: label)
            return
        case let ct as GoChan:
            try chanRange(f, r, ct, keyE: keyE, label: label)
            return
        case let fs as GoSignature:
            try rangeFunc(f, r, fs, label: label)
            return
        default: throw Unsupported(r.pos, "range over \(xt)")
        }
        let i = word()
        emit(Instr(.iconst, i, 0))
        let next = word()
        let top = here
        let c = word()
        emit(Instr(.lts, c, i, n))
        let exit = emit(Instr(.jumpifnot, 0, c))
        var rv: Int32 = 0
        if kind == 3 {
            rv = words(2)
            emit(Instr(.decoderune, rv, xv, i))
            emit(Instr(.mov8, next, rv + 8))
        } else {
            emit(Instr(.addi, next, i, 1))
        }
        // Assign key and value.
        let places = try rangePlaces(r, keyE, valE)
        func assignVar(_ e: Expr, _ v: Int32, _ t: GoType) throws {
            if r.def, let nm = e as? Name, let vr = info.defs[ObjectIdentifier(nm)] as? Var {
                _ = declare(vr)
                store(try lvalue(of: vr, nm.pos), try convert(v, from: t, to: (vr.type.map(ty) ?? t), at: nm.pos), (vr.type.map(ty) ?? t))
            } else {
                let lt = try typeOf(e)
                let place = try e === keyE ? places.key : places.value
                store(try place ?? lvalueExpr(e), try convert(v, from: t, to: lt, at: e.pos), lt)
            }
        }
        if let k = keyE {
            var kt: GoType = Typ.int
            if kind == 0 { kt = xt }
            try assignVar(k, i, kt)
        }
        if let v = valE {
            switch kind {
            case 1:
                let p = ptrWord()
                emit(Instr(.elemaddr, p, xv, i, Int32(TypeTable.size(elemT))))
                try assignVar(v, load(.mem(p, 0), elemT), elemT)
            case 2:
                let fa = word()
                emit(Instr(.frameaddr, fa, xv))
                let p = word()
                emit(Instr(.elemaddr, p, fa, i, Int32(TypeTable.size(elemT))))
                try assignVar(v, load(.mem(p, 0), elemT), elemT)
            case 4:
                let p = ptrWord()
                emit(Instr(.elemaddr, p, xv, i, Int32(TypeTable.size(elemT))))
                try assignVar(v, load(.mem(p, 0), elemT), elemT)
            case 3:
                try assignVar(v, rv, Typ.rune)
            default: break
            }
        }
        let t = try loopBody(f.body, label: label)
        emit(Instr(.mov8, i, next))
        closeLoop(t, top: top, exit: exit)
    }

    /// `for k, v = range x` assigns k and v as one tuple assignment: both
    /// places (index operands, pointers) are evaluated before either store,
    /// so `for i, x[i] = range y` stores into x at i's old value. Nil
    /// places: a definition, or a single iteration variable.
    func rangePlaces(_ r: RangeClause, _ keyE: Expr?, _ valE: Expr?) throws -> (key: LValue?, value: LValue?) {
        guard !r.def, let keyE, let valE else { return (nil, nil) }
        return (try stablePlace(try lvalueExpr(keyE), keyE), try stablePlace(try lvalueExpr(valE), valE))
    }

    func mapRange(_ f: ForStmt, _ r: RangeClause, _ mt: GoMap, keyE: Expr?, valE: Expr?, label: String?) throws {
        let m = ptrWord()
        emit(Instr(.mov8, m, try expr(r.x)))
        let it = words(2)
        emit(Instr(.iconst, it, 0))
        let top = here
        let k = alloc(mt.key)
        let v = alloc(mt.elem)
        _ = v
        emit(Instr(.mapnext, it, m, k))
        let exit = emit(Instr(.jumpifnot, 0, it + 8))
        let places = try rangePlaces(r, keyE, valE)
        func assignVar(_ e: Expr, _ val: Int32, _ t: GoType) throws {
            if r.def, let nm = e as? Name, let vr = info.defs[ObjectIdentifier(nm)] as? Var {
                _ = declare(vr)
                store(try lvalue(of: vr, nm.pos), try convert(val, from: t, to: (vr.type.map(ty) ?? t), at: nm.pos), (vr.type.map(ty) ?? t))
            } else {
                let lt = try typeOf(e)
                let place = try e === keyE ? places.key : places.value
                store(try place ?? lvalueExpr(e), try convert(val, from: t, to: lt, at: e.pos), lt)
            }
        }
        if let ke = keyE { try assignVar(ke, k, mt.key) }
        if let ve = valE { try assignVar(ve, k + Int32(max(TypeTable.slotSize(mt.key), 8)), mt.elem) }
        let t = try loopBody(f.body, label: label, continueAt: top)
        closeLoop(t, top: top, exit: exit)
    }

    func switchStmt(_ sw: SwitchStmt, label: String?) throws {
        if let ini = sw.initStmt { try stmt(ini) }
        if let g = sw.tag as? TypeSwitchGuard { try typeSwitch(sw, g, label: label); return }
        var tag: Int32? = nil
        var tagT: GoType = Typ.bool
        if let t = sw.tag {
            tagT = try typeOf(t)
            let v = try expr(t)
            tag = alloc(tagT); copyValue(tag!, v, tagT)
        }
        targets.append(BranchTarget(label: label, isLoop: false))
        var bodyJumps: [[Int]] = []
        for cl in sw.body {
            var js: [Int] = []
            if let cs = cl.cases {
                for ce in listOf(cs) {
                    let c: Int32
                    if let tag {
                        let ct = try typeOf(ce)
                        var v = try expr(ce)
                        var cmpT = tagT
                        if tagT.underlying is GoInterface { v = try convert(v, from: ct, to: tagT, at: ce.pos) }
                        else if ct.underlying is GoInterface { cmpT = ct }
                        c = try compare(.eql, tag, v, cmpT, ce.pos)
                    } else {
                        c = try expr(ce)
                    }
                    js.append(emit(Instr(.jumpif, 0, c)))
                }
            }
            bodyJumps.append(js)
        }
        let toDefault = emit(Instr(.jump, 0))
        var ends: [Int] = []
        var fallJump: Int? = nil
        var defaultPC: Int? = nil
        for (k, cl) in sw.body.enumerated() {
            let start = here
            if let f = fallJump { patch(f, to: start); fallJump = nil }
            for j in bodyJumps[k] { patch(j, to: start) }
            if cl.cases == nil { defaultPC = start }
            var body = cl.body
            var falls = false
            if let last = body.last as? BranchStmt, last.tok == .fallthrough { falls = true; body.removeLast() }
            try block(body)
            if falls { fallJump = emit(Instr(.jump, 0)) } else { ends.append(emit(Instr(.jump, 0))) }
        }
        let end = here
        patch(toDefault, to: defaultPC ?? end)
        for j in ends { patch(j, to: end) }
        let t = targets.removeLast()
        for j in t.breaks { patch(j, to: end) }
    }

    func typeSwitch(_ sw: SwitchStmt, _ g: TypeSwitchGuard, label: String?) throws {
        let xt = try typeOf(g.x)
        let x = try expr(g.x)
        let nonEmpty = !((xt.underlying as? GoInterface)?.allMethods.isEmpty ?? true)
        let dyn = ptrWord()
        emit(Instr(.typeof, dyn, x, w: nonEmpty ? 1 : 0))
        targets.append(BranchTarget(label: label, isLoop: false))
        var bodyJumps: [[Int]] = []
        for cl in sw.body {
            var js: [Int] = []
            if let cs = cl.cases {
                for ce in listOf(cs) {
                    let tv = info.types[ObjectIdentifier(ce)]
                    if tv?.mode == .nilvalue || (tv?.type as? GoBasic)?.kind == .untypedNil {
                        let z = iconst(0)
                        let c = word()
                        emit(Instr(.eq, c, dyn, z))
                        js.append(emit(Instr(.jumpif, 0, c)))
                        continue
                    }
                    guard let t0 = tv?.type else { throw Unsupported(ce.pos, "type case") }
                    let t = ty(t0)
                    if t.underlying is GoInterface {
                        let d = alloc(t)
                        let ok = word()
                        let empty = (t.underlying as! GoInterface).allMethods.isEmpty
                        emit(Instr(.asserti, d, x, Int32(try pc.types.descriptor(t)), ok, w: 1 | (empty ? 4 : 0) | (nonEmpty ? 2 : 0)))
                        js.append(emit(Instr(.jumpif, 0, ok)))
                    } else {
                        let td = word()
                        emit(Instr(.roaddr, td, Int32(try pc.types.descriptor(t))))
                        let c = word()
                        emit(Instr(.eq, c, dyn, td))
                        js.append(emit(Instr(.jumpif, 0, c)))
                    }
                }
            }
            bodyJumps.append(js)
        }
        let toDefault = emit(Instr(.jump, 0))
        var ends: [Int] = []
        var defaultPC: Int? = nil
        for (k, cl) in sw.body.enumerated() {
            let start = here
            for j in bodyJumps[k] { patch(j, to: start) }
            if cl.cases == nil { defaultPC = start }
            if let v = info.implicits[ObjectIdentifier(cl)] as? Var {
                _ = declare(v)
                let vt = ty(v.type)
                let val: Int32
                if vt.underlying is GoInterface {
                    val = try convert(x, from: xt, to: vt, at: cl.pos)
                } else {
                    let d = alloc(vt)
                    var w: UInt16 = 0
                    if TypeTable.isDirectIface(vt) { w |= 2 }
                    if nonEmpty { w |= 8 }
                    if case .scalar(let wd, _) = TypeTable.shape(vt) { w |= wd.rawValue << 4 }
                    emit(Instr(.assert, d, x, Int32(try pc.types.descriptor(vt)), word(), w: w | 1))
                    val = d
                }
                store(try lvalue(of: v, cl.pos), val, vt)
            }
            try block(cl.body)
            ends.append(emit(Instr(.jump, 0)))
        }
        let end = here
        patch(toDefault, to: defaultPC ?? end)
        for j in ends { patch(j, to: end) }
        let t = targets.removeLast()
        for j in t.breaks { patch(j, to: end) }
    }

    func branch(_ b: BranchStmt) throws {
        switch b.tok {
        case .break:
            guard let k = targetIndex(b.label?.value, loopOnly: false) else {
                throw Unsupported(b.pos, rangeBody != nil ? "break out of a range-over-func loop body" : "break")
            }
            targets[k].breaks.append(emit(Instr(.jump, 0)))
        case .continue:
            guard let k = targetIndex(b.label?.value, loopOnly: true) else {
                throw Unsupported(b.pos, rangeBody != nil ? "continue out of a range-over-func loop body" : "continue")
            }
            targets[k].continues.append(emit(Instr(.jump, 0)))
        case .goto:
            guard let l = b.label?.value else { throw Unsupported(b.pos, "goto") }
            gotoFix.append((emit(Instr(.jump, 0)), l, b.pos))
        default: throw Unsupported(b.pos, "fallthrough here")
        }
    }

    func targetIndex(_ label: String?, loopOnly: Bool) -> Int? {
        for k in stride(from: targets.count - 1, through: 0, by: -1) {
            if let label { if targets[k].label == label { return k } else { continue } }
            if loopOnly && !targets[k].isLoop { continue }
            return k
        }
        return nil
    }

    // MARK: Defer

    func chanRange(_ f: ForStmt, _ r: RangeClause, _ ct: GoChan, keyE: Expr?, label: String?) throws {
        let c = ptrWord()
        emit(Instr(.mov8, c, try expr(r.x)))
        let top = here
        let v = alloc(ct.elem)
        let ok = word()
        emit(Instr(.chanrecv, v, c, w: 1))
        noteCall(64)
        let exit = emit(Instr(.jumpifnot, 0, ok))
        if let ke = keyE {
            if r.def, let nm = ke as? Name, let vr = info.defs[ObjectIdentifier(nm)] as? Var {
                _ = declare(vr)
                store(try lvalue(of: vr, nm.pos), v, ct.elem)
            } else {
                store(try lvalueExpr(ke), try convert(v, from: ct.elem, to: try typeOf(ke), at: ke.pos), try typeOf(ke))
            }
        }
        let t = try loopBody(f.body, label: label, continueAt: top)
        closeLoop(t, top: top, exit: exit)
    }

    func selectStmt(_ sel: SelectStmt, label: String?) throws {
        // The case table: 4 words per case (direction, channel, value slot offset, ok slot offset).
        var cases: [(CommClause, Int32, Int32, GoType?)] = []   // clause, value slot, ok slot, elem type
        var hasDefault = false
        let n = sel.body.filter { $0.comm != nil }.count
        let table = words(max(Int(SelectCase.size) / 8 * n, 1))
        var i: Int32 = 0
        for cl in sel.body {
            guard let comm = cl.comm else { hasDefault = true; continue }
            let base = table + SelectCase.size * i
            if let snd = comm as? SendStmt {
                guard let ch = try typeOf(snd.chan).underlying as? GoChan else { throw Unsupported(snd.pos, "select send") }
                let cv = try expr(snd.chan)
                let v = try convert(try expr(snd.value), from: try typeOf(snd.value), to: ch.elem, at: snd.pos)
                let keep = alloc(ch.elem)
                copyValue(keep, v, ch.elem)
                emit(Instr(.iconst, base + SelectCase.dirOffset, Int32(SelectCase.send)))
                emit(Instr(.mov8, base + SelectCase.chanOffset, cv))
                emit(Instr(.iconst, base + SelectCase.valOffOffset, keep)); emit(Instr(.iconst, base + SelectCase.okOffOffset, -1))
                cases.append((cl, keep, -1, ch.elem))
            } else {
                var recvE: Expr? = nil
                if let es = comm as? ExprStmt { recvE = es.x }
                if let a = comm as? AssignStmt { recvE = a.rhs }
                guard let re = recvE.map(unparen) as? Operation, re.op == .recv, re.y == nil,
                      let ch = try typeOf(re.x).underlying as? GoChan else { throw Unsupported(comm.pos, "select case") }
                let cv = try expr(re.x)
                let v = alloc(ch.elem)
                let ok = word()
                emit(Instr(.iconst, base + SelectCase.dirOffset, Int32(SelectCase.recv)))
                emit(Instr(.mov8, base + SelectCase.chanOffset, cv))
                emit(Instr(.iconst, base + SelectCase.valOffOffset, v)); emit(Instr(.iconst, base + SelectCase.okOffOffset, ok))
                cases.append((cl, v, ok, ch.elem))
            }
            i += 1
        }
        ptrMask[Int(table) / 8] = false
        for k in 0..<n { ptrMask[(Int(table) + Int(SelectCase.size) * k + Int(SelectCase.chanOffset)) / 8] = true }
        let r = word()
        pos(sel)   // a goroutine blocked here is at the select statement's line, as in Go
        emit(Instr(.selectgo, table, Int32(n), r, w: hasDefault ? 1 : 0))
        noteCall(64)
        targets.append(BranchTarget(label: label, isLoop: false))
        var ends: [Int] = []
        var k: Int32 = 0
        for cl in sel.body {
            let idx: Int32
            if cl.comm == nil { idx = -1 } else { idx = k; k += 1 }
            let want = iconst(Int64(idx))
            let c = word()
            emit(Instr(.eq, c, r, want))
            let skip = emit(Instr(.jumpifnot, 0, c))
            if idx >= 0 {
                let (_, v, ok, et) = cases[Int(idx)]
                if let a = cl.comm as? AssignStmt, let et {
                    let ls = listOf(a.lhs)
                    let vals: [(Int32, GoType)] = [(v, et), (ok, Typ.bool)]
                    for (j, l) in ls.enumerated() where j < 2 {
                        if let nm = l as? Name, nm.value == "_" { continue }
                        if a.op == .def, let nm = l as? Name, let vr = info.defs[ObjectIdentifier(nm)] as? Var {
                            _ = declare(vr)
                            store(try lvalue(of: vr, nm.pos), try convert(vals[j].0, from: vals[j].1, to: (vr.type.map(ty) ?? vals[j].1), at: nm.pos), (vr.type.map(ty) ?? vals[j].1))
                        } else {
                            let lt = try typeOf(l)
                            store(try lvalueExpr(l), try convert(vals[j].0, from: vals[j].1, to: lt, at: l.pos), lt)
                        }
                    }
                }
            }
            try block(cl.body)
            ends.append(emit(Instr(.jump, 0)))
            patch(skip, to: here)
        }
        let end = here
        for j in ends { patch(j, to: end) }
        let t = targets.removeLast()
        for j in t.breaks { patch(j, to: end) }
    }

    /// defer / go: the function value and the arguments are evaluated now
    /// into an argument area that `deferproc` / `gostart` copies; the call
    /// runs at function exit / in the new goroutine.
    func deferStmt(_ d: CallStmt, isGo: Bool = false) throws {
        guard let c = unparen(d.call) as? CallExpr else { throw Unsupported(d.pos, "defer") }
        let fun = unparen(c.fun)
        if !isGo && rangeBody != nil { throw Unsupported(d.pos, "defer in a range-over-func loop body") }
        if !isGo { hasDefer = true }
        if let n = fun as? Name, let b = info.objectOf(n) as? Builtin {
            // A builtin (close, delete, panic, print, println, copy, clear,
            // recover): its operands are evaluated now and passed to a thunk
            // that runs the builtin later, as Go wraps it in a closure
            // (normalizeGoDeferCall).
            let vals = try builtinOperands(b.id, c)
            let fi = try pc.builtinThunk(b.id, vals.map { $0.1 }, at: c.pos)
            let fv = ptrWord()
            emit(Instr(.roaddr, fv, Int32(pc.staticClosure(fi))))
            var offs: [Int32] = []
            var off = FrameLayout.headerSize
            for v in vals { offs.append(Int32(off)); off += TypeTable.slotSize(v.1) }
            emitDeferredCall(fv, args: vals, offsets: offs, end: off, isGo: isGo)
            return
        }
        if info.types[ObjectIdentifier(fun)]?.isType == true { throw Unsupported(d.pos, "defer of a conversion") }
        let callee = try resolveCallee(fun, c)
        let (sig, _) = try calleeSig(callee)
        if case .iface(let x, let path, let mi, _) = callee {
            // i.M(args): Go evaluates the interface value, then the
            // arguments, then panics if the interface is nil — at the
            // statement — and calls M later: a method value's closure
            // holding the interface.
            guard let s = fun as? SelectorExpr, let m = info.selections[ObjectIdentifier(s)]?.obj as? Func else {
                throw Unsupported(d.pos, "\(isGo ? "go" : "defer") of an interface method call")
            }
            let (iv0, it) = try ifaceValue(x, path)
            let iv = alloc(it)
            copyValue(iv, iv0, it)
            let args = try evalArgs(c, sig)
            emit(Instr(.nilchk, iv))
            let w = try pc.ifaceMethodWrapper(it, m, index: mi)
            let fv = ptrWord()
            emit(Instr(.mkclosure, fv, Int32(w), 2, iv))
            let lay = FunctionCompiler.argLayout(sig, withRecv: false)
            emitDeferredCall(fv, args: args, offsets: lay.params, end: lay.end, isGo: isGo)
            return
        }
        let early = try calleeFirst(callee)
        var args = try evalArgs(c, sig)
        var fv: Int32
        var withRecv = false
        switch callee {
        case .staticFn(let fi, _, let recvE, let recvT, let m, let path):
            if let early { args.insert(early, at: 0); withRecv = true }
            else if let recvE, let recvT, let m { args.insert(try receiver(recvE, recvT, m, path), at: 0); withRecv = true }
            fv = ptrWord()
            emit(Instr(.roaddr, fv, Int32(pc.staticClosure(fi))))
        case .native(let fi, _, let recvE, let m):
            if let early { args.insert(early, at: 0); withRecv = true }
            else if let recvE, let m { args.insert(try receiver(recvE, try typeOf(recvE), m, [0]), at: 0); withRecv = true }
            fv = ptrWord()
            emit(Instr(.roaddr, fv, Int32(pc.staticClosure(fi))))
        case .iface: fatalError("handled above")
        case .value(let f, _):
            // `defer f()` with f nil panics when the call is made
            // (GoVM's callDeferred), not at the defer statement.
            fv = try early?.0 ?? expr(f)
        }
        let lay = FunctionCompiler.argLayout(sig, withRecv: withRecv)
        emitDeferredCall(fv, args: args, offsets: lay.params, end: lay.end, isGo: isGo)
    }

    /// Copies the evaluated arguments into a new argument area (at the
    /// callee's parameter `offsets`, its frame's `end`) and emits
    /// `deferproc` or `gostart` of func value `fv`.
    func emitDeferredCall(_ fv: Int32, args: [(Int32, GoType)], offsets: [Int32], end: Int, isGo: Bool) {
        let size = end - FrameLayout.headerSize
        let area = words(max(size / 8, 1))
        for (i, a) in args.enumerated() {
            let off = area + offsets[i] - Int32(FrameLayout.headerSize)
            markPtrs(Int(off), a.1)
            copyValue(off, a.0, a.1)
        }
        if isGo {
            emit(Instr(.gostart, fv, area, Int32(size)))
        } else {
            emit(Instr(.deferproc, fv, area, Int32(size)))
        }
    }
}
