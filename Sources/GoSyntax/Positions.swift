// Positions.swift — the left-most position of a node.
//
// Type errors are reported at the start of the offending expression (for
// `a + b`, at `a`, not at `+`), as cmd/compile/internal/syntax's StartPos
// computes it: it descends through the left operand of binary operations,
// selectors, index expressions, calls, assertions, keyed elements, typed
// composite literals and lists, and stops at every other node (a slice
// expression, a field, a labeled or expression statement report at their
// own position). A File starts at line 1, column 1.

public func startPos(_ n0: Node) -> Pos {
    var n: Node = n0
    while true {
        switch n {
        case let x as File:
            return Pos(file: x.pos.file, line: 1, col: 1)
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
}
