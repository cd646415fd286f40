// Call.swift — the flows of calls (Go's escape/call.go): arguments flow
// into the holes the callee's parameter tags describe; a callee of the
// same batch is linked directly to its parameter and result locations; an
// unknown callee (a func value, an interface method) leaks everything to the
// heap. Also the builtins, and go/defer statements, which Go rewrites into
// a wrapper closure over temporaries holding the call's operands.
import GoSyntax
import GoTypes

enum Callee {
    case function(Func)
    case closure(FuncInfo)
}

extension Batch {
    func calleeSignature(_ c: CallExpr) -> GoSignature? {
        typeOf(unparen(c.fun))?.underlying as? GoSignature
    }

    /// The callee of a call if it is statically known.
    func staticCallee(_ fun: Expr) -> Callee? {
        var x = program.oracle.staticValue(unparen(fun))
        if let i = x as? IndexExpr { x = i.x }   // generic instantiation
        switch unparen(x) {
        case let n as Name:
            if let f = info.uses[ObjectIdentifier(n)] as? Func { return .function(f) }
        case let s as SelectorExpr:
            if let f = info.uses[ObjectIdentifier(s.sel)] as? Func, info.selections[ObjectIdentifier(s)] == nil {
                return .function(f)   // pkg.F
            }
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodExpr, let f = sel.obj as? Func, !f.isInterfaceMethod {
                // (*T).M of a value method is a compiler-generated wrapper: unknown tags
                if sel.recv is GoPointer && !f.hasPtrRecv { return nil }
                return .function(f)
            }
        case let l as FuncLit:
            if let fi = program.funcByLit[ObjectIdentifier(l)] { return .closure(fi) }
        default: break
        }
        // a local func variable every assignment of which is the same
        // static function (Go's resolveAssignedCallees)
        if let n = unparen(x) as? Name, let v = info.uses[ObjectIdentifier(n)] as? Var, !v.isPackageLevel, !v.isParam,
           !program.oracle.addrTaken.contains(ObjectIdentifier(v)), let list = program.oracle.assigns[ObjectIdentifier(v)] {
            var found: Callee? = nil
            for a in list {
                guard let a else { return nil }
                if let nl = unparen(a) as? Name, info.uses[ObjectIdentifier(nl)] is NilObj { continue }
                let u = unparen(a)
                guard let c = staticCalleeDirect(u) else { return nil }
                if let f = found, !sameCallee(f, c) { return nil }
                found = c
            }
            return found
        }
        return nil
    }

    private func staticCalleeDirect(_ u: Expr) -> Callee? {
        switch u {
        case let n as Name: return (info.uses[ObjectIdentifier(n)] as? Func).map { .function($0) }
        case let l as FuncLit: return program.funcByLit[ObjectIdentifier(l)].map { .closure($0) }
        case let s as SelectorExpr:
            if let f = info.uses[ObjectIdentifier(s.sel)] as? Func, info.selections[ObjectIdentifier(s)] == nil { return .function(f) }
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodExpr, let f = sel.obj as? Func, !f.isInterfaceMethod {
                if sel.recv is GoPointer && !f.hasPtrRecv { return nil }
                return .function(f)
            }
            return nil
        default: return nil
        }
    }

    private func sameCallee(_ a: Callee, _ b: Callee) -> Bool {
        switch (a, b) {
        case (.function(let x), .function(let y)): return x === y
        case (.closure(let x), .closure(let y)): return x === y
        default: return false
        }
    }

    func funcInfo(_ c: Callee) -> FuncInfo? {
        switch c {
        case .closure(let fi): return fi
        case .function(let f): return program.funcByObj[ObjectIdentifier(f)]
        }
    }

