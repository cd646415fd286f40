// Expr.swift — the flows of expressions (Go's escape/expr.go).
//
// expr(k, e) evaluates e for its value and makes that value flow into hole
// k. Allocation sites "spill": they get a location of their own, whose
// address flows into k. Values without pointers flow nowhere. The implicit
// steps Go's type checker inserts (conversions to interfaces, & and * of
// method receivers, the fields of embedded structs) are applied here where
// the syntax leaves them out.
import GoSyntax
import GoTypes

extension Hole {
    func note(_ text: @autoclosure () -> String, _ pos: Pos, _ why: String, _ b: Batch) -> Hole {
        guard b.verbose >= 2 else { return self }
        var k = self
        k.notes = Note(next: notes, whereText: text(), wherePos: pos, why: why)
        return k
    }
    func note(_ e: Expr, _ why: String, _ b: Batch) -> Hole { note(b.fmt(e), e.pos, why, b) }
    func note(site s: Site, _ why: String, _ b: Batch) -> Hole {
        guard b.verbose >= 2 else { return self }
        var k = self
        k.notes = Note(next: notes, whereText: s.origText, wherePos: s.pos, why: why, site: s)
        return k
    }
    func addr(_ text: @autoclosure () -> String, _ pos: Pos, _ why: String, _ b: Batch) -> Hole {
        shift(-1).note(text(), pos, why, b)
    }
    func addr(_ loc: Location, _ why: String, _ b: Batch) -> Hole { shift(-1).note(b.describe(loc), loc.pos, why, b) }
    func deref(_ e: Expr, _ why: String, _ b: Batch) -> Hole { shift(1).note(e, why, b) }
    func deref(_ text: @autoclosure () -> String, _ pos: Pos, _ why: String, _ b: Batch) -> Hole {
        shift(1).note(text(), pos, why, b)
    }
}

extension Batch {
    /// The type of e's value (the first of a comma-ok pair).
    func typeOf(_ e: Expr) -> GoType? {
        let t = info.typeOf(e)
        if let tu = t as? GoTuple, tu.count == 2, e is AssertExpr || e is IndexExpr || e is Operation { return tu.vars[0].type }
        return t
    }
    func constValue(_ e: Expr) -> Constant? { info.types[ObjectIdentifier(e)]?.value }

    func discard(_ e: Expr?) { if let e { expr(discardHole(), e) } }

    func builtinOf(_ fun: Expr) -> Builtin? {
        switch unparen(fun) {
        case let n as Name: return info.uses[ObjectIdentifier(n)] as? Builtin
        case let s as SelectorExpr: return info.uses[ObjectIdentifier(s.sel)] as? Builtin
        default: return nil
        }
    }
    func isConversion(_ c: CallExpr) -> Bool { info.types[ObjectIdentifier(unparen(c.fun))]?.isType == true }
    func isBuiltin(_ c: CallExpr, _ ids: [BuiltinId]) -> Bool {
        guard let b = builtinOf(c.fun) else { return false }
        return ids.contains(b.id)
    }

    /// Evaluates e into k, converting it to `target` first when that is an
    /// interface and e is not (Go's implicit OCONVIFACE).
    func exprTo(_ k: Hole, _ e: Expr?, _ target: GoType?) {
        guard let e else { return }
        if let target, isInterfaceType(target), let t = typeOf(e), !isInterfaceType(t),
           !((t as? GoBasic)?.kind == .untypedNil) {
            convIface(k, e, pos: e.pos)
            return
        }
        expr(k, e)
    }

    /// OCONVIFACE of e: non-direct values are copied into a new allocation.
    func convIface(_ k: Hole, _ e: Expr, pos: Pos) {
        var k = k
        let t = typeOf(e)
        let text = convText(e)
        if !isDirectIface(t) {
            let s = Site(kind: .convIface, node: e, pos: pos, text: text, origText: fmt(e))
            k = spill(k, s)
            k = k.note(site: s, "interface-converted", self)
        } else {
            k = k.note(fmt(e), pos, "interface-converted", self)
        }
        if constValue(e) != nil { return }
        expr(k, e)
    }

    /// How Go prints the operand of a conversion to interface: a variable
    /// known to hold a constant prints as that constant.
    func convText(_ e: Expr) -> String {
        if constValue(e) == nil {
            let sv = program.oracle.staticValue(e)
            if sv !== e, let c = constValue(sv), let t = typeOf(e) { return constString(c, t) }
        }
        return fmt(e)
    }

