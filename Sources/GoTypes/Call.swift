// Call.swift — calls, conversions, selectors and function literals (types2
// call.go, conversions.go): argument count and type checks with Go's
// "have (...) / want (...)" summaries, variadic and f(g()) calls, method
// values and expressions, qualified identifiers, and convertibility.
import GoSyntax

extension Checker {
    func callExpr(_ call: CallExpr) -> Operand {
        var x = exprOrTypeOrBuiltin(call.fun)
        switch x.mode {
        case .invalid:
            for a in call.argList { _ = rawExpr(a, hint: nil) }
            return .invalid(call)
        case .typexpr:
            // conversion
            let T = x.type
            var r = Operand.invalid(call)
            switch call.argList.count {
            case 0:
                error(call, "missing argument in conversion to \(typeStr(T))")
            case 1:
                r = expr(call.argList[0], hint: T)
                if r.mode != .invalid {
                    if call.hasDots {
                        error(call.argList[0], "invalid use of ... in conversion to \(typeStr(T))")
                        r.mode = .invalid
                    } else {
                        conversion(&r, T)
                    }
                }
            default:
                for a in call.argList { _ = expr(a) }
                error(call.argList[call.argList.count - 1], "too many arguments in conversion to \(typeStr(T))")
            }
            r.expr = call
            return r
        case .builtin:
            var r = builtin(call, x.builtinId)
            r.expr = call
            ctx.hasCallOrRecv = ctx.hasCallOrRecv || (r.mode != .constant)
            return r
        default: break
        }
        // function call
        if !isValid(x.type) {
            for a in call.argList { _ = rawExpr(a, hint: nil) }
            return .invalid(call)
        }
        guard let sig0 = x.type.underlying as? GoSignature else {
            x.expr = call.fun
            error(call.fun, invalidOp + "cannot call \(describe(x)): \(typeStr(x.type)) is not a function")
            for a in call.argList { _ = rawExpr(a, hint: nil) }
            return .invalid(call)
        }
        let args = genericExprList(call.argList)
        var sig = sig0
        if !sig.typeParams.isEmpty {
            var fun: Expr = call.fun
            while let p = fun as? ParenExpr { fun = p.x }
            let explicit = partialInstances[ObjectIdentifier(fun)] ?? []
            var nameExpr: Expr = fun
            if let ix = fun as? IndexExpr { nameExpr = ix.x }
            var fname = exprText(nameExpr)
            if let s = nameExpr as? SelectorExpr { fname = s.sel.value }
            if args.contains(where: { $0.mode == .invalid }) { return .invalid(call) }
            let npars = sig.params.count
            if call.hasDots ? args.count != npars : (sig.variadic ? args.count < npars - 1 : args.count != npars) {
                arguments(call, sig, args)   // the count error, with the generic signature
                return .invalid(call)
            }
            guard let targs = infer(call, sig, explicit: explicit, args, funcName: fname) else { return .invalid(call) }
            if !verify(sig.typeParams, targs, positions: [call.pos]) { return .invalid(call) }
            sig = instantiateSignature(sig, targs)
            recordInstance(nameExpr, Instance(typeArgs: targs, type: sig))
            updateExprTypeAfterInference(call.fun, sig)
        }
        arguments(call, sig, args)
        ctx.hasCallOrRecv = true
        var r = Operand(mode: .value, expr: call)
        switch sig.results.count {
        case 0:
            r.mode = .novalue
            r.type = emptyTuple
        case 1:
            r.type = sig.results.vars[0].type ?? Typ.invalid
        default:
            r.type = sig.results
        }
        return r
    }

    func exprOrTypeOrBuiltin(_ e: Expr) -> Operand {
        var x = rawExpr(e, hint: nil)
        exclude(&x, [.novalue])
        singleValue(&x)
        return x
    }

