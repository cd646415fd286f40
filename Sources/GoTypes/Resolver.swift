// Resolver.swift — collecting package-level objects (types2 resolver.go):
// file scopes and imports, the package scope with every const, var, type and
// func, methods gathered for association with their receiver base types,
// and the report of unused imports.
import GoSyntax



extension Checker {
    func declare(_ scope: Scope, _ id: Name?, _ obj: Object, scopePos: Pos = .none) {
        if obj.name != "_" && !obj.name.isEmpty {
            if let alt = scope.insert(obj) {
                var msg = "\(obj.name) redeclared in this block"
                if alt.pos.isKnown { msg += "\n\t\(fileSet.format(alt.pos)): other declaration of \(obj.name)" }
                errorAt(obj.pos, msg)
                return
            }
            obj.scopePos = scopePos
        }
        if let id { recordDef(id, obj) }
    }

    func declarePkgObj(_ id: Name, _ obj: Object, _ d: DeclInfo) {
        if id.value == "init" {
            error(id, "cannot declare init - must be func")
            return
        }
        if id.value == "main" && pkg.name == "main" {
            error(id, "cannot declare main - must be func")
            return
        }
        declare(pkg.scope, id, obj)
        objMap[ObjectIdentifier(obj)] = d
        obj.order = objMap.count
        objList.append(obj)
    }

    func arity(_ pos: Pos, _ names: [Name], _ inits: [Expr], constDecl: Bool, inherited: Bool) {
        let l = names.count, r = inits.count
        if l < r {
            let n = inits[l]
            if inherited { errorAt(pos, "extra init expr at \(fileSet.format(n.pos))") }
            else { error(n, "extra init expr \(exprText(n))") }
        } else if l > r && (constDecl || r != 1) {
            let n = names[r]
            error(n, "missing init expr for \(n.value)")
        }
    }

    func collectObjects(_ files: [File]) {
        for file in files {
            let fileScope = Scope(parent: pkg.scope, start: file.pos, end: file.eof, comment: "file \(file.filename)")
            fileScopes.append(fileScope)
            recordScope(file, fileScope)
            if file.pkgName.value != pkg.name && file.pkgName.value != "_" {
                error(file.pkgName, "package \(file.pkgName.value); expected package \(pkg.name)")
                continue
            }
            var lastConst: (Group?, ConstDecl?) = (nil, nil)
            for decl in file.declList {
                switch decl {
                case let d as ImportDecl:
                    collectImport(d, fileScope)
                case let s as ConstDecl:
                    // inherit the type and values of the previous spec in the group
                    var typ = s.type
                    var values = unpackList(s.values)
                    var inherited = false
                    if s.values == nil, let g = s.group, lastConst.0 === g, let prev = lastConst.1 {
                        typ = prev.type; values = unpackList(prev.values); inherited = true
                    } else if s.values != nil || s.type != nil {
                        lastConst = (s.group, s)
                    }
                    if s.group == nil || lastConst.0 !== s.group { lastConst = (s.group, s) }
                    for (i, name) in s.nameList.enumerated() {
                        let obj = Const(name: name.value, type: nil, pkg: pkg, pos: name.pos, value: .unknown)
                        let d = DeclInfo(fileScope: fileScope)
                        d.vtype = typ
                        d.initExpr = i < values.count ? values[i] : nil
                        d.inherited = inherited
                        d.iota = s.iota
                        d.cdecl = s
                        declarePkgObj(name, obj, d)
                    }
                    arity(s.pos, s.nameList, values, constDecl: true, inherited: inherited)
                case let s as VarDecl:
                    let values = unpackList(s.values)
                    var lhs: [Var] = []
                    for name in s.nameList {
                        let v = Var(name: name.value, type: nil, pkg: pkg, pos: name.pos)
                        v.isPackageLevel = true
                        lhs.append(v)
                    }
                    var d1: DeclInfo? = nil
                    if s.nameList.count != 1 && values.count == 1 {
                        let d = DeclInfo(fileScope: fileScope)
                        d.lhs = lhs; d.vtype = s.type; d.initExpr = values[0]
                        d1 = d
                    }
                    for (i, name) in s.nameList.enumerated() {
                        let obj = lhs[i]
                        var d = d1
                        if d == nil {
                            let dd = DeclInfo(fileScope: fileScope)
                            dd.vtype = s.type
                            dd.initExpr = i < values.count ? values[i] : nil
                            d = dd
                        }
                        if let d { declarePkgObj(name, obj, d) }
                    }
                    if s.type == nil || !values.isEmpty {
                        arity(s.pos, s.nameList, values, constDecl: false, inherited: false)
                    }
                case let s as TypeDecl:
                    let obj = TypeName(name: s.name.value, type: nil, pkg: pkg, pos: s.name.pos)
                    let d = DeclInfo(fileScope: fileScope)
                    d.tdecl = s
                    declarePkgObj(s.name, obj, d)
                case let s as FuncDecl:
                    collectFunc(s, fileScope)
                default:
                    break
                }
            }
        }
        // Verify that objects in package and file scopes have different names.
        for fs in fileScopes {
            for name in fs.names {
                guard let alt = fs.lookup(name), let obj = pkg.scope.lookup(name) else { continue }
                if let pn = alt as? PkgName {
                    errorAt(obj.pos, "\(name) already declared through import of \(pn.imported.name)\n\t\(fileSet.format(alt.pos)): other declaration of \(name)")
                } else {
                    errorAt(alt.pos, "\(name) already declared through dot-import of \(obj.name)")
                }
            }
        }
        // Associate methods with their receiver base types.
        for (fd, d) in methodDecls {
            _ = d
            guard let recv = fd.recv else { continue }
            var rt: Expr = recv.type
            while let p = rt as? ParenExpr { rt = p.x }
            if let op = rt as? Operation, op.op == .mul, op.y == nil { rt = op.x }
            while let p = rt as? ParenExpr { rt = p.x }
            if let ie = rt as? IndexExpr { rt = ie.x }
            guard let base = rt as? Name, fd.name.value != "_" else { continue }
            // follow aliases declared in this package (type A = T) to the base type name
            var tn = pkg.scope.lookup(base.value) as? TypeName
            var hops = 0
            while let t = tn, let td = objMap[ObjectIdentifier(t)]?.tdecl, td.alias, hops < 100 {
                hops += 1
                guard let n = td.type as? Name else { tn = nil; break }
                tn = pkg.scope.lookup(n.value) as? TypeName
            }
            if let tn, objMap[ObjectIdentifier(tn)] != nil {
                pendingMethods[ObjectIdentifier(tn), default: []].append(fd)
            }
        }
    }

