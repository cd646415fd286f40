// Utils.swift — helpers of escape analysis (Go's escape/utils.go and the
// parts of ir/ it uses): the collectors built on GoSyntax's NodeWalker (closures, references for the call graph, declarations, labels), type
// facts (pointers, sizes, direct interfaces), the stack size limits, the
// self-assignment rule, and the oracle of static values (ir.ReassignOracle).
import GoSyntax
import GoTypes

/// Go's ir.MaxStackVarSize: explicit variables larger than this live on the heap.
let maxStackVarSize: Int64 = 128 * 1024
/// Go's ir.MaxImplicitStackVarSize: implicit allocations (new, &T{}, make,
/// closures, method values) larger than this live on the heap.
let maxImplicitStackVarSize: Int64 = 64 * 1024

/// The func literals directly inside a body (not those nested in them), in order.
enum LitCollector {
    static func collect(_ body: BlockStmt, into out: inout [FuncLit]) {
        var lits: [FuncLit] = []
        NodeWalker(intoLits: false) { n in
            if let l = n as? FuncLit { lits.append(l); return false }
            return true
        }.walk(body)
        out += lits
    }
}

/// The functions a body refers to (Go's bottomUpVisitor): named functions
/// and methods with bodies known to the program, and its own closures.
/// The variable whose memory `e` denotes (Go's ir.OuterValue): through
/// parentheses, selections of fields of non-pointer values and indexing of
/// arrays; with `direct`, not through a field promoted from an embedded
/// pointer either. Nil for anything else.
func outerVar(_ e: Expr, _ info: Info, direct: Bool) -> Var? {
    var x = e
    while true {
        switch x {
        case let p as ParenExpr: x = p.x
        case let s as SelectorExpr:
            guard let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal, !(direct && sel.indirect),
                  !(info.typeOf(s.x)?.underlying is GoPointer) else { return nil }
            x = s.x
        case let i as IndexExpr:
            guard info.typeOf(i.x)?.underlying is GoArray else { return nil }
            x = i.x
        case let n as Name: return info.uses[ObjectIdentifier(n)] as? Var
        default: return nil
        }
    }
}

struct RefCollector {
    let program: Program
    var includeGlobalLits = false
    func collect(_ body: Node?, into out: inout [FuncInfo]) {
        var refs: [FuncInfo] = []
        let info = program.info
        NodeWalker(intoLits: false) { n in
            switch n {
            case let l as FuncLit:
                if let c = program.funcByLit[ObjectIdentifier(l)], c.isLit || includeGlobalLits { refs.append(c) }
                return false
            case let name as Name:
                if let f = info.uses[ObjectIdentifier(name)] as? Func, let fi = program.funcByObj[ObjectIdentifier(f)] {
                    refs.append(fi)
                }
            case let sel as SelectorExpr:
                if let s = info.selections[ObjectIdentifier(sel)], s.kind != .fieldVal,
                   let f = s.obj as? Func, let fi = program.funcByObj[ObjectIdentifier(f)] {
                    refs.append(fi)
                }
            default: break
            }
            return true
        }.walk(body)
        out += refs
    }
}

/// The local variables a body declares, in declaration order (Go's Dcl).
struct DclCollector {
    let info: Info
    func collect(_ body: BlockStmt?, into out: inout [Var]) {
        var vars: [Var] = []
        var seen = Set<ObjectIdentifier>()
        NodeWalker(intoLits: false) { n in
            if n is FuncLit { return false }
            if let name = n as? Name, let v = info.defs[ObjectIdentifier(name)] as? Var, !v.isField, v.name != "_" {
                if seen.insert(ObjectIdentifier(v)).inserted { vars.append(v) }
            }
            if let c = n as? CaseClause, let v = info.implicits[ObjectIdentifier(c)] as? Var, v.name != "_" {
                if seen.insert(ObjectIdentifier(v)).inserted { vars.append(v) }
            }
            return true
        }.walk(body)
        out += vars
    }
}

/// Which labels are targets of a backward goto (Go's "looping" labels).
enum LabelScanner {
    static func scan(_ body: BlockStmt?) -> [ObjectIdentifier: Bool] {
        var state: [ObjectIdentifier: Bool] = [:]
        NodeWalker(intoLits: false) { n in
            if n is FuncLit { return false }
            if let l = n as? LabeledStmt { state[ObjectIdentifier(l)] = false }
            if let b = n as? BranchStmt, b.tok == .goto, let t = b.target {
                if state[ObjectIdentifier(t)] == false { state[ObjectIdentifier(t)] = true }
            }
            return true
        }.walk(body)
        return state
    }
}