    /// The hole for parameter `paramIndex` (-1: the receiver) of callee.
    func tagHole(_ ks: [Hole]?, callee: Callee?, paramIndex: Int) -> Hole {
        guard let callee else { return heapHole() }
        var esc: Leaks
        if let fi = funcInfo(callee) {
            let hasRecv = fi.decl?.recv != nil
            let idx = paramIndex + (hasRecv ? 1 : 0)
            if inMutualBatch(fi) {
                guard idx >= 0, idx < fi.paramLocs.count, let l = fi.paramLocs[idx] else { return discardHole() }
                return Hole(l)
            }
            if fi.body == nil || idx < 0 || idx >= fi.tags.count {
                esc = idx >= 0 && idx < fi.tags.count ? fi.tags[idx] : Leaks.heapLeak
            } else {
                esc = fi.tags[idx]
            }
        } else if case .function(let f) = callee {
            esc = stdlibTag(f, paramIndex)
        } else {
            return heapHole()
        }
        var tagKs: [Hole] = []
        if esc.heap >= 0 { tagKs.append(heapHole().shift(esc.heap)) }
        if esc.mutator >= 0 { tagKs.append(mutatorHole().shift(esc.mutator)) }
        if esc.callee >= 0 { tagKs.append(calleeHole().shift(esc.callee)) }
        if let ks {
            for i in 0..<Leaks.numResults where esc.result(i) >= 0 && i < ks.count {
                tagKs.append(ks[i].shift(esc.result(i)))
            }
        }
        return teeHole(tagKs)
    }

    /// Flows a variable location into k as Go's e.expr(k, name) would.
    func flowVar(_ k: Hole, _ l: Location, _ t: GoType?) {
        if k.derefs >= 0, !hasPointers(t) { return }
        flow(k, l)
    }

    func callText(_ c: CallExpr, ddd: Bool) -> String { fmtCall(c) }