    func expr(_ k: Hole, _ e: Expr?) {
        guard let e else { return }
        var k = k
        let t = typeOf(e)
        if k.derefs >= 0, let t, !isUntypedType(t), !hasPointers(t) { k = discardHole() }
        if constValue(e) != nil && !(e is FuncLit) { return }

        switch e {
        case let p as ParenExpr:
            expr(k, p.x)
        case let n as Name:
            guard let v = info.uses[ObjectIdentifier(n)] as? Var, let l = loc(of: v) else { return }
            flow(k, l)
        case is BasicLit:
            return
        case let c as CompositeLit:
            compositeLit(k, c)
        case let f as FuncLit:
            closure(k, f)
        case let s as SelectorExpr:
            selector(k, s)
        case let i as IndexExpr:
            guard let xt = typeOf(i.x) else { return }
            if info.types[ObjectIdentifier(i.x)]?.isType == false || info.types[ObjectIdentifier(i.x)] == nil {
                switch xt.underlying {
                case is GoArray:
                    expr(k.note(e, "fixed-array-index-of", self), i.x)
                case let m as GoMap:
                    discard(i.x)
                    exprTo(discardHole(), i.index, m.key)
                    return
                case let p as GoPointer where p.elem.underlying is GoArray:
                    expr(k.note(e, "fixed-array-index-of", self).deref(fmt(i.x), i.pos, "indirection", self), i.x)
                case is GoSignature:
                    return   // generic instantiation
                default:
                    expr(k.deref(e, "dot of pointer", self), i.x)
                }
                discard(i.index)
            }
        case let s as SliceExpr:
            let xt = typeOf(s.x)
            if xt?.underlying is GoArray {
                // slicing an addressable array takes its address
                expr(k.note(e, "slice", self).addr(fmt(s.x), s.pos, "address-of", self), s.x)
            } else {
                expr(k.note(e, "slice", self), s.x)
            }
            s.index.forEach { discard($0) }
        case let a as AssertExpr:
            var kk = k
            if let at = typeOf(a.type), !isInterfaceType(at), !isDirectIface(at) { kk = kk.shift(1) }
            expr(kk.note(e, "dot", self), a.x)
        case let o as Operation:
            operation(k, o)
        case let c as CallExpr:
            if isConversion(c) { conversion(k, c) } else { call([k], c) }
        default:
            return
        }
    }

    func operation(_ k: Hole, _ o: Operation) {
        guard let y = o.y else {
            switch o.op {
            case .and:
                if let lit = unparen(o.x) as? CompositeLit {
                    // &T{...}: a new allocation
                    let s = Site(kind: .ptrLit, node: o, pos: o.pos, text: "&" + fmt(lit))
                    if let t = typeOf(lit) { siteElemType[ObjectIdentifier(s)] = t }
                    compositeLit(spill(k, s), lit)
                } else {
                    expr(k.addr(fmt(o), o.pos, "address-of", self), o.x)
                }
            case .mul:
                expr(k.deref(o, "indirection", self), o.x)
            default:
                discard(o.x)   // -x, !x, ^x, <-x
            }
            return
        }
        if o.op == .add, isStringType(typeOf(o)) {
            // string concatenation (OADDSTR) at its last +
            let s = Site(kind: .addString, node: o, pos: o.pos, text: fmtAddString(o))
            _ = spill(k, s)
            for x in flattenAdd(o) { discard(x) }
            return
        }
        if o.op == .eql || o.op == .neq {
            // comparing an interface with a concrete value converts the value
            let xt = typeOf(o.x), yt = typeOf(y)
            if isInterfaceType(xt), let yt, !isInterfaceType(yt), !((yt as? GoBasic)?.kind == .untypedNil) {
                discard(o.x); convIface(discardHole(), y, pos: y.pos); return
            }
            if isInterfaceType(yt), let xt, !isInterfaceType(xt), !((xt as? GoBasic)?.kind == .untypedNil) {
                convIface(discardHole(), o.x, pos: o.x.pos); discard(y); return
            }
        }
        discard(o.x)
        discard(y)
    }

    func flattenAdd(_ o: Operation) -> [Expr] {
        var out: [Expr] = []
        func go(_ e: Expr) {
            if let op = unparen(e) as? Operation, op.op == .add, let y = op.y, isStringType(typeOf(op)), constValue(op) == nil {
                go(op.x); out.append(y)
            } else { out.append(e) }
        }
        go(o)
        return out
    }

    func fmtAddString(_ o: Operation) -> String {
        flattenAdd(o).map { fmt($0, 6) }.joined(separator: " + ")
    }

    func selector(_ k: Hole, _ s: SelectorExpr) {
        guard let sel = info.selections[ObjectIdentifier(s)] else { return }   // pkg.Name
        switch sel.kind {
        case .fieldVal:
            let steps = fieldSteps(s.x, sel.index)
            var kk = k
            for ptr in steps.reversed() {
                kk = ptr ? kk.deref(s, "dot of pointer", self) : kk.note(s, "dot", self)
            }
            expr(kk, s.x)
        case .methodVal:
            methodValue(k, s, sel)
        case .methodExpr:
            return
        }
    }

