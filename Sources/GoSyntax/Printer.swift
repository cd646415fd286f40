// Printer.swift — one-line source text of a node, for error messages.
//
// exprString prints a node as cmd/compile/internal/syntax's String does
// (its ShortForm): on one line, with "…" for the contents of non-empty
// function bodies and composite literals, binary operators between blanks
// and parentheses only where the tree has a ParenExpr. Statements that can
// appear in an if/for/switch header print too. Very deep trees are cut
// with "…" so that printing never overflows the stack.

public func exprString(_ n: Node) -> String {
    var p = ShortPrinter()
    p.node(n, 0)
    return p.out
}

struct ShortPrinter {
    var out = ""

    mutating func node(_ n: Node?, _ depth: Int) {
        guard let n else { return }
        if depth > 500 { out += "…"; return }
        let d = depth + 1
        switch n {
        case is BadExpr: out += "<bad expr>"
        case let x as Name: out += x.value
        case let x as BasicLit: out += x.value
        case let x as FuncLit:
            node(x.type, d)
            out += " {"
            if !x.body.list.isEmpty { out += "…" }
            out += "}"
        case let x as CompositeLit:
            node(x.type, d)
            out += "{"
            if !x.elemList.isEmpty { out += "…" }
            out += "}"
        case let x as ParenExpr:
            out += "("; node(x.x, d); out += ")"
        case let x as SelectorExpr:
            node(x.x, d); out += "."; node(x.sel, d)
        case let x as IndexExpr:
            node(x.x, d); out += "["; node(x.index, d); out += "]"
        case let x as SliceExpr:
            node(x.x, d)
            out += "["
            if x.index.count > 0, let i = x.index[0] { node(i, d) }
            out += ":"
            if x.index.count > 1, let j = x.index[1] { node(j, d) }
            if x.index.count > 2, let k = x.index[2] { out += ":"; node(k, d) }
            out += "]"
        case let x as AssertExpr:
            node(x.x, d); out += ".("; node(x.type, d); out += ")"
        case let x as TypeSwitchGuard:
            if let l = x.lhs { node(l, d); out += " := " }
            node(x.x, d); out += ".(type)"
        case let x as CallExpr:
            node(x.fun, d)
            out += "("
            list(x.argList, d)
            if x.hasDots { out += "..." }
            out += ")"
        case let x as Operation:
            if let y = x.y {
                node(x.x, d); out += " \(x.op) "; node(y, d)
            } else {
                out += x.op.description
                node(x.x, d)
            }
        case let x as KeyValueExpr:
            node(x.key, d); out += ": "; node(x.value, d)
        case let x as ListExpr:
            list(x.elemList, d)
        case let x as ArrayType:
            out += "["
            if let l = x.len { node(l, d) } else { out += "..." }
            out += "]"
            node(x.elem, d)
        case let x as SliceType:
            out += "[]"; node(x.elem, d)
        case let x as DotsType:
            out += "..."; node(x.elem, d)
        case let x as StructType:
            out += "struct{"
            fieldList(x.fieldList, x.tagList, d)
            out += "}"
        case let x as FuncType:
            out += "func"
            signature(x, d)
        case let x as InterfaceType:
            out += "interface{"
            for (i, m) in x.methodList.enumerated() {
                if i > 0 { out += "; " }
                if let name = m.name, let ft = m.type as? FuncType {
                    node(name, d); signature(ft, d)
                } else {
                    node(m.type, d)
                }
            }
            out += "}"
        case let x as MapType:
            out += "map["; node(x.key, d); out += "]"; node(x.value, d)
        case let x as ChanType:
            if x.dir == .recvOnly { out += "<-" }
            out += "chan"
            if x.dir == .sendOnly { out += "<-" }
            out += " "
            if x.dir == .both, let e = x.elem as? ChanType, e.dir == .recvOnly {
                out += "("; node(e, d); out += ")"
            } else {
                node(x.elem, d)
            }
        case let x as Field:
            if let name = x.name { node(name, d); out += " " }
            node(x.type, d)
        // statements
        case is EmptyStmt: break
        case let x as ExprStmt: node(x.x, d)
        case let x as SendStmt:
            node(x.chan, d); out += " <- "; node(x.value, d)
        case let x as AssignStmt:
            node(x.lhs, d)
            if let rhs = x.rhs {
                out += " "
                if x.op == .def { out += ":=" } else { out += x.op.description + "=" }
                out += " "
                node(rhs, d)
            } else {
                out += x.op.description + x.op.description
            }
        case let x as RangeClause:
            if let l = x.lhs {
                node(l, d)
                out += x.def ? " := " : " = "
            }
            out += "range "
            node(x.x, d)
        case let x as CallStmt:
            out += "\(x.tok) "; node(x.call, d)
        case let x as ReturnStmt:
            out += "return"
            if let r = x.results { out += " "; node(r, d) }
        case let x as BranchStmt:
            out += x.tok.description
            if let l = x.label { out += " "; node(l, d) }
        case let x as LabeledStmt:
            node(x.label, d); out += ": "; node(x.stmt, d)
        case let x as BlockStmt:
            out += x.list.isEmpty ? "{}" : "{…}"
        default:
            out += "…"
        }
    }

    mutating func list(_ l: [Expr], _ d: Int) {
        for (i, e) in l.enumerated() {
            if i > 0 { out += ", " }
            node(e, d)
        }
    }

    mutating func fieldList(_ fields: [Field], _ tags: [BasicLit?], _ d: Int) {
        // group consecutive named fields that share one type object
        var i = 0
        var first = true
        while i < fields.count {
            var j = i + 1
            if fields[i].name != nil {
                while j < fields.count && fields[j].name != nil && fields[j].type === fields[i].type { j += 1 }
            }
            if !first { out += "; " }
            first = false
            if fields[i].name == nil {
                node(fields[i].type, d)
            } else {
                for k in i..<j {
                    if k > i { out += ", " }
                    node(fields[k].name, d)
                }
                out += " "
                node(fields[i].type, d)
            }
            if i < tags.count, let t = tags[i] { out += " "; node(t, d) }
            i = j
        }
    }

    mutating func params(_ l: [Field], _ d: Int) {
        out += "("
        for (i, f) in l.enumerated() {
            if i > 0 { out += ", " }
            if let name = f.name {
                node(name, d)
                if i + 1 < l.count, l[i + 1].name != nil, l[i + 1].type === f.type { continue }
                out += " "
            }
            node(f.type, d)
        }
        out += ")"
    }

    mutating func signature(_ t: FuncType, _ d: Int) {
        params(t.paramList, d)
        let r = t.resultList
        if !r.isEmpty {
            out += " "
            if r.count == 1 && r[0].name == nil {
                node(r[0].type, d)
            } else {
                params(r, d)
            }
        }
    }
}