    /// A call for its results, which flow into ks (nil: results unused).
    /// `argLocs`, when given, are temporaries that already hold the
    /// receiver (first, for method calls) and the arguments (go/defer).
    func call(_ ks: [Hole]?, _ c: CallExpr, argLocs: [Int: Location]? = nil, paramHoles: [Hole]? = nil) {
        let fun = unparen(c.fun)
        if paramHoles == nil, argLocs == nil, let ic = inlMap[ObjectIdentifier(c)], inlinedWalkable(ic) {
            inlinedCall(ks, c, ic)
            return
        }
        if let b = builtinOf(fun) { builtinCall(ks, c, b); return }
        if isConversion(c) {
            if let k = ks?.first { conversion(k, c) } else { c.argList.forEach { discard($0) } }
            return
        }
        guard let sig = calleeSignature(c) else { c.argList.forEach { discard($0) }; discard(c.fun); return }

        if paramHoles == nil, let T = program.devirt[ObjectIdentifier(c)], let sel = fun as? SelectorExpr {
            devirtualizedCall(ks, c, sel, T, argLocs: argLocs)
            return
        }
        var callee: Callee? = nil
        var recvSel: (SelectorExpr, Selection)? = nil
        var isInterfaceCall = false
        var args = c.argList
        var methodExprRecv: Expr? = nil
        if let sel = fun as? SelectorExpr, let s = info.selections[ObjectIdentifier(sel)] {
            switch s.kind {
            case .methodVal:
                let f = s.obj as? Func
                recvSel = (sel, s)
                if let f, !f.isInterfaceMethod, !isInterfaceType(s.recv) || !f.isInterfaceMethod {
                    callee = .function(f)
                } else {
                    isInterfaceCall = true
                }
                if let f, f.isInterfaceMethod { isInterfaceCall = true; callee = nil }
            case .methodExpr:
                if let f = s.obj as? Func, !f.isInterfaceMethod, !(s.recv is GoPointer && !f.hasPtrRecv) {
                    callee = .function(f)
                    if !args.isEmpty { methodExprRecv = args.removeFirst() }
                } else if !args.isEmpty {
                    methodExprRecv = args.removeFirst()
                }
            case .fieldVal:
                break
            }
        } else {
            callee = staticCallee(fun)
            // a method expression called through a variable: the first argument is the receiver
            if case .function(let f)? = callee, f.signature?.recv != nil, !args.isEmpty {
                methodExprRecv = args.removeFirst()
            }
        }

        // Results of a callee in the same batch flow straight out.
        if paramHoles == nil, let ks, let callee, let fi = funcInfo(callee), inMutualBatch(fi) {
            let rts = fi.sig?.results.vars ?? []
            for (i, r) in fi.resultLocs.enumerated() where i < ks.count {
                flowVar(ks[i], r, i < rts.count ? rts[i].type : nil)
            }
        }

        let note = { (k: Hole, ddd: Bool) -> Hole in k.note(self.callText(c, ddd: ddd), c.pos, "call parameter", self) }
        let variadicRewrite = sig.variadic && !c.hasDots
        var argIdx = 0

        if recvSel == nil && methodExprRecv == nil {
            // the callee operand
            var calleeK = discardHole()
            if callee == nil, let ks, ks.contains(where: { $0.dst !== blankLoc }) {
                calleeK = calleeHole().note(fmtCall(c), c.pos, "callee operand", self)
            }
            // An inlined func literal called directly disappears into its caller.
            if argLocs == nil && !(paramHoles != nil && fun is FuncLit) { expr(calleeK, fun) }
        }

        // the receiver
        if let (sel, s) = recvSel {
            var k = note(isInterfaceCall ? heapHole() : tagHole(ks, callee: callee, paramIndex: -1), variadicRewrite)
            if let ph = paramHoles, let h = ph.first { k = h }
            if let l = argLocs?[-1] { flow(k, l) } else { receiver(k, sel, s) }
        } else if let r = methodExprRecv {
            var k = note(tagHole(ks, callee: callee, paramIndex: -1), variadicRewrite)
            if let ph = paramHoles, let h = ph.first { k = h }
            if let l = argLocs?[0] { flow(k, l) } else { expr(k, r) }
        }

        // argLocs are keyed by the index in c.argList
        let argOffset = c.argList.count - args.count
        // f(g()) with g returning several values: Go assigns the results to
        // temporaries (.autotmp_N) first, then passes those.
        var tupleTemps: [(Location, GoType?, String)]? = nil
        var pendingInner: CallExpr? = nil
        if args.count == 1, let inner = unparen(args[0]) as? CallExpr, let tup = typeOf(inner) as? GoTuple, tup.count > 1, argLocs == nil {
            var temps: [(Location, GoType?, String)] = []
            for v in tup.vars {
                let n = nextAutotmp(at: c.pos)
                temps.append((newLoc(.temp(".autotmp_\(n)", c.pos), persists: true), v.type, ".autotmp_\(n)"))
            }
            tupleTemps = temps
            pendingInner = inner
        }
        /// Passes temporary t (of type tt) to a parameter of type pt; the
        /// call filling the temporaries runs just before the first use.
        func passTemp(_ k: Hole, _ t: (Location, GoType?, String), _ pt: GoType?) {
            if let inner = pendingInner, let temps = tupleTemps {
                pendingInner = nil
                call(temps.map { Hole($0.0) }, inner)
            }
            var k = k
            if let pt, isInterfaceType(pt), let tt = t.1, !isInterfaceType(tt) {
                if !isDirectIface(tt) {
                    k = spill(k, Site(kind: .convIface, node: t.0.curfn.decl ?? c, pos: c.pos, text: t.2))
                }
            }
            flowVar(k, t.0, t.1)
        }
        let params = sig.params.vars
        for (i, p) in params.enumerated() {
            var hole = isInterfaceCall || callee == nil ? heapHole() : tagHole(ks, callee: callee, paramIndex: i)
            if let ph = paramHoles {
                let j = i + (recvSel != nil || methodExprRecv != nil ? 1 : 0)
                hole = j < ph.count ? ph[j] : discardHole()
            }
            if let temps = tupleTemps {
                if variadicRewrite && i == params.count - 1 {
                    let extra = i < temps.count ? Array(temps[i...]) : []
                    if extra.isEmpty { continue }
                    let site = Site(kind: .dddArg, node: c, pos: c.pos, text: "... argument")
                    let kk = spill(note(hole, true), site)
                    let elemT = (p.type?.underlying as? GoSlice)?.elem
                    for t in extra { passTemp(kk.note("... argument", c.pos, "slice-literal-element", self), t, elemT) }
                } else if i < temps.count {
                    passTemp(note(hole, false), temps[i], p.type)
                }
                continue
            }
            if variadicRewrite && i == params.count - 1 {
                let extra = argIdx < args.count ? Array(args[argIdx...]) : []
                argIdx = args.count
                if extra.isEmpty { continue }
                let site = Site(kind: .dddArg, node: c, pos: c.pos, text: "... argument")
                let kk = spill(note(hole, true), site)
                let elemT = (p.type as? GoSlice)?.elem ?? (p.type?.underlying as? GoSlice)?.elem
                for (j, a) in extra.enumerated() {
                    let ek = kk.note("... argument", c.pos, "slice-literal-element", self)
                    if let l = argLocs?[i + j + argOffset] { flow(ek, l) } else { exprTo(ek, a, elemT) }
                }
                continue
            }
            guard argIdx < args.count else { break }
            if let l = argLocs?[argIdx + argOffset] { flow(note(hole, variadicRewrite), l) }
            else { exprTo(note(hole, variadicRewrite), args[argIdx], p.type) }
            argIdx += 1
        }
        if let inner = pendingInner, let temps = tupleTemps { call(temps.map { Hole($0.0) }, inner) }
        while argIdx < args.count, tupleTemps == nil { discard(args[argIdx]); argIdx += 1 }
    }

