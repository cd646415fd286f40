// Compiler+Call.swift — calls: conversions, builtins, static calls of
// functions and methods, interface method calls, func values, natives.
// Arguments are evaluated into temporaries first (so nested calls cannot
// clobber them), then copied to the out area, then the call is made and the
// results copied back into temporaries.
import GoABI
import GoSyntax
import GoTypes

/// What a call's callee resolves to.
enum Callee {
    case staticFn(Int, GoSignature, recv: Expr?, recvType: GoType?, method: Func?, path: [Int])
    case native(Int, GoSignature, recv: Expr?, method: Func?)
    /// A method of an interface value: the receiver expression, the
    /// embedding path from it to an embedded interface field (empty: the
    /// receiver is the interface), the method's index in the interface.
    case iface(Expr, [Int], Int, GoSignature)
    case value(Expr, GoSignature)
}

extension FunctionCompiler {
    func call(_ c: CallExpr) throws -> [(Int32, GoType)] {
        pos(c)
        let fun = unparen(c.fun)
        if let tv = info.types[ObjectIdentifier(fun)], tv.isType {
            let t = ty(tv.type)
            return [(try conversion(c, to: t), t)]
        }
        if let n = fun as? Name, let b = info.objectOf(n) as? Builtin { return try builtin(b.id, c) }
        if let s = fun as? SelectorExpr, let x = s.x as? Name, let pn = info.objectOf(x) as? PkgName,
           pn.imported.path == "unsafe" {
            // unsafe.Add, Slice, SliceData, String, StringData (Sizeof,
            // Alignof and Offsetof are constants).
            guard let b = info.objectOf(s.sel) as? Builtin else { throw Unsupported(c.pos, "package unsafe") }
            return try builtin(b.id, c)
        }
        let callee = try resolveCallee(fun, c)
        let (fnSig, _) = try calleeSig(callee)
        let early = try calleeFirst(callee)
        let args = try evalArgs(c, fnSig)
        pos(c)   // the call's line is its '(' line (Go's tracebacks and runtime.Caller)
        return try emitCall(callee, args: args, early: early)
    }

    /// Go evaluates the calls of a statement left to right, so a callee
    /// whose receiver or function value holds a call (`a(1)(b(2))`,
    /// `t.a(1).a(t.b(2))`) is evaluated before the arguments. Otherwise
    /// (a variable, a field) it is read after them, when the call is made,
    /// as cmd/compile does. Nil: evaluate it at the call.
    func calleeFirst(_ callee: Callee) throws -> (Int32, GoType)? {
        switch callee {
        case .staticFn(_, _, let recvE, let recvT, let m, let path):
            guard let recvE, let recvT, let m, hasCall(recvE) else { return nil }
            return try receiver(recvE, recvT, m, path)
        case .native(_, _, let recvE, let m):
            guard let recvE, let m, hasCall(recvE) else { return nil }
            return try receiver(recvE, try typeOf(recvE), m, [0])
        case .iface(let x, let path, _, _):
            guard hasCall(x) else { return nil }
            return try ifaceValue(x, path)
        case .value(let f, _):
            guard hasCall(f) else { return nil }
            return (try expr(f), try typeOf(f))
        }
    }

    /// Whether evaluating e makes a call or a channel receive (conversions
    /// and constants do not; function literals' bodies are not entered).
    func hasCall(_ e: Expr) -> Bool {
        var found = false
        NodeWalker(intoLits: false) { n in
            if found { return false }
            if let x = n as? Expr, let tv = self.info.types[ObjectIdentifier(x)], tv.value != nil { return false }
            if let c = n as? CallExpr {
                let f = self.unparen(c.fun)
                if self.info.types[ObjectIdentifier(f)]?.isType != true { found = true; return false }
            }
            if let o = n as? Operation, o.op == .recv, o.y == nil { found = true; return false }
            return true
        }.walk(e)
        return found
    }

    func calleeSig(_ callee: Callee) throws -> (GoSignature, Bool) {
        switch callee {
        case .staticFn(_, let s, _, _, _, _), .native(_, let s, _, _), .iface(_, _, _, let s), .value(_, let s): return (s, false)
        }
    }

