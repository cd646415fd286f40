// AppendStore.swift — where the new backing store of an `append` lives,
// as Go 1.25+ decides it. The capacity a program sees after an append
// depends on it, so gomem must decide exactly as Go does.
//
// Go's rule (cmd/compile/internal/ssagen's append and
// cmd/compile/internal/slice):
//   1. An `append(x, e...)` with at least one element, not written back in
//      place (`x = append(x, ...)` where x is not an SSA-able local: a
//      global, a field through a pointer, an address-taken variable), whose
//      result does not escape, with an element of 1 to 32 bytes, gets a
//      stack backing store of K = 32/size elements: the first time in a
//      frame that it grows a slice from empty to at most K elements, the
//      slice takes the store (cap K) instead of calling growslice. Only the
//      first such append in the function for each first argument (the same
//      variable, or the same expression) has the store (`firstUse`).
//   2. The slice pass: a slice variable whose every use Go understands
//      (appends to itself, s[i], len, cap, reslicing itself, passing it to
//      a function that does not leak it), with one point where another
//      reference may appear (return s, x = s, range s, go/defer f(s)) not
//      deeper in loops than its declaration, and appended to at least twice
//      (a loop counts), keeps its appends' store on the stack anyway: before
//      that point the slice is copied to the heap if it is in the frame
//      (move2heap: capacity kept if the program uses it, else rounded up
//      from the length to a size class). If the capacity is used, every
//      growth that fits the store reuses it, one size class at a time
//      (`reuse`, growsliceBuf), else rule 1 applies (`firstUse`).
// Everything else calls growslice (`heap`).
//
// Inputs: escape analysis (site decisions and parameter tags, computed as
// `go build -gcflags=-l` would) and Go's inliner, which gomem does not run:
// where inlining could change a decision (a function Go may inline whose
// append could use a store or escapes, a slice passed to a function Go may
// inline, a string conversion escaping from a function Go may inline), the
// append or conversion is reported in `inliningDependent`, so that a
// program observing those capacities is refused (at run time, when such an
// append grows an empty slice into a store's size) rather than given a
// wrong answer (Inline.swift says which functions Go may inline).
import GoSyntax
import GoTypes

/// The backing store an append growth may use.
public enum AppendStore: Sendable, Equatable {
    /// growslice only.
    case heap
    /// The function frame's store `id` for the first growth from empty that fits.
    case firstUse(Int)
    /// The frame's store `id` for every growth that fits (growsliceBuf).
    case reuse(Int)
}

/// Before a statement: copy the slice in `variable` to the heap if it is in
/// its frame store `store` (Go's move2heap).
public struct MoveToHeap: @unchecked Sendable {
    public let variable: Var
    public let store: Int
    public let preserveCapacity: Bool
}

extension Leaks {
    /// Go's leaks.Any: the parameter leaks anywhere (heap, mutator, callee, a result).
    var any: Bool { v.contains { $0 >= 0 } }
}

extension Program {
    /// Plans the backing store of every append of the program (after the
    /// escape analysis of every function).
    func planAppendStores() {
        let inline = InlineEstimate(program: self)
        var all: [FuncInfo] = []
        func add(_ f: FuncInfo) { all.append(f); f.closures.forEach(add) }
        funcs.forEach(add)
        globalLits.forEach(add)
        var nextStore = 0
        for fi in all where fi.body != nil && !fi.isPackageInit {
            AppendPlanner(program: self, fi: fi, inline: inline).run(&nextStore)
        }
        // Package-level initializers: their appends flow to package
        // variables or are discarded; growslice only.
        for f in files {
            for d in f.declList {
                guard let vd = d as? VarDecl else { continue }
                NodeWalker(intoLits: false) { [result] n in
                    if let c = n as? CallExpr { result.plannedAppends.insert(ObjectIdentifier(c)) }
                    return true
                }.walk(vd.values)
            }
        }
    }
}

/// The slice pass and the append decisions of one function.
final class AppendPlanner {
    let program: Program
    let fi: FuncInfo
    let inline: InlineEstimate
    var info: Info { program.info }
    var result: EscapeResult { program.result }