    /// A devirtualized interface call: the concrete method of T, with the
    /// receiver x.(T).
    func devirtualizedCall(_ ks: [Hole]?, _ c: CallExpr, _ sel: SelectorExpr, _ T: GoType, argLocs: [Int: Location]?) {
        let r = lookupFieldOrMethod(T, addressable: false, pkg: program.pkg, name: sel.sel.value)
        guard let m = r.obj as? Func, let sig = m.signature else { return }
        let callee = Callee.function(m)
        if let ks, let fi = funcInfo(callee), inMutualBatch(fi) {
            let rts = fi.sig?.results.vars ?? []
            for (i, rl) in fi.resultLocs.enumerated() where i < ks.count { flowVar(ks[i], rl, i < rts.count ? rts[i].type : nil) }
        }
        let text = verbose >= 2 ? fmtCall(c) : ""
        // receiver: x.(T), then embedded fields, then an implicit * or &
        var k = tagHole(ks, callee: callee, paramIndex: -1).note(text, c.pos, "call parameter", self)
        var t: GoType? = T
        var steps: [Bool] = []
        for i in (r.index ?? []).dropLast() {
            var isPtr = false
            if let p = t?.underlying as? GoPointer { isPtr = true; t = p.elem }
            steps.append(isPtr)
            guard let st = t?.underlying as? GoStruct, i >= 0, i < st.fields.count else { break }
            t = st.fields[i].type
        }
        let recvIsPtr = t?.underlying is GoPointer
        if !m.hasPtrRecv && recvIsPtr { k = k.deref(fmt(sel.x), sel.pos, "indirection", self) }
        for ptr in steps.reversed() {
            k = ptr ? k.deref(fmt(sel.x), sel.pos, "dot of pointer", self) : k.note(fmt(sel.x), sel.pos, "dot", self)
        }
        if !isDirectIface(T) { k = k.shift(1) }
        k = k.note("\(fmt(sel.x)).(\(typeStr(T)))", sel.pos, "dot", self)
        if let l = argLocs?[-1] { flow(k, l) } else { expr(k, sel.x) }
        // arguments
        let params = sig.params.vars
        var argIdx = 0
        for (i, p) in params.enumerated() {
            let hole = tagHole(ks, callee: callee, paramIndex: i).note(text, c.pos, "call parameter", self)
            if sig.variadic && !c.hasDots && i == params.count - 1 {
                let extra = argIdx < c.argList.count ? Array(c.argList[argIdx...]) : []
                argIdx = c.argList.count
                if extra.isEmpty { continue }
                let site = Site(kind: .dddArg, node: c, pos: c.pos, text: "... argument")
                let kk = spill(hole, site)
                let elemT = (p.type?.underlying as? GoSlice)?.elem
                for (j, a) in extra.enumerated() {
                    let ek = kk.note("... argument", c.pos, "slice-literal-element", self)
                    if let l = argLocs?[i + j] { flow(ek, l) } else { exprTo(ek, a, elemT) }
                }
                continue
            }
            guard argIdx < c.argList.count else { break }
            if let l = argLocs?[argIdx] { flow(hole, l) } else { exprTo(hole, c.argList[argIdx], p.type) }
            argIdx += 1
        }
    }

