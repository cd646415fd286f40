// Parser+Decls.swift — import, const, type, var and func declarations.
//
// See Parser.swift for the overview. The subtle part is a type declaration
// starting `type T[`: it may declare an array type (`type A [N]int`) or a
// generic type (`type L[T any] ...`). As Go does, the parser reads the
// bracket's contents as an expression and then splits it into a type
// parameter name and constraint where that is syntactically possible
// (extractName): `[P *C]` and `[P *C,]` are type parameters when C is a
// type element or a comma follows, `[N]` alone is an array length.

extension Parser {
    /// ImportSpec = [ "." | PackageName ] ImportPath .
    func importDecl(_ group: Group?) -> Decl {
        let d = ImportDecl(pos, localPkgName: nil, path: nil)
        d.group = group
        d.pragma = takePragma()
        switch tok {
        case .name:
            d.localPkgName = name()
        case .dot:
            d.localPkgName = Name(pos, ".")
            next()
        default:
            break
        }
        d.path = oliteral()
        guard let path = d.path else {
            syntaxError("missing import path")
            advance(.semi, .rparen)
            return d
        }
        if !path.bad && path.kind != .string {
            syntaxErrorAt(path.pos, "import path must be a string")
            path.bad = true
        }
        return d
    }

    /// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    func constDecl(_ group: Group?, iota: Int) -> Decl {
        let dpos = pos
        let pragma = takePragma()
        let names = nameList(name())
        var type: Expr? = nil
        var values: Expr? = nil
        if tok != .eof && tok != .semi && tok != .rparen {
            type = typeOrNil()
            if gotAssign() { values = exprList() }
        }
        let d = ConstDecl(dpos, nameList: names, type: type, values: values, iota: iota)
        d.group = group
        d.pragma = pragma
        return d
    }

    /// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
    func typeDecl(_ group: Group?) -> Decl {
        let dpos = pos
        let pragma = takePragma()
        let dname = name()
        var tparams: [Field]? = nil
        var alias = false
        var type: Expr? = nil

        if tok == .lbrack {
            // array/slice type or type parameter list
            let lpos = pos
            next()
            switch tok {
            case .name:
                var x: Expr = name()
                if tok != .lbrack {
                    // the expression that starts with this name
                    xnest += 1
                    x = binaryExpr(pexpr(x, keepParens: false), 0)
                    xnest -= 1
                }
                let (pname, ptype) = extractName(x, force: tok == .comma)
                if let pname, ptype != nil || tok != .rbrack {
                    let l = paramList(pname, ptype, .rbrack, requireNames: true, dddok: false)
                    tparams = l
                    alias = gotAssign()
                    type = typeOrNil()
                } else {
                    type = arrayType(lpos, x)
                }
            case .rbrack:
                next()
                type = SliceType(lpos, elem: type_())
            default:
                type = arrayType(lpos, nil)
            }
        } else {
            alias = gotAssign()
            type = typeOrNil()
        }

        let t: Expr
        if let type {
            t = type
        } else {
            t = badExpr()
            syntaxError("in type declaration")
            advance(.semi, .rparen)
        }
        let d = TypeDecl(dpos, name: dname, tParamList: tparams, alias: alias, type: t)
        d.group = group
        d.pragma = pragma
        return d
    }

    /// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    func varDecl(_ group: Group?) -> Decl {
        let dpos = pos
        let pragma = takePragma()
        let names = nameList(name())
        var type: Expr? = nil
        var values: Expr? = nil
        if gotAssign() {
            values = exprList()
        } else {
            type = type_()
            if gotAssign() { values = exprList() }
        }
        let d = VarDecl(dpos, nameList: names, type: type, values: values)
        d.group = group
        d.pragma = pragma
        return d
    }

    /// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
    /// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
    /// ("func" has been consumed.)
    func funcDeclOrNil() -> FuncDecl? {
        let fpos = pos
        let pragma = takePragma()

        var recv: Field? = nil
        var hasRecv = false
        if got(.lparen) {
            hasRecv = true
            let rcvr = paramList(nil, nil, .rparen, requireNames: false, dddok: false)
            switch rcvr.count {
            case 0:
                error("method has no receiver")
            case 1:
                recv = rcvr[0]
            default:
                error("method has multiple receivers")
                recv = rcvr[0]
            }
        }

        let fname: Name
        var tparams: [Field]? = nil
        let ftype: FuncType
        if tok == .name {
            fname = name()
            (tparams, ftype) = funcType("")
        } else {
            fname = Name(pos, "_")
            ftype = FuncType(pos, paramList: [], resultList: [])
            syntaxError(hasRecv ? "expected name" : "expected name or (")
            advance(.lbrace, .semi)
        }

        var body: BlockStmt? = nil
        if tok == .lbrace {
            body = funcBody()
        }
        let f = FuncDecl(fpos, recv: recv, name: fname, tParamList: tparams, type: ftype, body: body)
        f.pragma = pragma
        return f
    }

    /// A function body; its branch statements are checked if it parsed
    /// without errors (branch errors do not count as parse errors).
    func funcBody() -> BlockStmt {
        fnest += 1
        let before = errcnt
        let body = blockStmt("")
        fnest -= 1
        if errcnt == before {
            var bc = BranchChecker(fileIndex: fileIndex, filename: filename)
            bc.check(body)
            for e in bc.errors { report(e.pos, e.message) }
        }
        return body
    }
}

/// Splits x into (name, expr) if x can be read as `name expr` where expr is
/// a type element (or force is set); (name, nil) if x is a name; else (nil, x).
func extractName(_ x: Expr, force: Bool, depth: Int = 0) -> (Name?, Expr?) {
    if depth > 1_000 { return (nil, x) }   // absurdly long union: not a type parameter
    switch x {
    case let n as Name:
        return (n, nil)
    case let op as Operation:
        guard let y = op.y else { break }   // unary
        switch op.op {
        case .mul:
            if let name = op.x as? Name, force || isTypeElem(y) {
                // x = name *y
                return (name, Operation(op.pos, op: .mul, x: y, y: nil))
            }
        case .or:
            let (name, lhs) = extractName(op.x, force: force || isTypeElem(y), depth: depth + 1)
            if let name, let lhs {
                // x = name lhs|y
                return (name, Operation(op.pos, op: .or, x: lhs, y: y))
            }
        default:
            break
        }
    case let call as CallExpr:
        if let name = call.fun as? Name, call.argList.count == 1, !call.hasDots,
           force || isTypeElem(call.argList[0]) {
            // x = name (arg)
            return (name, unparen(call.argList[0]))
        }
    default:
        break
    }
    return (nil, x)
}

/// Whether x is a (possibly parenthesized) type element: false if it could
/// also be an ordinary value expression.
func isTypeElem(_ x: Expr, depth: Int = 0) -> Bool {
    if depth > 1_000 { return false }
    switch x {
    case is ArrayType, is StructType, is FuncType, is InterfaceType, is SliceType, is MapType, is ChanType:
        return true
    case let op as Operation:
        if op.op == .tilde { return true }
        if isTypeElem(op.x, depth: depth + 1) { return true }
        if let y = op.y { return isTypeElem(y, depth: depth + 1) }
        return false
    case let p as ParenExpr:
        return isTypeElem(p.x, depth: depth + 1)
    default:
        return false
    }
}