    func resolveCallee(_ fun0: Expr, _ c: CallExpr) throws -> Callee {
        var fun = fun0
        // x.M[int](...): a method with type parameters of its own (Generics.swift).
        if let ie = fun as? IndexExpr, let s = unparen(ie.x) as? SelectorExpr,
           info.selections[ObjectIdentifier(s)]?.kind == .methodVal { fun = s }
        if let n = genericFuncName(fun), let f = info.objectOf(n) as? Func, f.signature?.typeParams.isEmpty == false {
            let fi = try genericInstance(f, n)
            guard let sig = try typeOf(fun).underlying as? GoSignature else { throw Unsupported(fun.pos, "call") }
            return .staticFn(fi, sig, recv: nil, recvType: nil, method: nil, path: [])
        }
        if let n = fun as? Name, let f = info.objectOf(n) as? Func, let sig = f.signature {
            guard let fi = pc.funcIndex[ObjectIdentifier(f)] else { throw Unsupported(n.pos, "call of \(n.value)") }
            return .staticFn(fi, sig, recv: nil, recvType: nil, method: nil, path: [])
        }
        if let s = fun as? SelectorExpr {
            if let x = s.x as? Name, let pn = info.objectOf(x) as? PkgName {
                let full = "\(pn.imported.path).\(s.sel.value)"
                guard let f = info.objectOf(s.sel) as? Func, let sig = f.signature, let fi = pc.native(full) else {
                    throw Unsupported(s.pos, full)
                }
                return .native(fi, sig, recv: nil, method: nil)
            }
            if let sel0 = info.selections[ObjectIdentifier(s)], sel0.kind == .methodVal, let m1 = sel0.obj as? Func {
                let (m0, selIndex) = try concreteSelection(s, m1, sel0.index)
                let m = concreteMethod(m0)
                guard let msig = m.signature else { throw Unsupported(s.pos, "method \(m.name)") }
                let xt = try typeOf(s.x)
                if !msig.typeParams.isEmpty { return try genericMethodCallee(s, m, msig, xt, selIndex) }
                if let (path, mi) = try ifaceMethod(xt, selIndex, m) { return .iface(s.x, path, mi, msig) }
                if m.pkg !== pc.pkg, let mp = m.pkg {
                    // A stdlib method: a native named "pkg.Type.Method".
                    var rt = msig.recv?.type ?? Typ.invalid
                    if let p = rt as? GoPointer { rt = p.elem }
                    let tn = (rt as? GoNamed)?.obj.name ?? "?"
                    let full = "\(mp.path).\(tn).\(m.name)"
                    guard let fi = pc.native(full), selIndex.count == 1 else { throw Unsupported(s.pos, full) }
                    return .native(fi, msig, recv: s.x, method: m)
                }
                guard let fi = try pc.funcIndex[ObjectIdentifier(m)] ?? pc.instanceMethodIndex(m, s.pos) else { throw Unsupported(s.pos, "method \(m.name)") }
                return .staticFn(fi, msig, recv: s.x, recvType: xt, method: m, path: selIndex)
            }
        }
        guard let sig = try typeOf(fun).underlying as? GoSignature else { throw Unsupported(fun.pos, "call") }
        return .value(fun, sig)
    }

    /// For a method selected through an interface — the receiver's own
    /// type, or an interface embedded in a struct along the selection's
    /// path — the path to the interface value and the method's index in it.
    func ifaceMethod(_ xt: GoType, _ index: [Int], _ m: Func) throws -> ([Int], Int)? {
        let path: [Int]
        if xt.underlying is GoInterface { path = [] }
        else if index.count > 1 && isIfaceAlong(xt, index) { path = Array(index.dropLast()) }
        else { return nil }
        let it = fieldType(xt, path)
        guard let iface = it.underlying as? GoInterface,
              let mi = iface.allMethods.firstIndex(where: { $0.name == m.name }) else {
            throw Unsupported(m.pos, "method \(m.name) of an embedded interface")
        }
        return (path, mi)
    }