    // MARK: builtins

    func builtinCall(_ ks: [Hole]?, _ c: CallExpr, _ b: Builtin) {
        let k0 = ks?.first ?? discardHole()
        let args = c.argList
        let argument = { (k: Hole, a: Expr) in self.expr(k.note(self.fmtCall(c), c.pos, "call parameter", self), a) }
        switch b.id {
        case .append:
            guard let s = args.first else { return }
            let st = typeOf(s)
            let elemT = (st?.underlying as? GoSlice)?.elem
            var appendeeK = teeHole([k0, mutatorHole()])
            if hasPointers(elemT) {
                appendeeK = teeHole([appendeeK, heapHole().deref(fmtCall(c), c.pos, "appendee slice", self)])
            }
            argument(appendeeK, s)
            if c.hasDots, args.count > 1 {
                var appendedK = discardHole()
                if let sl = typeOf(args[1])?.underlying as? GoSlice, hasPointers(sl.elem) {
                    appendedK = heapHole().deref(fmtCall(c), c.pos, "appended slice...", self)
                }
                argument(appendedK, args[1])
            } else {
                for a in args.dropFirst() {
                    let kk = heapHole().note(fmtCall(c), c.pos, "call parameter", self)
                    exprTo(kk, a, elemT)
                }
            }
            let site = Site(kind: .append, node: c, pos: c.pos, text: fmtCall(c))
            let backing = spill(k0, site)
            backing.dst.loopDepth = 0
        case .copy:
            guard args.count == 2 else { return }
            argument(mutatorHole(), args[0])
            var copiedK = discardHole()
            if let sl = typeOf(args[1])?.underlying as? GoSlice, hasPointers(sl.elem) {
                copiedK = heapHole().deref(fmtCall(c), c.pos, "copied slice", self)
            }
            argument(copiedK, args[1])
        case .panic:
            if let a = args.first {
                exprTo(heapHole().note(fmtCall(c), c.pos, "call parameter", self), a, Universe.scope.lookup("any")?.type)
            }
        case .complex, .delete, .print, .println, .recover, .len, .cap, .real, .imag, .close:
            args.forEach { discard($0) }
        case .min, .max:
            for a in args { argument(k0, a) }
        case .clear:
            if let a = args.first { argument(mutatorHole(), a) }
        case .stringData, .sliceData:
            if let a = args.first { argument(k0, a) }
        case .add, .slice, .string:
            if let a = args.first { argument(k0, a) }
            args.dropFirst().forEach { discard($0) }
        case .new:
            guard let t = typeOf(c) as? GoPointer ?? (typeOf(c)?.underlying as? GoPointer) else { return }
            let s = Site(kind: .new, node: c, pos: c.pos, text: fmtCall(c))
            siteElemType[ObjectIdentifier(s)] = t.elem
            _ = spill(k0, s)
            args.dropFirst().forEach { discard($0) }
        case .make:
            guard let t = typeOf(c) else { return }
            switch t.underlying {
            case let sl as GoSlice:
                let s = Site(kind: .makeSlice, node: c, pos: c.pos, text: makeText(c), origText: fmtCall(c))
                siteElemType[ObjectIdentifier(s)] = sl.elem
                let sizeArg = args.count > 2 ? args[2] : (args.count > 1 ? args[1] : nil)
                if let sizeArg {
                    if let v = constValue(sizeArg)?.int64Value { siteConstLen[ObjectIdentifier(s)] = v }
                    else if let v = staticSize(sizeArg) { siteConstLen[ObjectIdentifier(s)] = v }
                }
                _ = spill(k0, s)
            case is GoMap:
                _ = spill(k0, Site(kind: .makeMap, node: c, pos: c.pos, text: makeText(c)))
            default:
                break
            }
            args.dropFirst().forEach { discard($0) }
        case .alignof, .offsetof, .sizeof:
            return
        }
    }

