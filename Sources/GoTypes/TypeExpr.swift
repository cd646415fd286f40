// TypeExpr.swift — evaluating type expressions (types2 typexpr.go,
// struct.go, interface.go): names, qualified names, pointer, array, slice,
// map, chan, func, struct and interface types, array lengths.
import GoSyntax

extension Checker {
    func typExpr(_ e: Expr) -> GoType { definedType(e, def: nil) }

    /// A type used for a variable (not a constraint interface).
    func varType(_ e: Expr) -> GoType {
        let t = definedType(e, def: nil)
        if let i = t.underlying as? GoInterface, !(t.underlying === Universe.anyType) {
            later { [self] in
                _ = i.allMethods
                if !i.isBasicInterface {
                    if i.isComparableConstraint && i.methods.isEmpty && i.embeddeds.count <= 1 && t is GoNamed {
                        error(e, "cannot use type \(typeStr(t)) outside a type constraint: interface is (or embeds) comparable")
                    } else {
                        error(e, "cannot use type \(typeStr(t)) outside a type constraint: interface contains type constraints")
                    }
                }
            }
        }
        return t
    }

    func definedType(_ e: Expr, def: GoNamed?) -> GoType {
        exprDepth += 1
        defer { exprDepth -= 1 }
        if exprDepth > 2000 {
            error(e, "type expression too deeply nested")
            return Typ.invalid
        }
        var t = typInternal(e, def: def)
        if let n = t as? GoNamed, n.isGeneric, !(e is IndexExpr), !allowGeneric {
            error(e, "cannot use generic type \(genericTypeStr(n)) without instantiation")
            t = Typ.invalid
        }
        recordType(e, t)
        return t
    }

    /// The operand X of a type instantiation X[...] (a generic type is allowed).
    func genericTypeOperand(_ e: Expr) -> Operand {
        let saved = allowGeneric
        allowGeneric = true
        defer { allowGeneric = saved }
        return exprOrType(e)
    }

    private func typInternal(_ e0: Expr, def: GoNamed?) -> GoType {
        switch e0 {
        case is BadExpr:
            return Typ.invalid
        case let e as Name:
            var x = ident(e, wantType: true)
            switch x.mode {
            case .typexpr:
                return x.type
            case .invalid:
                return Typ.invalid
            case .novalue:
                error(e, "\(describe(x)) used as type")
            default:
                x.expr = e
                error(e, "\(describe(x)) is not a type")
            }
            return Typ.invalid
        case let e as SelectorExpr:
            var x = selector(e, wantType: true)
            switch x.mode {
            case .typexpr: return x.type
            case .invalid: return Typ.invalid
            case .novalue: error(e, "\(describe(x)) used as type")
            default:
                x.expr = e
                error(e, "\(describe(x)) is not a type")
            }
            return Typ.invalid
        case let e as IndexExpr:
            if badReceivers.contains(ObjectIdentifier(e)) { return Typ.invalid }
            let x = genericTypeOperand(e.x)
            if x.mode == .invalid || !isValid(x.type) { use(unpackList(e.index)); return Typ.invalid }
            guard x.mode == .typexpr else {
                error(e.x, "\(exprText(e.x)) is not a type")
                use(unpackList(e.index))
                return Typ.invalid
            }
            guard let orig = x.type as? GoNamed, orig.isGeneric else {
                error(e.x, invalidOp + "\(exprText(e)) (\(typeStr(x.type)) is not a generic type)")
                use(unpackList(e.index))
                return Typ.invalid
            }
            return instantiateType(e, orig)
        case let e as ParenExpr:
            return definedType(e.x, def: def)
        case let e as ArrayType:
            guard let lenExpr = e.len else {
                error(e, "invalid use of [...] array (outside a composite literal)")
                _ = varType(e.elem)
                return Typ.invalid
            }
            let n = arrayLength(lenExpr)
            let elem = varType(e.elem)
            if n < 0 { return GoArray(len: -1, elem: elem) }
            return GoArray(len: n, elem: elem)
        case let e as SliceType:
            return GoSlice(varType(e.elem))
        case let e as DotsType:
            error(e, "invalid use of ...")
            return Typ.invalid
        case let e as StructType:
            return structType(e)
        case let e as Operation where e.op == .mul && e.y == nil:
            // *T
            return GoPointer(varType(e.x))
        case let e as FuncType:
            let saved = ctx.scope
            let (sig, _) = funcType(recv: nil, e, isMethodDecl: false)
            ctx.scope = saved
            return sig
        case let e as InterfaceType:
            return interfaceType(e, def: def)
        case let e as MapType:
            let key = varType(e.key)
            let elem = varType(e.value)
            let m = GoMap(key: key, elem: elem)
            later { [self] in
                if let p = key as? GoTypeParam, !p.isComparableSet {
                    error(e.key, "invalid map key type \(typeStr(key)) (missing comparable constraint)")
                } else if isValid(key) && !(key is GoTypeParam) && !comparableType(key) && !isInterface(key) {
                    error(e.key, "invalid map key type \(typeStr(key))")
                }
            }
            return m
        case let e as ChanType:
            return GoChan(dir: e.dir, elem: varType(e.elem))
        default:
            error(e0, "\(exprText(e0)) is not a type")
            return Typ.invalid
        }
    }

