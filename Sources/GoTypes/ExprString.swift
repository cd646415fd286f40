// ExprString.swift — expressions printed as in error messages: the short form
// of cmd/compile/internal/syntax's printer (composite literal and function
// literal bodies print as "…").
import GoSyntax

public func exprText(_ n: Node?) -> String {
    var s = ""
    writeExpr(n, &s, depth: 0)
    return s
}

private func writeExpr(_ n: Node?, _ s: inout String, depth: Int) {
    guard let n else { return }
    if depth > 200 { s += "…"; return }
    let d = depth + 1
    switch n {
    case is BadExpr: s += "<bad expr>"
    case let x as Name: s += x.value
    case let x as BasicLit: s += x.value
    case let x as FuncLit:
        writeExpr(x.type, &s, depth: d)
        s += x.body.list.isEmpty ? " {}" : " {…}"
    case let x as CompositeLit:
        if let t = x.type { writeExpr(t, &s, depth: d) }
        s += x.elemList.isEmpty ? "{}" : "{…}"
    case let x as ParenExpr:
        s += "("; writeExpr(x.x, &s, depth: d); s += ")"
    case let x as SelectorExpr:
        writeExpr(x.x, &s, depth: d); s += "."; s += x.sel.value
    case let x as IndexExpr:
        writeExpr(x.x, &s, depth: d); s += "["; writeExpr(x.index, &s, depth: d); s += "]"
    case let x as SliceExpr:
        writeExpr(x.x, &s, depth: d); s += "["
        if let i = x.index[0] { writeExpr(i, &s, depth: d) }
        s += ":"
        if x.index.count > 1, let j = x.index[1] { writeExpr(j, &s, depth: d) }
        if x.index.count > 2, let k = x.index[2] { s += ":"; writeExpr(k, &s, depth: d) }
        s += "]"
    case let x as AssertExpr:
        writeExpr(x.x, &s, depth: d); s += ".("; writeExpr(x.type, &s, depth: d); s += ")"
    case let x as TypeSwitchGuard:
        if let l = x.lhs { s += l.value + " := " }
        writeExpr(x.x, &s, depth: d); s += ".(type)"
    case let x as CallExpr:
        writeExpr(x.fun, &s, depth: d); s += "("
        for (i, a) in x.argList.enumerated() {
            if i > 0 { s += ", " }
            writeExpr(a, &s, depth: d)
        }
        if x.hasDots { s += "..." }
        s += ")"
    case let x as Operation:
        if let y = x.y {
            writeExpr(x.x, &s, depth: d); s += " \(x.op) "; writeExpr(y, &s, depth: d)
        } else {
            s += "\(x.op)"; writeExpr(x.x, &s, depth: d)
        }
    case let x as KeyValueExpr:
        writeExpr(x.key, &s, depth: d); s += ": "; writeExpr(x.value, &s, depth: d)
    case let x as ListExpr:
        for (i, e) in x.elemList.enumerated() {
            if i > 0 { s += ", " }
            writeExpr(e, &s, depth: d)
        }
    case let x as ArrayType:
        s += "["
        if let l = x.len { writeExpr(l, &s, depth: d) } else { s += "..." }
        s += "]"; writeExpr(x.elem, &s, depth: d)
    case let x as SliceType:
        s += "[]"; writeExpr(x.elem, &s, depth: d)
    case let x as DotsType:
        s += "..."; writeExpr(x.elem, &s, depth: d)
    case let x as StructType:
        s += "struct{"
        for (i, f) in x.fieldList.enumerated() {
            if i > 0 { s += "; " }
            if let nm = f.name { s += nm.value + " " }
            writeExpr(f.type, &s, depth: d)
            if i < x.tagList.count, let t = x.tagList[i] { s += " " + t.value }
        }
        s += "}"
    case let x as FuncType:
        s += "func"; writeSignature(x, &s, depth: d)
    case let x as InterfaceType:
        s += "interface{"
        for (i, f) in x.methodList.enumerated() {
            if i > 0 { s += "; " }
            if let nm = f.name {
                s += nm.value
                if let ft = f.type as? FuncType { writeSignature(ft, &s, depth: d) }
            } else {
                writeExpr(f.type, &s, depth: d)
            }
        }
        s += "}"
    case let x as MapType:
        s += "map["; writeExpr(x.key, &s, depth: d); s += "]"; writeExpr(x.value, &s, depth: d)
    case let x as ChanType:
        if x.dir == .recvOnly { s += "<-" }
        s += "chan"
        if x.dir == .sendOnly { s += "<-" }
        s += " "
        if x.dir == .both, let e = x.elem as? ChanType, e.dir == .recvOnly {
            s += "("; writeExpr(x.elem, &s, depth: d); s += ")"
        } else {
            writeExpr(x.elem, &s, depth: d)
        }
    case let x as Field:
        if let nm = x.name { s += nm.value + " " }
        writeExpr(x.type, &s, depth: d)
    default:
        s += "?"
    }
}

private func writeParams(_ list: [Field], _ s: inout String, depth: Int) {
    s += "("
    for (i, f) in list.enumerated() {
        if i > 0 { s += ", " }
        if let nm = f.name {
            s += nm.value
            if i + 1 < list.count, list[i + 1].name != nil, list[i + 1].type === f.type { continue }
            s += " "
        }
        var t: Expr = f.type
        while let p = t as? ParenExpr { t = p.x }
        writeExpr(t, &s, depth: depth)
    }
    s += ")"
}

private func writeSignature(_ f: FuncType, _ s: inout String, depth: Int) {
    writeParams(f.paramList, &s, depth: depth)
    if f.resultList.isEmpty { return }
    s += " "
    if f.resultList.count == 1 && f.resultList[0].name == nil {
        writeExpr(f.resultList[0].type, &s, depth: depth)
        return
    }
    writeParams(f.resultList, &s, depth: depth)
}

/// The left-most position of a node exactly as cmd/compile/internal/syntax's
/// StartPos computes it, which is where types2 reports errors. (It does not
/// descend into slice expressions, fields, labeled or expression
/// statements; those report at the node's own position.)
func goStartPos(_ n0: Node) -> Pos {
    var n: Node = n0
    var steps = 0
    while steps < 10_000 {
        steps += 1
        switch n {
        case let x as CompositeLit:
            guard let t = x.type else { return x.pos }
            n = t
        case let x as KeyValueExpr: n = x.key
        case let x as SelectorExpr: n = x.x
        case let x as IndexExpr: n = x.x
        case let x as AssertExpr: n = x.x
        case let x as TypeSwitchGuard:
            if let l = x.lhs { n = l } else { n = x.x }
        case let x as Operation:
            if x.y != nil { n = x.x } else { return x.pos }
        case let x as CallExpr: n = x.fun
        case let x as ListExpr:
            guard let f = x.elemList.first else { return x.pos }
            n = f
        case let x as SendStmt: n = x.chan
        case let x as AssignStmt: n = x.lhs
        case let x as RangeClause:
            if let l = x.lhs { n = l } else { n = x.x }
        default:
            return n.pos
        }
    }
    return n.pos
}
