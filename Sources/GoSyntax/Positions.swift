// Positions.swift — the left-most position of a node.
//
// Type errors are reported at the start of the offending expression (for
// `a + b`, at `a`, not at `+`), so the checker needs the left-most source
// position of any node, found by walking down its left-most children.

public func startPos(_ n: Node) -> Pos {
    var n: Node = n
    while true {
        switch n {
        case let x as CompositeLit:
            guard let t = x.type else { return x.pos }
            n = t
        case let x as KeyValueExpr: n = x.key
        case let x as SelectorExpr: n = x.x
        case let x as IndexExpr: n = x.x
        case let x as SliceExpr: n = x.x
        case let x as AssertExpr: n = x.x
        case let x as TypeSwitchGuard:
            if let l = x.lhs { n = l } else { n = x.x }
        case let x as Operation:
            if x.y != nil { n = x.x } else { return x.pos }
        case let x as CallExpr: n = x.fun
        case let x as ListExpr:
            guard let f = x.elemList.first else { return x.pos }
            n = f
        case let x as Field:
            if let name = x.name { return name.pos }
            n = x.type
        case let x as LabeledStmt: n = x.label
        case let x as ExprStmt: n = x.x
        case let x as SendStmt: n = x.chan
        case let x as AssignStmt: n = x.lhs
        case let x as RangeClause:
            if let l = x.lhs { n = l } else { return x.pos }
        default:
            return n.pos
        }
    }
}
