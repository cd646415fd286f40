// Parser+Stmts.swift — statements, blocks and if/for/switch headers.
//
// See Parser.swift for the overview. The header of if, for and switch is
// read by one function (header) as Go does: an optional init statement, a
// ';', then the condition (or, for `for`, cond ';' post). While it reads,
// xnest is -1 so that `if x == T {` does not take `T {` for a composite
// literal. A simple statement in the condition position is reported with
// Go's "cannot use … as value".

extension Parser {
    /// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    /// keyword is .for (range allowed), .switch (type switch guard allowed) or nil.
    func simpleStmt(_ lhs0: Expr?, _ keyword: Token?) -> SimpleStmt {
        if keyword == .for && tok == .range {
            return newRangeClause(nil, def: false)
        }
        let lhs = lhs0 ?? exprList()

        if !(lhs is ListExpr) && tok != .assign && tok != .define {
            let spos = pos
            switch tok {
            case .assignOp:
                let op = s.op
                next()
                return AssignStmt(spos, op: op, lhs: lhs, rhs: expr())
            case .incOp:
                let op = s.op
                next()
                return AssignStmt(spos, op: op, lhs: lhs, rhs: nil)
            case .arrow:
                next()
                return SendStmt(spos, chan: lhs, value: expr())
            default:
                return ExprStmt(lhs.pos, lhs)
            }
        }

        switch tok {
        case .assign, .define:
            let apos = pos
            let op: Operator = tok == .define ? .def : .none
            next()
            if keyword == .for && tok == .range {
                return newRangeClause(lhs, def: op == .def)
            }
            let rhs = exprList()
            if let g = rhs as? TypeSwitchGuard, keyword == .switch, op == .def, let n = lhs as? Name {
                // switch … n := x.(type)
                g.lhs = n
                return ExprStmt(g.pos, g)
            }
            return AssignStmt(apos, op: op, lhs: lhs, rhs: rhs)
        default:
            syntaxError("expected := or = or comma")
            advance(.semi, .rbrace)
            let first = (lhs as? ListExpr)?.elemList.first ?? lhs
            return ExprStmt(first.pos, first)
        }
    }

    func newRangeClause(_ lhs: Expr?, def: Bool) -> RangeClause {
        let rpos = pos
        next()   // range
        return RangeClause(rpos, lhs: lhs, def: def, x: expr())
    }

    func labeledStmtOrNil(_ label: Name) -> Stmt? {
        let lpos = pos
        want(.colon)
        if tok == .rbrace {
            // a label before '}' labels an empty statement
            return LabeledStmt(lpos, label: label, stmt: EmptyStmt(pos))
        }
        if let st = stmtOrNil() {
            return LabeledStmt(lpos, label: label, stmt: st)
        }
        syntaxErrorAt(lpos, "missing statement after label")
        return nil
    }

    /// Block = "{" StatementList "}" . context names the construct for the
    /// error when '{' is missing.
    func blockStmt(_ context: String) -> BlockStmt {
        let bpos = pos
        if !got(.lbrace) {
            syntaxError("expected { after " + context)
            advance(.name, .rbrace)
            let rpos = pos
            if got(.rbrace) {
                return BlockStmt(bpos, list: [], rbrace: rpos)
            }
        }
        let l = stmtList()
        let rpos = pos
        want(.rbrace)
        return BlockStmt(bpos, list: l, rbrace: rpos)
    }

    func declStmt(_ f: (Group?, Int) -> Decl?) -> DeclStmt {
        let dpos = pos
        next()   // const, type or var
        var decls: [Decl] = []
        appendGroup(&decls, f)
        return DeclStmt(dpos, declList: decls)
    }

    func forStmt() -> Stmt {
        let fpos = pos
        let (initS, cond, post) = header(.for)
        let body = blockStmt("for clause")
        return ForStmt(fpos, initStmt: initS, cond: cond, post: post, body: body)
    }