    /// The interface value x.f1.f2... (path empty: x itself).
    func ifaceValue(_ x: Expr, _ path: [Int]) throws -> (Int32, GoType) {
        if path.isEmpty { return (try expr(x), try typeOf(x)) }
        let it = fieldType(try typeOf(x), path)
        return (load(try fieldPlace(x, path: path, at: x.pos), it), it)
    }

    func isIfaceAlong(_ t: GoType, _ path: [Int]) -> Bool { FunctionCompiler.interfaceAlong(t, path) }

    /// Evaluates the arguments (with variadic packing) converted to the parameter types.
    func evalArgs(_ c: CallExpr, _ sig: GoSignature) throws -> [(Int32, GoType)] {
        let params = sig.params.vars
        var vals: [(Int32, GoType)] = []
        if c.argList.count == 1, let tup = info.typeOf(c.argList[0]) as? GoTuple, tup.count > 1 {
            let rs = try multiValue(c.argList[0], count: tup.count)
            vals = rs
        } else {
            for a in c.argList { vals.append((try expr(a), try typeOf(a))) }
        }
        var out: [(Int32, GoType)] = []
        if sig.variadic && !c.hasDots {
            let fixed = params.count - 1
            for i in 0..<fixed {
                let pt = ty(params[i].type)
                out.append((try convert(vals[i].0, from: vals[i].1, to: pt, at: c.pos), pt))
            }
            let st = params[fixed].type as? GoSlice ?? GoSlice(Typ.int)
            let extra = Array(vals.dropFirst(fixed))
            let d = alloc(st)
            if extra.isEmpty {
                emit(Instr(.zero, d, 0, 24))
            } else {
                let n = iconst(Int64(extra.count))
                emit(Instr(.makeslice, d, n, n, Int32(try pc.types.descriptor(st.elem))))
                let es = Int32(TypeTable.size(st.elem))
                for (i, v) in extra.enumerated() {
                    let cv = try convert(v.0, from: v.1, to: st.elem, at: c.pos)
                    store(.mem(d, Int32(i) * es), cv, st.elem)
                }
            }
            out.append((d, st))
        } else {
            for (i, v) in vals.enumerated() where i < params.count {
                let pt = ty(params[i].type)
                out.append((try convert(v.0, from: v.1, to: pt, at: c.pos), pt))
            }
        }
        return out
    }

    /// The receiver value for a static method call: &x, *p or x, through the embedding path.
    func receiver(_ x: Expr, _ xt: GoType, _ m: Func, _ path: [Int]) throws -> (Int32, GoType) {
        let rt = ty(m.signature?.recv?.type)
        var lv: LValue? = nil
        var t = xt
        var val: Int32? = nil
        if path.count > 1 {
            lv = try fieldPlace(x, path: Array(path.dropLast()), at: x.pos)
            t = fieldType(xt, Array(path.dropLast()))
        }
        let wantPtr = rt is GoPointer
        if t.underlying is GoPointer && !(t is GoNamed) {
            let p: Int32
            if let lv { p = load(lv, t) } else { p = try expr(x) }
            if wantPtr { return (p, rt) }
            emit(Instr(.nilchk, p))
            return (load(.mem(p, 0), rt), rt)
        }
        if wantPtr {
            let place = try lv ?? lvalueExpr(x)
            if case .slot(let s) = place {
                // A receiver escape analysis keeps on the stack: its address
                // in a pointer slot of the stack map (growth adjusts it).
                let d = ptrWord()
                emit(Instr(.frameaddr, d, s))
                return (d, rt)
            }
            if case .fmem(let s) = place {
                let d = ptrWord()
                emit(Instr(.frameaddr, d, s))
                return (d, rt)
            }
            guard case .mem(let p, let off) = place else { throw Unsupported(x.pos, "pointer method on a stack value") }
            if off == 0 { return (p, rt) }
            let d = ptrWord()
            emit(Instr(.lea, d, p, off))
            return (d, rt)
        }
        if let lv { val = load(lv, rt) } else { val = try expr(x) }
        return (val!, rt)
    }