    /// Evaluates call arguments; a single multi-value call expands to its results.
    func genericExprList(_ list: [Expr]) -> [Operand] {
        if list.count == 1 {
            let e = list[0]
            var x = rawExpr(e, hint: nil)
            exclude(&x, [.novalue, .builtin, .typexpr])
            if x.mode == .value, let t = x.type as? GoTuple {
                return t.vars.map { Operand(mode: .value, expr: e, type: $0.type ?? Typ.invalid) }
            }
            return [x]
        }
        // generic function arguments are instantiated from their parameter types (assignment)
        return list.map { e in
            var x = rawExpr(e, hint: nil)
            exclude(&x, [.novalue, .builtin, .typexpr])
            singleValue(&x)
            return x
        }
    }

    func typesSummary(_ list: [GoType], variadic: Bool, hasDots: Bool) -> String {
        var res: [String] = []
        for (i, t) in list.enumerated() {
            var s: String
            if !isValid(t) { s = "unknown type" }
            else if isUntyped(t), let b = t as? GoBasic {
                s = isNumeric(t) ? "number" : b.name.replacing("untyped ", with: "")
            } else {
                s = typeStr(t)
            }
            if variadic && i == list.count - 1, s.hasPrefix("[]") { s = "..." + s.dropFirst(2) }
            if hasDots && i == list.count - 1 { s += "..." }
            res.append(s)
        }
        return "(" + res.joined(separator: ", ") + ")"
    }

    func arguments(_ call: CallExpr, _ sig: GoSignature, _ args: [Operand]) {
        for a in args where a.mode == .invalid { _ = a; return }
        let nargs = args.count
        var npars = sig.params.count
        let ddd = call.hasDots
        var params = sig.params.vars.map { $0.type ?? Typ.invalid }
        if sig.variadic {
            if ddd {
                if call.argList.count == 1 && nargs > 1 {
                    error(call, "cannot use ... with \(nargs)-valued \(exprText(call.argList[0]))")
                    return
                }
            } else {
                if nargs >= npars - 1 {
                    let last = (params.last as? GoSlice)?.elem ?? Typ.invalid
                    params = Array(params.dropLast())
                    while params.count < nargs { params.append(last) }
                    npars = nargs
                } else {
                    npars -= 1
                }
            }
        } else if ddd {
            error(call, "cannot use ... in call to non-variadic \(exprText(call.fun))")
            return
        }
        if nargs != npars {
            var at: Node = call
            var qual = "not enough"
            if nargs > npars {
                at = args[npars].expr ?? call
                qual = "too many"
            } else if nargs > 0 {
                at = args[nargs - 1].expr ?? call
            }
            let have = typesSummary(args.map { $0.type }, variadic: false, hasDots: ddd)
            let want = typesSummary(sig.params.vars.map { $0.type ?? Typ.invalid }, variadic: sig.variadic, hasDots: false)
            error(at, "\(qual) arguments in call to \(exprText(call.fun))\n\thave \(have)\n\twant \(want)")
            return
        }
        let context = "argument to \(exprText(call.fun))"
        let savedCallPos = argCallPos
        argCallPos = call.pos
        defer { argCallPos = savedCallPos }
        for i in 0..<nargs {
            var a = args[i]
            assignment(&a, params[i], context: context)
        }
    }

    // MARK: conversions