    struct Tracked {
        var okUses = 0, allUses = 0
        var transition: Node?
        var appends: [CallExpr] = []
        var weight = 0
        var declDepth = 0
        var capUsed = false
        /// Passed to functions Go may inline: how many times, and how many
        /// of those uses were not exclusive (the callee leaks it).
        var sensitiveUses = 0, sensitiveLeaks = 0
    }
    /// Slice variables the slice pass still considers (Go's s.Opt != nil).
    var tracked: [ObjectIdentifier: Tracked] = [:]
    var vars: [ObjectIdentifier: Var] = [:]
    /// Variables whose treatment depends on whether Go inlines a callee:
    /// passing s to an inlined function is an assignment to its parameter
    /// (a transition), to one not inlined a use that may be exclusive.
    var inlineSensitive = Set<ObjectIdentifier>()
    var loopDepth = 0
    var namedResults: [Var] = []
    /// Locals whose address Go considers taken (not SSA-able).
    var addrTaken = Set<ObjectIdentifier>()
    var hasDefer = false

    init(program: Program, fi: FuncInfo, inline: InlineEstimate) {
        self.program = program; self.fi = fi; self.inline = inline
    }

    static let maxStoreBytes: Int64 = 32   // Go's VariableMakeThreshold

    func elemSize(_ t: GoType?) -> Int64? {
        guard let s = t?.underlying as? GoSlice else { return nil }
        return sizeof(s.elem)
    }

    func run(_ nextStore: inout Int) {
        guard let body = fi.body else { return }
        scanAddresses(body)
        // The slice variables of the function (Go's fn.Dcl).
        var cands: [Var] = []
        if let s = fi.sig {
            if let r = s.recv { cands.append(r) }
            cands += s.params.vars
            for r in s.results.vars where !r.name.isEmpty {
                cands.append(r)
                namedResults.append(r)
            }
        }
        NodeWalker(intoLits: false) { [info] n in
            if let name = n as? Name, let v = info.defs[ObjectIdentifier(name)] as? Var, !v.isField { cands.append(v) }
            return true
        }.walk(body)
        for v in cands {
            guard let es = elemSize(v.type), es <= AppendPlanner.maxStoreBytes else { continue }
            tracked[ObjectIdentifier(v)] = Tracked()
            vars[ObjectIdentifier(v)] = v
        }
        namedResults = namedResults.filter { tracked[ObjectIdentifier($0)] != nil }
        stmt(body)
        // A variable passed to functions Go may inline is treated differently
        // by Go when they are inlined, unless other uses rule it out anyway.
        for (k, t) in tracked where t.sensitiveUses > 0 && t.allUses - t.okUses == t.sensitiveLeaks {
            inlineSensitive.insert(k)
        }
        // Commit: the variables whose appends keep a stack store.
        var committed: [ObjectIdentifier: (v: Var, capUsed: Bool, transition: Node)] = [:]
        var committedAppends: [ObjectIdentifier: ObjectIdentifier] = [:]
        for (k, t) in tracked {
            guard t.okUses == t.allUses, let tr = t.transition, t.weight >= 2, let v = vars[k] else { continue }
            committed[k] = (v, t.capUsed, tr)
            for a in t.appends { committedAppends[ObjectIdentifier(a)] = k }
        }
        planSites(body, committed: committed, committedAppends: committedAppends, &nextStore)
    }

    // MARK: Addresses taken (Go's Name.Addrtaken)

    func rootVar(_ e: Expr) -> Var? { outerVar(e, info, direct: true) }

