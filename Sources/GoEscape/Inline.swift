// Inline.swift — which functions Go's inliner might inline (a conservative
// reading of cmd/compile/internal/inline's hairyVisitor).
//
// gomem never inlines, and escape analysis runs as `go build -gcflags=-l`
// would. Where Go's inlining changes what a program observes — the stack
// backing store of append (AppendStore.swift) is decided per inlined copy,
// in the caller's frame — gomem must know whether a function could be
// inlined. It answers only "surely not" or "maybe":
//   - never: main.main and init functions (nothing calls them), functions
//     marked //go:noinline, functions Go refuses to inline whatever their
//     cost (defer, go, recover), and functions whose cost is surely over
//     Go's budget (80; 800 for a func literal, which Go inlines when it is
//     called once);
//   - otherwise maybe.
// The cost is a lower bound of Go's: every syntax node that is an IR node
// Go charges 1 counts 1 (statements, names, literals, operators, calls,
// selections, index and slice expressions, composite literals), and a call
// adds the least Go may add (57 for a call through an interface, a called
// function's own lower bound when smaller than 57, a standard function's
// cost from StdlibInlineCosts.swift unless it may be an intrinsic; nothing
// for a call of a func value, which Go may resolve statically). Anything Go may charge less for counts 0 (parentheses,
// types, conversions, `&x...`, `*p`, slice bounds, the untaken branch of a
// constant `if`, the nodes of a constant expression beyond one). So a
// function whose bound is over budget is surely not inlined; one under it
// may or may not be.
import GoSyntax
import GoTypes

/// Go's inlineMaxBudget and its budget for a closure called once.
private let inlineMaxBudget = 80
private let inlineClosureCalledOnceCost = 10 * inlineMaxBudget
private let inlineExtraCallCost = 57
/// Packages whose functions Go may compile as intrinsics (a call costs 1).
private let intrinsicPackages: Set<String> = ["sync/atomic", "math", "math/bits", "runtime", "unsafe"]

final class InlineEstimate {
    let program: Program
    var info: Info { program.info }
    private var memo: [ObjectIdentifier: Int] = [:]
    private var inProgress = Set<ObjectIdentifier>()
    private var hairyMemo: [ObjectIdentifier: Bool] = [:]

    init(program: Program) { self.program = program }

    /// Whether Go might inline `fi` into some caller.
    func maybeInlined(_ fi: FuncInfo) -> Bool {
        if fi.isPackageInit { return false }
        if let d = fi.decl {
            if d.recv == nil && (d.name.value == "main" || d.name.value == "init") { return false }
            if d.pragma.has("go:noinline") { return false }
        }
        guard fi.body != nil else { return false }
        if hairy(fi) { return false }
        let budget = fi.lit != nil ? inlineClosureCalledOnceCost : inlineMaxBudget
        return costLowerBound(fi) <= budget
    }

    /// Constructs Go never inlines (defer, go, recover), outside nested literals.
    func hairy(_ fi: FuncInfo) -> Bool {
        let key = ObjectIdentifier(fi)
        if let h = hairyMemo[key] { return h }
        var found = false
        NodeWalker(intoLits: false) { [info] n in
            if found { return false }
            if n is CallStmt { found = true }
            if let c = n as? CallExpr, let name = unparen(c.fun) as? Name,
               let b = info.uses[ObjectIdentifier(name)] as? Builtin, b.id == .recover {
                found = true
            }
            return !found
        }.walk(fi.body)
        hairyMemo[key] = found
        return found
    }

    /// A lower bound of Go's inlining cost of fi's body.
    func costLowerBound(_ fi: FuncInfo) -> Int {
        let key = ObjectIdentifier(fi)
        if let c = memo[key] { return c }
        if inProgress.contains(key) { return 0 }
        inProgress.insert(key)
        let c = stmt(fi.body)
        inProgress.remove(key)
        memo[key] = c
        return c
    }

    // MARK: Statements