/// The first use of a captured variable inside a closure body.
enum UseFinder {
    static func firstUse(of v: Var, in body: BlockStmt, info: Info) -> Pos? {
        var found: Pos? = nil
        NodeWalker(intoLits: true) { n in
            if found != nil { return false }
            if let name = n as? Name, info.uses[ObjectIdentifier(name)] === v { found = name.pos }
            return true
        }.walk(body)
        return found
    }
}

// MARK: - Types

func hasPointers(_ t: GoType?, depth: Int = 0) -> Bool {
    guard let t, depth < 64 else { return false }
    switch t.underlying {
    case let b as GoBasic:
        return b.kind == .string || b.kind == .unsafePointer || b.kind == .untypedNil || b.kind == .untypedString
    case let a as GoArray: return a.len > 0 && hasPointers(a.elem, depth: depth + 1)
    case let s as GoStruct: return s.fields.contains { hasPointers($0.type, depth: depth + 1) }
    case is GoTuple: return true
    default: return true
    }
}

func isUintptr(_ t: GoType?) -> Bool { (t?.underlying as? GoBasic)?.kind == .uintptr }
func isInterfaceType(_ t: GoType?) -> Bool { t?.underlying is GoInterface }
func isUnsafePointer(_ t: GoType?) -> Bool { (t?.underlying as? GoBasic)?.kind == .unsafePointer }
func isStringType(_ t: GoType?) -> Bool {
    guard let b = t?.underlying as? GoBasic else { return false }
    return b.kind == .string || b.kind == .untypedString
}
func isUntypedType(_ t: GoType?) -> Bool { (t as? GoBasic)?.info.contains(.isUntyped) ?? false }

/// Whether values of type t are stored directly in an interface's data word
/// (Go's types.IsDirectIface).
func isDirectIface(_ t: GoType?, depth: Int = 0) -> Bool {
    guard let t, depth < 64 else { return false }
    switch t.underlying {
    case is GoPointer, is GoChan, is GoMap, is GoSignature: return true
    case let b as GoBasic: return b.kind == .unsafePointer
    case let a as GoArray: return a.len == 1 && isDirectIface(a.elem, depth: depth + 1)
    case let s as GoStruct: return s.fields.count == 1 && isDirectIface(s.fields[0].type, depth: depth + 1)
    default: return false
    }
}

func sizeof(_ t: GoType?) -> Int64 {
    guard let t else { return 0 }
    return Sizes.sizeof(t)
}

// MARK: - Static values (Go's ir.ReassignOracle)

/// Knows which local variables are assigned exactly once, at their
/// definition, and never have their address taken, so that a use can be
/// replaced by the defining expression.
final class StaticOracle {
    let info: Info
    var defs: [ObjectIdentifier: Expr] = [:]
    var reassigned = Set<ObjectIdentifier>()

    /// Every value assigned to each local variable (nil: not known, such as
    /// one result of a multi-value call), for Go's concrete type analysis.
    var assigns: [ObjectIdentifier: [Expr?]] = [:]
    /// Locals whose address is taken.
    var addrTaken = Set<ObjectIdentifier>()

    /// Package-level variables with a single initializer.
    var globalDefs: [ObjectIdentifier: Expr] = [:]

    init(info: Info) { self.info = info }

    func scanGlobal(_ vd: VarDecl) {
        let rhs = unpackList(vd.values)
        guard rhs.count == vd.nameList.count else { return }
        for (i, name) in vd.nameList.enumerated() {
            if let v = info.defs[ObjectIdentifier(name)] as? Var { globalDefs[ObjectIdentifier(v)] = rhs[i] }
        }
    }

    /// For a never-reassigned package-level variable, its initializer.
    func globalValue(_ v: Var) -> Expr? {
        guard v.isPackageLevel, !reassigned.contains(ObjectIdentifier(v)) else { return nil }
        return globalDefs[ObjectIdentifier(v)]
    }

