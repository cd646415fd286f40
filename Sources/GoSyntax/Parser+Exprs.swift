// Parser+Exprs.swift — expressions, types, parameter lists.
//
// See Parser.swift for the overview. Expressions use precedence climbing
// (binaryExpr) over unary and primary expressions; types share the operand
// grammar where Go's does ([]T{...} is an operand). Composite literals are
// recognized in pexpr: `x {` is a literal only if x may be a type and, for
// a plain or qualified name or an instantiation, only outside an if/for/
// switch header (xnest >= 0).

/// A parameter while its list is read: name or type may still be missing.
struct PField {
    var pos: Pos
    var name: Name?
    var type: Expr?
}

extension Parser {
    // MARK: expressions

    func expr() -> Expr { binaryExpr(nil, 0) }

    /// Expression = UnaryExpr | Expression binary_op Expression .
    func binaryExpr(_ x0: Expr?, _ prec: Int) -> Expr {
        var x = x0 ?? unaryExpr()
        while (tok == .operator || tok == .star) && s.prec > prec {
            let opos = pos
            let op = s.op
            let tprec = s.prec
            next()
            let y = binaryExpr(nil, tprec)
            x = Operation(opos, op: op, x: x, y: y)
        }
        return x
    }

    /// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
    func unaryExpr() -> Expr {
        defer { leave() }
        guard enter() else { return badExpr() }

        switch tok {
        case .operator, .star:
            switch s.op {
            case .mul, .add, .sub, .not, .xor, .tilde:
                let opos = pos
                let op = s.op
                next()
                return Operation(opos, op: op, x: unaryExpr())
            case .and:
                let opos = pos
                next()
                // a parenthesized composite literal &(T{}) loses its parentheses
                return Operation(opos, op: .and, x: unparen(unaryExpr()))
            default:
                break
            }
        case .arrow:
            // receive op (<-x) or receive-only channel type (<-chan E)
            let apos = pos
            next()
            let x = unaryExpr()
            if x is ChanType {
                // <-(chan E) => (<-chan E); <-(chan<- E) => (<-chan (<-E))
                var dir = ChanDir.sendOnly
                var t: Expr = x
                while dir == .sendOnly {
                    guard let c = t as? ChanType else { break }
                    dir = c.dir
                    if dir == .recvOnly {
                        syntaxError("unexpected <-, expected chan")
                    }
                    c.dir = .recvOnly
                    t = c.elem
                }
                if dir == .sendOnly {
                    syntaxError("unexpected \(exprString(t)), expected chan")
                }
                return x
            }
            return Operation(apos, op: .recv, x: x)
        default:
            break
        }
        return pexpr(nil, keepParens: true)
    }

    /// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
    func operand(keepParens: Bool) -> Expr {
        switch tok {
        case .name:
            return name()
        case .literal:
            return oliteral() ?? badExpr()
        case .lparen:
            let lpos = pos
            next()
            xnest += 1
            let x = expr()
            xnest -= 1
            want(.rparen)
            // keep the parentheses where an error may need them: around a
            // composite literal type, and in go/defer statements
            if keepParens || tok == .lbrace {
                return ParenExpr(lpos, x)
            }
            return x
        case .func:
            let fpos = pos
            next()
            let (_, ftyp) = funcType("function type")
            if tok == .lbrace {
                xnest += 1
                let body = funcBody()
                xnest -= 1
                return FuncLit(fpos, type: ftyp, body: body)
            }
            return ftyp
        case .lbrack, .chan, .map, .struct, .interface:
            return type_()
        default:
            let x = badExpr()
            syntaxError("expected expression")
            advance(.rparen, .rbrack, .rbrace)
            return x
        }
    }