    func collectImport(_ d: ImportDecl, _ fileScope: Scope) {
        guard let lit = d.path else { return }
        guard let path = unquote(lit.value).flatMap({ String(validating: $0, as: UTF8.self) }), !path.isEmpty else {
            error(lit, "invalid import path (\(lit.value))")
            return
        }
        var imp: Package
        if path == "unsafe" {
            imp = Universe.unsafePackage
        } else if path == "C" {
            error(lit, "cgo not supported yet")
            return
        } else if let importer {
            do {
                imp = try importer.importPackage(path)
            } catch let e as ImportError {
                importErrors.append(Diagnostic(lit.pos, e.message))
                return
            } catch {
                importErrors.append(Diagnostic(lit.pos, "could not import \(path) (\(error))"))
                return
            }
        } else {
            importErrors.append(Diagnostic(lit.pos, "package \(path) is not in std (\(goroot)/src/\(path))"))
            return
        }
        if !pkg.imports.contains(where: { $0 === imp }) { pkg.imports.append(imp) }
        var name = imp.name
        if let l = d.localPkgName {
            name = l.value
            if name == "init" { error(l, "cannot import package as init - init must be a func"); return }
        }
        let pkgName = PkgName(name: name, pkg: pkg, pos: d.pos, imported: imp)
        if let l = d.localPkgName { recordDef(l, pkgName) } else { recordImplicit(d, pkgName) }
        if name == "." {
            for n in imp.scope.names {
                guard let o = imp.scope.lookup(n), o.exported else { continue }
                if let alt = fileScope.insert(o) {
                    errorAt(o.pos, "\(o.name) redeclared in this block\n\t\(fileSet.format(alt.pos)): other declaration of \(o.name)")
                }
            }
            dotImports.append((fileScope, imp, d))
            imports.append(pkgName)
        } else {
            declare(fileScope, nil, pkgName)
            imports.append(pkgName)
        }
    }

    func collectFunc(_ s: FuncDecl, _ fileScope: Scope) {
        let name = s.name.value
        let obj = Func(name: name, type: nil, pkg: pkg, pos: s.name.pos)
        obj.decl = s
        if s.recv == nil {
            if name == "init" || (name == "main" && pkg.name == "main") {
                if let tp = s.tParamList, let t0 = tp.first {
                    softError(t0, "func \(name) must have no type parameters")
                }
                if !s.type.paramList.isEmpty || !s.type.resultList.isEmpty {
                    softError(s.name, "func \(name) must have no arguments and no return values")
                }
            }
            if name == "init" {
                obj.parent = pkg.scope
                recordDef(s.name, obj)
                if s.body == nil { errorAt(obj.pos, "missing function body", soft: true) }
            } else {
                declare(pkg.scope, s.name, obj)
            }
        } else {
            recordDef(s.name, obj)
        }
        let d = DeclInfo(fileScope: fileScope)
        d.fdecl = s
        objMap[ObjectIdentifier(obj)] = d
        obj.order = objMap.count
        objList.append(obj)
        if s.recv != nil { methodDecls.append((s, d)) }
    }

    func unusedImports() {
        for obj in imports where obj.name != "_" && !obj.used {
            let path = obj.imported.path
            var elem = path
            if let i = elem.lastIndex(of: "/") { elem = String(elem[elem.index(after: i)...]) }
            if obj.name == "." || obj.name == elem || obj.name == obj.imported.name && obj.name == elem {
                errorAt(obj.pos, "\(goQuote(Array(path.utf8))) imported and not used", soft: true)
            } else {
                errorAt(obj.pos, "\(goQuote(Array(path.utf8))) imported as \(obj.name) and not used", soft: true)
            }
        }
    }
}
