// Placement.swift — where `gomem run` puts each local variable: escape
// analysis (GoEscape's EscapeResult) decides, through GoCompiler's
// `VariablePlacement` protocol. The adapter lives here because GoCompiler
// does not depend on GoEscape (the driver joins the two).
//
// How it decides, for a local variable or parameter v:
//   1. v is heap if escape analysis says so (`EscapeResult.isHeap`): the
//      compiler allocates its cell with mallocgc where v is declared.
//   2. v is heap if a closure captures it: gomem captures by reference, so
//      closure and frame share one cell (Go captures small never-reassigned
//      variables by value instead; the answer is the same).
//   3. Otherwise v is a frame slot, even when its address is taken: `&v`
//      is then a pointer into the goroutine stack, kept in frame slots that
//      the function's stack map names, and stack growth (GoVM's
//      growStack) adjusts it.
//
// What keeps this sound: Go's invariant that no heap object points into a
// stack holds only if every allocation escape analysis keeps on the stack
// is on the stack. gomem does not place allocation sites in frames yet
// (new, &T{}, composite literals, make, closures, method values, defer
// wrappers, interface boxing: all heap in the compiler today), so a program
// with any non-escaping allocation site that could hold a pointer would let
// a heap object point into a stack, and a moved stack would leave it
// dangling. Such programs, and programs whose address-taken locals have a
// standard-library type (natives may keep the receiver's address, as
// strings.Builder's copy check does), use `ConservativePlacement` instead
// (`EscapePlacement.make` returns it). The string conversions and string
// concatenation sites hold no pointers and never trip this.
//
// GOMEM_PLACEMENT=conservative selects the conservative rule for every
// program (debugging); Driver.run also falls back to it when the compiler
// refuses a construct on a stack variable ("not supported yet").
// GOMEM_PLACEMENT=report prints on stderr which rule a run used and why.
import GoCompiler
import GoEscape
import GoSyntax
import GoTypes

final class EscapePlacement: VariablePlacement {
    let result: EscapeResult
    let conservative: ConservativePlacement
    let captured: Set<ObjectIdentifier>

    init(result: EscapeResult, conservative: ConservativePlacement, info: Info) {
        self.result = result
        self.conservative = conservative
        var c = Set<ObjectIdentifier>()
        for (_, caps) in info.captures { for v in caps { c.insert(ObjectIdentifier(v)) } }
        self.captured = c
    }

    func placement(of v: Var) -> VarPlacement {
        if result.isHeap(v) || captured.contains(ObjectIdentifier(v)) { return .heap }
        // A frame slot holds small scalars widened to 64 bits (and float32
        // as a double), not in Go's memory form, so a pointer to one would
        // see the wrong bytes: those keep the conservative rule.
        if conservative.placement(of: v) == .heap && !memoryFormSlot(v.type) { return .heap }
        return .stack
    }

    /// Whether a frame slot of type `t` is laid out as Go lays out `t` in memory.
    func memoryFormSlot(_ t: GoType?) -> Bool {
        switch t?.underlying {
        case let b as GoBasic:
            switch b.kind {
            case .int, .uint, .int64, .uint64, .uintptr, .float64, .string: return true
            default: return false
            }
        case is GoPointer, is GoStruct, is GoArray, is GoSlice, is GoInterface: return true
        default: return false
        }
    }

    /// Site kinds whose allocation can never hold a pointer.
    static let pointerFree: Set<SiteKind> = [.str2bytes, .str2runes, .bytes2str, .runes2str, .runeStr, .addString]

    /// The placement for a program: escape analysis where that is sound
    /// (see the file comment), else the conservative rule.
    static func make(files: [File], info: Info, package: Package, result: EscapeResult) -> VariablePlacement {
        decide(files: files, info: info, package: package, result: result).placement
    }

    /// The placement and, when it is the conservative one, why.
    static func decide(files: [File], info: Info, package: Package,
                       result: EscapeResult) -> (placement: VariablePlacement, fallback: String?) {
        let conservative = ConservativePlacement(files: files, info: info)
        if result.sites.contains(where: { !$0.escapes && !pointerFree.contains($0.kind) }) {
            // Some site stays on the heap against Go's decision: sound only
            // if none of them can hold a pointer into a stack.
            var risky = false
            let w = NodeWalker { node in
                if !risky && riskySite(node, info: info, result: result) { risky = true }
            }
            for f in files { w.walk(f) }
            if risky { return (conservative, "a non-escaping allocation site that could hold a stack pointer") }
        }
        let ep = EscapePlacement(result: result, conservative: conservative, info: info)
        // Address-taken locals that would move to the stack must not be of a
        // standard-library type.
        var unsafeType = false
        var seen = Set<ObjectIdentifier>()
        func foreign(_ t: GoType?, _ depth: Int) -> Bool {
            guard let t, depth < 8 else { return false }
            if let n = t as? GoNamed {
                if let p = n.obj.pkg, p !== package { return true }
                if !seen.insert(ObjectIdentifier(n)).inserted { return false }
            }
            switch t.underlying {
            case let s as GoStruct: return s.fields.contains { foreign($0.type, depth + 1) }
            case let a as GoArray: return foreign(a.elem, depth + 1)
            default: return false
            }
        }
        func check(_ v: Var) {
            if conservative.placement(of: v) == .heap && ep.placement(of: v) == .stack && foreign(v.type, 0) {
                unsafeType = true
            }
        }
        for (_, obj) in info.defs { if let v = obj as? Var { check(v) } }
        for (_, obj) in info.implicits { if let v = obj as? Var { check(v) } }
        return unsafeType ? (conservative, "an address-taken local of a standard-library type") : (ep, nil)
    }
}