    func conversion(_ x: inout Operand, _ T: GoType) {
        let constArg = x.mode == .constant
        var ok = false
        var cause = ""
        if constArg, let tp = T as? GoTypeParam {
            // convertible to each specific type of the set; the result is not constant
            x.mode = .value
            if let terms = tp.typeSetTerms, !terms.isEmpty {
                ok = true
                for t in terms {
                    let u = t.type.underlying
                    if isString(x.type) && isBytesOrRunes(u) { continue }
                    guard let ub = u as? GoBasic, representableConst(x.val, ub).ok else {
                        if isInteger(x.type) && isInteger(u) {
                            cause = "constant \(x.val) overflows \(typeStr(u)) (in \(typeStr(T)))"
                        } else {
                            cause = "cannot convert \(describe(x)) to type \(typeStr(u)) (in \(typeStr(T)))"
                        }
                        ok = false
                        break
                    }
                }
            } else {
                cause = "\(typeStr(T)) does not contain specific types"
            }
        } else if constArg && isConstType(T) {
            if let t = T.underlying as? GoBasic {
                if isInteger(t) {
                    // types2 stores the integer value before the range check
                    let iv = x.val.toInt()
                    if case .int = iv { x.val = iv }
                }
                let (rep, v) = representableConst(x.val, t)
                if rep {
                    ok = true
                    x.val = v
                } else if isInteger(x.type) && isString(t) {
                    var cp: UInt32 = 0xFFFD
                    if let i = x.val.uint64Value, i <= 0x10FFFF, let u = Unicode.Scalar(UInt32(i)) { cp = u.value }
                    x.val = .string(Array(String(Unicode.Scalar(cp) ?? "\u{FFFD}").utf8))
                    ok = true
                }
            }
            if !ok && isInteger(x.type) && isInteger(T) {
                errorOp(x, "constant \(x.val) overflows \(typeStr(T))")
                x.mode = .invalid
                return
            }
        } else if convertibleTo(x, T, cause: &cause) {
            ok = true
            x.mode = .value
        }
        if !ok {
            if !cause.isEmpty {
                errorOp(x, "cannot convert \(describe(x)) to type \(typeStr(T)): \(cause)")
            } else {
                errorOp(x, "cannot convert \(describe(x)) to type \(typeStr(T))")
            }
            x.mode = .invalid
            return
        }
        if isUntyped(x.type) {
            var final = T
            if (x.type as? GoBasic)?.kind == .untypedNil {
            } else if isInterface(T) || (constArg && !isConstType(T)) {
                final = defaultType(x.type)
            } else if x.mode == .constant && isInteger(x.type) && isString(T) {
                final = x.type
            }
            updateExprType(x.expr, final, final: true)
        }
        x.type = T
    }

