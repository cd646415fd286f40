// VariablePlacement.swift — where each local variable lives: a slot in its
// function's frame, or a heap cell allocated with mallocgc where it is
// declared (the frame slot then holds the cell's address).
//
// The decision belongs to escape analysis: `gomem run` passes
// GomemDriver's `EscapePlacement` (GomemDriver/Placement.swift, an adapter
// over GoEscape's EscapeResult, since this module does not depend on
// GoEscape). A non-escaping variable whose address is taken is then a frame
// slot, `&v` compiles to `frameaddr` into a pointer slot of the stack map,
// and stack growth (GoVM's growStack) adjusts every such pointer.
// Allocation sites (new, &T{}, composite literals, make, closures, ...) are
// all still heap allocations here, even when escape analysis says they do
// not escape; EscapePlacement falls back to the conservative rule for a
// program in which such a site could hold a pointer into a stack.
//
// `ConservativePlacement` (GOMEM_PLACEMENT=conservative, and the fallback)
// decides: a variable goes to the heap if
//   1. its address is taken (&x, &x.f, &x[i] of an array, x[:] of an array,
//      or a pointer-receiver method called on or bound to it), or
//   2. a closure captures it (gomem captures by reference, so the closure
//      and the frame share the cell).
// Both rules over-approximate Go's: a program never sees a wrong value, only
// more heap allocations than Go would make. With this rule no pointer into a
// goroutine stack ever exists.
import GoSyntax
import GoTypes

public enum VarPlacement: Sendable { case stack, heap }

/// The oracle the compiler asks for each local variable and parameter.
public protocol VariablePlacement {
    func placement(of v: Var) -> VarPlacement
}

public final class ConservativePlacement: VariablePlacement {
    private var heap = Set<ObjectIdentifier>()

    public init(files: [File], info: Info) {
        for (_, caps) in info.captures { for v in caps { heap.insert(ObjectIdentifier(v)) } }
        let w = AddrWalker(info: info) { [unowned self] v in self.heap.insert(ObjectIdentifier(v)) }
        for f in files { w.walk(f) }
    }

    public func placement(of v: Var) -> VarPlacement {
        heap.contains(ObjectIdentifier(v)) ? .heap : .stack
    }
}

/// Finds the variables whose address is taken.
private final class AddrWalker {
    let info: Info
    let mark: (Var) -> Void
    init(info: Info, mark: @escaping (Var) -> Void) { self.info = info; self.mark = mark }

    /// The variable an addressable expression is part of (through fields and
    /// array elements, not through pointers or slices).
    func root(_ e: Expr) -> Var? {
        switch e {
        case let n as Name: return info.objectOf(n) as? Var
        case let p as ParenExpr: return root(p.x)
        case let s as SelectorExpr:
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal, !sel.indirect,
               !(info.typeOf(s.x)?.underlying is GoPointer) {
                return root(s.x)
            }
            return nil
        case let i as IndexExpr:
            if info.typeOf(i.x)?.underlying is GoArray { return root(i.x) }
            return nil
        case let c as CompositeLit: _ = c; return nil
        default: return nil
        }
    }

    func walk(_ f: File) {
        for d in f.declList {
            if let fd = d as? FuncDecl, let b = fd.body { stmt(b) }
            if let vd = d as? VarDecl, let v = vd.values { expr(v) }
        }
    }

    func stmt(_ s: Stmt?) {
        guard let s else { return }
        switch s {
        case let b as BlockStmt: b.list.forEach(stmt)
        case let e as ExprStmt: expr(e.x)
        case let s as SendStmt: expr(s.chan); expr(s.value)
        case let d as DeclStmt:
            for x in d.declList { if let vd = x as? VarDecl, let v = vd.values { expr(v) } }
        case let a as AssignStmt: expr(a.lhs); if let r = a.rhs { expr(r) }
        case let c as CallStmt: expr(c.call)
        case let r as ReturnStmt: if let x = r.results { expr(x) }
        case let i as IfStmt: stmt(i.initStmt); if let c = i.cond { expr(c) }; stmt(i.then); stmt(i.elseStmt)
        case let f as ForStmt: stmt(f.initStmt); if let c = f.cond { expr(c) }; stmt(f.post); stmt(f.body)
        case let r as RangeClause: if let l = r.lhs { expr(l) }; expr(r.x)
        case let sw as SwitchStmt:
            stmt(sw.initStmt)
            if let t = sw.tag { expr(t) }
            for c in sw.body { if let x = c.cases { expr(x) }; c.body.forEach(stmt) }
        case let sel as SelectStmt:
            for c in sel.body { stmt(c.comm); c.body.forEach(stmt) }
        case let l as LabeledStmt: stmt(l.stmt)
        default: break
        }
    }

    func expr(_ e: Expr?) {
        guard let e else { return }
        switch e {
        case let o as Operation:
            if o.op == .and, o.y == nil, let v = root(o.x) { mark(v) }
            expr(o.x); expr(o.y)
        case let s as SliceExpr:
            if info.typeOf(s.x)?.underlying is GoArray, let v = root(s.x) { mark(v) }
            expr(s.x); s.index.forEach { expr($0) }
        case let s as SelectorExpr:
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal,
               let f = sel.obj as? Func, f.hasPtrRecv, !(info.typeOf(s.x)?.underlying is GoPointer),
               let v = root(s.x) {
                mark(v)
            }
            // An embedded pointer-receiver method reached through a value field.
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal, sel.index.count > 1,
               let v = root(s.x) {
                mark(v)
            }
            expr(s.x)
        case let c as CallExpr: expr(c.fun); c.argList.forEach { expr($0) }
        case let p as ParenExpr: expr(p.x)
        case let i as IndexExpr: expr(i.x); expr(i.index)
        case let a as AssertExpr: expr(a.x)
        case let t as TypeSwitchGuard: expr(t.x)
        case let c as CompositeLit: c.elemList.forEach { expr($0) }
        case let kv as KeyValueExpr: expr(kv.key); expr(kv.value)
        case let f as FuncLit: stmt(f.body)
        case let l as ListExpr: l.elemList.forEach { expr($0) }
        default: break
        }
    }
}