    func scanAddresses(_ body: BlockStmt) {
        NodeWalker(intoLits: true) { [self] n in
            switch n {
            case let o as Operation where o.op == .and && o.y == nil:
                if let v = rootVar(o.x) { addrTaken.insert(ObjectIdentifier(v)) }
            case let s as SliceExpr:
                if info.typeOf(s.x)?.underlying is GoArray, let v = rootVar(s.x) { addrTaken.insert(ObjectIdentifier(v)) }
            case let s as SelectorExpr:
                if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal, let f = sel.obj as? Func,
                   f.hasPtrRecv || sel.index.count > 1, !(info.typeOf(s.x)?.underlying is GoPointer),
                   let v = rootVar(s.x) {
                    addrTaken.insert(ObjectIdentifier(v))
                }
            case let l as FuncLit:
                for v in info.captures[ObjectIdentifier(l)] ?? [] { addrTaken.insert(ObjectIdentifier(v)) }
            case let c as CallStmt where c.tok == .defer:
                if !isInsideLit(c) { hasDefer = true }
            default: break
            }
            return true
        }.walk(body)
    }

    /// Defers inside nested literals belong to them (the walk above enters
    /// literals only for addresses): found by a second walk that skips them.
    func isInsideLit(_ c: CallStmt) -> Bool {
        var inside = true
        NodeWalker(intoLits: false) { n in
            if n === c { inside = false }
            return inside
        }.walk(fi.body)
        return inside
    }

    // MARK: The slice pass (Go's slice.analyze)

    /// The variable a name refers to or declares.
    func varOf(_ n: Name) -> Var? {
        (info.uses[ObjectIdentifier(n)] ?? info.defs[ObjectIdentifier(n)]) as? Var
    }

    func trackedVar(_ e: Expr?) -> Var? {
        guard let e, let n = unparen(e) as? Name, let v = varOf(n), tracked[ObjectIdentifier(v)] != nil else { return nil }
        return v
    }

    func drop(_ v: Var) { tracked[ObjectIdentifier(v)] = nil }

    func update(_ v: Var, _ f: (inout Tracked) -> Void) {
        guard var t = tracked[ObjectIdentifier(v)] else { return }
        f(&t)
        tracked[ObjectIdentifier(v)] = t
    }

    func addTransition(_ v: Var, _ at: Node) {
        guard let t = tracked[ObjectIdentifier(v)] else { return }
        if t.transition != nil || loopDepth > t.declDepth { drop(v); return }
        update(v) { $0.transition = at }
    }

    /// A declaration of v (Go's ODCL).
    func declare(_ name: Name) {
        guard let v = info.defs[ObjectIdentifier(name)] as? Var, tracked[ObjectIdentifier(v)] != nil else { return }
        let d = loopDepth
        update(v) { $0.okUses += 1; $0.allUses += 1; $0.declDepth = d }
    }

    /// x = y, somewhere within statement `at` (Go's assign).
    func assign(_ x: Expr, _ y: Expr?, _ at: Node) {
        if let v = trackedVar(x) {
            let y = y.map(unparen)
            let same = y.map { identical(info.typeOf($0), v.type) } ?? true
            if y == nil || isNil(y!) {
                update(v) { $0.okUses += 1 }
            } else if same, y is CompositeLit {
                update(v) { $0.okUses += 1; $0.capUsed = true }
            } else if same, let s = y as? SliceExpr, !s.full, trackedVar(s.x) === v {
                update(v) { $0.okUses += 2; $0.capUsed = true }
            } else if same, let c = y as? CallExpr, isBuiltin(c, .append), trackedVar(c.argList.first) === v {
                let w = 1 + (loopDepth - (tracked[ObjectIdentifier(v)]?.declDepth ?? 0))
                update(v) { $0.okUses += 2; $0.appends.append(c); $0.weight += w }
            }
        }
        if let y, let v = trackedVar(y), identical(info.typeOf(unparen(y)), info.typeOf(unparen(x)) ?? v.type) || isBlank(x) {
            update(v) { $0.okUses += 1 }
            addTransition(v, at)
        }
    }

    func isBlank(_ e: Expr) -> Bool { (unparen(e) as? Name)?.value == "_" }
    func isNil(_ e: Expr) -> Bool {
        if let n = e as? Name, info.uses[ObjectIdentifier(n)] is NilObj { return true }
        return false
    }
    func isBuiltin(_ c: CallExpr, _ id: BuiltinId) -> Bool {
        guard let n = unparen(c.fun) as? Name, let b = info.uses[ObjectIdentifier(n)] as? Builtin else { return false }
        return b.id == id
    }