    func scan(_ body: BlockStmt) {
        NodeWalker(intoLits: true) { [self] n in
            switch n {
            case let a as AssignStmt:
                let lhs = unpackList(a.lhs)
                let rhs = unpackList(a.rhs)
                for (i, l) in lhs.enumerated() {
                    guard let name = l as? Name else { continue }
                    if let v = (info.defs[ObjectIdentifier(name)] ?? info.uses[ObjectIdentifier(name)]) as? Var {
                        var val: Expr? = nil
                        if a.op == .def || a.op == .none {
                            if lhs.count == rhs.count { val = rhs[i] }
                            else if i == 0, rhs.count == 1, unparen(rhs[0]) is AssertExpr { val = rhs[0] }
                        }
                        assigns[ObjectIdentifier(v), default: []].append(val)
                    }
                    if a.op == .def, let v = info.defs[ObjectIdentifier(name)] as? Var {
                        if lhs.count == rhs.count { defs[ObjectIdentifier(v)] = rhs[i] } else { reassigned.insert(ObjectIdentifier(v)) }
                    } else if let v = info.uses[ObjectIdentifier(name)] as? Var {
                        reassigned.insert(ObjectIdentifier(v))
                    }
                }
            case let d as DeclStmt:
                for decl in d.declList {
                    guard let vd = decl as? VarDecl else { continue }
                    let rhs = unpackList(vd.values)
                    for (i, name) in vd.nameList.enumerated() {
                        guard let v = info.defs[ObjectIdentifier(name)] as? Var else { continue }
                        if !rhs.isEmpty {
                            assigns[ObjectIdentifier(v), default: []].append(rhs.count == vd.nameList.count ? rhs[i] : nil)
                        }
                        if rhs.count == vd.nameList.count { defs[ObjectIdentifier(v)] = rhs[i] } else { reassigned.insert(ObjectIdentifier(v)) }
                    }
                }
            case let r as RangeClause:
                for l in unpackList(r.lhs) {
                    if let name = l as? Name, let v = (info.defs[ObjectIdentifier(name)] ?? info.uses[ObjectIdentifier(name)]) as? Var {
                        reassigned.insert(ObjectIdentifier(v))
                        assigns[ObjectIdentifier(v), default: []].append(nil)
                    }
                }
            case let o as Operation where o.op == .and && o.y == nil:
                if let v = rootVar(o.x) { reassigned.insert(ObjectIdentifier(v)); addrTaken.insert(ObjectIdentifier(v)) }
            case let s as SelectorExpr:
                // a pointer method called on an addressable variable takes its address
                if let sel = info.selections[ObjectIdentifier(s)], sel.kind == .methodVal,
                   let f = sel.obj as? Func, f.hasPtrRecv, !(info.typeOf(s.x)?.underlying is GoPointer),
                   let v = rootVar(s.x) {
                    reassigned.insert(ObjectIdentifier(v))
                }
            default: break
            }
            return true
        }.walk(body)
    }

    func rootVar(_ e: Expr) -> Var? { outerVar(e, info, direct: false) }

    enum Concrete { case type(GoType), noType, unknown }

    /// Go's devirtualize.concreteType: the one concrete type the interface
    /// value e can hold, following conversions, type assertions and every
    /// assignment to local variables; nil if unknown or several.
    func concreteType(_ e: Expr) -> GoType? {
        var seen = Set<ObjectIdentifier>()
        if case .type(let t) = concreteType1(e, &seen) { return t }
        return nil
    }

    private func concreteType1(_ e: Expr, _ seen: inout Set<ObjectIdentifier>) -> Concrete {
        var x = e
        var guardN = 0
        while guardN < 100 {
            guardN += 1
            guard var t = info.typeOf(x) else { return .unknown }
            if let tu = t as? GoTuple {
                // v, ok := x.(T): the first value
                guard let f = tu.vars.first?.type else { return .unknown }
                t = f
            }
            if let b = t as? GoBasic, b.kind == .untypedNil { return .unknown }
            if !(t.underlying is GoInterface) {
                return .type(isUntypedType(t) ? defaultTypeOf(t) : t)
            }
            if let p = x as? ParenExpr { x = p.x; continue }
            if let c = x as? CallExpr, info.types[ObjectIdentifier(unparen(c.fun))]?.isType == true, let a = c.argList.first { x = a; continue }
            if let a = x as? AssertExpr { x = a.x; continue }
            break
        }
        guard let n = unparen(x) as? Name, let v = info.uses[ObjectIdentifier(n)] as? Var,
              !v.isPackageLevel, !v.isParam, !addrTaken.contains(ObjectIdentifier(v)) else { return .unknown }
        if !seen.insert(ObjectIdentifier(v)).inserted { return .noType }
        var typ: GoType? = nil
        for a in assigns[ObjectIdentifier(v)] ?? [] {
            guard let a else { return .unknown }
            switch concreteType1(a, &seen) {
            case .unknown: return .unknown
            case .noType: continue
            case .type(let t):
                if let typ, !identical(typ, t) { return .unknown }
                typ = t
            }
        }
        return typ.map { .type($0) } ?? .noType
    }

