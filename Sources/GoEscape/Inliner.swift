// Inliner.swift — Go's inliner (cmd/compile/internal/inline, Go 1.27 without
// PGO) as far as `-m` shows it: which functions can be inlined and at what
// cost (`can inline f`, `can inline f with cost N as: ...`, `cannot inline
// f: reason`), and which calls are inlined (`inlining call to f`), with
// mid-stack inlining. The decisions feed escape analysis, which then walks
// an inlined callee's body in its caller (Batch+Inline.swift).
//
// Cost: Go charges 1 for every IR node of the body (hairyVisitor), with its
// adjustments; `InlineCoster` counts the nodes Go's IR would have from the
// syntax tree and the checker's facts (implicit interface conversions,
// `x := e` declarations, receivers taken by address, variadic slices, ...).
// A call costs the callee's cost when it would be inlined, else 57 (17 for a
// call of a parameter or captured variable). Budget 80; a func literal may
// cost up to 800 (Go's budget for closures called once). `defer`, `go` and
// `recover` make a function impossible to inline.
//
// Calls: after every function's inlinability is known (printed first, in
// bottom-up order), each function's calls are considered in Go's order: the
// calls of the body in post-order, then, round after round, the calls of
// the bodies just inlined. A callee already on the inlining chain is not
// inlined again (Go's "repeated recursive cycle"). The bodies of standard
// functions are not available: their own inlined calls come from a table
// (`stdlibInlineTree`).
//
// Invariants: costs are computed bottom-up (a callee's before its callers);
// nothing here changes the program or the -l analysis `gomem run` uses.
import GoSyntax
import GoTypes

private let inlMaxBudget = 80
private let inlExtraCallCost = 57
private let inlParamCallCost = 17
private let inlClosureCalledOnce = 800
private let inlBigFunctionNodes = 5000
private let inlBigFunctionMaxCost = 20

/// Packages whose calls Go may compile as intrinsics (cost of a plain node).
private let intrinsicFuncs: Set<String> = [
    "math.Sqrt", "math.Abs", "math.Floor", "math.Ceil", "math.Trunc", "math.RoundToEven", "math.Round",
    "math.Copysign", "math.FMA", "math.Float64bits", "math.Float64frombits", "math.Float32bits", "math.Float32frombits",
    "math/bits.TrailingZeros64", "math/bits.TrailingZeros32", "math/bits.TrailingZeros", "math/bits.LeadingZeros64",
    "math/bits.LeadingZeros", "math/bits.Len64", "math/bits.Len", "math/bits.Len32", "math/bits.OnesCount64",
    "math/bits.OnesCount", "math/bits.OnesCount32", "math/bits.RotateLeft64", "math/bits.RotateLeft",
    "math/bits.RotateLeft32", "math/bits.ReverseBytes64", "math/bits.ReverseBytes32", "math/bits.Add64",
    "math/bits.Sub64", "math/bits.Mul64", "math/bits.Div64",
]

/// The calls Go inlines inside an inlined standard function, for the
/// standard functions gomem provides: a chain of DiagNames, each inlined in
/// the body of the one before (read from Go's -m on calls of them).
let stdlibInlineTree: [String: [String]] = [
    "strings.Builder.WriteString": ["strings.(*Builder).copyCheck", "abi.NoEscape"],
    "strings.Builder.WriteByte": ["strings.(*Builder).copyCheck", "abi.NoEscape"],
    "strings.Builder.WriteRune": ["strings.(*Builder).copyCheck", "abi.NoEscape"],
    "strings.Builder.Write": ["strings.(*Builder).copyCheck", "abi.NoEscape"],
    "strings.Builder.Grow": ["strings.(*Builder).copyCheck", "abi.NoEscape"],
    "sync.Mutex.Lock": ["sync.(*Mutex).Lock"],
    "sync.Mutex.Unlock": ["sync.(*Mutex).Unlock"],
    "sync.Once.Do": ["atomic.(*Bool).Load"],
    "sort.SearchInts": ["sort.Search", "sort.SearchInts.func1"],
    "strings.Contains": ["strings.Index"],
    // strconv.Itoa calls strconv.FormatInt... through internal/strconv's
    // Itoa, whose DiagName is also strconv.Itoa.
    "strconv.Itoa": ["strconv.Itoa"],
]

/// One call Go inlines: the callee and, for a function of this package, the
/// calls inlined inside this copy of its body.
final class InlinedCall {
    let callee: FuncInfo?
    let name: String
    /// The outermost call's position (Go prints the copy's lines there).
    var pos: Pos = .none
    /// The copy's variables (Batch+Inline.swift).
    var locs: [ObjectIdentifier: Location] = [:]
    var paramLocs: [Location?] = []
    var resultLocs: [Location] = []
    var declared = false
    /// The copy's parameters and the arguments bound to them, with the copy
    /// and function the arguments belong to (for calls of func parameters).
    var args: [ObjectIdentifier: (Expr, InlinedCall?, FuncInfo)] = [:]
    /// Calls of the callee's body (CallExpr identity) inlined in this copy.
    var inner: [ObjectIdentifier: InlinedCall] = [:]
    init(callee: FuncInfo?, name: String) { self.callee = callee; self.name = name }
}