    func fieldType(_ t: GoType, _ path: [Int]) -> GoType {
        var t = t
        for i in path {
            if let p = t.underlying as? GoPointer { t = p.elem }
            guard let st = t.underlying as? GoStruct else { return t }
            t = ty(st.fields[i].type)
        }
        return t
    }

    func emitCall(_ callee: Callee, args: [(Int32, GoType)], early: (Int32, GoType)? = nil) throws -> [(Int32, GoType)] {
        // The call instruction keeps the call's line (set by call()), not
        // that of the receiver or func value evaluated here.
        let line = curLine
        switch callee {
        case .staticFn(let fi, let sig, let recvE, let recvT, let m, let path):
            var all = args
            if let early { all.insert(early, at: 0) }
            else if let recvE, let recvT, let m { all.insert(try receiver(recvE, recvT, m, path), at: 0) }
            curLine = line
            let rs = callStatic(fi, sig: sig, withRecv: recvE != nil, args: all.map { $0.0 }, argTypes: all.map { $0.1 })
            return zip(rs, sig.results.vars.map { ty($0.type) }).map { ($0, $1) }
        case .native(let fi, let sig, let recvE, let m):
            var all = args
            if let early { all.insert(early, at: 0) }
            else if let recvE, let m { all.insert(try receiver(recvE, try typeOf(recvE), m, [0]), at: 0) }
            curLine = line
            let rs = callStatic(fi, sig: sig, withRecv: recvE != nil, args: all.map { $0.0 }, argTypes: all.map { $0.1 })
            return zip(rs, sig.results.vars.map { ty($0.type) }).map { ($0, $1) }
        case .iface(let x, let path, let mi, let sig):
            let iv = try early?.0 ?? ifaceValue(x, path).0
            curLine = line
            let lay = FunctionCompiler.argLayout(sig, withRecv: true)
            for (i, a) in args.enumerated() { copyOut(lay.params[i + 1], a.0, a.1) }
            emitOut(Instr(.calli, iv, 0, Int32(mi), lay.params[0]), [2])
            noteCall(lay.end)
            let rs = copyResults(sig, lay)
            return zip(rs, sig.results.vars.map { ty($0.type) }).map { ($0, $1) }
        case .value(let f, let sig):
            let fv = try early?.0 ?? expr(f)
            curLine = line
            let lay = FunctionCompiler.argLayout(sig, withRecv: false)
            for (i, a) in args.enumerated() { copyOut(lay.params[i], a.0, a.1) }
            emitOut(Instr(.callv, fv, 0, Int32(lay.end)), [2])
            noteCall(lay.end)
            let rs = copyResults(sig, lay)
            return zip(rs, sig.results.vars.map { ty($0.type) }).map { ($0, $1) }
        }
    }

    // MARK: Builtins