    /// The expression a variable reference statically stands for (Go's
    /// StaticValue): follows never-reassigned locals to their definitions.
    func staticValue(_ e: Expr) -> Expr {
        var x = e
        var n = 0
        while n < 100 {
            n += 1
            if let p = x as? ParenExpr { x = p.x; continue }
            guard let name = x as? Name, let v = info.uses[ObjectIdentifier(name)] as? Var,
                  !v.isPackageLevel, !v.isParam, !reassigned.contains(ObjectIdentifier(v)),
                  let d = defs[ObjectIdentifier(v)] else { return x }
            x = d
        }
        return x
    }
}

// MARK: - Self-assignment (Go's isSelfAssign)

extension Batch {
    func isSelfAssign(_ dst: Expr, _ src: Expr) -> Bool {
        let dst = unparen(dst), src = unparen(src)
        if isSliceSelfAssign(dst, src) { return true }
        switch (dst, src) {
        case let (d as SelectorExpr, s as SelectorExpr):
            // x.f = x.g (ODOT/ODOTPTR of the same x): any fields
            guard let ds = info.selections[ObjectIdentifier(d)], ds.kind == .fieldVal,
                  let ss = info.selections[ObjectIdentifier(s)], ss.kind == .fieldVal,
                  ds.index.count == 1, ss.index.count == 1 else { return false }
            return sameSafeExpr(d.x, s.x)
        case let (d as IndexExpr, s as IndexExpr):
            if info.typeOf(d.x)?.underlying is GoMap { return false }
            if mayAffectMemory(d.index) || mayAffectMemory(s.index) { return false }
            return sameSafeExpr(d.x, s.x)
        default:
            return false
        }
    }

    /// b.buf = b.buf[k:] where b is a pointer variable.
    func isSliceSelfAssign(_ dst: Expr, _ src: Expr) -> Bool {
        guard let dstX = derefBase(dst), let sl = src as? SliceExpr else { return false }
        if info.typeOf(sl.x)?.underlying is GoArray { return false }
        guard let baseX = derefBase(unparen(sl.x)) else { return false }
        return dstX === baseX
    }

    /// For *p or p.f (p a pointer), the variable p.
    func derefBase(_ e: Expr) -> Var? {
        switch e {
        case let o as Operation where o.op == .mul && o.y == nil:
            if let n = unparen(o.x) as? Name { return info.uses[ObjectIdentifier(n)] as? Var }
        case let s as SelectorExpr:
            guard let sel = info.selections[ObjectIdentifier(s)], sel.kind == .fieldVal, sel.index.count == 1,
                  info.typeOf(s.x)?.underlying is GoPointer else { return nil }
            if let n = unparen(s.x) as? Name { return info.uses[ObjectIdentifier(n)] as? Var }
        default: break
        }
        return nil
    }

    func sameSafeExpr(_ a: Expr, _ b: Expr) -> Bool {
        let a = unparen(a), b = unparen(b)
        switch (a, b) {
        case let (x as Name, y as Name):
            let ox = info.uses[ObjectIdentifier(x)], oy = info.uses[ObjectIdentifier(y)]
            return ox != nil && ox === oy
        case let (x as SelectorExpr, y as SelectorExpr):
            return x.sel.value == y.sel.value && sameSafeExpr(x.x, y.x)
        case let (x as Operation, y as Operation):
            guard x.op == y.op else { return false }
            if x.y == nil && y.y == nil { return (x.op == .mul || x.op == .add || x.op == .sub) && sameSafeExpr(x.x, y.x) }
            return false
        case let (x as IndexExpr, y as IndexExpr):
            return sameSafeExpr(x.x, y.x) && sameSafeExpr(x.index, y.index)
        case let (x as BasicLit, y as BasicLit):
            return x.value == y.value
        default:
            return false
        }
    }