    func stmts(_ l: [Stmt]) { l.forEach(stmt) }

    func stmt(_ s: Stmt?) {
        guard let s else { return }
        switch s {
        case let b as BlockStmt: stmts(b.list)
        case let e as ExprStmt: expr(e.x)
        case let s as SendStmt: expr(s.chan); expr(s.value)
        case let d as DeclStmt:
            for decl in d.declList {
                guard let vd = decl as? VarDecl else { continue }
                vd.nameList.forEach(declare)
                let rhs = unpackList(vd.values)
                if rhs.count == vd.nameList.count {
                    for (n, r) in zip(vd.nameList, rhs) { assign(n, r, vd) }
                } else if rhs.isEmpty {
                    for n in vd.nameList { assign(n, nil, vd) }
                }
                vd.nameList.forEach(expr)
                rhs.forEach(expr)
            }
        case let a as AssignStmt:
            let lhs = unpackList(a.lhs)
            if a.op == .def { for l in lhs { if let n = l as? Name { declare(n) } } }
            if let r = a.rhs, a.op == .def || a.op == .none {
                let rhs = unpackList(r)
                if rhs.count == lhs.count { for (l, r) in zip(lhs, rhs) { assign(l, r, a) } }
            }
            lhs.forEach(expr)
            if let r = a.rhs { unpackList(r).forEach(expr) }
        case let r as ReturnStmt:
            let res = unpackList(r.results)
            if res.isEmpty {
                for v in namedResults { addTransition(v, r) }
            } else if let sig = fi.sig, res.count == sig.results.count {
                for (i, x) in res.enumerated() {
                    if let v = trackedVar(x), identical(info.typeOf(unparen(x)), sig.results.vars[i].type) {
                        update(v) { $0.okUses += 1 }
                        addTransition(v, r)
                    }
                }
            }
            res.forEach(expr)
        case let i as IfStmt: stmt(i.initStmt); expr(i.cond); stmt(i.then); stmt(i.elseStmt)
        case let f as ForStmt:
            if let rc = f.initStmt as? RangeClause {
                if let v = trackedVar(rc.x) {
                    update(v) { $0.okUses += 1 }
                    addTransition(v, f)
                }
                loopDepth += 1
                unpackList(rc.lhs).forEach(expr)
                expr(rc.x)
                stmt(f.body)
                loopDepth -= 1
            } else {
                loopDepth += 1
                stmt(f.initStmt); expr(f.cond); stmt(f.post); stmt(f.body)
                loopDepth -= 1
            }
        case let sw as SwitchStmt:
            stmt(sw.initStmt); expr(sw.tag)
            for c in sw.body { expr(c.cases); stmts(c.body) }
        case let sel as SelectStmt:
            for c in sel.body { stmt(c.comm); stmts(c.body) }
        case let l as LabeledStmt: stmt(l.stmt)
        case let c as CallStmt: goDefer(c)
        default: break
        }
    }

    /// go/defer f(args): the arguments are copied to temporaries at the
    /// statement (Go's normalizeGoDeferCall), each `tmp := arg`.
    func goDefer(_ s: CallStmt) {
        guard let c = unparen(s.call) as? CallExpr else { expr(s.call); return }
        var operands = c.argList
        if let sel = unparen(c.fun) as? SelectorExpr, let se = info.selections[ObjectIdentifier(sel)], se.kind == .methodVal {
            operands.insert(sel.x, at: 0)
        }
        let sig = info.typeOf(unparen(c.fun))?.underlying as? GoSignature
        let normal = operands.isEmpty && (sig?.results.count ?? 0) == 0
        if !normal {
            for a in operands {
                if let v = trackedVar(a) {
                    update(v) { $0.okUses += 1 }
                    addTransition(v, s)
                }
            }
        }
        // The uses themselves (the call runs in the wrapper on the temporaries).
        expr(c.fun)
        c.argList.forEach(expr)
    }