    private func stmts(_ l: [Stmt]) -> Int { l.reduce(0) { $0 + stmt($1) } }

    private func stmt(_ s: Stmt?) -> Int {
        guard let s else { return 0 }
        switch s {
        case let b as BlockStmt: return stmts(b.list)
        case is EmptyStmt: return 0
        case let e as ExprStmt: return expr(e.x)
        case let s as SendStmt: return 1 + expr(s.chan) + expr(s.value)
        case let d as DeclStmt:
            var c = 0
            for decl in d.declList {
                guard let vd = decl as? VarDecl else { continue }
                c += vd.nameList.count + expr(vd.values)
            }
            return c
        case let a as AssignStmt:
            return 1 + exprs(unpackList(a.lhs)) + expr(a.rhs)
        case let r as ReturnStmt: return 1 + expr(r.results)
        case let i as IfStmt:
            if let cond = i.cond, let v = info.types[ObjectIdentifier(cond)]?.value, let b = v.boolValue {
                return stmt(i.initStmt) + (b ? stmt(i.then) : stmt(i.elseStmt))
            }
            return 1 + stmt(i.initStmt) + expr(i.cond) + stmt(i.then) + stmt(i.elseStmt)
        case let f as ForStmt:
            return 1 + stmt(f.initStmt) + expr(f.cond) + stmt(f.post) + stmt(f.body)
        case let r as RangeClause: return exprs(unpackList(r.lhs)) + expr(r.x)
        case let sw as SwitchStmt:
            var c = 1 + stmt(sw.initStmt) + expr(sw.tag)
            for cl in sw.body { c += 1 + expr(cl.cases) + stmts(cl.body) }
            return c
        case let sel as SelectStmt:
            var c = 1
            for cl in sel.body { c += 1 + stmt(cl.comm) + stmts(cl.body) }
            return c
        case let l as LabeledStmt: return stmt(l.stmt)
        case let b as BranchStmt: return b.tok == .fallthrough ? 0 : 1
        case let c as CallStmt: return 1 + expr(c.call)
        default: return 0
        }
    }

    // MARK: Expressions

    private func exprs(_ l: [Expr]) -> Int { l.reduce(0) { $0 + expr($1) } }

    private func isType(_ e: Expr) -> Bool { info.types[ObjectIdentifier(e)]?.isType == true }

    private func expr(_ e: Expr?) -> Int {
        guard let e else { return 0 }
        if let tv = info.types[ObjectIdentifier(e)] {
            if tv.isType { return 0 }
            if tv.value != nil { return 1 }
        }
        switch e {
        case let p as ParenExpr: return expr(p.x)
        case let n as Name: return n.value == "_" ? 0 : 1
        case is BasicLit: return 1
        case let l as ListExpr: return exprs(l.elemList)
        case let c as CompositeLit:
            var n = 1
            if info.typeOf(c)?.underlying is GoSlice { n += 1 }
            for el in c.elemList {
                if let kv = el as? KeyValueExpr {
                    n += 1 + expr(kv.value)
                    if info.typeOf(c)?.underlying is GoMap { n += expr(kv.key) }
                } else {
                    n += expr(el)
                }
            }
            return n
        case let kv as KeyValueExpr: return expr(kv.key) + expr(kv.value)
        case is FuncLit: return 16
        case let s as SelectorExpr:
            if let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName { return 1 }
            guard let sel = info.selections[ObjectIdentifier(s)] else { return expr(s.x) }
            switch sel.kind {
            case .fieldVal: return sel.index.count + expr(s.x)
            case .methodVal: return 2 + expr(s.x)
            case .methodExpr: return 0
            }
        case let i as IndexExpr: return 1 + expr(i.x) + expr(i.index)
        case let s as SliceExpr: return 1 + expr(s.x)
        case let a as AssertExpr: return 1 + expr(a.x)
        case let t as TypeSwitchGuard: return expr(t.x)
        case let o as Operation:
            guard let y = o.y else {
                switch o.op {
                case .and: return 0
                case .mul: return expr(o.x)
                default: return 1 + expr(o.x)
                }
            }
            if o.op == .add, isStringType(info.typeOf(o)) { return 1 + stringSum(o.x) + stringSum(y) }
            return 1 + expr(o.x) + expr(y)
        case let c as CallExpr: return call(c)
        default: return 0
        }
    }