/// Go's hairyVisitor over gomem's syntax: the inlining cost of a body.
struct InlineCoster {
    unowned let program: Program
    let fn: FuncInfo
    var info: Info { program.info }
    var budgetReason: String? = nil
    var isBig = false
    /// Node count for Go's IsBigFunc.
    var nodes = 0

    init(program: Program, fn: FuncInfo) { self.program = program; self.fn = fn }

    mutating func cost() -> Int {
        guard let body = fn.body else { return 0 }
        return stmts(body.list)
    }

    private mutating func hairy(_ r: String) { if budgetReason == nil { budgetReason = r } }

    private mutating func stmts(_ l: [Stmt]) -> Int { var c = 0; for s in l { c += stmt(s) }; return c }

    private func isBlank(_ e: Expr) -> Bool { (unparen(e) as? Name)?.value == "_" }

    /// Variables a `:=` or range clause declares (new, non-blank names).
    private func defined(_ lhs: [Expr]) -> Int {
        var n = 0
        for e in lhs {
            if let nm = e as? Name, nm.value != "_", info.defs[ObjectIdentifier(nm)] is Var { n += 1 }
        }
        return n
    }

    private mutating func stmt(_ s: Stmt?) -> Int {
        guard let s, budgetReason == nil else { return 0 }   // Go stops at a hairy node
        nodes += 1
        switch s {
        case let b as BlockStmt: return stmts(b.list)
        case is EmptyStmt: return 0
        case let e as ExprStmt: return expr(e.x)
        case let s as SendStmt:
            let elem = (info.typeOf(s.chan)?.underlying as? GoChan)?.elem
            return 1 + expr(s.chan) + conv(s.value, to: elem)
        case let d as DeclStmt:
            var c = 0
            for decl in d.declList {
                guard let vd = decl as? VarDecl else { continue }
                let vars = vd.nameList.map { info.defs[ObjectIdentifier($0)] as? Var }
                let values = unpackList(vd.values)
                c += 2 * vd.nameList.filter { $0.value != "_" }.count
                if values.isEmpty {
                    c += 2 * vd.nameList.count
                } else if values.count == vd.nameList.count {
                    for (i, v) in values.enumerated() { c += 2 + conv(v, to: vars[i]?.type) }
                } else if let v = values.first {
                    c += 1 + vd.nameList.count + expr(v)
                }
            }
            return c
        case let a as AssignStmt:
            let lhs = unpackList(a.lhs)
            if a.rhs == nil { return 1 + expr(a.lhs) + 1 }   // x++ / x--
            if a.op != .none && a.op != .def { return 1 + expr(a.lhs) + expr(a.rhs) }
            let rhs = unpackList(a.rhs)
            var c = a.op == .def ? 2 * defined(lhs) : 0
            c += 1
            for l in lhs { c += expr(l) }
            if lhs.count == rhs.count {
                for (l, r) in zip(lhs, rhs) { c += conv(r, to: isBlank(l) ? nil : info.typeOf(l)) }
            } else {
                for r in rhs { c += expr(r) }
            }
            return c
        case let r as ReturnStmt:
            let rs = unpackList(r.results)
            let want = fn.sig?.results.vars ?? []
            var c = 1
            if rs.count == want.count { for (e, v) in zip(rs, want) { c += conv(e, to: v.type) } } else { for e in rs { c += expr(e) } }
            return c
        case let i as IfStmt:
            if let cond = i.cond, let v = info.types[ObjectIdentifier(cond)]?.value, let b = v.boolValue {
                return stmt(i.initStmt) + (b ? stmt(i.then) : stmt(i.elseStmt))
            }
            return 1 + stmt(i.initStmt) + expr(i.cond) + stmt(i.then) + stmt(i.elseStmt)
        case let f as ForStmt:
            if let r = f.initStmt as? RangeClause {
                let lhs = unpackList(r.lhs)
                var c = 1 + expr(r.x) + stmt(f.body)
                for l in lhs { c += 1 + (r.def && !isBlank(l) ? 2 : 0); if !r.def { c += expr(l) - 1 } }
                return c
            }
            return 1 + stmt(f.initStmt) + expr(f.cond) + stmt(f.post) + stmt(f.body)
        case let sw as SwitchStmt:
            var c = 1 + stmt(sw.initStmt)
            if let g = sw.tag as? TypeSwitchGuard {
                c += 1 + expr(g.x)
                for cl in sw.body { c += 1 + stmts(cl.body) + (g.lhs != nil ? 1 : 0) }
                return c
            }
            let tagT = sw.tag.flatMap { info.typeOf($0) }
            c += expr(sw.tag)
            for cl in sw.body {
                c += 1 + stmts(cl.body)
                for e in unpackList(cl.cases) { c += sw.tag == nil ? expr(e) : conv(e, to: tagT) }
            }
            return c
        case let sel as SelectStmt:
            var c = 1
            for cl in sel.body { c += 1 + stmt(cl.comm) + stmts(cl.body) }
            return c
        case let l as LabeledStmt: return 1 + stmt(l.stmt)
        case let b as BranchStmt: return b.tok == .fallthrough ? 0 : 1
        case let c as CallStmt:
            hairy(c.tok == .defer ? "unhandled op DEFER" : "unhandled op GO")
            return 1
        default: return 0
        }
    }