    /// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index |
    /// Slice | TypeAssertion | Arguments ) , and composite literals.
    func pexpr(_ x0: Expr?, keepParens: Bool) -> Expr {
        var x = x0 ?? operand(keepParens: keepParens)
        loop: while true {
            let ppos = pos
            switch tok {
            case .dot:
                next()
                switch tok {
                case .name:
                    x = SelectorExpr(ppos, x: x, sel: name())
                case .lparen:
                    next()
                    if got(.type) {
                        x = TypeSwitchGuard(ppos, lhs: nil, x: x)
                    } else {
                        x = AssertExpr(ppos, x: x, type: type_())
                    }
                    want(.rparen)
                default:
                    syntaxError("expected name or (")
                    advance(.semi, .rparen)
                }

            case .lbrack:
                next()
                var i: Expr? = nil
                if tok != .colon {
                    var comma = false
                    if tok == .rbrack {
                        // invalid empty instance, slice or index expression
                        syntaxError("expected operand")
                        i = badExpr()
                    } else {
                        (i, comma) = typeList(strict: false)
                    }
                    if comma || tok == .rbrack {
                        want(.rbrack)
                        x = IndexExpr(ppos, x: x, index: i ?? badExpr())
                        continue loop
                    }
                }
                // x[i:...
                if !got(.colon) {
                    syntaxError("expected comma, : or ]")
                    advance(.comma, .colon, .rbrack)
                }
                xnest += 1
                var index: [Expr?] = [i, nil, nil]
                var full = false
                if tok != .colon && tok != .rbrack {
                    index[1] = expr()
                }
                if tok == .colon {
                    full = true
                    if index[1] == nil {
                        error("middle index required in 3-index slice")
                        index[1] = badExpr()
                    }
                    next()
                    if tok != .rbrack {
                        index[2] = expr()
                    } else {
                        error("final index required in 3-index slice")
                        index[2] = badExpr()
                    }
                }
                xnest -= 1
                want(.rbrack)
                x = SliceExpr(ppos, x: x, index: index, full: full)

            case .lparen:
                next()
                let (args, dots) = argList()
                x = CallExpr(ppos, fun: x, argList: args, hasDots: dots)

            case .lbrace:
                // is '{' the start of a composite literal or of a block?
                let t = unparen(x)
                var complitOK = false
                switch t {
                case is Name, is SelectorExpr:
                    complitOK = xnest >= 0
                case is IndexExpr:
                    complitOK = xnest >= 0 && !isValue(t)
                case is ArrayType, is SliceType, is StructType, is MapType:
                    complitOK = true
                default:
                    break
                }
                if !complitOK { break loop }
                if t !== x {
                    syntaxError("cannot parenthesize type in composite literal")
                }
                let n = complitexpr()
                n.type = x
                x = n

            default:
                break loop
            }
        }
        return x
    }

    /// Element = Expression | LiteralValue .
    func bareComplitexpr() -> Expr {
        if tok == .lbrace { return complitexpr() }
        return expr()
    }