    func convertibleTo(_ x: Operand, _ T: GoType, cause: inout String) -> Bool {
        var c = ""
        if assignableTo(x, T, cause: &c) { return true }
        let V = x.type
        if V is GoTypeParam || T is GoTypeParam {
            // every type of one set must convert to every type of the other
            func types(_ t: GoType) -> [GoType]? {
                guard let p = t as? GoTypeParam else { return [t] }
                guard let terms = p.typeSetTerms, !terms.isEmpty else { return nil }
                return terms.map { $0.type }
            }
            guard let vs = types(V), let ts = types(T) else { return false }
            for v in vs {
                for t in ts {
                    var y = x
                    y.type = v
                    var c2 = ""
                    if !convertibleTo(y, t, cause: &c2) {
                        cause = "cannot convert \(typeStr(v)) (in \(typeStr(V))) to type \(typeStr(t))" + (T is GoTypeParam ? " (in \(typeStr(T)))" : "")
                        if !(V is GoTypeParam) { cause = "cannot convert \(typeStr(V)) to type \(typeStr(t)) (in \(typeStr(T)))" }
                        return false
                    }
                }
            }
            return true
        }
        let Vu = V.underlying, Tu = T.underlying
        if identicalIgnoreTags(Vu, Tu) { return true }
        if let vp = V as? GoPointer, let tp = T as? GoPointer, identicalIgnoreTags(vp.elem.underlying, tp.elem.underlying) { return true }
        if isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu) { return true }
        if isComplex(Vu) && isComplex(Tu) { return true }
        if (isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu) { return true }
        if isString(Vu) && isBytesOrRunes(Tu) { return true }
        if (isPointer(Vu) || isUintptr(Vu)) && isUnsafePointer(Tu) { return true }
        if isUnsafePointer(Vu) && (isPointer(Tu) || isUintptr(Tu)) { return true }
        if let s = Vu as? GoSlice {
            if let a = Tu as? GoArray, identical(s.elem, a.elem) { return true }
            if let p = Tu as? GoPointer, let a = p.elem.underlying as? GoArray, identical(s.elem, a.elem) { return true }
        }
        return false
    }

    func isUintptr(_ t: GoType) -> Bool { (t.underlying as? GoBasic)?.kind == .uintptr }
    func isBytesOrRunes(_ t: GoType) -> Bool {
        guard let s = t.underlying as? GoSlice, let b = s.elem.underlying as? GoBasic else { return false }
        return b.kind == .uint8 || b.kind == .int32
    }
    func identicalIgnoreTags(_ a: GoType, _ b: GoType) -> Bool {
        if let sa = a as? GoStruct, let sb = b as? GoStruct {
            guard sa.fields.count == sb.fields.count else { return false }
            for (i, f) in sa.fields.enumerated() {
                let g = sb.fields[i]
                if f.name != g.name || f.embedded != g.embedded || !identical(f.type, g.type) { return false }
            }
            return true
        }
        return identical(a, b)
    }

    // MARK: selectors

    func selector(_ e: SelectorExpr, wantType: Bool) -> Operand {
        let sel = e.sel.value
        // qualified identifier
        if let ident = e.x as? Name, let (_, obj) = lookupName(ident.value, pos: ident.pos), let pname = obj as? PkgName {
            recordUse(ident, pname)
            pname.used = true
            let p = pname.imported
            guard let exp = p.scope.lookup(sel) else {
                if sel != "_" {
                    if let alt = p.scope.names.first(where: { $0.lowercased() == sel.lowercased() && isExported($0) }) {
                        error(e.sel, "undefined: \(exprText(e)) (but have \(alt))")
                    } else {
                        error(e.sel, "undefined: \(exprText(e))")
                    }
                }
                return .invalid(e)
            }
            if !exp.exported {
                error(e.sel, "name \(sel) not exported by package \(p.name)")
            }
            recordUse(e.sel, exp)
            var x = Operand(mode: .invalid, expr: e)
            switch exp {
            case let c as Const:
                x.mode = .constant; x.type = c.type ?? Typ.invalid; x.val = c.value
            case let t as TypeName:
                x.mode = .typexpr; x.type = t.type ?? Typ.invalid
            case let v as Var:
                x.mode = .variable; x.type = v.type ?? Typ.invalid
            case let f as Func:
                x.mode = .value; x.type = f.type ?? Typ.invalid
            case let b as Builtin:
                x.mode = .builtin; x.builtinId = b.id; x.type = Typ.invalid
            default:
                return .invalid(e)
            }
            return x
        }
        var x = exprOrType(e.x)
        if x.mode == .invalid { return .invalid(e) }
        if x.mode == .builtin {
            error(e, "invalid use of \(describe(x)) in selector expression")
            return .invalid(e)
        }
        if wantType && x.mode != .typexpr {
            // e.g. v.T used as a type
        }
        if x.mode == .typexpr, wantType {
            error(e.sel, "\(exprText(e)) is not a type")
            return .invalid(e)
        }
        if let p = x.type.underlying as? GoPointer, !isComplete(p.elem) { return .invalid(e) }
        let r = lookupFieldOrMethod(x.type, addressable: x.mode == .variable, pkg: pkg, name: sel)
        guard let obj = r.obj else {
            if !isValid(x.type.underlying) { return .invalid(e) }
            if r.index != nil {
                error(e.sel, "ambiguous selector \(exprText(x.expr)).\(sel)")
                return .invalid(e)
            }
            if r.indirect {
                if x.mode == .typexpr {
                    error(e.sel, "invalid method expression \(typeStr(x.type)).\(sel) (needs pointer receiver (*\(typeStr(x.type))).\(sel))")
                } else {
                    error(e.sel, "cannot call pointer method \(sel) on \(typeStr(x.type))")
                }
                return .invalid(e)
            }
            var why: String
            if let p = x.type.underlying as? GoPointer, p.elem.underlying is GoInterface, !(p.elem is GoPointer) {
                why = "type \(typeStr(x.type)) is pointer to interface, not interface"
            } else {
                let alt = lookupFieldOrMethod(x.type, addressable: x.mode == .variable, pkg: pkg, name: sel, foldCase: true).obj
                why = lookupError(x.type, sel, alt, structLit: false)
            }
            error(e.sel, "\(exprText(x.expr)).\(sel) undefined (\(why))")
            return .invalid(e)
        }
        recordUse(e.sel, obj)
        switch obj {
        case let f as Var:
            if x.mode == .typexpr {
                error(e.x, "operand for field selector \(sel) must be value of type \(typeStr(x.type))")
                return .invalid(e)
            }
            recordSelection(e, Selection(kind: .fieldVal, recv: x.type, obj: f, index: r.index ?? [], indirect: r.indirect, type: f.type ?? Typ.invalid))
            if x.mode == .variable || r.indirect { x.mode = .variable } else { x.mode = .value }
            x.type = f.type ?? Typ.invalid
        case let m as Func:
            if m.type == nil { objDecl(m) }
            guard let sig = m.signature else { return .invalid(e) }
            addDeclDep(m)   // initialization order follows method references too
            if x.mode == .typexpr {
                // method expression: func(recv, params...) results
                var params = [Var(name: "_", type: x.type, pkg: pkg, pos: .none)]
                params.append(contentsOf: sig.params.vars)
                let t = GoSignature(recv: nil, params: GoTuple(params), results: sig.results, variadic: sig.variadic)
                t.typeParams = sig.typeParams
                recordSelection(e, Selection(kind: .methodExpr, recv: x.type, obj: m, index: r.index ?? [], indirect: r.indirect, type: t))
                x.mode = .value
                x.type = t
            } else {
                let t = GoSignature(recv: nil, params: sig.params, results: sig.results, variadic: sig.variadic)
                t.typeParams = sig.typeParams
                recordSelection(e, Selection(kind: .methodVal, recv: x.type, obj: m, index: r.index ?? [], indirect: r.indirect, type: t))
                x.mode = .value
                x.type = t
                // calling a pointer method on an addressable value marks the root variable
            }
        default:
            return .invalid(e)
        }
        x.expr = e
        return x
    }

    func lookupError(_ typ: GoType, _ sel: String, _ obj: Object?, structLit: Bool) -> String {
        enum E { case missing, misspelled, unexported, inaccessible }
        var e = E.missing
        var alt = ""
        func tail(_ s: String) -> Substring { s.dropFirst() }
        if let obj {
            alt = obj.name
            if obj.pkg === pkg {
                e = .misspelled
            } else if isExported(sel) {
                if isExported(alt) { e = .misspelled } else if tail(sel) == tail(alt) { e = .unexported }
            } else if isExported(alt) {
                if tail(sel) == tail(alt) { e = .misspelled }
            } else if sel == alt {
                e = .inaccessible
            }
        }
        let t = typeStr(typ)
        if structLit {
            switch e {
            case .missing: return "unknown field \(sel) in struct literal of type \(t)"
            case .misspelled: return "unknown field \(sel) in struct literal of type \(t), but does have \(alt)"
            case .unexported: return "unknown field \(sel) in struct literal of type \(t), but does have unexported \(alt)"
            case .inaccessible: return "cannot refer to unexported field \(alt) in struct literal of type \(t)"
            }
        }
        var what = "object"
        if obj is Var { what = "field" } else if obj is Func { what = "method" }
        switch e {
        case .missing: return "type \(t) has no field or method \(sel)"
        case .misspelled: return "type \(t) has no field or method \(sel), but does have \(what) \(alt)"
        case .unexported: return "type \(t) has no field or method \(sel), but does have unexported \(what) \(alt)"
        case .inaccessible: return "cannot refer to unexported \(what) \(alt)"
        }
    }

    // MARK: function literals

    func funcLit(_ e: FuncLit) -> Operand {
        let savedScope = ctx.scope
        let (sig, _) = funcType(recv: nil, e.type, isMethodDecl: false)
        ctx.scope = savedScope
        // As in types2, the body is checked at the end of the enclosing
        // statement (before any of its declarations take effect), in the
        // context of the literal.
        let outer = ctx
        later { [self] in
            let saved = ctx
            ctx = outer
            ctx.sig = sig
            ctx.funcLit = e
            ctx.iota = nil
            ctx.hasLabel = false
            let fscope = info.scopes[ObjectIdentifier(e.type)]
            captureStack.append((fscope ?? Scope(parent: nil, comment: ""), [:], []))
            funcBody(name: "func literal", sig: sig, body: e.body, funcNode: e.type, decl: outer.decl)
            let (_, _, caps) = captureStack.removeLast()
            info.captures[ObjectIdentifier(e)] = caps
            ctx = saved
        }
        return Operand(mode: .value, expr: e, type: sig)
    }
}