    func builtin(_ id: BuiltinId, _ c: CallExpr) throws -> [(Int32, GoType)] {
        let args = c.argList
        switch id {
        case .print, .println, .close, .delete, .panic, .copy, .clear, .recover:
            return try builtinOp(id, try builtinOperands(id, c), at: c.pos)
        default: break
        }
        // f(g()) with a builtin f (append, complex): the operands are g's
        // results, evaluated first.
        var pre: [(Int32, GoType)]? = nil
        if args.count == 1, let tup = info.typeOf(args[0]) as? GoTuple, tup.count > 1 {
            pre = try multiValue(args[0], count: tup.count)
        }
        func val(_ i: Int) throws -> Int32 { if let pre { return pre[i].0 }; return try expr(args[i]) }
        func argTy(_ i: Int) throws -> GoType { if let pre { return pre[i].1 }; return try typeOf(args[i]) }
        let nargs = pre?.count ?? args.count
        switch id {
        case .len, .cap:
            let t = try typeOf(args[0])
            if t.underlying is GoArray {
                // Not a constant (the checker folds the constant forms): the
                // operand holds a call or a receive and is evaluated (a nil
                // *[n]T dereferenced here panics), the result is the length.
                _ = try expr(args[0])
                return [(iconst((t.underlying as! GoArray).len), Typ.int)]
            }
            let x = try expr(args[0])
            switch t.underlying {
            case is GoChan:
                let d = word()
                emit(Instr(.chanlen, d, x, w: id == .cap ? 1 : 0))
                return [(d, Typ.int)]
            case is GoMap where id == .len:
                let d = word()
                emit(Instr(.maplen, d, x))
                return [(d, Typ.int)]
            case is GoSlice: return [(id == .len ? x + 8 : x + 16, Typ.int)]
            case let b as GoBasic where b.info.contains(.isString): return [(x + 8, Typ.int)]
            case let p as GoPointer:
                if let a = p.elem.underlying as? GoArray { return [(iconst(a.len), Typ.int)] }
            default: break
            }
            throw Unsupported(c.pos, "\(id) of \(t)")
        case .append:
            let st = try typeOf(c)
            guard let sl = st.underlying as? GoSlice else { throw Unsupported(c.pos, "append") }
            let d = alloc(st)
            copyValue(d, try val(0), st)
            let et = Int32(try pc.types.descriptor(sl.elem))
            let es = Int32(TypeTable.size(sl.elem))
            if c.hasDots {
                var src = try val(1)
                let at = try argTy(1)
                if isString(at) {
                    // append([]byte, string...): view the string as a slice
                    let v = alloc(GoSlice(Typ.uint8))
                    emit(Instr(.move, v, src, 16))
                    emit(Instr(.mov8, v + 16, src + 8))
                    src = v
                }
                let old = word()
                emit(Instr(.mov8, old, d + 8))
                emit(Instr(.growslice, d, src + 8, 0, et))
                let dst = alloc(st)
                emit(Instr(.reslice, dst, d, words3(old, d + 8, d + 16), es))
                let n = word()
                emit(Instr(.copy, n, dst, src, et))
                return [(d, st)]
            }
            let vals = try (1..<max(nargs, 1)).map { i -> Int32 in try convert(try val(i), from: try argTy(i), to: sl.elem, at: c.pos) }
            if vals.isEmpty { return [(d, st)] }
            let n = iconst(Int64(vals.count))
            let old = word()
            emit(Instr(.mov8, old, d + 8))
            let (w, storeOff) = growMode(c, sl.elem)
            emit(Instr(.growslice, d, n, storeOff, et, w: w))
            for (i, v) in vals.enumerated() {
                let p = ptrWord()
                emit(Instr(.elemaddr, p, d, old, es))
                store(.mem(p, Int32(i) * es), v, sl.elem)
            }
            return [(d, st)]
        case .make:
            let t = try typeOf(c)
            guard let sl = t.underlying as? GoSlice else {
                if t.underlying is GoMap {
                    let hint = args.count > 1 ? try expr(args[1]) : iconst(0)
                    let d = ptrWord()
                    emit(Instr(.makemap, d, hint, Int32(try pc.types.descriptor(t))))
                    return [(d, t)]
                }
                guard t.underlying is GoChan else { throw Unsupported(c.pos, "make") }
                let size = args.count > 1 ? try expr(args[1]) : iconst(0)
                let d = ptrWord()
                emit(Instr(.makechan, d, size, Int32(try pc.types.descriptor(t))))
                return [(d, t)]
            }
            let ln = try expr(args[1])
            let cp = args.count > 2 ? try expr(args[2]) : ln
            let d = alloc(t)
            emit(Instr(.makeslice, d, ln, cp, Int32(try pc.types.descriptor(sl.elem)), w: args.count > 2 ? 1 : 0))
            return [(d, t)]
        case .new:
            let t = try typeOf(c)
            guard let p = t as? GoPointer else { throw Unsupported(c.pos, "new") }
            let d = ptrWord()
            emit(Instr(.new, d, Int32(try pc.types.descriptor(p.elem))))
            return [(d, t)]
        case .min, .max:
            let t = try typeOf(c)
            var acc = alloc(t)
            copyValue(acc, try expr(args[0]), t)
            for a in args.dropFirst() {
                let v = try expr(a)
                let better: Int32
                if isString(t) {
                    let cmp = word()
                    emit(Instr(.strcmp, cmp, v, acc))
                    let z = iconst(0)
                    better = word()
                    emit(Instr(.lts, better, id == .min ? cmp : z, id == .min ? z : cmp))
                } else if isFloat(t) {
                    // better = !isNaN(acc) && (v < acc (min) / v > acc (max) || isNaN(v))
                    let w: UInt16 = isF32(t) ? 1 : 0
                    let lt = word(), vn = word(), an = word()
                    emit(Instr(.flt, lt, id == .min ? v : acc, id == .min ? acc : v, w: w))
                    emit(Instr(.fne, vn, v, v, w: w))
                    emit(Instr(.feq, an, acc, acc, w: w))
                    emit(Instr(.or, lt, lt, vn))
                    better = word()
                    emit(Instr(.and, better, lt, an))
                } else {
                    better = try compare(.lss, id == .min ? v : acc, id == .min ? acc : v, t, c.pos)
                }
                var eqz: Int32? = nil
                if isFloat(t) {
                    eqz = word()
                    emit(Instr(.feq, eqz!, v, acc, w: isF32(t) ? 1 : 0))
                }
                let j = emit(Instr(.jumpifnot, 0, better))
                let nacc = acc
                copyValue(nacc, v, t)
                patch(j, to: here)
                if let eqz {
                    // equal values: min keeps a -0 from either side, max a +0 (bitwise or / and)
                    let k = emit(Instr(.jumpifnot, 0, eqz))
                    emit(Instr(id == .min ? .or : .and, nacc, nacc, v))
                    patch(k, to: here)
                }
                acc = nacc
            }
            return [(acc, t)]
        case .real, .imag:
            // A part of a complex value in memory form.
            let t = try typeOf(c)
            let x = try expr(args[0])
            let d = word()
            if isC64(try typeOf(args[0])) {
                emit(Instr(.ldf, d, x + (id == .imag ? 4 : 0), w: Width.u32.rawValue))
            } else {
                emit(Instr(.mov8, d, x + (id == .imag ? 8 : 0)))
            }
            return [(d, t)]
        case .complex:
            let t = try typeOf(c)
            let re = try val(0), im = try val(1)
            let d = alloc(t)
            if isC64(t) {
                emit(Instr(.stf, d, re, w: Width.u32.rawValue))
                emit(Instr(.stf, d + 4, im, w: Width.u32.rawValue))
            } else {
                emit(Instr(.mov8, d, re))
                emit(Instr(.mov8, d + 8, im))
            }
            return [(d, t)]
        case .add:
            // unsafe.Add(ptr, len): the result is a pointer (a pointer slot).
            let p = try expr(args[0]), n = try expr(args[1])
            let d = ptrWord()
            emit(Instr(.add, d, p, n))
            return [(d, Typ.unsafePointer)]
        case .slice, .string:
            let t = try typeOf(c)
            let p = try expr(args[0]), n = try expr(args[1])
            let d = alloc(t)
            let es = (t.underlying as? GoSlice).map { TypeTable.size($0.elem) } ?? 1
            emit(Instr(.unsafeslice, d, p, n, Int32(es), w: id == .string ? 1 : 0))
            return [(d, t)]
        case .sliceData, .stringData:
            // The data pointer of the slice or string.
            let t = try typeOf(c)
            let x = try expr(args[0])
            let d = alloc(t)
            emit(Instr(.mov8, d, x))
            return [(d, t)]
        default: throw Unsupported(c.pos, "builtin \(id)")
        }
    }