    /// For x.f reached through the embedded-field path `index`, whether each
    /// step dereferences a pointer (ODOTPTR) or not (ODOT), outermost last.
    func fieldSteps(_ x: Expr, _ index: [Int]) -> [Bool] {
        var out: [Bool] = []
        var t = typeOf(x)
        for i in index {
            var isPtr = false
            if let p = t?.underlying as? GoPointer { isPtr = true; t = p.elem }
            out.append(isPtr)
            guard let st = t?.underlying as? GoStruct, i >= 0, i < st.fields.count else { break }
            t = st.fields[i].type
        }
        return out
    }

    func compositeLit(_ k: Hole, _ c: CompositeLit) {
        guard let t = typeOf(c) else { return }
        switch t.underlying {
        case let st as GoStruct:
            for (i, el) in c.elemList.enumerated() {
                if let kv = el as? KeyValueExpr {
                    let ft = (kv.key as? Name).flatMap { n in st.fields.first { $0.name == n.value } }?.type
                    exprTo(k.note(c, "struct literal element", self), kv.value, ft)
                } else {
                    let ft = i < st.fields.count ? st.fields[i].type : nil
                    exprTo(k.note(c, "struct literal element", self), el, ft)
                }
            }
        case let at as GoArray:
            for el in c.elemList {
                let v = (el as? KeyValueExpr)?.value ?? el
                exprTo(k.note(c, "array literal element", self), v, at.elem)
            }
        case let sl as GoSlice:
            let s = Site(kind: .compositeLit, node: c, pos: c.pos, text: fmt(c))
            let kk = spill(k, s)
            for el in c.elemList {
                let v = (el as? KeyValueExpr)?.value ?? el
                exprTo(kk.note(c, "slice-literal-element", self), v, sl.elem)
            }
        case let mt as GoMap:
            let s = Site(kind: .compositeLit, node: c, pos: c.pos, text: fmt(c))
            _ = spill(k, s)
            for el in c.elemList {
                guard let kv = el as? KeyValueExpr else { continue }
                exprTo(heapHole().note(c, "map literal key", self), kv.key, mt.key)
                exprTo(heapHole().note(c, "map literal value", self), kv.value, mt.elem)
            }
        case let p as GoPointer:
            // elided &T in a nested literal: {...} of type *T
            let s = Site(kind: .ptrLit, node: c, pos: c.pos, text: "&" + typeStr(p.elem) + (c.elemList.isEmpty ? "{}" : "{...}"))
            siteElemType[ObjectIdentifier(s)] = p.elem
            let kk = spill(k, s)
            if let st = p.elem.underlying as? GoStruct {
                for (i, el) in c.elemList.enumerated() {
                    let v = (el as? KeyValueExpr)?.value ?? el
                    let ft = (el as? KeyValueExpr).flatMap { ($0.key as? Name) }.flatMap { n in st.fields.first { $0.name == n.value } }?.type
                        ?? (i < st.fields.count ? st.fields[i].type : nil)
                    exprTo(kk.note(c, "struct literal element", self), v, ft)
                }
            } else {
                for el in c.elemList { expr(kk, (el as? KeyValueExpr)?.value ?? el) }
            }
        default:
            for el in c.elemList { discard((el as? KeyValueExpr)?.value ?? el) }
        }
    }

    func closure(_ k: Hole, _ f: FuncLit) {
        guard let fn = program.funcByLit[ObjectIdentifier(f)], fn.isLit else { return }
        let s = Site(kind: .closure, node: f, pos: f.pos, text: "func literal")
        s.closure = fn
        let kk = spill(k, s)
        guard fn.isClosure else { return }   // captures nothing: analysed on its own
        closures.append((kk, fn, s, []))
        for cv in info.captures[ObjectIdentifier(f)] ?? [] {
            if let l = loc(of: cv), !l.captured {
                l.captured = true
                if l.loopDepth == loopDepth { l.reassigned = false }
            }
        }
        if fn.state == .unknown { initFunc(fn) }
        walkFunc(fn)
    }

