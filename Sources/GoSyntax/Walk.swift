// Walk.swift — a preorder walk over statements and expressions.
//
// One walker for every pass that needs to see the nodes of function bodies
// (escape analysis, variable placement, ...). `visit` is called on each node
// before its children and returns false to skip them. Func literal bodies
// are entered only if `intoLits`. Type expressions are not walked (a
// composite literal's type, a conversion's type argument is walked as an
// ordinary expression of a call).

/// Preorder walk of statements and expressions.
public struct NodeWalker {
    public var intoLits: Bool
    public var visit: (Node) -> Bool

    public init(intoLits: Bool, visit: @escaping (Node) -> Bool) {
        self.intoLits = intoLits
        self.visit = visit
    }

    /// Walks every function body and package-level variable initializer of f.
    public func walkFile(_ f: File) {
        for d in f.declList {
            if let fd = d as? FuncDecl { walk(fd.body) }
            if let vd = d as? VarDecl { walk(vd.values) }
        }
    }

    public func walk(_ n: Node?) {
        guard let n else { return }
        if !visit(n) { return }
        switch n {
        case let s as BlockStmt: s.list.forEach { walk($0) }
        case let s as ExprStmt: walk(s.x)
        case let s as SendStmt: walk(s.chan); walk(s.value)
        case let s as DeclStmt:
            for d in s.declList {
                if let v = d as? VarDecl { v.nameList.forEach { walk($0) }; walk(v.values) }
            }
        case let s as AssignStmt: walk(s.lhs); walk(s.rhs)
        case let s as CallStmt: walk(s.call)
        case let s as ReturnStmt: walk(s.results)
        case let s as IfStmt: walk(s.initStmt); walk(s.cond); walk(s.then); walk(s.elseStmt)
        case let s as ForStmt: walk(s.initStmt); walk(s.cond); walk(s.post); walk(s.body)
        case let s as SwitchStmt:
            walk(s.initStmt); walk(s.tag)
            for c in s.body { walk(c) }
        case let c as CaseClause: walk(c.cases); c.body.forEach { walk($0) }
        case let s as SelectStmt: for c in s.body { walk(c) }
        case let c as CommClause: walk(c.comm); c.body.forEach { walk($0) }
        case let s as RangeClause: walk(s.lhs); walk(s.x)
        case let s as LabeledStmt: walk(s.stmt)
        case let e as ParenExpr: walk(e.x)
        case let e as CompositeLit: e.elemList.forEach { walk($0) }
        case let e as KeyValueExpr: walk(e.key); walk(e.value)
        case let e as FuncLit: if intoLits { walk(e.body) }
        case let e as SelectorExpr: walk(e.x); walk(e.sel)
        case let e as IndexExpr: walk(e.x); walk(e.index)
        case let e as SliceExpr: walk(e.x); e.index.forEach { walk($0) }
        case let e as AssertExpr: walk(e.x)
        case let e as TypeSwitchGuard: walk(e.lhs); walk(e.x)
        case let e as Operation: walk(e.x); walk(e.y)
        case let e as CallExpr: walk(e.fun); e.argList.forEach { walk($0) }
        case let e as ListExpr: e.elemList.forEach { walk($0) }
        default: break
        }
    }
}