    private func isType(_ e: Expr) -> Bool { info.types[ObjectIdentifier(e)]?.isType == true }

    /// An expression converted implicitly to type `to` (OCONVIFACE when a
    /// non-interface value meets an interface type).
    private mutating func conv(_ e: Expr, to: GoType?) -> Int {
        let c = expr(e)
        guard let to, isInterfaceType(to) else { return c }
        let from = info.typeOf(e)
        if isInterfaceType(from) { return c }
        if let b = from as? GoBasic, b.kind == .untypedNil { return c }
        return c + 1
    }

    private mutating func exprs(_ l: [Expr]) -> Int { var c = 0; for e in l { c += expr(e) }; return c }

    private mutating func expr(_ e: Expr?) -> Int {
        guard let e, budgetReason == nil else { return 0 }
        nodes += 1
        if let tv = info.types[ObjectIdentifier(e)] {
            if tv.isType { return 0 }
            if tv.value != nil { return 1 }
        }
        switch e {
        case let p as ParenExpr: return expr(p.x)
        case is Name: return 1
        case is BasicLit: return 1
        case let l as ListExpr: return exprs(l.elemList)
        case let c as CompositeLit: return compLit(c)
        case let kv as KeyValueExpr: return expr(kv.key) + expr(kv.value)
        case is FuncLit: return 16
        case let s as SelectorExpr:
            if let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName { return 1 }
            guard let sel = info.selections[ObjectIdentifier(s)] else { return expr(s.x) }
            switch sel.kind {
            case .fieldVal: return sel.index.count + expr(s.x)
            case .methodVal: return 2 + expr(s.x) + max(0, sel.index.count - 1)
            case .methodExpr: return 0
            }
        case let i as IndexExpr:
            var kt: GoType? = nil
            if let m = info.typeOf(i.x)?.underlying as? GoMap { kt = m.key }
            return 1 + expr(i.x) + conv(i.index, to: kt)
        case let s as SliceExpr:
            var c = 1 + expr(s.x)
            if let lo = s.index[0] {
                c += expr(lo)
                if let v = info.types[ObjectIdentifier(lo)]?.value, v.int64Value == 0 { c -= 1 }
            }
            if let hi = s.index[1] {
                c += expr(hi)
                if let call = unparen(hi) as? CallExpr, let f = unparen(call.fun) as? Name,
                   let b = info.uses[ObjectIdentifier(f)] as? Builtin, b.id == .len, call.argList.count == 1,
                   let a = unparen(call.argList[0]) as? Name, let x = unparen(s.x) as? Name, a.value == x.value,
                   info.uses[ObjectIdentifier(a)] === info.uses[ObjectIdentifier(x)] {
                    c -= 2
                }
            }
            if s.full, let mx = s.index[2] { c += expr(mx) }
            return c
        case let a as AssertExpr: return 1 + expr(a.x)
        case let t as TypeSwitchGuard: return 1 + expr(t.x)
        case let o as Operation:
            guard let y = o.y else {
                switch o.op {
                case .and:
                    // &T{...}: OPTRLIT; &s.f at offset 0 of a variable: free.
                    let x = unparen(o.x)
                    if let cl = x as? CompositeLit { return 1 + compLit(cl) }
                    if let s = x as? SelectorExpr, s.x is Name, let sel = info.selections[ObjectIdentifier(s)],
                       sel.kind == .fieldVal, sel.index.count == 1, fieldOffsetZero(s) {
                        return 1 + expr(x) - 2
                    }
                    return 1 + expr(x)
                default: return 1 + expr(o.x)
                }
            }
            if o.op == .add, isStringType(info.typeOf(o)) { return 1 + stringSum(o.x) + stringSum(y) }
            if o.op == .eql || o.op == .neq {
                let tx = info.typeOf(o.x), ty = info.typeOf(y)
                if isInterfaceType(tx) && !isInterfaceType(ty) { return 1 + expr(o.x) + conv(y, to: tx) }
                if isInterfaceType(ty) && !isInterfaceType(tx) { return 1 + conv(o.x, to: ty) + expr(y) }
            }
            return 1 + expr(o.x) + expr(y)
        case let c as CallExpr: return call(c)
        default: return 0
        }
    }

    private func fieldOffsetZero(_ s: SelectorExpr) -> Bool {
        guard let sel = info.selections[ObjectIdentifier(s)], let i = sel.index.first else { return false }
        var t = info.typeOf(s.x)?.underlying
        if let p = t as? GoPointer { t = p.elem.underlying }
        guard let st = t as? GoStruct else { return false }
        var off: Int64 = 0
        for (j, f) in st.fields.enumerated() where j < i {
            _ = f
            off += 1
        }
        // Offset 0 when every earlier field has size zero.
        if off == 0 { return true }
        for f in st.fields.prefix(i) where sizeof(f.type) != 0 { return false }
        return true
    }