    func exprs(_ l: [Expr]) { l.forEach(expr) }

    /// &x... where x leads (through fields and array elements) to s[i]:
    /// a definitely non-exclusive use of s.
    func addressOf(_ e: Expr) {
        var x = unparen(e)
        while true {
            if let s = x as? SelectorExpr, let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal,
               !(info.typeOf(s.x)?.underlying is GoPointer) {
                x = unparen(s.x); continue
            }
            if let i = x as? IndexExpr {
                if info.typeOf(i.x)?.underlying is GoArray { x = unparen(i.x); continue }
                if let v = trackedVar(i.x) { drop(v) }
            }
            break
        }
    }

    func expr(_ e: Expr?) {
        guard let e else { return }
        switch e {
        case let n as Name:
            if let v = varOf(n), tracked[ObjectIdentifier(v)] != nil {
                update(v) { $0.allUses += 1 }
            }
        case let p as ParenExpr: expr(p.x)
        case let l as ListExpr: exprs(l.elemList)
        case let c as CompositeLit: exprs(c.elemList)
        case let kv as KeyValueExpr:
            if !(kv.key is Name) || info.uses[ObjectIdentifier(kv.key)] is Var { expr(kv.key) }
            expr(kv.value)
        case let f as FuncLit:
            // Captured variables are used by the closure (Go's OCLOSURE).
            for v in info.captures[ObjectIdentifier(f)] ?? [] where tracked[ObjectIdentifier(v)] != nil {
                update(v) { $0.allUses += 1 }
            }
        case let s as SelectorExpr:
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal, let f = sel.obj as? Func,
               f.hasPtrRecv, !(info.typeOf(s.x)?.underlying is GoPointer) {
                addressOf(s.x)
            }
            if let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName { return }
            expr(s.x)
        case let i as IndexExpr:
            if let v = trackedVar(i.x) { update(v) { $0.okUses += 1 } }
            expr(i.x); expr(i.index)
        case let s as SliceExpr: expr(s.x); s.index.forEach(expr)
        case let a as AssertExpr: expr(a.x)
        case let t as TypeSwitchGuard: expr(t.x)
        case let o as Operation:
            if o.op == .and && o.y == nil { addressOf(o.x) }
            expr(o.x); expr(o.y)
        case let c as CallExpr: call(c)
        default: break
        }
    }

    func call(_ c: CallExpr) {
        let fun = unparen(c.fun)
        if info.types[ObjectIdentifier(fun)]?.isType == true { exprs(c.argList); return }
        if let n = fun as? Name, let b = info.uses[ObjectIdentifier(n)] as? Builtin {
            if b.id == .len || b.id == .cap, let v = trackedVar(c.argList.first) {
                update(v) { $0.okUses += 1; if b.id == .cap { $0.capUsed = true } }
            }
            exprs(c.argList)
            return
        }
        // A static call: Go's argLeak decides whether passing s keeps it exclusive.
        if let (f, sig, recv) = staticCallee(fun) {
            var operands: [(Expr, GoType?, Int)] = []   // (argument, parameter type, tag index)
            var base = 0
            if let recv, let r = sig.recv {
                if !f.hasPtrRecv { operands.append((recv, r.type, 0)) }
                base = 1
            }
            let params = sig.params.vars
            for (i, a) in c.argList.enumerated() {
                if sig.variadic && i >= params.count - 1 {
                    if c.hasDots, i == params.count - 1 { operands.append((a, params[i].type, base + i)) }
                    continue
                }
                if i < params.count { operands.append((a, params[i].type, base + i)) }
            }
            let inlinable = calleeMaybeInlined(f)
            for (a, pt, idx) in operands {
                guard let v = trackedVar(a), identical(info.typeOf(unparen(a)), pt) else { continue }
                let leaks = argLeaks(f, idx)
                if inlinable { update(v) { $0.sensitiveUses += 1; if leaks { $0.sensitiveLeaks += 1 } } }
                if !leaks { update(v) { $0.okUses += 1; $0.capUsed = true } }
            }
        }
        expr(fun)
        exprs(c.argList)
    }