    /// make(...) as printed: a size held by a never-reassigned local
    /// constant prints as that constant (Go's rewriteWithLiterals).
    func makeText(_ c: CallExpr) -> String {
        var parts: [String] = []
        for (i, a) in c.argList.enumerated() {
            if i == 0 { parts.append(typeStr(typeOf(a))); continue }
            parts.append(fmt(a))
        }
        if let t = typeOf(c), t.underlying is GoSlice, c.argList.count >= 2 {
            let idx = c.argList.count > 2 ? 2 : 1
            let a = c.argList[idx]
            if constValue(a) == nil, let v = staticSize(a) { parts[idx] = "\(v)" }
        }
        return "make(\(parts.joined(separator: ", ")))"
    }

    /// A make size Go's rewriteWithLiterals knows statically: a local
    /// constant, or len of a local slice literal.
    func staticSize(_ a: Expr) -> Int64? {
        let sv = program.oracle.staticValue(a)
        if sv !== a, let v = constValue(sv)?.int64Value, v >= 0 { return v }
        if let call = unparen(sv) as? CallExpr, builtinOf(call.fun)?.id == .len, let x = call.argList.first {
            if let lit = unparen(program.oracle.staticValue(x)) as? CompositeLit, typeOf(lit)?.underlying is GoSlice {
                var n: Int64 = 0, idx: Int64 = 0
                for el in lit.elemList {
                    if let kv = el as? KeyValueExpr, let k = constValue(kv.key)?.int64Value { idx = k }
                    idx += 1; n = max(n, idx)
                }
                return n
            }
        }
        return nil
    }

    // MARK: go and defer