    private mutating func compLit(_ c: CompositeLit) -> Int {
        let t = info.typeOf(c)?.underlying
        var n = 1
        switch t {
        case let st as GoStruct:
            for (i, el) in c.elemList.enumerated() {
                if let kv = el as? KeyValueExpr {
                    var ft: GoType? = nil
                    if let k = kv.key as? Name { ft = st.fields.first { $0.name == k.value }?.type }
                    n += 1 + conv(kv.value, to: ft)
                } else {
                    n += 1 + conv(el, to: i < st.fields.count ? st.fields[i].type : nil)
                }
            }
        case let m as GoMap:
            for el in c.elemList {
                if let kv = el as? KeyValueExpr { n += 1 + conv(kv.key, to: m.key) + conv(kv.value, to: m.elem) }
            }
        default:
            var et: GoType? = nil
            if let s = t as? GoSlice { n += 1; et = s.elem }
            if let a = t as? GoArray { et = a.elem }
            for el in c.elemList {
                if let kv = el as? KeyValueExpr { n += 1 + expr(kv.key) + conv(kv.value, to: et) } else { n += conv(el, to: et) }
            }
        }
        return n
    }

    private mutating func stringSum(_ e: Expr) -> Int {
        let u = unparen(e)
        if let o = u as? Operation, o.op == .add, let y = o.y, isStringType(info.typeOf(o)),
           info.types[ObjectIdentifier(o)]?.value == nil {
            return stringSum(o.x) + stringSum(y)
        }
        return expr(u)
    }

    /// Arguments converted to the callee's parameter types, with Go's
    /// implicit `...` slice (OSLICELIT, 2) or nil when no variadic argument.
    private mutating func args(_ c: CallExpr, _ sig: GoSignature?) -> Int {
        guard let sig else { return exprs(c.argList) }
        let ps = sig.params.vars
        if c.argList.count == 1, ps.count > 1, let t = info.typeOf(c.argList[0]) as? GoTuple, t.count == ps.count {
            return expr(c.argList[0])
        }
        var n = 0
        for (i, a) in c.argList.enumerated() {
            if sig.variadic && !c.hasDots && i >= ps.count - 1 {
                let et = (ps.last?.type as? GoSlice)?.elem
                n += conv(a, to: et)
            } else {
                n += conv(a, to: i < ps.count ? ps[i].type : nil)
            }
        }
        if sig.variadic && !c.hasDots {
            n += c.argList.count >= ps.count ? 2 : 1
        }
        return n
    }

    private mutating func call(_ c: CallExpr) -> Int {
        let fun = unparen(c.fun)
        if isType(fun) {
            // A conversion: free when it changes only the type's name.
            guard let a = c.argList.first else { return 0 }
            let to = info.typeOf(c), from = info.typeOf(a)
            if isInterfaceType(to) { return conv(a, to: to) + (isInterfaceType(from) ? 1 : 0) }
            if let to, let from, convNop(from, to) { return expr(a) }
            return 1 + expr(a)
        }
        if let n = fun as? Name, let b = info.uses[ObjectIdentifier(n)] as? Builtin {
            switch b.id {
            case .panic:
                let a = c.argList.first
                let implicit = a.map { !isInterfaceType(info.typeOf($0)) } ?? false
                return 2 + (a.map { expr($0) } ?? 0) + (implicit ? 1 : 0) - (implicit ? 1 : 0)
            case .recover: hairy("call to recover"); return 1
            case .make, .new: return 1 + exprs(Array(c.argList.dropFirst()))
            case .append:
                var n = 1
                let et = (info.typeOf(c)?.underlying as? GoSlice)?.elem
                for (i, a) in c.argList.enumerated() { n += i == 0 || c.hasDots ? expr(a) : conv(a, to: et) }
                return n
            default: return 1 + exprs(c.argList)
            }
        }
        let sig = info.typeOf(c.fun)?.underlying as? GoSignature
        // Interface method call.
        if let s = fun as? SelectorExpr, let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal,
           let f = sel.obj as? Func, isInterfaceType(info.typeOf(s.x)) && f.isInterfaceMethod {
            if let T = program.devirt[ObjectIdentifier(c)] {
                _ = T
                return 1 + 1 + expr(s.x) + args(c, sig) + inlExtraCallCost
            }
            return 1 + inlExtraCallCost + 1 + expr(s.x) + args(c, sig)
        }
        var n = 1 + args(c, sig)
        switch program.inlineTarget(c, in: fn) {
        case .local(let callee):
            n += receiverCost(fun)
            // Go's inlCallee checks a func literal's inlinability on demand.
            if callee.isLit && callee !== fn { program.canInline(callee) }
            if let cost = program.inlCost[ObjectIdentifier(callee)], cost <= maxCost(callee) { n += cost }
            else { n += inlExtraCallCost }
        case .stdlib(let f, _):
            n += receiverCost(fun)
            let key = stdlibKey(f)
            let full = (f.pkg?.path ?? "") + "." + f.name
            if intrinsicFuncs.contains(full) { return n }
            if let cost = stdlibInlineCosts[key], cost >= 0, cost <= inlMaxBudget { n += cost } else { n += inlExtraCallCost }
        case .none:
            n += expr(fun)
            var extra = inlExtraCallCost
            if let name = fun as? Name, let v = info.uses[ObjectIdentifier(name)] as? Var {
                if v.isParam || isCaptured(v) { extra = inlParamCallCost }
            }
            if let s = fun as? SelectorExpr, let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal {
                n -= 1   // a method call of unknown target: OMETHEXPR-free
            }
            n += extra
        }
        return n
    }