    /// The function a call statically calls: a declared function, a
    /// standard one, or a method of a concrete type (with its receiver).
    func staticCallee(_ fun: Expr) -> (Func, GoSignature, Expr?)? {
        switch fun {
        case let n as Name:
            if let f = info.uses[ObjectIdentifier(n)] as? Func, let s = f.signature { return (f, s, nil) }
        case let s as SelectorExpr:
            if let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName,
               let f = info.uses[ObjectIdentifier(s.sel)] as? Func, let sig = f.signature {
                return (f, sig, nil)
            }
            if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal, sel.index.count == 1,
               let f = sel.obj as? Func, let sig = f.signature, !(info.typeOf(s.x)?.underlying is GoInterface) {
                return (f, sig, s.x)
            }
        default: break
        }
        return nil
    }

    func calleeMaybeInlined(_ f: Func) -> Bool {
        if let fi = program.funcByObj[ObjectIdentifier(f)] { return inline.maybeInlined(fi) }
        if let p = f.pkg, p !== program.pkg { return inline.stdlibMaybeInlined(f) }
        return false
    }

    /// Whether parameter `idx` (the receiver first) of f leaks anywhere.
    func argLeaks(_ f: Func, _ idx: Int) -> Bool {
        if let callee = program.funcByObj[ObjectIdentifier(f)] {
            guard idx < callee.tags.count else { return true }
            return callee.tags[idx].any
        }
        if let p = f.pkg, p !== program.pkg {
            let isMethod = f.signature?.recv != nil
            return stdlibParamTag(f, isMethod ? idx - 1 : idx).any
        }
        return true
    }

    // MARK: Decisions, in the order Go generates code

    func planSites(_ body: BlockStmt, committed: [ObjectIdentifier: (v: Var, capUsed: Bool, transition: Node)],
                   committedAppends: [ObjectIdentifier: ObjectIdentifier], _ nextStore: inout Int) {
        let inlinable = inline.maybeInlined(fi)
        let fs = program.fileSet
        result.storeNotes.append("\(fs.format(fi.decl?.pos ?? fi.lit?.pos ?? body.pos)): \(fi.name): inlining cost >= \(inline.costLowerBound(fi))\(inline.hairy(fi) ? " (never inlined)" : ""): \(inlinable ? "may be inlined" : "not inlined")")
        for (_, cv) in committed {
            result.storeNotes.append("\(fs.format(cv.transition.pos)): move2heap(\(cv.v.name))\(cv.capUsed ? " keeping cap" : "")")
        }
        defer {
            for (c, _) in appendsInOrder(body) {
                let why = result.inliningDependent[ObjectIdentifier(c)].map { " [depends on inlining: \($0)]" } ?? ""
                result.storeNotes.append("\(fs.format(c.pos)): append: \(result.appendStore(c))\(why)")
            }
        }
        var stores: [ObjectIdentifier: Int] = [:]
        func store(_ key: ObjectIdentifier, _ slice: GoType?) -> Int {
            if let s = stores[key] { return s }
            nextStore += 1
            stores[key] = nextStore
            if let e = (slice?.underlying as? GoSlice)?.elem {
                result.storesByBody[ObjectIdentifier(body), default: []].append((nextStore, e))
            }
            return nextStore
        }
        var firstUsed = Set<ObjectIdentifier>()
        func uncertain(_ c: Node, _ t: GoType?, _ why: String) {
            result.inliningDependent[ObjectIdentifier(c)] = why
        }
        for (c, inplace) in appendsInOrder(body) {
            let key: ObjectIdentifier
            var keyVar: Var? = nil
            if let first = c.argList.first, let n = unparen(first) as? Name, let v = info.uses[ObjectIdentifier(n)] as? Var {
                key = ObjectIdentifier(v); keyVar = v
            } else {
                key = ObjectIdentifier(c)
            }
            let t = info.typeOf(c)
            result.plannedAppends.insert(ObjectIdentifier(c))
            var plan = AppendStore.heap
            defer { if plan != .heap { result.appendStores[ObjectIdentifier(c)] = plan } }
            guard !c.hasDots, c.argList.count >= 2, let es = elemSize(t), es > 0, es <= AppendPlanner.maxStoreBytes,
                  !inplace else { continue }
            if let kv = keyVar, inlineSensitive.contains(ObjectIdentifier(kv)) {
                uncertain(c, t, "the slice is passed to a function Go may inline")
            }
            if let owner = committedAppends[ObjectIdentifier(c)], let cv = committed[owner] {
                if cv.capUsed {
                    plan = .reuse(store(owner, t))
                    continue
                }
            } else {
                switch result.escapes(c, .append) {
                case .some(false): break
                case .some(true):
                    if inlinable { uncertain(c, t, "an append escaping from a function Go may inline") }
                    continue
                case .none:
                    uncertain(c, t, "an append escape analysis did not see")
                    continue
                }
            }
            if firstUsed.insert(key).inserted {
                plan = .firstUse(store(key, t))
                if inlinable { uncertain(c, t, "an append in a function Go may inline") }
            }
        }
        // []byte(s) and []rune(s): a conversion that escapes from a function
        // Go may inline might not escape once inlined (a temporary buffer).
        if inlinable {
            NodeWalker(intoLits: false) { [self] n in
                if let c = n as? CallExpr {
                    for kind in [SiteKind.str2bytes, .str2runes] where result.escapes(c, kind) == true {
                        uncertain(c, info.typeOf(c), "a conversion escaping from a function Go may inline")
                    }
                }
                return true
            }.walk(body)
        }
        for (k, cv) in committed {
            guard let es = elemSize(cv.v.type), es > 0 else { continue }
            let m = MoveToHeap(variable: cv.v, store: store(k, cv.v.type), preserveCapacity: cv.capUsed)
            result.movesToHeap[ObjectIdentifier(cv.transition), default: []].append(m)
        }
    }