    func arrayLength(_ e: Expr) -> Int64 {
        if let name = e as? Name {
            guard let (_, obj) = lookupName(name.value, pos: name.pos) else {
                error(name, "undefined array length \(name.value) or missing type constraint")
                return -1
            }
            if !(obj is Const) {
                error(name, "invalid array length \(name.value)")
                return -1
            }
        }
        var x = expr(e)
        if x.mode != .constant {
            if x.mode != .invalid { error(e, "array length \(describe(x)) must be constant") }
            return -1
        }
        if isUntyped(x.type) || isInteger(x.type) {
            let v = x.val.toInt()
            if case .int = v, representableConst(v, Typ.int).ok, let n = v.int64Value, n >= 0 {
                return n
            }
        }
        x.expr = e
        if isInteger(x.type) {
            error(e, "invalid array length \(describe(x))")
        } else {
            error(e, "array length \(describe(x)) must be integer")
        }
        return -1
    }

    func structType(_ e: StructType) -> GoStruct {
        var fields: [Var] = []
        var tags: [String] = []
        var seen: [String: Var] = [:]
        var prevType: Expr? = nil
        var prevT: GoType = Typ.invalid
        for (i, f) in e.fieldList.enumerated() {
            var tag = ""
            if i < e.tagList.count, let t = e.tagList[i] {
                tag = unquote(t.value).map { String(decoding: $0, as: UTF8.self) } ?? ""
            }
            var t: GoType
            if let p = prevType, p === f.type { t = prevT } else { t = varType(f.type); prevType = f.type; prevT = t }
            var v: Var
            if let name = f.name {
                v = Var(name: name.value, type: t, pkg: pkg, pos: name.pos, isField: true)
                recordDef(name, v)
            } else {
                // embedded field: the name is the type name
                var te: Expr = f.type
                if let op = te as? Operation, op.op == .mul, op.y == nil { te = op.x }
                var nameNode: Name? = nil
                if let n = te as? Name { nameNode = n }
                else if let s = te as? SelectorExpr { nameNode = s.sel }
                else if let ix = te as? IndexExpr { nameNode = (ix.x as? Name) ?? (ix.x as? SelectorExpr)?.sel }
                let name = nameNode?.value ?? "_"
                v = Var(name: name, type: t, pkg: pkg, pos: nameNode?.pos ?? f.pos, isField: true, embedded: true)
                recordImplicit(f, v)
                if let nameNode { recordDef(nameNode, v) }
                let embeddedPos = f.type
                later { [self] in
                    // types2 struct.go: look through one pointer
                    var base = t
                    var isPtr = false
                    if let p = t as? GoPointer { base = p.elem; isPtr = true }
                    if base is GoTypeParam {
                        error(embeddedPos, "embedded field type cannot be a (pointer to a) type parameter")
                    } else {
                    switch base.underlying {
                    case let b as GoBasic:
                        if isValid(base) && b.kind == .unsafePointer {
                            error(embeddedPos, "embedded field type cannot be unsafe.Pointer")
                        }
                    case is GoPointer:
                        error(embeddedPos, "embedded field type cannot be a pointer")
                    case is GoInterface:
                        if isPtr { error(embeddedPos, "embedded field type cannot be a pointer to an interface") }
                    default: break
                    }
                    }
                }
            }
            if v.name != "_" {
                if let alt = seen[v.name] {
                    errorAt(v.pos, "\(v.name) redeclared\n\t\(fileSet.format(alt.pos)): other declaration of \(v.name)")
                } else {
                    seen[v.name] = v
                }
            }
            fields.append(v)
            tags.append(tag)
        }
        while tags.last == "" { tags.removeLast() }
        return GoStruct(fields: fields, tags: tags)
    }

    func interfaceType(_ e: InterfaceType, def: GoNamed?) -> GoInterface {
        let iface = GoInterface(methods: [], embeddeds: [])
        var seen: [String: Func] = [:]
        for f in e.methodList {
            if let name = f.name {
                if name.value == "_" {
                    error(name, "methods must have a unique non-blank name")
                    continue
                }
                guard let ft = f.type as? FuncType else {
                    error(f.type, "\(exprText(f.type)) is not a method signature")
                    continue
                }
                let m = Func(name: name.value, type: nil, pkg: pkg, pos: name.pos)
                m.isInterfaceMethod = true
                let saved = ctx.scope
                let (sig, _) = funcType(recv: nil, ft, isMethodDecl: false)
                ctx.scope = saved
                let recvT: GoType = def ?? iface
                sig.recv = Var(name: "", type: recvT, pkg: pkg, pos: name.pos)
                m.type = sig
                recordDef(name, m)
                if let alt = seen[m.name] {
                    errorAt(m.pos, "duplicate method \(m.name)\n\t\(fileSet.format(alt.pos)): other declaration of method \(m.name)")
                    continue
                }
                seen[m.name] = m
                iface.methods.append(m)
            } else {
                // embedded element
                if let op = f.type as? Operation, op.op == .or || op.op == .tilde {
                    // A type-term element: the interface is a constraint.
                    iface.hasTypeTerms = true
                    iface.unions.append(unionTerms(op))
                    continue
                }
                let t = typExpr(f.type)
                guard isValid(t) else { continue }
                if t is GoTypeParam {
                    error(f.type, "term cannot be a type parameter")
                    continue
                }
                // a non-interface element is a one-term union (typeSetTerms)
                if t.underlying is GoInterface || ((t as? GoNamed).map { $0.resolved == nil } ?? false) {
                    iface.embeddeds.append(t)
                } else {
                    iface.hasTypeTerms = true
                    iface.embeddeds.append(t)
                }
            }
        }
        return iface
    }
}