    /// The header of an if, for or switch statement, up to its '{'.
    func header(_ keyword: Token) -> (SimpleStmt?, Expr?, SimpleStmt?) {
        want(keyword)
        if tok == .lbrace {
            if keyword == .if {
                syntaxError("missing condition in if statement")
                return (nil, badExpr(), nil)
            }
            return (nil, nil, nil)
        }

        let outer = xnest
        xnest = -1
        defer { xnest = outer }

        var initS: SimpleStmt? = nil
        if tok != .semi {
            // accept a var declaration, but complain
            if got(.var) {
                syntaxError("var declaration not allowed in \(keyword) initializer")
            }
            initS = simpleStmt(nil, keyword)
            if initS is RangeClause { return (initS, nil, nil) }
        }

        var condStmt: SimpleStmt? = nil
        var post: SimpleStmt? = nil
        var semiPos = Pos.none
        var semiLit = ""
        if tok != .lbrace {
            if tok == .semi {
                semiPos = pos
                semiLit = lit
                next()
            } else {
                // asking for '{' rather than ';' gives a better message
                want(.lbrace)
                if tok != .lbrace { advance(.lbrace, .rbrace) }
            }
            if keyword == .for {
                var missingCond = false
                if tok != .semi {
                    if tok == .lbrace {
                        syntaxError("expected for loop condition")
                        missingCond = true
                    } else {
                        condStmt = simpleStmt(nil, nil)
                    }
                }
                if !missingCond {
                    want(.semi)
                    if tok != .lbrace {
                        post = simpleStmt(nil, nil)
                        if let a = post as? AssignStmt, a.op == .def {
                            syntaxErrorAt(a.pos, "cannot declare in post statement of for loop")
                        }
                    }
                }
            } else if tok != .lbrace {
                condStmt = simpleStmt(nil, keyword)
            }
        } else {
            condStmt = initS
            initS = nil
        }

        var cond: Expr? = nil
        switch condStmt {
        case nil:
            if keyword == .if && semiPos.isKnown {
                if semiLit != "semicolon" {
                    syntaxErrorAt(semiPos, "unexpected \(semiLit), expected { after if clause")
                } else {
                    syntaxErrorAt(semiPos, "missing condition in if statement")
                }
                cond = BadExpr(semiPos)
            }
        case let es as ExprStmt:
            cond = es.x
        case let st?:
            // a common mistake: '=' for '=='
            let str: String
            if let a = st as? AssignStmt, a.op == .none, let rhs = a.rhs {
                str = "assignment " + emphasize(a.lhs) + " = " + emphasize(rhs)
            } else {
                str = exprString(st)
            }
            syntaxErrorAt(st.pos, "cannot use \(str) as value")
        }
        return (initS, cond, post)
    }

    func ifStmt() -> IfStmt {
        let ipos = pos
        defer { leave() }
        guard enter() else {
            return IfStmt(ipos, initStmt: nil, cond: nil, then: BlockStmt(ipos, list: [], rbrace: ipos), elseStmt: nil)
        }
        let (initS, cond, _) = header(.if)
        let then = blockStmt("if clause")
        var elseStmt: Stmt? = nil
        if got(.else) {
            switch tok {
            case .if:
                elseStmt = ifStmt()
            case .lbrace:
                elseStmt = blockStmt("")
            default:
                syntaxError("else must be followed by if or statement block")
                advance(.name, .rbrace)
            }
        }
        return IfStmt(ipos, initStmt: initS, cond: cond, then: then, elseStmt: elseStmt)
    }

    func switchStmt() -> SwitchStmt {
        let spos = pos
        let (initS, tag, _) = header(.switch)
        if !got(.lbrace) {
            syntaxError("missing { after switch clause")
            advance(.case, .default, .rbrace)
        }
        var body: [CaseClause] = []
        while tok != .eof && tok != .rbrace {
            body.append(caseClause())
        }
        let rpos = pos
        want(.rbrace)
        return SwitchStmt(spos, initStmt: initS, tag: tag, body: body, rbrace: rpos)
    }

    func selectStmt() -> SelectStmt {
        let spos = pos
        want(.select)
        if !got(.lbrace) {
            syntaxError("missing { after select clause")
            advance(.case, .default, .rbrace)
        }
        var body: [CommClause] = []
        while tok != .eof && tok != .rbrace {
            body.append(commClause())
        }
        let rpos = pos
        want(.rbrace)
        return SelectStmt(spos, body: body, rbrace: rpos)
    }