    /// The operands of a builtin that may be deferred or started (close,
    /// delete, panic, print, println, copy, clear, recover), evaluated in
    /// order and converted as the builtin takes them: panic's to any,
    /// delete's key to the map's key type.
    func builtinOperands(_ id: BuiltinId, _ c: CallExpr) throws -> [(Int32, GoType)] {
        let args = c.argList
        var vals: [(Int32, GoType)]
        if args.count == 1, let tup = info.typeOf(args[0]) as? GoTuple, tup.count > 1 {
            vals = try multiValue(args[0], count: tup.count)
        } else {
            vals = try args.map { (try expr($0), try typeOf($0)) }
        }
        switch id {
        case .panic:
            let any = GoInterface(methods: [], embeddeds: [])
            vals[0] = (try convert(vals[0].0, from: vals[0].1, to: any, at: c.pos), any)
        case .delete:
            guard let mt = vals[0].1.underlying as? GoMap else { throw Unsupported(c.pos, "delete") }
            vals[1] = (try convert(vals[1].0, from: vals[1].1, to: mt.key, at: c.pos), mt.key)
        default: break
        }
        return vals
    }

    /// The operation of builtin `id` on operands already evaluated by
    /// `builtinOperands` (a direct call, or the thunk a defer or go
    /// statement runs later).
    func builtinOp(_ id: BuiltinId, _ vals: [(Int32, GoType)], at pos: Pos) throws -> [(Int32, GoType)] {
        switch id {
        case .copy:
            guard let sl = vals[0].1.underlying as? GoSlice else { throw Unsupported(pos, "copy") }
            let a = vals[0].0
            var b = vals[1].0
            if isString(vals[1].1) {
                let v = alloc(GoSlice(Typ.uint8))
                emit(Instr(.move, v, b, 16))
                emit(Instr(.mov8, v + 16, b + 8))
                b = v
            }
            let n = word()
            emit(Instr(.copy, n, a, b, Int32(try pc.types.descriptor(sl.elem))))
            return [(n, Typ.int)]
        case .panic:
            emit(Instr(.panic, vals[0].0))
            return []
        case .recover:
            let d = alloc(GoInterface(methods: [], embeddeds: []))
            emit(Instr(.recover, d))
            return [(d, GoInterface(methods: [], embeddeds: []))]
        case .print, .println:
            for (i, (v, t)) in vals.enumerated() {
                if i > 0 && id == .println { emit(Instr(.printv, 0, w: 8)) }
                let w: UInt16
                switch t.underlying {
                case let b as GoBasic:
                    if b.info.contains(.isBoolean) { w = 4 }
                    else if b.info.contains(.isString) { w = 5 }
                    else if b.info.contains(.isFloat) { w = isF32(t) ? 11 : 3 }
                    else if b.info.contains(.isUnsigned) { w = 2 }
                    else if b.info.contains(.isInteger) { w = 1 }
                    else if b.kind == .unsafePointer { w = 6 }
                    else if b.info.contains(.isComplex) { w = isC64(t) ? 14 : 13 }
                    else { throw Unsupported(pos, "print of \(t)") }
                case is GoPointer, is GoMap, is GoChan, is GoSignature: w = 6
                case let i as GoInterface: w = i.allMethods.isEmpty ? 9 : 10
                case is GoSlice: w = 12
                default: throw Unsupported(pos, "print of \(t)")
                }
                emit(Instr(.printv, v, w: w))
            }
            if id == .println { emit(Instr(.printv, 0, w: 7)) }
            return []
        case .clear:
            if let sl = vals[0].1.underlying as? GoSlice {
                emit(Instr(.sliceclear, vals[0].0, 0, 0, Int32(try pc.types.descriptor(sl.elem))))
                return []
            }
            guard vals[0].1.underlying is GoMap else { throw Unsupported(pos, "clear") }
            emit(Instr(.mapclear, vals[0].0))
            return []
        case .delete:
            emit(Instr(.mapdelete, vals[0].0, vals[1].0))
            return []
        case .close:
            emit(Instr(.chanclose, vals[0].0))
            return []
        default: throw Unsupported(pos, "builtin \(id)")
        }
    }

    /// Three consecutive words holding lo, hi, max for reslice.
    func words3(_ lo: Int32, _ hi: Int32, _ mx: Int32) -> Int32 {
        let w = words(3)
        emit(Instr(.mov8, w, lo)); emit(Instr(.mov8, w + 8, hi)); emit(Instr(.mov8, w + 16, mx))
        return w
    }
}