    private func maxCost(_ callee: FuncInfo) -> Int {
        var m = isBig ? inlBigFunctionMaxCost : inlMaxBudget
        if callee.isLit { m *= 2 }
        return m
    }

    private func isCaptured(_ v: Var) -> Bool {
        guard let lit = fn.lit else { return false }
        return (info.captures[ObjectIdentifier(lit)] ?? []).contains { $0 === v }
    }

    /// The receiver of a method call (`x.M(...)`, `x` an argument): with the
    /// implicit & or * and the embedded fields on the way.
    private mutating func receiverCost(_ fun: Expr) -> Int {
        if fun is FuncLit { return 16 }
        if let n = fun as? Name {
            if info.uses[ObjectIdentifier(n)] is Func { return 1 }
            return 1
        }
        guard let s = fun as? SelectorExpr else { return expr(fun) }
        if let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName { return 1 }
        guard let sel = info.selections[ObjectIdentifier(s)], let f = sel.obj as? Func else { return expr(fun) }
        var c = expr(s.x) + max(0, sel.index.count - 1)
        if sel.kind == .methodExpr { return 0 }
        let recvPtr = f.signature?.recv?.type is GoPointer
        var xt = info.typeOf(s.x)
        if sel.index.count > 1 { xt = nil }
        let xPtr = xt.map { $0.underlying is GoPointer } ?? false
        if xt != nil {
            if recvPtr && !xPtr { c += 1 }       // &x
            if !recvPtr && xPtr { c += 1 }       // *x
        }
        return c
    }

    private func convNop(_ from: GoType, _ to: GoType) -> Bool {
        if identical(from.underlying, to.underlying) { return true }
        if let p = from.underlying as? GoPointer, let q = to.underlying as? GoPointer,
           identical(p.elem.underlying, q.elem.underlying) { return true }
        if isUnsafePointer(to) && from.underlying is GoPointer { return true }
        if isUnsafePointer(from) && to.underlying is GoPointer { return true }
        return false
    }
}

/// The function a call's inliner would consider.
enum InlineTarget {
    case local(FuncInfo)
    case stdlib(Func, String)
    case none
}

extension Program {
    /// Go's inlCallee: the statically known callee of c (in function fn).
    func inlineTarget(_ c: CallExpr, in fn: FuncInfo, frame: InlinedCall? = nil) -> InlineTarget {
        var fun = unparen(c.fun)
        // A parameter of an inlined copy: its argument, resolved in the caller.
        if let frame, let n = fun as? Name, let v = info.uses[ObjectIdentifier(n)] as? Var, v.isParam,
           let (arg, outer, owner) = frame.args[ObjectIdentifier(v)] {
            return funcValueTarget(arg, in: owner, frame: outer)
        }
        if let s = fun as? SelectorExpr, let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal,
           let f = sel.obj as? Func {
            if f.isInterfaceMethod {
                guard let T = devirt[ObjectIdentifier(c)] else { return .none }
                let r = lookupFieldOrMethod(T, addressable: false, pkg: pkg, name: f.name)
                guard let m = r.obj as? Func else { return .none }
                if let fi = funcByObj[ObjectIdentifier(m)] { return .local(fi) }
                return .stdlib(m, stdlibDiagName(m))
            }
            if let fi = funcByObj[ObjectIdentifier(f)] { return .local(fi) }
            if f.pkg !== pkg { return .stdlib(f, stdlibDiagName(f)) }
            return .none
        }
        if let s = fun as? SelectorExpr, let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName,
           let f = info.uses[ObjectIdentifier(s.sel)] as? Func {
            return .stdlib(f, stdlibDiagName(f))
        }
        if let n = fun as? Name {
            if let f = info.uses[ObjectIdentifier(n)] as? Func, let fi = funcByObj[ObjectIdentifier(f)] { return .local(fi) }
            if let v = info.uses[ObjectIdentifier(n)] as? Var, !v.isParam {
                fun = oracle.staticValue(n)
                if fun === n { return .none }
                if let n2 = unparen(fun) as? Name, let f = info.uses[ObjectIdentifier(n2)] as? Func,
                   let fi = funcByObj[ObjectIdentifier(f)] { return .local(fi) }
            }
        }
        if let lit = unparen(fun) as? FuncLit, let fi = funcByLit[ObjectIdentifier(lit)] {
            // The inliner does not inline across closure frames.
            if let cv = info.captures[ObjectIdentifier(lit)], !cv.isEmpty, fi.parent !== fn { return .none }
            return .local(fi)
        }
        return .none
    }