    /// The appends of the body (not of nested literals), in the order Go's
    /// SSA generation meets them: statements in order (a loop's body before
    /// its post statement), an expression's operands before it. `inplace`:
    /// `x = append(x, ...)` written back in place (x not SSA-able).
    func appendsInOrder(_ body: BlockStmt) -> [(CallExpr, Bool)] {
        var out: [(CallExpr, Bool)] = []
        var inplaceCalls = Set<ObjectIdentifier>()
        func e(_ x: Expr?) {
            guard let x else { return }
            switch x {
            case let p as ParenExpr: e(p.x)
            case let l as ListExpr: l.elemList.forEach(e)
            case let c as CompositeLit: c.elemList.forEach(e)
            case let kv as KeyValueExpr: e(kv.key); e(kv.value)
            case is FuncLit: break
            case let s as SelectorExpr: e(s.x)
            case let i as IndexExpr: e(i.x); e(i.index)
            case let s as SliceExpr: e(s.x); s.index.forEach(e)
            case let a as AssertExpr: e(a.x)
            case let t as TypeSwitchGuard: e(t.x)
            case let o as Operation: e(o.x); e(o.y)
            case let c as CallExpr:
                e(c.fun); c.argList.forEach(e)
                if isBuiltin(c, .append) { out.append((c, inplaceCalls.contains(ObjectIdentifier(c)))) }
            default: break
            }
        }
        func s(_ st: Stmt?) {
            guard let st else { return }
            switch st {
            case let b as BlockStmt: b.list.forEach(s)
            case let x as ExprStmt: e(x.x)
            case let x as SendStmt: e(x.chan); e(x.value)
            case let d as DeclStmt:
                for decl in d.declList { if let vd = decl as? VarDecl { e(vd.values) } }
            case let a as AssignStmt:
                if a.op == .none, !(a.lhs is ListExpr), let r = a.rhs, !(r is ListExpr),
                   let c = unparen(r) as? CallExpr, isBuiltin(c, .append), let first = c.argList.first,
                   sameSafeExpr(a.lhs, first), !canSSA(a.lhs) {
                    inplaceCalls.insert(ObjectIdentifier(c))
                }
                e(a.lhs); e(a.rhs)
            case let r as ReturnStmt: e(r.results)
            case let i as IfStmt: s(i.initStmt); e(i.cond); s(i.then); s(i.elseStmt)
            case let f as ForStmt:
                if let rc = f.initStmt as? RangeClause { e(rc.x); e(rc.lhs); s(f.body) } else { s(f.initStmt); e(f.cond); s(f.body); s(f.post) }
            case let sw as SwitchStmt:
                s(sw.initStmt); e(sw.tag)
                for c in sw.body { e(c.cases); c.body.forEach(s) }
            case let sel as SelectStmt: for c in sel.body { s(c.comm); c.body.forEach(s) }
            case let l as LabeledStmt: s(l.stmt)
            case let c as CallStmt: e(c.call)
            default: break
            }
        }
        s(body)
        return out
    }