    func caseClause() -> CaseClause {
        let cpos = pos
        var cases: Expr? = nil
        switch tok {
        case .case:
            next()
            cases = exprList()
        case .default:
            next()
        default:
            syntaxError("expected case or default or }")
            advance(.colon, .case, .default, .rbrace)
        }
        let colon = pos
        want(.colon)
        return CaseClause(cpos, cases: cases, body: stmtList(), colon: colon)
    }

    func commClause() -> CommClause {
        let cpos = pos
        var comm: SimpleStmt? = nil
        switch tok {
        case .case:
            next()
            // send, <-x, lhs = <-x or lhs := <-x; others are rejected later
            comm = simpleStmt(nil, nil)
        case .default:
            next()
        default:
            syntaxError("expected case or default or }")
            advance(.colon, .case, .default, .rbrace)
        }
        let colon = pos
        want(.colon)
        return CommClause(cpos, comm: comm, body: stmtList(), colon: colon)
    }

    /// A statement if one is present, or nil.
    func stmtOrNil() -> Stmt? {
        defer { leave() }
        guard enter() else { return nil }

        // most statements start with a name: an assignment or a label
        if tok == .name {
            clearPragma()
            let lhs = exprList()
            if let label = lhs as? Name, tok == .colon {
                return labeledStmtOrNil(label)
            }
            return simpleStmt(lhs, nil)
        }

        switch tok {
        case .var: return declStmt { g, _ in self.varDecl(g) }
        case .const: return declStmt { g, i in self.constDecl(g, iota: i) }
        case .type: return declStmt { g, _ in self.typeDecl(g) }
        default: break
        }

        clearPragma()

        switch tok {
        case .lbrace:
            return blockStmt("")
        case .operator, .star:
            switch s.op {
            case .add, .sub, .mul, .and, .xor, .not:
                return simpleStmt(nil, nil)   // unary operators
            default:
                return nil
            }
        case .literal, .func, .lparen, .lbrack, .struct, .map, .chan, .interface, .arrow:
            return simpleStmt(nil, nil)
        case .for:
            return forStmt()
        case .switch:
            return switchStmt()
        case .select:
            return selectStmt()
        case .if:
            return ifStmt()
        case .fallthrough:
            let bpos = pos
            next()
            return BranchStmt(bpos, tok: .fallthrough, label: nil)
        case .break, .continue:
            let bpos = pos
            let t = tok
            next()
            var label: Name? = nil
            if tok == .name { label = name() }
            return BranchStmt(bpos, tok: t, label: label)
        case .go, .defer:
            return callStmt()
        case .goto:
            let bpos = pos
            next()
            return BranchStmt(bpos, tok: .goto, label: name())
        case .return:
            let rpos = pos
            next()
            var results: Expr? = nil
            if tok != .semi && tok != .rbrace { results = exprList() }
            return ReturnStmt(rpos, results: results)
        case .semi:
            return EmptyStmt(pos)
        default:
            return nil
        }
    }

    /// StatementList = { Statement ";" } .
    func stmtList() -> [Stmt] {
        var l: [Stmt] = []
        while tok != .eof && tok != .rbrace && tok != .case && tok != .default {
            let st = stmtOrNil()
            clearPragma()
            guard let st else { break }
            l.append(st)
            // ";" is optional before "}"
            if !got(.semi) && tok != .rbrace {
                syntaxError("at end of statement")
                advance(.semi, .rbrace, .case, .default)
                _ = got(.semi)   // avoid a spurious empty statement
            }
        }
        return l
    }

    /// `go` or `defer` and the call (parentheses around it are an error).
    func callStmt() -> CallStmt {
        let cpos = pos
        let t = tok
        next()
        var x = pexpr(nil, keepParens: tok == .lparen)
        let u = unparen(x)
        if u !== x {
            errorAt(x.pos, "expression in \(t) must not be parenthesized")
            x = u
        }
        return CallStmt(cpos, tok: t, call: x)
    }
}

/// The expression, with a top-level binary operation in parentheses.
func emphasize(_ x: Expr) -> String {
    let s = exprString(x)
    if let op = x as? Operation, op.y != nil { return "(" + s + ")" }
    return s
}