    /// The standard function or method a call's callee names, if any.
    func stdlibFunc(_ fun: Expr) -> Func? {
        guard let s = fun as? SelectorExpr else { return nil }
        if let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName {
            return info.uses[ObjectIdentifier(s.sel)] as? Func
        }
        if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal, let f = sel.obj as? Func,
           let p = f.pkg, p !== program.pkg, !(info.typeOf(s.x)?.underlying is GoInterface) {
            return f
        }
        return nil
    }

    /// Whether Go may inline the standard function f (unknown: maybe).
    func stdlibMaybeInlined(_ f: Func) -> Bool { (stdlibInlineCosts[stdlibKey(f)] ?? 0) >= 0 }

    /// Operands of a string concatenation chain (one OADDSTR node in Go).
    private func stringSum(_ e: Expr) -> Int {
        let u = unparen(e)
        if let o = u as? Operation, o.op == .add, let y = o.y, isStringType(info.typeOf(o)),
           info.types[ObjectIdentifier(o)]?.value == nil {
            return stringSum(o.x) + stringSum(y)
        }
        return expr(u)
    }

    private func call(_ c: CallExpr) -> Int {
        let fun = unparen(c.fun)
        let args = exprs(c.argList)
        if isType(fun) { return args }
        if let n = fun as? Name, let b = info.uses[ObjectIdentifier(n)] as? Builtin {
            switch b.id {
            case .panic: return 2 + args
            case .make, .new:
                // The type argument is not a node.
                return 1 + exprs(Array(c.argList.dropFirst()))
            default: return 1 + args
            }
        }
        var extra = 0
        var funCost = expr(fun)
        if let f = stdlibFunc(fun) {
            // A standard function: its cost if Go inlines it, else a call's
            // (intrinsics such as sync/atomic's and math's cost nothing more).
            if let c = stdlibInlineCosts[stdlibKey(f)], !intrinsicPackages.contains(f.pkg?.path ?? "") {
                extra = c < 0 ? inlineExtraCallCost : min(inlineExtraCallCost, c)
            }
            if let s = fun as? SelectorExpr, !(s.x is Name && info.uses[ObjectIdentifier(s.x)] is PkgName) {
                funCost = expr(s.x)
            }
            return 1 + funCost + args + extra
        }
        switch fun {
        case let n as Name:
            if let f = info.uses[ObjectIdentifier(n)] as? Func {
                if let fi = program.funcByObj[ObjectIdentifier(f)] { extra = min(inlineExtraCallCost, costLowerBound(fi)) }
            }
        case let s as SelectorExpr:
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal, let f = sel.obj as? Func {
                if info.typeOf(s.x)?.underlying is GoInterface {
                    funCost = 1 + expr(s.x)    // ODOTINTER
                    extra = inlineExtraCallCost
                } else {
                    // OMETHEXPR costs nothing; the receiver is an argument.
                    funCost = expr(s.x)
                    if let fi = program.funcByObj[ObjectIdentifier(f)] { extra = min(inlineExtraCallCost, costLowerBound(fi)) }
                }
            }
        default: break
        }
        return 1 + funCost + args + extra
    }
}

/// "pkg.Func" or "pkg.Type.Method" of a standard function or method.
func stdlibKey(_ f: Func) -> String {
    let path = f.pkg?.path ?? ""
    if let r = f.signature?.recv?.type {
        var t = r
        if let p = t as? GoPointer { t = p.elem }
        if let n = t as? GoNamed { return "\(path).\(n.obj.name).\(f.name)" }
    }
    return "\(path).\(f.name)"
}