    // MARK: SSA-ability (Go's ssagen canSSA) and ir.SameSafeExpr

    func sameSafeExpr(_ a: Expr, _ b: Expr) -> Bool {
        let a = unparen(a), b = unparen(b)
        if let va = info.types[ObjectIdentifier(a)]?.value, let vb = info.types[ObjectIdentifier(b)]?.value {
            return va == vb
        }
        guard identical(info.typeOf(a), info.typeOf(b)) else { return false }
        switch (a, b) {
        case let (x as Name, y as Name):
            let ox = info.uses[ObjectIdentifier(x)], oy = info.uses[ObjectIdentifier(y)]
            return ox != nil && ox === oy
        case let (x as SelectorExpr, y as SelectorExpr):
            guard let sx = info.selections[ObjectIdentifier(x)], let sy = info.selections[ObjectIdentifier(y)],
                  sx.kind == .fieldVal, sy.kind == .fieldVal else { return false }
            return sx.obj === sy.obj && sx.index == sy.index && sameSafeExpr(x.x, y.x)
        case let (x as Operation, y as Operation):
            guard x.op == y.op, x.y == nil, y.y == nil, [.mul, .sub, .add, .xor, .not].contains(x.op) else { return false }
            return sameSafeExpr(x.x, y.x)
        case let (x as IndexExpr, y as IndexExpr):
            return sameSafeExpr(x.x, y.x) && sameSafeExpr(x.index, y.index)
        default:
            return false
        }
    }

    func canSSA(_ e: Expr) -> Bool {
        var x = unparen(e)
        while true {
            if let s = x as? SelectorExpr, let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal,
               !sel.indirect, !(info.typeOf(s.x)?.underlying is GoPointer) {
                x = unparen(s.x); continue
            }
            if let i = x as? IndexExpr, info.typeOf(i.x)?.underlying is GoArray { x = unparen(i.x); continue }
            break
        }
        guard let n = x as? Name, let v = info.uses[ObjectIdentifier(n)] as? Var else { return false }
        if v.isPackageLevel || addrTaken.contains(ObjectIdentifier(v)) || result.isHeap(v) { return false }
        // A variable of an enclosing function is a closure variable here.
        if let lit = fi.lit, (info.captures[ObjectIdentifier(lit)] ?? []).contains(where: { $0 === v }) { return false }
        if hasDefer, namedResults.contains(where: { $0 === v }) || (fi.sig?.results.vars.contains { $0 === v } ?? false) {
            return false
        }
        return AppendPlanner.canSSAType(v.type)
    }

    /// Go's ssa.CanSSA for a type: at most 4 words; structs of at most 4
    /// such fields; arrays of at most one such element.
    static func canSSAType(_ t: GoType?, depth: Int = 0) -> Bool {
        guard let t, depth < 16 else { return false }
        if Sizes.sizeof(t) > 32 { return false }
        switch t.underlying {
        case let a as GoArray: return a.len <= 1 && canSSAType(a.elem, depth: depth + 1)
        case let s as GoStruct: return s.fields.count <= 4 && s.fields.allSatisfy { canSSAType($0.type, depth: depth + 1) }
        default: return true
        }
    }
}