    /// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    func complitexpr() -> CompositeLit {
        let x = CompositeLit(pos, type: nil, elemList: [], nKeys: 0, rbrace: pos)
        defer { leave() }
        guard enter() else { return x }
        xnest += 1
        want(.lbrace)
        var elems: [Expr] = []
        var nkeys = 0
        x.rbrace = list("composite literal", .comma, .rbrace) {
            var e = self.bareComplitexpr()
            if self.tok == .colon {
                let kpos = self.pos
                self.next()
                e = KeyValueExpr(kpos, key: e, value: self.bareComplitexpr())
                nkeys += 1
            }
            elems.append(e)
            return false
        }
        x.elemList = elems
        x.nKeys = nkeys
        xnest -= 1
        return x
    }

    /// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
    func argList() -> ([Expr], Bool) {
        var args: [Expr] = []
        var dots = false
        xnest += 1
        list("argument list", .comma, .rparen) {
            args.append(self.expr())
            dots = self.got(.dotDotDot)
            return dots
        }
        xnest -= 1
        return (args, dots)
    }

    /// ExpressionList = Expression { "," Expression } .
    func exprList() -> Expr {
        let x = expr()
        if got(.comma) {
            var l = [x, expr()]
            while got(.comma) { l.append(expr()) }
            return ListExpr(x.pos, l)
        }
        return x
    }

    /// typeList = arg { "," arg } [ "," ] . With strict false the first
    /// element may be any expression. Returns whether there was a comma.
    func typeList(strict: Bool) -> (Expr, Bool) {
        xnest += 1
        defer { xnest -= 1 }
        var x = strict ? type_() : expr()
        var comma = false
        if got(.comma) {
            comma = true
            if let t = typeOrNil() {
                var l = [x, t]
                while got(.comma) {
                    guard let t = typeOrNil() else { break }
                    l.append(t)
                }
                x = ListExpr(x.pos, l)
            }
        }
        return (x, comma)
    }

    func oliteral() -> BasicLit? {
        guard tok == .literal else { return nil }
        let b = BasicLit(pos, value: lit, kind: s.kind, bad: s.bad)
        next()
        return b
    }

    // MARK: types

    func type_() -> Expr {
        if let t = typeOrNil() { return t }
        let t = badExpr()
        syntaxError("expected type")
        advance(.comma, .colon, .semi, .rparen, .rbrack, .rbrace)
        return t
    }

    /// Type = TypeName | TypeLit | "(" Type ")" ; nil if there is no type.
    func typeOrNil() -> Expr? {
        defer { leave() }
        guard enter() else { return badExpr() }
        let tpos = pos
        switch tok {
        case .star:
            next()
            return Operation(tpos, op: .mul, x: type_())
        case .arrow:
            next()
            want(.chan)
            return ChanType(tpos, dir: .recvOnly, elem: chanElem())
        case .func:
            next()
            return funcType("function type").1
        case .lbrack:
            next()
            if got(.rbrack) { return SliceType(tpos, elem: type_()) }
            return arrayType(tpos, nil)
        case .chan:
            next()
            let dir: ChanDir = got(.arrow) ? .sendOnly : .both
            return ChanType(tpos, dir: dir, elem: chanElem())
        case .map:
            next()
            want(.lbrack)
            let key = type_()
            want(.rbrack)
            return MapType(tpos, key: key, value: type_())
        case .struct:
            return structType()
        case .interface:
            return interfaceType()
        case .name:
            return qualifiedName(nil)
        case .lparen:
            next()
            let t = type_()
            want(.rparen)
            return t
        default:
            return nil
        }
    }

    func typeInstance(_ typ: Expr) -> Expr {
        let lpos = pos
        want(.lbrack)
        let index: Expr
        if tok == .rbrack {
            syntaxError("expected type argument list")
            index = badExpr()
        } else {
            index = typeList(strict: true).0
        }
        want(.rbrack)
        return IndexExpr(lpos, x: typ, index: index)
    }

    /// Signature with optional type parameters; "func" has been consumed.
    /// If context is not empty, type parameters are an error.
    func funcType(_ context: String) -> ([Field]?, FuncType) {
        let typ = FuncType(pos, paramList: [], resultList: [])
        var tparams: [Field]? = nil
        if got(.lbrack) {
            if !context.isEmpty {
                syntaxErrorAt(typ.pos, context + " must have no type parameters")
            }
            if tok == .rbrack {
                syntaxError("empty type parameter list")
                next()
            } else {
                let l = paramList(nil, nil, .rbrack, requireNames: true, dddok: false)
                tparams = l.isEmpty ? nil : l
            }
        }
        want(.lparen)
        typ.paramList = paramList(nil, nil, .rparen, requireNames: false, dddok: true)
        typ.resultList = funcResult()
        return (tparams, typ)
    }

    /// "[" has been consumed at pos; len is the length if already read.
    func arrayType(_ apos: Pos, _ len0: Expr?) -> Expr {
        var len = len0
        if len == nil && !got(.dotDotDot) {
            xnest += 1
            len = expr()
            xnest -= 1
        }
        if tok == .comma {
            syntaxError("unexpected comma; expected ]")
            next()
        }
        want(.rbrack)
        return ArrayType(apos, len: len, elem: type_())
    }

    func chanElem() -> Expr {
        if let t = typeOrNil() { return t }
        let t = badExpr()
        syntaxError("missing channel element type")
        return t
    }

    /// StructType = "struct" "{" { FieldDecl ";" } "}" .
    func structType() -> StructType {
        let typ = StructType(pos, fieldList: [], tagList: [])
        want(.struct)
        want(.lbrace)
        list("struct type", .semi, .rbrace) {
            self.fieldDecl(typ)
            return false
        }
        return typ
    }

    private func addField(_ styp: StructType, _ fpos: Pos, _ name: Name?, _ typ: Expr, _ tag: BasicLit?) {
        if let tag {
            while styp.tagList.count < styp.fieldList.count { styp.tagList.append(nil) }
            styp.tagList.append(tag)
        }
        styp.fieldList.append(Field(fpos, name: name, type: typ))
    }

    /// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
    func fieldDecl(_ styp: StructType) {
        let fpos = pos
        switch tok {
        case .name:
            let n = name()
            if tok == .dot || tok == .literal || tok == .semi || tok == .rbrace {
                // embedded type
                let typ = qualifiedName(n)
                addField(styp, fpos, nil, typ, oliteral())
                return
            }
            // name1, name2, ... Type [ tag ]
            let names = nameList(n)
            let typ: Expr
            if names.count == 1 && tok == .lbrack {
                // embedded T[P1, P2, ...] or field T of array/slice type
                let t = arrayOrTArgs()
                if let ix = t as? IndexExpr {
                    ix.x = n
                    addField(styp, fpos, nil, ix, oliteral())
                    return
                }
                typ = t
            } else {
                typ = type_()
            }
            let tag = oliteral()
            for nm in names { addField(styp, nm.pos, nm, typ, tag) }
        case .star:
            next()
            let typ: Expr
            if tok == .lparen {
                syntaxError("cannot parenthesize embedded type")
                next()
                typ = qualifiedName(nil)
                _ = got(.rparen)
            } else {
                typ = qualifiedName(nil)
            }
            let tag = oliteral()
            addField(styp, fpos, nil, Operation(fpos, op: .mul, x: typ), tag)
        case .lparen:
            syntaxError("cannot parenthesize embedded type")
            next()
            let typ: Expr
            if tok == .star {
                let spos = pos
                next()
                typ = Operation(spos, op: .mul, x: qualifiedName(nil))
            } else {
                typ = qualifiedName(nil)
            }
            _ = got(.rparen)
            addField(styp, fpos, nil, typ, oliteral())
        default:
            syntaxError("expected field name or embedded type")
            advance(.semi, .rbrace)
        }
    }

    /// After a name: `[n]E` (array type), `[]E`, or type arguments `[A, B]`
    /// (an IndexExpr whose x the caller fills in).
    func arrayOrTArgs() -> Expr {
        let lpos = pos
        want(.lbrack)
        if got(.rbrack) { return SliceType(lpos, elem: type_()) }
        let (n, comma) = typeList(strict: false)
        want(.rbrack)
        if !comma, let elem = typeOrNil() {
            return ArrayType(lpos, len: n, elem: elem)
        }
        return IndexExpr(lpos, x: BadExpr(lpos), index: n)
    }

    /// InterfaceType = "interface" "{" { ( MethodElem | TypeElem ) ";" } "}" .
    func interfaceType() -> InterfaceType {
        let typ = InterfaceType(pos, methodList: [])
        want(.interface)
        want(.lbrace)
        list("interface type", .semi, .rbrace) {
            var f: Field? = nil
            if self.tok == .name { f = self.methodDecl() }
            if let m = f, m.name == nil {
                m.type = self.embeddedElem(m.type)
            } else if f == nil {
                let epos = self.pos
                f = Field(epos, name: nil, type: self.embeddedElem(nil))
            }
            if let f { typ.methodList.append(f) }
            return false
        }
        return typ
    }

    /// MethodSpec = MethodName Signature | InterfaceTypeName .
    func methodDecl() -> Field {
        let mpos = pos
        let n = name()
        let context = "interface method"
        switch tok {
        case .lparen:
            return Field(mpos, name: n, type: funcType(context).1)
        case .lbrack:
            // generic method m[T C](x T) (an error) or embedded T[A, B]
            let lpos = pos
            next()
            if tok == .rbrack {
                let rpos = pos
                next()
                if tok == .lparen {
                    errorAt(rpos, "empty type parameter list")
                    return Field(mpos, name: n, type: funcType(context).1)
                }
                errorAt(rpos, "empty type argument list")
                return Field(mpos, name: nil, type: n)
            }
            let l = paramList(nil, nil, .rbrack, requireNames: false, dddok: false)
            guard let first = l.first else {
                if tok == .lparen {
                    return Field(mpos, name: n, type: funcType(context).1)
                }
                return Field(mpos, name: nil, type: n)
            }
            if first.name != nil {
                let ft = funcType(context).1
                errorAt(lpos, "interface method must have no type parameters")
                return Field(mpos, name: n, type: ft)
            }
            let index: Expr = l.count == 1 ? first.type : ListExpr(first.pos, l.map { $0.type })
            return Field(mpos, name: nil, type: IndexExpr(lpos, x: n, index: index))
        default:
            return Field(mpos, name: nil, type: qualifiedName(n))
        }
    }

    /// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
    /// first is the already-read first term, if any.
    func embeddedElem(_ first: Expr?) -> Expr {
        var x = first ?? embeddedTerm()
        while isOp(.or) {
            let opos = pos
            next()
            x = Operation(opos, op: .or, x: x, y: embeddedTerm())
        }
        return x
    }

    /// EmbeddedTerm = [ "~" ] Type .
    func embeddedTerm() -> Expr {
        if isOp(.tilde) {
            let tpos = pos
            next()
            return Operation(tpos, op: .tilde, x: type_())
        }
        if let t = typeOrNil() { return t }
        let t = badExpr()
        syntaxError("expected ~ term or type")
        advance(.operator, .semi, .rparen, .rbrack, .rbrace)
        return t
    }

    /// Result = Parameters | Type .
    func funcResult() -> [Field] {
        if got(.lparen) {
            return paramList(nil, nil, .rparen, requireNames: false, dddok: false)
        }
        let rpos = pos
        if let t = typeOrNil() {
            return [Field(rpos, name: nil, type: t)]
        }
        return []
    }

    /// The qualified name (possibly instantiated) starting with name, if given.
    func qualifiedName(_ n: Name?) -> Expr {
        var x: Expr
        if let n {
            x = n
        } else if tok == .name {
            x = name()
        } else {
            x = Name(pos, "_")
            syntaxError("expected name")
            advance(.dot, .semi, .rbrace)
        }
        if tok == .dot {
            let dpos = pos
            next()
            x = SelectorExpr(dpos, x: x, sel: name())
        }
        if tok == .lbrack {
            x = typeInstance(x)
        }
        return x
    }

    // MARK: parameters

    /// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
    func paramDeclOrNil(_ name0: Name?, _ follow: Token) -> PField? {
        let typeSetsOK = follow == .rbrack   // type parameter list
        var ppos = pos
        if let name0 {
            ppos = name0.pos
        } else if typeSetsOK && isOp(.tilde) {
            return PField(pos: ppos, name: nil, type: embeddedElem(nil))
        }

        var f = PField(pos: ppos, name: nil, type: nil)
        if tok == .name || name0 != nil {
            let n = name0 ?? name()
            if tok == .lbrack {
                // name "[" ...
                let t = arrayOrTArgs()
                if let ix = t as? IndexExpr {
                    ix.x = n   // name "[" ... "]": an instantiated type
                    f.type = ix
                } else {
                    f.name = n   // name "[" n "]" E
                    f.type = t
                }
                if typeSetsOK && isOp(.or), let t = f.type {
                    f.type = embeddedElem(t)
                }
                return f
            }
            if tok == .dot {
                // name "." ...
                let t = qualifiedName(n)
                f.type = typeSetsOK && isOp(.or) ? embeddedElem(t) : t
                return f
            }
            if typeSetsOK && isOp(.or) {
                // name "|" ...
                f.type = embeddedElem(n)
                return f
            }
            f.name = n
        }

        if tok == .dotDotDot {
            // [name] "..." ...
            let dpos = pos
            next()
            if let elem = typeOrNil() {
                f.type = DotsType(dpos, elem: elem)
            } else {
                f.type = badExpr()
                syntaxError("... is missing type")
            }
            return f
        }

        if typeSetsOK && isOp(.tilde) {
            // [name] "~" ...
            f.type = embeddedElem(nil)
            return f
        }

        f.type = typeOrNil()
        if typeSetsOK && isOp(.or), let t = f.type {
            f.type = embeddedElem(t)
        }
        if f.name != nil || f.type != nil { return f }

        syntaxError("expected " + tokstring(follow))
        advance(.comma, follow)
        return nil
    }

    /// Parameters = "(" [ ParameterList [ "," ] ] ")" ; the opening "(" or
    /// "[" has been consumed. If name is given it is the first name, and if
    /// typ is given too, (name, typ) is the first parameter. In the result
    /// either all fields have a name or none has.
    func paramList(_ name0: Name?, _ typ0: Expr?, _ close: Token, requireNames: Bool, dddok: Bool) -> [Field] {
        if let name0, let typ0, tok == close {
            next()
            return [Field(name0.pos, name: name0, type: typ0)]
        }

        var name = name0
        var typ = typ0
        var list: [PField] = []
        var named = 0   // parameters with an explicit name and type
        var typed = 0   // parameters with an explicit type
        let end = self.list("parameter list", .comma, close) {
            var par: PField?
            if let t = typ, let n = name {
                par = PField(pos: n.pos, name: n, type: t)
            } else {
                par = self.paramDeclOrNil(name, close)
            }
            name = nil
            typ = nil
            if let par {
                if par.name != nil && par.type != nil { named += 1 }
                if par.type != nil { typed += 1 }
                list.append(par)
            }
            return false
        }
        if list.isEmpty { return [] }

        if named == 0 && !requireNames {
            // all unnamed: the names found are types
            for i in list.indices {
                if let n = list[i].name {
                    list[i].type = n
                    list[i].name = nil
                }
            }
        } else if named != list.count {
            // some named, or a type parameter list: all must be named
            var errPos = Pos.none
            var t: Expr? = nil
            for i in list.indices.reversed() {
                if let pt = list[i].type {
                    t = pt
                    if list[i].name == nil {
                        errPos = startPos(pt)
                        list[i].name = Name(errPos, "_")
                    }
                } else if let t {
                    list[i].type = t
                } else {
                    errPos = list[i].name?.pos ?? list[i].pos
                    list[i].type = BadExpr(errPos)
                }
            }
            if errPos.isKnown {
                var msg: String
                if named == typed {
                    errPos = end   // at the closing ) or ]
                    msg = requireNames ? "missing type constraint" : "missing parameter type"
                } else if requireNames {
                    msg = "missing type parameter name"
                    if list.count == 1 { msg += " or invalid array length" }
                } else {
                    msg = "missing parameter name"
                }
                syntaxErrorAt(errPos, msg)
            }
        }

        // only the final parameter may be ...T
        var first = true
        var result: [Field] = []
        result.reserveCapacity(list.count)
        // names declared together share one type object
        for (i, par) in list.enumerated() {
            var t: Expr = par.type ?? BadExpr(par.pos)
            if let d = t as? DotsType, !dddok || i + 1 < list.count {
                if first {
                    first = false
                    errorAt(d.pos, dddok ? "can only use ... with final parameter" : "invalid use of ...")
                }
                t = d.elem
            }
            result.append(Field(par.pos, name: par.name, type: t))
        }
        return result
    }
}

/// Whether x syntactically must be a value (not a type).
func isValue(_ x: Expr) -> Bool {
    var x = x
    var steps = 0
    while steps < 10_000 {
        steps += 1
        switch x {
        case is BasicLit, is CompositeLit, is FuncLit, is SliceExpr, is AssertExpr, is TypeSwitchGuard, is CallExpr:
            return true
        case let op as Operation:
            return op.op != .mul || op.y != nil   // *T may be a type
        case let p as ParenExpr:
            x = p.x
        case let ix as IndexExpr:
            if isValue(ix.index) { return true }
            x = ix.x
        default:
            return false
        }
    }
    return false
}