    /// The function a func-valued expression statically denotes.
    func funcValueTarget(_ e: Expr, in fn: FuncInfo, frame: InlinedCall?) -> InlineTarget {
        var x = unparen(e)
        if let frame, let n = x as? Name, let v = info.uses[ObjectIdentifier(n)] as? Var, v.isParam,
           let (arg, outer, owner) = frame.args[ObjectIdentifier(v)] {
            return funcValueTarget(arg, in: owner, frame: outer)
        }
        if let n = x as? Name {
            if let f = info.uses[ObjectIdentifier(n)] as? Func, let fi = funcByObj[ObjectIdentifier(f)] { return .local(fi) }
            if let v = info.uses[ObjectIdentifier(n)] as? Var, !v.isParam { x = unparen(oracle.staticValue(n)) }
        }
        if let lit = x as? FuncLit, let fi = funcByLit[ObjectIdentifier(lit)] {
            if let cv = info.captures[ObjectIdentifier(lit)], !cv.isEmpty, fi.parent !== fn { return .none }
            return .local(fi)
        }
        return .none
    }

    /// Go's DiagName of a standard function or method: pkg.F, pkg.T.M, pkg.(*T).M.
    func stdlibDiagName(_ f: Func) -> String {
        let pkgName = f.pkg?.name ?? ""
        if let r = f.signature?.recv?.type {
            if let p = r as? GoPointer, let n = p.elem as? GoNamed { return "\(pkgName).(*\(n.obj.name)).\(f.name)" }
            if let n = r as? GoNamed { return "\(pkgName).\(n.obj.name).\(f.name)" }
        }
        return "\(pkgName).\(f.name)"
    }

    /// The position Go gives a function: its name, or the receiver's `(`.
    func funcPos(_ fi: FuncInfo) -> Pos {
        if let lit = fi.lit { return lit.pos }
        if let d = fi.decl {
            if d.recv != nil { return d.pos }
            return d.name.pos
        }
        return .none
    }

    /// CanInline for every function, bottom-up; -m lines in Go's order.
    func computeInlinability() {
        inlSequence = []
        for block in blocks {
            guard let root = block.first else { continue }
            let inBlock = Set(block.map { ObjectIdentifier($0) })
            var seq: [FuncInfo] = []
            var early: [FuncInfo] = []
            func add(_ fi: FuncInfo) {
                seq.append(fi)
                for item in wrappersAndClosures(fi) {
                    if item.wrapCall != nil {
                        if item.isClosure { seq.append(item) } else { early.append(item) }
                    } else if inBlock.contains(ObjectIdentifier(item)) {
                        add(item)
                    }
                }
            }
            add(root)
            for fi in block where !seq.contains(where: { $0 === fi }) { seq.append(fi) }
            inlSequence += early + seq
        }
        for fi in inlSequence { canInline(fi) }
    }

    /// Go's go/defer wrappers (normalizeGoDeferCall) and func literals of
    /// fi's body, in source order. A wrapper is a closure (captures) when
    /// an operand is evaluated into a temporary.
    func wrappersAndClosures(_ fi: FuncInfo) -> [FuncInfo] {
        if let w = wrapperMemo[ObjectIdentifier(fi)] { return w }
        var out: [FuncInfo] = []
        var goN = 0, deferN = 0
        NodeWalker(intoLits: false) { [self] n in
            if let l = n as? FuncLit {
                if let c = funcByLit[ObjectIdentifier(l)] { out.append(c) }
                return false
            }
            guard let cs = n as? CallStmt, let c = unparen(cs.call) as? CallExpr else { return true }
            let fun = unparen(c.fun)
            var isMethod = false
            if let sel = fun as? SelectorExpr, let s = info.selections[ObjectIdentifier(sel)], s.kind == .methodVal { isMethod = true }
            let sig = info.typeOf(c.fun)?.underlying as? GoSignature
            let isType = info.types[ObjectIdentifier(fun)]?.isType == true
            var isBuiltin = false
            if let nm = fun as? Name, info.uses[ObjectIdentifier(nm)] is Builtin { isBuiltin = true }
            if c.argList.isEmpty, !isBuiltin, !isType, !isMethod, let sig, sig.params.count == 0, sig.results.count == 0 {
                return true   // already a call without arguments or results
            }
            var captures = isMethod
            if !isMethod && !isBuiltin && !isType {
                if let nm = fun as? Name, info.uses[ObjectIdentifier(nm)] is Func {} else if let s = fun as? SelectorExpr,
                   let x = s.x as? Name, info.uses[ObjectIdentifier(x)] is PkgName {} else { captures = true }
            }
            for a in c.argList {
                let u = unparen(a)
                if info.types[ObjectIdentifier(u)]?.value != nil { continue }
                if let nm = u as? Name, info.uses[ObjectIdentifier(nm)] is Func || info.uses[ObjectIdentifier(nm)] is NilObj { continue }
                captures = true
            }
            let name: String
            if cs.tok == .go { goN += 1; name = "\(fi.name).gowrap\(goN)" } else { deferN += 1; name = "\(fi.name).deferwrap\(deferN)" }
            let w = FuncInfo(name: name, decl: nil, lit: nil, sig: nil, body: nil, parent: fi)
            w.wrapCall = c
            w.wrapPos = cs.pos
            w.isClosure = captures
            out.append(w)
            return true
        }.walk(fi.body)
        wrapperMemo[ObjectIdentifier(fi)] = out
        return out
    }