    func mayAffectMemory(_ e: Expr) -> Bool {
        let e = unparen(e)
        switch e {
        case is Name, is BasicLit: return false
        case let o as Operation:
            if o.op == .recv || o.op == .and && o.y == nil { return true }
            if o.op == .andAnd || o.op == .orOr { return true }
            return mayAffectMemory(o.x) || (o.y.map { mayAffectMemory($0) } ?? false)
        case let i as IndexExpr: return mayAffectMemory(i.x) || mayAffectMemory(i.index)
        case let s as SelectorExpr: return mayAffectMemory(s.x)
        case let c as CallExpr:
            if isConversion(c) || isBuiltin(c, [.len, .cap]) {
                return c.argList.contains { mayAffectMemory($0) }
            }
            return true
        default: return true
        }
    }
}

func unparen(_ e: Expr) -> Expr {
    var x = e
    while let p = x as? ParenExpr { x = p.x }
    return x
}

// MARK: - Heap allocation reasons (Go's HeapAllocReason)

extension Batch {
    func heapAllocReason(_ loc: Location) -> String? {
        switch loc.n {
        case .variable(let v):
            if loc.isParam || loc.isParamOut { return nil }
            if sizeof(v.type) > maxStackVarSize { return "too large for stack" }
            return nil
        case .site(let s):
            switch s.kind {
            case .new, .ptrLit:
                if let t = siteElemType[ObjectIdentifier(s)], sizeof(t) > maxImplicitStackVarSize { return "too large for stack" }
            case .closure:
                if let fn = s.closure, closureSize(fn) > maxImplicitStackVarSize { return "too large for stack" }
            case .methodValue:
                if let t = siteElemType[ObjectIdentifier(s)], 8 + sizeof(t) > maxImplicitStackVarSize { return "too large for stack" }
            case .makeSlice:
                guard let elem = siteElemType[ObjectIdentifier(s)] else { return nil }
                let es = sizeof(elem)
                if es == 0 { return "zero-sized element" }
                guard let n = siteConstLen[ObjectIdentifier(s)] else { return nil }
                if n > maxImplicitStackVarSize / es { return "too large for stack" }
            default: break
            }
            return nil
        default:
            return nil
        }
    }

    func closureSize(_ fn: FuncInfo) -> Int64 {
        guard let lit = fn.lit else { return 8 }
        var size: Int64 = 8
        for cv in info.captures[ObjectIdentifier(lit)] ?? [] {
            let w = sizeof(cv.type)
            let byref = (loc(of: cv).map { $0.addrtaken || $0.reassigned } ?? false) || w > 128
            let fieldSize = byref ? 8 : w
            let align = byref ? 8 : max(1, Sizes.alignof(cv.type ?? Typ.int))
            size = Sizes.align(size, align) + fieldSize
        }
        return Sizes.align(size, 8)
    }
}

// MARK: - Static initialization (Go's staticinit)

extension Batch {
    /// Whether a package-level initializer is laid out statically in the
    /// data segment, so that no code (and no escape analysis) runs for it.
    func isStaticInit(_ e: Expr, depth: Int = 0) -> Bool {
        if depth > 50 { return false }
        if constValue(e) != nil { return true }
        switch unparen(e) {
        case is FuncLit: return true
        case let n as Name:
            let o = info.uses[ObjectIdentifier(n)]
            return o is Func || o is NilObj || (o as? Var)?.isPackageLevel == true && !hasPointers(o?.type)
        case let o as Operation where o.op == .and && o.y == nil:
            if let c = unparen(o.x) as? CompositeLit { return isStaticInit(c, depth: depth + 1) }
            if let n = unparen(o.x) as? Name, (info.uses[ObjectIdentifier(n)] as? Var)?.isPackageLevel == true { return true }
            return false
        case let c as CompositeLit:
            guard let t = typeOf(c)?.underlying, t is GoStruct || t is GoArray || t is GoSlice || t is GoPointer else { return false }
            for el in c.elemList {
                let v = (el as? KeyValueExpr)?.value ?? el
                // a non-constant converted to an interface needs code
                if let et = typeOf(v), !isInterfaceType(et), let ft = fieldOrElemType(c, el), isInterfaceType(ft), constValue(v) == nil {
                    return false
                }
                if !isStaticInit(v, depth: depth + 1) { return false }
            }
            return true
        default:
            return false
        }
    }

    private func fieldOrElemType(_ c: CompositeLit, _ el: Expr) -> GoType? {
        switch typeOf(c)?.underlying {
        case let s as GoSlice: return s.elem
        case let a as GoArray: return a.elem
        case let st as GoStruct:
            if let kv = el as? KeyValueExpr, let n = kv.key as? Name { return st.fields.first { $0.name == n.value }?.type }
            return nil
        default: return nil
        }
    }
}