    func conversion(_ k: Hole, _ c: CallExpr) {
        guard let arg = c.argList.first, let to = typeOf(c) else { return }
        if constValue(c) != nil { return }
        let from = typeOf(arg)
        if isInterfaceType(to) {
            if let from, !isInterfaceType(from) {
                // an explicit conversion prints as written, at its '('
                var k = k
                let text = fmt(c)
                if !isDirectIface(from) {
                    let s = Site(kind: .convIface, node: arg, pos: arg.pos, text: text)
                    k = spill(k, s)
                    k = k.note(site: s, "interface-converted", self)
                }
                if constValue(arg) == nil { expr(k, arg) }
            } else {
                expr(k, arg)
            }
            return
        }
        let tu = to.underlying, fu = from?.underlying
        if isStringType(to), let fu {
            var kind: SiteKind? = nil
            if let sl = fu as? GoSlice {
                let eb = sl.elem.underlying as? GoBasic
                kind = (eb?.kind == .int32) ? .runes2str : .bytes2str
            } else if let b = fu as? GoBasic, b.info.contains(.isInteger) {
                kind = .runeStr
            }
            if let kind {
                _ = spill(k, Site(kind: kind, node: c, pos: arg.pos, text: fmt(c)))
                discard(arg)
                return
            }
        }
        if let sl = tu as? GoSlice, isStringType(from) {
            let eb = sl.elem.underlying as? GoBasic
            if eb?.kind == .int32, constValue(arg) != nil {
                // []rune("const") becomes a slice literal
                _ = spill(k, Site(kind: .compositeLit, node: c, pos: arg.pos, text: "\(typeStr(to)){...}"))
                return
            }
            let kind: SiteKind = eb?.kind == .int32 ? .str2runes : .str2bytes
            _ = spill(k, Site(kind: kind, node: c, pos: arg.pos, text: fmt(c)))
            discard(arg)
            return
        }
        if isUnsafePointer(to), isUintptr(from) {
            unsafeValue(k, arg)
            return
        }
        if tu is GoArray, fu is GoSlice {
            expr(k.deref(c, "slice-to-array", self), arg)
            return
        }
        expr(k, arg)
    }

    /// A uintptr expression converted to unsafe.Pointer (Go's unsafeValue).
    func unsafeValue(_ k: Hole, _ e: Expr) {
        let e = unparen(e)
        switch e {
        case let c as CallExpr where isConversion(c):
            if let a = c.argList.first, isUnsafePointer(typeOf(a)) { expr(k, a) } else { c.argList.forEach { discard($0) } }
        case let o as Operation:
            if let y = o.y {
                if o.op == .shl || o.op == .shr { unsafeValue(k, o.x); discard(y) } else { unsafeValue(k, o.x); unsafeValue(k, y) }
            } else if o.op == .add || o.op == .sub || o.op == .xor {
                unsafeValue(k, o.x)
            } else {
                discard(e)
            }
        default:
            discard(e)
        }
    }

    func methodValue(_ k: Hole, _ s: SelectorExpr, _ sel: Selection) {
        let text = fmt(s)
        let site = Site(kind: .methodValue, node: s, pos: s.pos, text: text)
        if let t = typeOf(s.x) { siteElemType[ObjectIdentifier(site)] = t }
        let closureK = spill(k, site)
        let f = sel.obj as? Func
        let nres = f?.signature?.results.count ?? 0
        let ks = (0..<nres).map { _ in heapHole() }
        var paramK = heapHole()
        if let f, f.isInterfaceMethod, let n = receiverBaseType(s, sel) as? GoNamed {
            program.ifaceMethodValues.append((n, f))
        }
        if let f, !f.isInterfaceMethod, !isInterfaceType(sel.recv) {
            paramK = tagHole(ks, callee: .function(f), paramIndex: -1)
        }
        receiver(teeHole([paramK, closureK]), s, sel)
    }

    /// Evaluates the receiver of method selection s into k, with the implicit
    /// embedded fields, & and * that Go inserts.
    func receiver(_ k: Hole, _ s: SelectorExpr, _ sel: Selection) {
        var kk = k
        let f = sel.obj as? Func
        var path = Array(sel.index.dropLast())
        // the type reached through the embedded fields
        var t = typeOf(s.x)
        var steps: [Bool] = []
        for i in path {
            var isPtr = false
            if let p = t?.underlying as? GoPointer { isPtr = true; t = p.elem }
            steps.append(isPtr)
            guard let st = t?.underlying as? GoStruct, i >= 0, i < st.fields.count else { path = []; break }
            t = st.fields[i].type
        }
        if let f, !f.isInterfaceMethod, !isInterfaceType(t) {
            let recvIsPtr = t?.underlying is GoPointer
            if f.hasPtrRecv && !recvIsPtr {
                kk = kk.addr(fmt(s.x), s.pos, "address-of", self)
            } else if !f.hasPtrRecv && recvIsPtr {
                kk = kk.deref(fmt(s.x), s.pos, "indirection", self)
            }
        }
        for ptr in steps.reversed() {
            kk = ptr ? kk.deref(fmt(s.x), s.pos, "dot of pointer", self) : kk.note(fmt(s.x), s.pos, "dot", self)
        }
        expr(kk, s.x)
    }
}