    /// `go f(args)` / `defer f(args)`. As Go's normalizeGoDeferCall, the
    /// operands that are not constants or function names are evaluated into
    /// temporaries (.autotmp_N) by one assignment, and a wrapper closure
    /// capturing them by value makes the call. The wrapper escapes for go
    /// and for a defer inside a loop; -m never prints it.
    func goDefer(_ s: CallStmt) {
        var k = heapHole()
        if s.tok == .defer && loopDepth == 1 {
            k = later(discardHole())
        }
        guard let c = unparen(s.call) as? CallExpr else { discard(s.call); return }
        let fun = unparen(c.fun)
        let sig = calleeSignature(c)
        // go func(){...}(): already a call without arguments or results
        if c.argList.isEmpty, builtinOf(fun) == nil, !isConversion(c), let sig, sig.results.count == 0, sig.params.count == 0 {
            if let sel = fun as? SelectorExpr, let sl = info.selections[ObjectIdentifier(sel)], sl.kind == .methodVal {
                // a method call is a call with the receiver as argument: not normal form
            } else {
                expr(k, fun)
                return
            }
        }
        // the operands to evaluate beforehand: (key, expression, target type, hole maker)
        var ops: [(key: Int, e: Expr, pos: Pos, text: String, width: Int64, eval: (Hole) -> Void)] = []
        let stmtPos = s.pos
        func uniquePos(_ e: Expr, converted: Bool) -> Pos {
            let u = unparen(e)
            if u is Name && !converted { return stmtPos }
            if u is BasicLit { return stmtPos }
            return u.pos
        }
        func skip(_ e: Expr, _ pt: GoType?) -> Bool {
            let u = unparen(e)
            if constValue(u) != nil {
                // a constant converted to an interface is a conversion, not a literal
                if let pt, isInterfaceType(pt), !isInterfaceType(typeOf(u)) { return false }
                return true
            }
            if let n = u as? Name {
                let o = info.uses[ObjectIdentifier(n)]
                if o is Func || o is NilObj { return true }
            }
            if let sel = u as? SelectorExpr {
                if info.uses[ObjectIdentifier(sel.sel)] is Func && info.selections[ObjectIdentifier(sel)] == nil { return true }
                if info.selections[ObjectIdentifier(sel)]?.kind == .methodExpr { return true }
            }
            if let cl = u as? CallExpr, builtinOf(cl.fun)?.id == .new { return true }
            return false
        }
        let isBuiltinOrConv = builtinOf(fun) != nil || isConversion(c)
        if !isBuiltinOrConv {
            if let sel = fun as? SelectorExpr, let sl = info.selections[ObjectIdentifier(sel)], sl.kind == .methodVal {
                let f = sl.obj as? Func
                let iface = f?.isInterfaceMethod ?? true
                var converted = false
                if let f, !iface {
                    let recvIsPtr = receiverBaseType(sel, sl)?.underlying is GoPointer
                    converted = f.hasPtrRecv != recvIsPtr || sl.index.count > 1
                }
                let w: Int64 = iface ? 16 : (f?.hasPtrRecv == true ? 8 : sizeof(f?.signature?.recv?.type))
                ops.append((-1, sel.x, converted ? sel.pos : uniquePos(sel.x, converted: false), fmt(sel.x), w,
                            { h in self.receiver(h, sel, sl) }))
            } else if !skip(fun, nil) {
                ops.append((-2, fun, uniquePos(fun, converted: false), fmt(fun), 8, { h in self.expr(h, fun) }))
            }
        }
        let params = sig?.params.vars ?? []
        for (i, a) in c.argList.enumerated() {
            var pt: GoType? = i < params.count ? params[i].type : nil
            if let sig, sig.variadic, !c.hasDots, i >= params.count - 1 {
                pt = (params.last?.type?.underlying as? GoSlice)?.elem
            }
            if isBuiltinOrConv {
                pt = nil
                if let b = builtinOf(fun), b.id == .panic { pt = Universe.scope.lookup("any")?.type }
            }
            if skip(a, pt) { continue }
            let at = typeOf(a)
            let converted = pt != nil && at != nil && !identical(at, pt)
            let width = sizeof(pt ?? at)
            ops.append((i, a, uniquePos(a, converted: converted), fmt(a), width, { h in self.exprTo(h, a, pt) }))
        }
        // the temporaries and their assignment
        var temps: [Int: Location] = [:]
        var tempList: [(Location, Int64)] = []
        var names: [String] = []
        for op in ops {
            let n = nextAutotmp(at: s.pos)
            let t = newLoc(.temp(".autotmp_\(n)", op.pos), persists: true)
            temps[op.key] = t
            tempList.append((t, op.width))
            names.append(".autotmp_\(n)")
        }
        let asText = verbose >= 2 ? "\(names.joined(separator: ", ")) = \(ops.map { $0.text }.joined(separator: ", "))" : ""
        for (j, op) in ops.enumerated() {
            op.eval(Hole(tempList[j].0).note(asText, s.pos, "assign-pair", self))
        }
        // the wrapper closure and the call it makes
        let wrapper = Site(kind: .goDeferWrapper, node: s, pos: s.pos, text: "func literal")
        let wk = spill(k, wrapper)
        if !tempList.isEmpty { closures.append((wk, nil, wrapper, tempList)) }
        let savedDepth = loopDepth
        loopDepth = 1
        if isBuiltinOrConv {
            for (i, a) in c.argList.enumerated() {
                if let t = temps[i] { flow(discardHole(), t) } else { discard(a) }
            }
            if let b = builtinOf(fun), b.id == .panic, let t = temps[0] { flow(heapHole(), t) }
        } else {
            call(nil, c, argLocs: temps)
        }
        loopDepth = savedDepth
    }

    func receiverBaseType(_ s: SelectorExpr, _ sel: Selection) -> GoType? {
        var t = typeOf(s.x)
        for i in sel.index.dropLast() {
            if let p = t?.underlying as? GoPointer { t = p.elem }
            guard let st = t?.underlying as? GoStruct, i >= 0, i < st.fields.count else { return t }
            t = st.fields[i].type
        }
        return t
    }

    /// The number Go gives the next compiler temporary of the current
    /// function: its count of declarations so far (parameters, results,
    /// locals declared before `pos`, earlier temporaries).
    func nextAutotmp(at pos: Pos) -> Int {
        let fn = curfn
        let declared = fn.params.count + fn.resultLocs.count + fn.locals.filter { $0.pos < pos }.count
        let n = declared + fn.autotmps
        fn.autotmps += 1
        return n
    }
}