    func canInline(_ fi: FuncInfo) {
        if let c = fi.wrapCall {
            // A wrapper's body is the call: within a closure's budget unless hairy.
            if let nm = unparen(c.fun) as? Name, let b = info.uses[ObjectIdentifier(nm)] as? Builtin, b.id == .recover {
                if verbose >= 2 { lines.append("\(fileSet.format(fi.wrapPos)): cannot inline \(fi.name): call to recover") }
                return
            }
            inlCost[ObjectIdentifier(fi)] = 0
            if verbose >= 1 { lines.append("\(fileSet.format(fi.wrapPos)): can inline \(fi.name)") }
            return
        }
        if fi.isPackageInit || fi.body == nil { return }
        if inlChecked.contains(ObjectIdentifier(fi)) { return }
        inlChecked.insert(ObjectIdentifier(fi))
        // Closures called in a function are costed with it: check them first.
        var reason: String? = nil
        if let d = fi.decl, d.pragma.has("go:noinline") { reason = "marked go:noinline" }
        var coster = InlineCoster(program: self, fn: fi)
        var cost = 0
        if reason == nil {
            for c in fi.closures where !c.isClosure || true { _ = c }
            cost = coster.cost()
            let budget = fi.isLit ? inlClosureCalledOnce : inlMaxBudget
            if let r = coster.budgetReason { reason = r }
            else if cost > budget { reason = "function too complex: cost \(cost) exceeds budget \(budget)" }
        }
        fi.inlNodes = coster.nodes
        let pos = fileSet.format(funcPos(fi))
        if let reason {
            if verbose >= 2 { lines.append("\(pos): cannot inline \(fi.name): \(reason)") }
            return
        }
        inlCost[ObjectIdentifier(fi)] = cost
        if verbose >= 2 {
            let b = Batch(program: self, fns: [])
            let sig = b.typeStr(fi.sig)
            let body = (fi.body?.list ?? []).map { $0 is ForStmt ? "for loop" : b.fmtStmt($0) }.joined(separator: "; ")
            lines.append("\(pos): can inline \(fi.name) with cost \(cost) as: \(sig) { \(body) }")
        } else if verbose >= 1 {
            lines.append("\(pos): can inline \(fi.name)")
        }
    }

    /// The calls Go inlines, function by function; -m lines in Go's order.
    func inlineCalls() {
        var useCounts: [ObjectIdentifier: Int] = [:]
        for fn in inlSequence where !fn.isPackageInit { inlineCalls(in: fn, useCounts: &useCounts) }
    }

    private struct Paren {
        let call: CallExpr
        let owner: FuncInfo          // whose body the call is in
        let chain: [String]          // inlined callees around the call
        let parent: InlinedCall?     // the copy holding it (nil: fn's own body)
        let stdName: String?         // a call inside a standard body (table)
        var stdRest: [String] = []   // the calls inlined inside that one
        var chainCalls: [ObjectIdentifier] = []   // the calls of the chain (Go's parsePos check)
        let pos: Pos
    }

    private func callsPostOrder(_ body: Node?) -> [CallExpr] {
        var out: [CallExpr] = []
        var goDefer = Set<ObjectIdentifier>()
        func visit(_ n: Node?) {
            guard let n else { return }
            if n is FuncLit { return }
            if let cs = n as? CallStmt, let c = unparen(cs.call) as? CallExpr {
                goDefer.insert(ObjectIdentifier(c))
            }
            for ch in children(n) { visit(ch) }
            if let c = n as? CallExpr, !goDefer.contains(ObjectIdentifier(c)) { out.append(c) }
        }
        visit(body)
        return out
    }