/// Whether `t` may hold a pointer into a goroutine stack. Strings, maps,
/// channels and funcs point only at rodata or heap objects in gomem (a
/// closure's captured variables are heap cells), so they do not count.
func mayPointToStack(_ t: GoType?, _ depth: Int = 0) -> Bool {
    guard let t, depth < 16 else { return false }
    switch t.underlying {
    case let b as GoBasic: return b.kind == .unsafePointer
    case is GoPointer, is GoSlice, is GoInterface: return true
    case let s as GoStruct: return s.fields.contains { mayPointToStack($0.type, depth + 1) }
    case let a as GoArray: return mayPointToStack(a.elem, depth + 1)
    default: return false
    }
}

/// Whether `node` is a non-escaping allocation site that gomem allocates on
/// the heap and whose contents could point into a stack.
func riskySite(_ node: Node, info: Info, result: EscapeResult) -> Bool {
    func elem(_ t: GoType?) -> GoType? {
        switch t?.underlying {
        case let p as GoPointer: return p.elem
        case let s as GoSlice: return s.elem
        default: return t
        }
    }
    func stays(_ k: SiteKind) -> Bool { result.escapes(node, k) == false }
    switch node {
    case let c as CompositeLit:
        guard stays(.compositeLit) else { return false }
        if let m = info.typeOf(c)?.underlying as? GoMap { return mayPointToStack(m.key) || mayPointToStack(m.elem) }
        return mayPointToStack(elem(info.typeOf(c)))
    case let o as Operation:
        return stays(.ptrLit) && mayPointToStack(info.typeOf(o.x))
    case let call as CallExpr:
        if stays(.new) || stays(.append) || stays(.makeSlice) {
            if mayPointToStack(elem(info.typeOf(call))) { return true }
        }
        if stays(.makeMap), let m = info.typeOf(call)?.underlying as? GoMap {
            if mayPointToStack(m.key) || mayPointToStack(m.elem) { return true }
        }
        if stays(.dddArg) && call.argList.contains(where: { mayPointToStack(info.typeOf($0)) }) { return true }
        // A native that calls back into Go (sort.Slice, slices.SortFunc...)
        // keeps its arguments in an area no stack map names: a stack
        // pointer among them would not be adjusted if the callback grows
        // the stack.
        if let sel = call.fun as? SelectorExpr, let pn = sel.x as? Name, info.objectOf(pn) is PkgName,
           call.argList.contains(where: { info.typeOf($0)?.underlying is GoSignature }),
           call.argList.contains(where: { mayPointToStack(info.typeOf($0)) }) {
            return true
        }
        return false
    case let f as FuncLit:
        guard stays(.closure) else { return false }
        return (info.captures[ObjectIdentifier(f)] ?? []).contains { mayPointToStack($0.type) }
    case let s as SelectorExpr:
        return stays(.methodValue) && mayPointToStack(info.typeOf(s.x))
    case let c as CallStmt:
        guard stays(.goDeferWrapper) else { return false }
        guard let call = c.call as? CallExpr else { return true }
        if let sel = call.fun as? SelectorExpr, mayPointToStack(info.typeOf(sel.x)) { return true }
        return call.argList.contains { mayPointToStack(info.typeOf($0)) }
    default:
        if let e = node as? Expr, stays(.convIface) { return mayPointToStack(info.typeOf(e)) }
        return false
    }
}

/// Visits every expression and go/defer statement of the files.
final class NodeWalker {
    let visit: (Node) -> Void
    init(visit: @escaping (Node) -> Void) { self.visit = visit }

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
        case let c as CallStmt: visit(c); expr(c.call)
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
        visit(e)
        switch e {
        case let o as Operation: expr(o.x); expr(o.y)
        case let s as SliceExpr: expr(s.x); s.index.forEach { expr($0) }
        case let s as SelectorExpr: expr(s.x)
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
