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
import GoABI
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
            case .int, .uint, .int64, .uint64, .uintptr, .float64, .string, .unsafePointer, .complex64, .complex128: return true
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
            let w = NodeWalker(intoLits: true) { node in
                if !risky && riskySite(node, info: info, result: result) { risky = true }
                return !risky
            }
            for f in files { w.walkFile(f) }
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