    private func inlineCalls(in fn: FuncInfo, useCounts: inout [ObjectIdentifier: Int]) {
        let calls: [CallExpr]
        if let c = fn.wrapCall { calls = [c] } else if let body = fn.body { calls = callsPostOrder(body) } else { return }
        let big = fn.inlNodes > inlBigFunctionNodes
        var parens: [Paren] = calls.map {
            Paren(call: $0, owner: fn, chain: [], parent: nil, stdName: nil, pos: $0.pos)
        }
        var top: [ObjectIdentifier: InlinedCall] = [:]
        var i = 0
        while i < parens.count {
            let p = parens[i]
            i += 1
            if let std = p.stdName {
                lines.append("\(fileSet.format(p.pos)): inlining call to \(std)")
                if let next = p.stdRest.first {
                    var q = Paren(call: p.call, owner: p.owner, chain: p.chain, parent: p.parent, stdName: next, pos: p.pos)
                    q.stdRest = Array(p.stdRest.dropFirst())
                    parens.append(q)
                }
                continue
            }
            let target = inlineTarget(p.call, in: p.owner.wrapCall != nil ? (p.owner.parent ?? p.owner) : p.owner,
                                      frame: p.parent)
            var inlined: InlinedCall? = nil
            switch target {
            case .local(let callee):
                guard let cost = inlCost[ObjectIdentifier(callee)] else { break }
                var maxCost = big ? inlBigFunctionMaxCost : inlMaxBudget
                if callee.isLit {
                    maxCost *= 2
                    let k = ObjectIdentifier(callee)
                    if p.parent == nil { useCounts[k, default: 0] += 1 }
                    if useCounts[k] == 1 { maxCost = max(maxCost, inlClosureCalledOnce) }
                }
                if cost > maxCost { break }
                // The same call inside its own copy (self recursion): silently not.
                if p.chainCalls.contains(ObjectIdentifier(p.call)) { break }
                if p.chain.contains(callee.name) {
                    if verbose >= 2 { lines.append("\(fileSet.format(p.pos)): cannot inline \(callee.name) into \(fn.name): repeated recursive cycle") }
                    break
                }
                let ic = InlinedCall(callee: callee, name: callee.name)
                ic.pos = p.pos
                bindArgs(ic, p.call, callee, caller: p.parent, owner: p.owner)
                inlineOrder[ObjectIdentifier(fn), default: []].append(ic)
                inlined = ic
                lines.append("\(fileSet.format(p.pos)): inlining call to \(callee.name)")
                for c in callsPostOrder(callee.body) {
                    var q = Paren(call: c, owner: callee, chain: p.chain + [callee.name], parent: ic, stdName: nil, pos: p.pos)
                    q.chainCalls = p.chainCalls + [ObjectIdentifier(p.call)]
                    parens.append(q)
                }
            case .stdlib(let f, let name):
                guard let cost = stdlibInlineCosts[stdlibKey(f)], cost >= 0, cost <= (big ? inlBigFunctionMaxCost : inlMaxBudget) else { break }
                let ic = InlinedCall(callee: nil, name: name)
                inlined = ic
                lines.append("\(fileSet.format(p.pos)): inlining call to \(name)")
                let chain = stdlibInlineTree[stdlibKey(f)] ?? []
                if let first = chain.first {
                    var q = Paren(call: p.call, owner: p.owner, chain: p.chain, parent: ic, stdName: first, pos: p.pos)
                    q.stdRest = Array(chain.dropFirst())
                    parens.append(q)
                }
            case .none: break
            }
            if let inlined {
                if let parent = p.parent { parent.inner[ObjectIdentifier(p.call)] = inlined }
                else { top[ObjectIdentifier(p.call)] = inlined }
            }
        }
        inlinedCalls[ObjectIdentifier(fn)] = top
    }
}

extension Program {
    /// Records which argument each parameter of an inlined copy receives.
    func bindArgs(_ ic: InlinedCall, _ c: CallExpr, _ callee: FuncInfo, caller: InlinedCall?, owner: FuncInfo) {
        let ft: FuncType? = callee.decl?.type ?? callee.lit?.type
        var vars: [Var] = []
        for f in ft?.paramList ?? [] {
            if let n = f.name, let v = info.defs[ObjectIdentifier(n)] as? Var { vars.append(v) }
        }
        guard vars.count == c.argList.count, !c.hasDots else { return }
        for (v, a) in zip(vars, c.argList) { ic.args[ObjectIdentifier(v)] = (a, caller, owner) }
    }
}

/// The direct children of a syntax node, in source order.
func children(_ n: Node) -> [Node] {
    var out: [Node] = []
    func add(_ x: Node?) { if let x { out.append(x) } }
    switch n {
    case let b as BlockStmt: out += b.list
    case let e as ExprStmt: add(e.x)
    case let s as SendStmt: add(s.chan); add(s.value)
    case let d as DeclStmt: for x in d.declList { if let v = x as? VarDecl { add(v.values) } }
    case let a as AssignStmt: add(a.lhs); add(a.rhs)
    case let r as ReturnStmt: add(r.results)
    case let i as IfStmt: add(i.initStmt); add(i.cond); add(i.then); add(i.elseStmt)
    case let f as ForStmt: add(f.initStmt); add(f.cond); add(f.post); add(f.body)
    case let r as RangeClause: add(r.lhs); add(r.x)
    case let s as SwitchStmt:
        add(s.initStmt); add(s.tag)
        for c in s.body { add(c.cases); out += c.body }
    case let s as SelectStmt: for c in s.body { add(c.comm); out += c.body }
    case let l as LabeledStmt: add(l.stmt)
    case let c as CallStmt: add(c.call)
    case let p as ParenExpr: add(p.x)
    case let l as ListExpr: out += l.elemList
    case let c as CompositeLit: out += c.elemList
    case let kv as KeyValueExpr: add(kv.key); add(kv.value)
    case let s as SelectorExpr: add(s.x)
    case let i as IndexExpr: add(i.x); add(i.index)
    case let s as SliceExpr: add(s.x); for x in s.index { add(x) }
    case let a as AssertExpr: add(a.x)
    case let t as TypeSwitchGuard: add(t.x)
    case let o as Operation: add(o.x); add(o.y)
    case let c as CallExpr: add(c.fun); out += c.argList
    default: break
    }
    return out
}
