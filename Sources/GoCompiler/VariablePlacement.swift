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
import GoABI
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
        let a = AddrWalker(info: info) { [unowned self] v in self.heap.insert(ObjectIdentifier(v)) }
        let w = NodeWalker(intoLits: true) { a.note($0); return true }
        for f in files { w.walkFile(f) }
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
        default: return nil
        }
    }

    /// Marks the variable whose address a node takes, if any.
    func note(_ n: Node) {
        switch n {
        case let o as Operation:
            if o.op == .and, o.y == nil, let v = root(o.x) { mark(v) }
        case let s as SliceExpr:
            if info.typeOf(s.x)?.underlying is GoArray, let v = root(s.x) { mark(v) }
        case let s as SelectorExpr:
            guard let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal, let v = root(s.x) else { return }
            // A pointer method called on a value, or an embedded pointer-receiver
            // method reached through a value field.
            if let f = sel.obj as? Func, f.hasPtrRecv, !(info.typeOf(s.x)?.underlying is GoPointer) { mark(v) }
            if sel.index.count > 1 { mark(v) }
        default: break
        }
    }
}
