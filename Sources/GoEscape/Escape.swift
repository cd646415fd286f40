// Escape.swift — the entry point of escape analysis, its result, and the
// per-batch driver (Go's escape/escape.go). ARCHITECTURE.md gives the
// overview in numbered steps.
//
// A batch is one strongly connected component of the static call graph
// together with the closures its functions contain. For a batch:
//   1. initFunc: a location for every parameter, result and local variable
//      of every function of the batch (declaration order);
//   2. walkFunc: the bodies are walked (Stmt.swift, Expr.swift, Call.swift),
//      adding locations for allocation sites and edges for every flow;
//   3. flowClosure: captured variables flow into their closures, by value or
//      by reference;
//   4. variables and allocations too large for the stack flow to the heap;
//   5. walkAll (Solve.swift) solves the graph;
//   6. finish: parameter tags are computed and the -m lines are printed.
import GoSyntax
import GoTypes

/// What escape analysis decided, for the compiler and for `gomem build -m`.
public final class EscapeResult {
    /// Variables (GoTypes Var, by ObjectIdentifier) that live on the heap.
    public internal(set) var heapVars = Set<ObjectIdentifier>()
    /// Every allocation site with its decision.
    public internal(set) var sites: [SiteInfo] = []
    /// Allocation sites by (syntax node, kind) → escapes.
    public internal(set) var siteEscapes: [SiteKey: Bool] = [:]
    /// Parameter tags of each analysed function (receiver first), by Go's
    /// function name (`main`, `(*T).M`, `main.func1`).
    public internal(set) var paramTags: [String: [Leaks]] = [:]
    /// The -m lines, in Go's order, without the `# command-line-arguments` header.
    public internal(set) var lines: [String] = []
    /// The backing store each append uses when it grows (AppendStore.swift),
    /// by CallExpr; absent: growslice only.
    public internal(set) var appendStores: [ObjectIdentifier: AppendStore] = [:]
    /// The append stores of each function (id, element type), by the
    /// function's body (BlockStmt), so a compiler can lay them out first.
    public internal(set) var storesByBody: [ObjectIdentifier: [(id: Int, elem: GoType)]] = [:]
    /// Every append whose store was planned (the others were not seen).
    public internal(set) var plannedAppends = Set<ObjectIdentifier>()
    /// Slices copied out of their frame store before a statement, by statement node.
    public internal(set) var movesToHeap: [ObjectIdentifier: [MoveToHeap]] = [:]
    /// Appends and string conversions whose backing store Go's inlining
    /// could change (AppendStore.swift), by CallExpr → why.
    public internal(set) var inliningDependent: [ObjectIdentifier: String] = [:]
    /// What the store planning decided, one line each (GOMEM_STORES=report).
    public internal(set) var storeNotes: [String] = []
    /// []byte(s) conversions that neither escape nor are written: they share
    /// the string's bytes (Go's zero-copy conversion), by CallExpr.
    public internal(set) var zeroCopyConversions = Set<ObjectIdentifier>()

    public struct SiteKey: Hashable, Sendable {
        public var node: ObjectIdentifier
        public var kind: SiteKind
        public init(node: ObjectIdentifier, kind: SiteKind) { self.node = node; self.kind = kind }
    }
    public struct SiteInfo: Sendable {
        public var kind: SiteKind
        public var pos: Pos
        public var text: String
        public var escapes: Bool
    }

    public func isHeap(_ v: Var) -> Bool { heapVars.contains(ObjectIdentifier(v)) }
    /// The backing store of an append call.
    public func appendStore(_ call: Node) -> AppendStore { appendStores[ObjectIdentifier(call)] ?? .heap }
    /// The moves to the heap to make before statement `s`.
    public func moves(before s: Node) -> [MoveToHeap] { movesToHeap[ObjectIdentifier(s)] ?? [] }
    /// Whether the allocation of `kind` made by syntax node `node` escapes
    /// (nil: no such site).
    public func escapes(_ node: Node, _ kind: SiteKind) -> Bool? {
        siteEscapes[SiteKey(node: ObjectIdentifier(node), kind: kind)]
    }
    init() {}
}

/// The kinds of allocation sites (Go's ops that escape analysis "spills").
public enum SiteKind: String, Sendable, Hashable {
    case compositeLit     // slice or map literal (OSLICELIT, OMAPLIT)
    case ptrLit           // &T{...} (OPTRLIT); node: the & Operation
    case new              // new(T)
    case makeSlice, makeMap
    case closure          // func literal (OCLOSURE)
    case methodValue      // x.M not called (OMETHVALUE); node: the SelectorExpr
    case convIface        // conversion to an interface; node: the converted expression
    case str2bytes, str2runes, bytes2str, runes2str, runeStr
    case addString        // a + b + c; node: the outermost + Operation
    case append           // the backing store of append; node: the CallExpr
    case dddArg           // the implicit slice of a variadic call; node: the CallExpr
    case goDeferWrapper   // the closure wrapping a go/defer call; node: the CallStmt
}

/// An allocation site: what -m prints about it.
final class Site {
    let kind: SiteKind
    let node: Node
    /// Go's position; a site of an inlined body takes the call's (Batch.newLoc).
    var pos: Pos
    /// The text -m prints (after Go's rewriteWithLiterals).
    let text: String
    /// The text before that rewrite, used by explanations printed while walking.
    let origText: String
    /// The closure of a func literal.
    var closure: FuncInfo?
    init(kind: SiteKind, node: Node, pos: Pos, text: String, origText: String? = nil) {
        self.kind = kind; self.node = node; self.pos = pos; self.text = text; self.origText = origText ?? text
    }
}

/// One package-level variable initialization, in the package initializer.
struct GlobalInit {
    var lhs: [Var]
    var rhs: Expr
}

/// A function or closure being analysed.
final class FuncInfo {
    enum State { case unknown, planned, started, tagged }
    let name: String
    let decl: FuncDecl?
    let lit: FuncLit?
    let sig: GoSignature?
    let body: BlockStmt?
    weak var parent: FuncInfo?
    var obj: Func?
    var state = State.unknown
    /// Receiver then parameters, as declared: (Var if named, position, type).
    var params: [(v: Var?, name: String, pos: Pos, type: GoType?)] = []
    var paramLocs: [Location?] = []
    var resultLocs: [Location] = []
    var tags: [Leaks] = []
    var closureResultsLost = false
    var closureCount = 0, goWrapCount = 0, deferWrapCount = 0
    /// Compiler temporaries created so far (for .autotmp_N numbering).
    var autotmps = 0
    /// Local variables in declaration order (Go's Dcl, minus parameters).
    var locals: [Var] = []
    var noescape = false
    /// IR nodes of the body, for Go's "big function" rule (Inliner.swift).
    var inlNodes = 0
    /// A go/defer wrapper of the inliner (Go's gowrapN/deferwrapN): the call
    /// it makes and the statement's position. Never analysed as a function.
    var wrapCall: CallExpr? = nil
    var wrapPos: Pos = .none
    var closures: [FuncInfo] = []
    /// A func literal inside a function (Go: OClosure != nil).
    let isLit: Bool
    /// A func literal that captures variables (Go's Func.IsClosure): it is
    /// analysed with its enclosing function. One that captures nothing is
    /// analysed on its own, like a declared function.
    var isClosure = false
    /// The package initializer: package-level `var x = e` declarations.
    var globalInits: [GlobalInit] = []
    var isPackageInit = false

    init(name: String, decl: FuncDecl?, lit: FuncLit?, sig: GoSignature?, body: BlockStmt?, parent: FuncInfo?) {
        self.name = name; self.decl = decl; self.lit = lit; self.sig = sig; self.body = body; self.parent = parent
        self.isLit = lit != nil && parent != nil
    }

    /// Whether `c` is a closure strictly inside self (Go's ContainsClosure).
    func containsClosure(_ c: FuncInfo) -> Bool {
        if c === self || !c.isLit { return false }
        var p = c.parent
        while let f = p { if f === self { return true }; p = f.parent }
        return false
    }
    func contains(_ c: FuncInfo) -> Bool { containsClosure(c) }
}

/// Runs escape analysis over a type-checked package.
///   verbose: the number of -m flags (0: compute decisions only).
///   inlining: analyse as Go does without -l (Inliner.swift): inliner lines,
///   and escape analysis over the inlined bodies. `gomem run` uses the
///   analysis without inlining.
public func analyzeEscapes(files: [File], package pkg: Package, info: Info, fileSet: FileSet, verbose: Int = 0,
                           inlining: Bool = false) -> EscapeResult {
    let result = EscapeResult()
    let prog = Program(files: files, pkg: pkg, info: info, fileSet: fileSet, verbose: verbose, result: result)
    prog.inlining = inlining
    GoSyntax.withLargeStack(size: 256 << 20) { prog.run() }
    return result
}

/// Package-wide state: the functions, the static call graph, the oracle of
/// static values, and the output.
final class Program {
    let files: [File]
    let pkg: Package
    let info: Info
    let fileSet: FileSet
    let verbose: Int
    let result: EscapeResult
    var funcs: [FuncInfo] = []
    /// Func literals of package-level initializers (functions of their own).
    var globalLits: [FuncInfo] = []
    var funcByObj: [ObjectIdentifier: FuncInfo] = [:]
    var funcByLit: [ObjectIdentifier: FuncInfo] = [:]
    let oracle: StaticOracle
    /// Go's inliner is on (no -l).
    var inlining = false
    /// Inlinable functions and their cost; functions already checked.
    var inlCost: [ObjectIdentifier: Int] = [:]
    var inlChecked = Set<ObjectIdentifier>()
    /// Per function: its calls Go inlines (CallExpr identity).
    var inlinedCalls: [ObjectIdentifier: [ObjectIdentifier: InlinedCall]] = [:]
    /// Per function: the inlined copies of this package's functions, in
    /// Go's order of inlining (the order their variables are declared).
    var inlineOrder: [ObjectIdentifier: [InlinedCall]] = [:]
    /// Functions, closures and go/defer wrappers in Go's bottom-up order.
    var inlSequence: [FuncInfo] = []
    var wrapperMemo: [ObjectIdentifier: [FuncInfo]] = [:]

    init(files: [File], pkg: Package, info: Info, fileSet: FileSet, verbose: Int, result: EscapeResult) {
        self.files = files; self.pkg = pkg; self.info = info; self.fileSet = fileSet
        self.verbose = verbose; self.result = result
        self.oracle = StaticOracle(info: info)
    }

    func run() {
        // Package-level initializers: their func literals are functions of
        // their own (glob..func1, ...), the rest forms the package init.
        var inits: [VarDecl] = []
        for f in files {
            for d in f.declList { if let vd = d as? VarDecl, vd.values != nil { inits.append(vd) } }
        }
        if !inits.isEmpty {
            var lits: [FuncLit] = []
            for vd in inits {
                NodeWalker(intoLits: false) { n in
                    if let l = n as? FuncLit { lits.append(l); return false }
                    return true
                }.walk(vd.values)
                oracle.scanGlobal(vd)
            }
            for (i, lit) in lits.enumerated() {
                let fi = FuncInfo(name: "glob..func\(i + 1)", decl: nil, lit: lit, sig: info.typeOf(lit) as? GoSignature,
                                  body: lit.body, parent: nil)
                funcByLit[ObjectIdentifier(lit)] = fi
                globalLits.append(fi)
                oracle.scan(lit.body)
            }
            // The package initializer runs the initializers in dependency
            // order; Go visits it first.
            let initFn = FuncInfo(name: "init", decl: nil, lit: nil, sig: nil, body: nil, parent: nil)
            var order = info.initOrder.map { GlobalInit(lhs: $0.lhs, rhs: $0.rhs) }
            if order.isEmpty {
                for vd in inits {
                    let vars = vd.nameList.compactMap { info.defs[ObjectIdentifier($0)] as? Var }
                    let rhs = unpackList(vd.values)
                    if rhs.count == vars.count { for (v, r) in zip(vars, rhs) { order.append(GlobalInit(lhs: [v], rhs: r)) } }
                    else if let r = rhs.first { order.append(GlobalInit(lhs: vars, rhs: r)) }
                }
            }
            initFn.globalInits = order
            initFn.isPackageInit = true
            funcs.insert(initFn, at: 0)
        }
        for f in files {
            for d in f.declList {
                guard let fd = d as? FuncDecl else { continue }
                if fd.name.value == "_" && fd.recv == nil { continue }
                let obj = info.defs[ObjectIdentifier(fd.name)] as? Func
                if fd.tParamList != nil { continue }   // generic: not analysed (shapes)
                if let r = fd.recv, isGenericRecv(r) { continue }
                let fi = FuncInfo(name: funcName(fd, obj), decl: fd, lit: nil, sig: obj?.signature,
                                  body: fd.body, parent: nil)
                fi.obj = obj
                fi.noescape = fd.pragma.has("go:noescape")
                funcs.append(fi)
                if let obj { funcByObj[ObjectIdentifier(obj)] = fi }
                if let b = fd.body { oracle.scan(b) }
            }
        }
        for fi in funcs { collectClosures(fi) }
        visitBottomUp()
        planAppendStores()
        if verbose >= 2 { explainInterfaceWrappers() }
        result.lines = lines
    }

    func isGenericRecv(_ r: Field) -> Bool {
        var t: Expr = r.type
        if let o = t as? Operation, o.op == .mul, o.y == nil { t = o.x }
        if let p = t as? ParenExpr { t = p.x }
        return t is IndexExpr
    }

    var initCount = 0

    func funcName(_ fd: FuncDecl, _ obj: Func?) -> String {
        if fd.recv == nil && fd.name.value == "init" {
            initCount += 1
            return "init.\(initCount - 1)"
        }
        guard fd.recv != nil else { return fd.name.value }
        if let obj, let sig = obj.signature, let r = sig.recv, let rt = r.type {
            if let p = rt as? GoPointer { return "(*\(typeName(p.elem))).\(fd.name.value)" }
            return "\(typeName(rt)).\(fd.name.value)"
        }
        return fd.name.value
    }

    func typeName(_ t: GoType) -> String { GoTypeFormat(pkg: pkg).string(t) }

    /// Creates FuncInfos for the func literals of fi's body, named as Go
    /// names closures (outer.func1, outer.func1.1, ...).
    func collectClosures(_ fi: FuncInfo) {
        guard let body = fi.body else { return }
        var lits: [FuncLit] = []
        LitCollector.collect(body, into: &lits)
        for lit in lits {
            fi.closureCount += 1
            let cname = fi.isLit ? "\(fi.name).\(fi.closureCount)" : "\(fi.name).func\(fi.closureCount)"
            let sig = info.typeOf(lit) as? GoSignature
            let c = FuncInfo(name: cname, decl: nil, lit: lit, sig: sig, body: lit.body, parent: fi)
            c.isClosure = !(info.captures[ObjectIdentifier(lit)] ?? []).isEmpty
            funcByLit[ObjectIdentifier(lit)] = c
            fi.closures.append(c)
            collectClosures(c)
        }
    }

    /// Interface method values (i.M) used by the program, as "I.M" keys.
    var ifaceMethodValues: [(GoNamed, Func)] = []

    /// Go compiles, after the package's own functions, a wrapper I.M for
    /// every method of every interface type the package declares (and I.M-fm
    /// for interface method values). Their receiver and pointer parameters
    /// leak to the heap; -m -m explains it (they print no -m line).
    func explainInterfaceWrappers() {
        func emit(_ pos: String, _ s: String) { lines.append("\(pos): \(s)") }
        func wrapper(_ iname: String, _ m: Func, recv: String) {
            guard let sig = m.signature else { return }
            let auto = "<autogenerated>:1"
            let args = sig.params.vars.enumerated().map { (i, v) in
                let n = v.name.isEmpty ? "~p\(i + 1)" : v.name
                return sig.variadic && i == sig.params.count - 1 ? n + "..." : n
            }.joined(separator: ", ")
            let callText = "\(recv).\(m.name)(\(args))"
            emit(auto, "parameter \(recv) leaks to {heap} for \(iname) with derefs=0:")
            emit(auto, "  flow: {heap} ← \(recv):")
            emit(auto, "    from \(callText) (call parameter) at \(auto)")
            for v in sig.params.vars where !v.name.isEmpty && v.name != "_" && hasPointers(v.type) {
                let pos = fileSet.format(v.pos)
                emit(pos, "parameter \(v.name) leaks to {heap} for \(iname) with derefs=0:")
                emit(pos, "  flow: {heap} ← \(v.name):")
                emit(pos, "    from \(callText) (call parameter) at \(auto)")
            }
        }
        for f in files {
            for d in f.declList {
                guard let td = d as? TypeDecl, !td.alias, td.tParamList == nil,
                      let tn = info.defs[ObjectIdentifier(td.name)] as? TypeName,
                      let named = tn.type as? GoNamed, let it = named.underlying as? GoInterface else { continue }
                for m in it.allMethods { wrapper("\(tn.name).\(m.name)", m, recv: "~p0") }
            }
        }
        var seen = Set<String>()
        for (n, m) in ifaceMethodValues where n.obj.pkg === pkg {
            let key = "\(n.obj.name).\(m.name)-fm"
            if seen.insert(key).inserted { wrapper(key, m, recv: ".this") }
        }
    }

    // MARK: - Bottom-up traversal (Go's ir.VisitFuncsBottomUp)

    var nodeID: [ObjectIdentifier: UInt32] = [:]
    var visitgen: UInt32 = 0
    var stack: [FuncInfo] = []
    var lines: [String] = []

    /// Batches in bottom-up order, collected before any is analysed so that
    /// devirtualization (which Go runs first, over every function) can
    /// report and record its decisions.
    var blocks: [[FuncInfo]] = []
    /// Interface method calls Go devirtualizes: CallExpr → the concrete type.
    var devirt: [ObjectIdentifier: GoType] = [:]

    func visitBottomUp() {
        for fi in funcs { _ = visit(fi) }
        let before = lines.count
        for block in blocks {
            for fn in block { devirtualize(fn) }
        }
        if inlining {
            let devirtLines = Array(lines[before...])
            lines.removeSubrange(before...)
            computeInlinability()
            lines += devirtLines
            inlineCalls()
        }
        for block in blocks {
            let b = Batch(program: self, fns: block)
            b.run()
        }
    }

    /// Go's devirtualize.StaticCall: an interface method call whose receiver
    /// is statically a conversion of a concrete value calls that type's method.
    func devirtualize(_ fn: FuncInfo) {
        let body: Node? = fn.body
        guard let body else { return }
        let fmtB = Batch(program: self, fns: [])
        var goDeferCalls = Set<ObjectIdentifier>()
        NodeWalker(intoLits: false) { [self] n in
            if n is FuncLit { return false }
            if let cs = n as? CallStmt, let c = unparen(cs.call) as? CallExpr {
                goDeferCalls.insert(ObjectIdentifier(c))   // go/defer calls themselves are not devirtualized
            }
            if let c = n as? CallExpr, goDeferCalls.contains(ObjectIdentifier(c)) { return true }
            guard let c = n as? CallExpr, let sel = unparen(c.fun) as? SelectorExpr,
                  let s = info.selections[ObjectIdentifier(sel)], s.kind == .methodVal,
                  let f = s.obj as? Func, f.isInterfaceMethod else { return true }
            let concrete = oracle.concreteType(sel.x)
            guard let T = concrete, implements(T, s.recv) else { return true }
            let r = lookupFieldOrMethod(T, addressable: false, pkg: pkg, name: f.name)
            guard let m = r.obj as? Func, !m.isInterfaceMethod else { return true }
            devirt[ObjectIdentifier(c)] = T
            if verbose > 0 { lines.append("\(fileSet.format(c.pos)): devirtualizing \(fmtB.fmt(sel)) to \(fmtB.typeStr(T))") }
            return true
        }.walk(body)
    }

    func visit(_ fi: FuncInfo) -> UInt32 {
        let key = ObjectIdentifier(fi)
        if let id = nodeID[key], id > 0 { return id }
        visitgen += 1
        let id = visitgen
        nodeID[key] = id
        visitgen += 1
        var minVisitGen = visitgen
        stack.append(fi)
        for callee in references(fi) {
            let m = visit(callee)
            if m < minVisitGen { minVisitGen = m }
        }
        if (minVisitGen == id || minVisitGen == id + 1) && !fi.isClosure {
            var i = stack.count - 1
            while i >= 0 {
                nodeID[ObjectIdentifier(stack[i])] = UInt32.max
                if stack[i] === fi { break }
                i -= 1
            }
            if i < 0 { i = 0 }
            let block = Array(stack[i...])
            stack.removeSubrange(i...)
            blocks.append(block)
        }
        return minVisitGen
    }

    /// The functions and closures fi's body refers to, in preorder.
    func references(_ fi: FuncInfo) -> [FuncInfo] {
        var out: [FuncInfo] = []
        if fi.isPackageInit {
            for ini in fi.globalInits { RefCollector(program: self, includeGlobalLits: true).collect(ini.rhs, into: &out) }
            return out
        }
        guard let body = fi.body else { return [] }
        RefCollector(program: self).collect(body, into: &out)
        return out
    }
}

// MARK: - Batch

final class Batch {
    unowned let program: Program
    let fns: [FuncInfo]
    var allLocs: [Location] = []
    /// Closures met while walking, in order: func literals (fn), and go/defer
    /// wrappers (fn nil) with the temporaries they capture and their widths.
    var closures: [(k: Hole, fn: FuncInfo?, site: Site, temps: [(Location, Int64)])] = []
    let heapLoc: Location, mutatorLoc: Location, calleeLoc: Location, blankLoc: Location
    var varLocs: [ObjectIdentifier: Location] = [:]
    let dummy: FuncInfo

    // Walk state (Go's escape struct).
    var curfn: FuncInfo
    var loopDepth = 1
    var labels: [ObjectIdentifier: Bool] = [:]   // LabeledStmt → looping
    var autotmp = 0
    /// Inlining (Batch+Inline.swift): the calls inlined in the body being
    /// walked, the copy being walked and the outermost call's position.
    var inlMap: [ObjectIdentifier: InlinedCall] = [:]
    var inlFrame: InlinedCall? = nil
    var inlPos: Pos? = nil
    /// Go's rewriteWithLiterals has run: sites print their final text.
    var rewritten = false
    /// Element types of new/&T{}/make/method-value sites, and constant make lengths.
    var siteElemType: [ObjectIdentifier: GoType] = [:]
    var siteConstLen: [ObjectIdentifier: Int64] = [:]

    var info: Info { program.info }
    var fileSet: FileSet { program.fileSet }
    var verbose: Int { program.verbose }

    init(program: Program, fns: [FuncInfo]) {
        self.program = program; self.fns = fns
        let d = FuncInfo(name: "", decl: nil, lit: nil, sig: nil, body: nil, parent: nil)
        dummy = d
        heapLoc = Location(n: .none, curfn: d, loopDepth: 0)
        mutatorLoc = Location(n: .none, curfn: d, loopDepth: 0)
        calleeLoc = Location(n: .none, curfn: d, loopDepth: 0)
        blankLoc = Location(n: .none, curfn: d, loopDepth: 0)
        heapLoc.attrs = .all
        mutatorLoc.attrs = .mutates
        calleeLoc.attrs = .calls
        curfn = fns.first ?? d
    }

    func emit(_ pos: Pos, _ msg: String) {
        program.lines.append("\(fileSet.format(pos)): \(msg)")
    }

    func run() {
        for fn in fns { initFunc(fn) }
        for fn in fns where !fn.isClosure { walkFunc(fn) }
        for c in closures {
            if let fn = c.fn { flowClosure(c.k, fn, c.site) } else { flowWrapper(c.k, c.temps) }
        }
        closures = []
        rewritten = true
        for loc in allLocs {
            if let why = heapAllocReason(loc) {
                flow(heapHole().addr(loc, why, self), loc)
            }
        }
        walkAll()
        finish()
    }

    func inMutualBatch(_ fn: FuncInfo) -> Bool {
        fn.state != .tagged && fn.state != .unknown
    }

    // MARK: locations and holes

    func newLoc(_ n: LocNode, persists: Bool) -> Location {
        let loc = Location(n: n, curfn: curfn, loopDepth: loopDepth)
        if let p = inlPos {
            if case .site(let s) = n { s.pos = p }
            if case .variable = n { loc.inlPos = p }
        }
        if persists { loc.attrs.insert(.persists) }
        loc.index = allLocs.count
        allLocs.append(loc)
        return loc
    }

    func loc(of v: Var) -> Location? { varLocs[ObjectIdentifier(v)] }

    func heapHole() -> Hole { Hole(heapLoc) }
    func mutatorHole() -> Hole { Hole(mutatorLoc) }
    func calleeHole() -> Hole { Hole(calleeLoc) }
    func discardHole() -> Hole { Hole(blankLoc) }

    func flow(_ k: Hole, _ src: Location) {
        if k.addrtaken { src.addrtaken = true }
        let dst = k.dst
        if dst === blankLoc { return }
        if dst === src && k.derefs >= 0 { return }
        if dst.has(.escapes) && k.derefs < 0 {
            if verbose >= 2 {
                emit(src.pos, "\(describe(src)) escapes to heap in \(src.curfn.name):")
                explainFlow(src.pos, dst, src, k.derefs, k.notes)
            }
            src.attrs.formUnion(.all)
            return
        }
        dst.edges.append(Edge(src: src, derefs: k.derefs, notes: k.notes))
    }

    func teeHole(_ ks: [Hole]) -> Hole {
        if ks.isEmpty { return discardHole() }
        if ks.count == 1 { return ks[0] }
        let loc = newLoc(.none, persists: false)
        for k in ks { flow(k, loc) }
        return Hole(loc)
    }

    func later(_ k: Hole) -> Hole {
        let loc = newLoc(.none, persists: true)
        flow(k, loc)
        return Hole(loc)
    }

    /// A new location for allocation site `s`, into which k's value flows
    /// as an address; returns the hole of the site's storage.
    func spill(_ k: Hole, _ s: Site) -> Hole {
        let loc = newLoc(.site(s), persists: false)
        flow(k.shift(-1).note(site: s, "spill", self), loc)
        return Hole(loc)
    }

    // MARK: initFunc / walkFunc

    func initFunc(_ fn: FuncInfo) {
        fn.state = .planned
        let saved = curfn, savedDepth = loopDepth
        curfn = fn; loopDepth = 1
        defer { curfn = saved; loopDepth = savedDepth }
        let ft: FuncType? = fn.decl?.type ?? fn.lit?.type
        var fields: [Field] = []
        if let r = fn.decl?.recv { fields.append(r) }
        fields += ft?.paramList ?? []
        fn.params = []
        fn.paramLocs = []
        for f in fields {
            let v = f.name.flatMap { info.defs[ObjectIdentifier($0)] as? Var }
            let t = v?.type ?? info.typeOf(f.type)
            let nm = f.name?.value ?? ""
            fn.params.append((v, nm, f.name?.pos ?? f.pos, t))
            if let v, v.name != "_", fn.body != nil {
                let l = newLoc(.variable(v), persists: true)
                l.isParam = true
                varLocs[ObjectIdentifier(v)] = l
                fn.paramLocs.append(l)
            } else {
                fn.paramLocs.append(nil)
            }
        }
        fn.resultLocs = []
        if fn.body != nil {
            for (i, f) in (ft?.resultList ?? []).enumerated() {
                let l: Location
                if let name = f.name, let v = info.defs[ObjectIdentifier(name)] as? Var, v.name != "_" {
                    l = newLoc(.variable(v), persists: true)
                    varLocs[ObjectIdentifier(v)] = l
                } else {
                    let nm = f.name?.value == "_" ? "~b\(i)" : "~r\(i)"
                    l = newLoc(.result(nm, f.name?.pos ?? f.pos), persists: true)
                }
                l.isParamOut = true
                l.resultIndex = 1 + i
                fn.resultLocs.append(l)
            }
            var locals: [Var] = []
            DclCollector(info: info).collect(fn.body, into: &locals)
            fn.locals = locals
            for v in locals where varLocs[ObjectIdentifier(v)] == nil {
                varLocs[ObjectIdentifier(v)] = newLoc(.variable(v), persists: true)
            }
            if program.inlining {
                for ic in program.inlineOrder[ObjectIdentifier(fn)] ?? [] { declareInlined(ic) }
            }
        }
    }

    func walkFunc(_ fn: FuncInfo) {
        fn.state = .started
        let saved = curfn, savedDepth = loopDepth, savedLabels = labels
        curfn = fn; loopDepth = 1
        labels = LabelScanner.scan(fn.body)
        let savedInl = inlMap
        inlMap = program.inlining ? program.inlinedCalls[ObjectIdentifier(fn)] ?? [:] : [:]
        if let b = fn.body { block(b.list) }
        inlMap = savedInl
        if fn.isPackageInit {
            for ini in fn.globalInits where !isStaticInit(ini.rhs) { globalInit(ini) }
        }
        curfn = saved; loopDepth = savedDepth; labels = savedLabels
    }

    func flowClosure(_ k: Hole, _ fn: FuncInfo, _ site: Site) {
        guard let lit = fn.lit else { return }
        for cv in info.captures[ObjectIdentifier(lit)] ?? [] {
            guard let loc = loc(of: cv) else { continue }
            let width = sizeof(cv.type)
            let byval = !loc.addrtaken && !loc.reassigned && width <= 128
            if verbose >= 2 {
                emit(cv.pos, "\(loc.curfn.name) capturing by \(byval ? "value" : "ref"): \(cv.name) (addr=\(loc.addrtaken) assign=\(loc.reassigned) width=\(width))")
            }
            var kk = k
            let usePos = verbose >= 2 ? (UseFinder.firstUse(of: cv, in: lit.body, info: info) ?? cv.pos) : cv.pos
            if !byval { kk = kk.addr(cv.name, usePos, "reference", self) }
            flow(kk.note(cv.name, usePos, "captured by a closure", self), loc)
        }
    }

    /// One package-level initialization `lhs = rhs` of the package initializer.
    func globalInit(_ ini: GlobalInit) {
        let ks = ini.lhs.map { $0.name == "_" ? discardHole() : heapHole() }
        let pos = ini.lhs.first?.pos ?? ini.rhs.pos
        let text = verbose >= 2 ? "\(ini.lhs.map { $0.name }.joined(separator: ", ")) = \(fmt(ini.rhs))" : ""
        if ks.count > 1 {
            multiAssign(ks.map { $0.note(text, pos, "assign", self) }, ini.lhs.map { $0.type }, ini.rhs, where: DeclStmt(pos, declList: []))
        } else if let k = ks.first {
            exprTo(k.note(text, pos, "assign", self), ini.rhs, ini.lhs.first?.type)
        }
    }

    /// A go/defer wrapper captures its temporaries by value.
    func flowWrapper(_ k: Hole, _ temps: [(Location, Int64)]) {
        for (t, width) in temps {
            let byval = !t.addrtaken && !t.reassigned && width <= 128
            let name = describe(t)
            if verbose >= 2 {
                emit(t.pos, "\(t.curfn.name) capturing by \(byval ? "value" : "ref"): \(name) (addr=\(t.addrtaken) assign=\(t.reassigned) width=\(width))")
            }
            var kk = k
            if !byval { kk = kk.addr(name, t.pos, "reference", self) }
            flow(kk.note(name, t.pos, "captured by a closure", self), t)
        }
    }

    // MARK: finish

    func finish() {
        for fn in fns {
            fn.state = .tagged
            fn.tags = []
            for (i, p) in fn.params.enumerated() {
                fn.tags.append(paramTag(fn, i, p))
            }
            program.result.paramTags[fn.name] = fn.tags
        }
        let res = program.result
        for loc in allLocs {
            switch loc.n {
            case .none, .result, .temp:
                continue
            case .variable(let v):
                if loc.has(.escapes) {
                    res.heapVars.insert(ObjectIdentifier(v))
                    if verbose > 0 { emit(loc.inlPos ?? v.pos, "moved to heap: \(v.name)") }
                }
            case .site(let s):
                let esc = loc.has(.escapes)
                res.sites.append(EscapeResult.SiteInfo(kind: s.kind, pos: s.pos, text: s.text, escapes: esc))
                res.siteEscapes[EscapeResult.SiteKey(node: ObjectIdentifier(s.node), kind: s.kind)] = esc
                if verbose > 0 && s.kind != .goDeferWrapper {
                    if s.kind == .append {
                        emit(s.pos, esc ? "append escapes to heap" : "append does not escape")
                    } else {
                        emit(s.pos, esc ? "\(s.text) escapes to heap" : "\(s.text) does not escape")
                    }
                }
                if !esc && s.kind == .str2bytes && !loc.has(.mutates) {
                    res.zeroCopyConversions.insert(ObjectIdentifier(s.node))
                    if verbose > 0 { emit(s.pos, "zero-copy string->[]byte conversion") }
                }
            }
        }
    }

    func paramTag(_ fn: FuncInfo, _ i: Int, _ p: (v: Var?, name: String, pos: Pos, type: GoType?)) -> Leaks {
        let diagnose = verbose > 0
        let name = p.name.isEmpty ? "arg#\(i)" : p.name
        if fn.body == nil {
            if isUintptr(p.type) {
                if diagnose { emit(p.pos, "assuming \(name) is unsafe uintptr") }
                return Leaks()
            }
            if !hasPointers(p.type) { return Leaks() }
            var esc = Leaks()
            if fn.noescape {
                if diagnose && !p.name.isEmpty { emit(p.pos, "\(name) does not escape") }
                esc.addMutator(0); esc.addCallee(0)
            } else {
                if diagnose && !p.name.isEmpty { emit(p.pos, "leaking param: \(name)") }
                esc.addHeap(0)
            }
            return esc
        }
        if !hasPointers(p.type) { return Leaks() }
        guard i < fn.paramLocs.count, let loc = fn.paramLocs[i] else { return Leaks() }
        var esc = loc.paramEsc
        esc.optimize()
        if diagnose && !loc.has(.escapes) { reportLeaks(p.pos, name, esc, fn) }
        return esc.normalized
    }

    func reportLeaks(_ pos: Pos, _ name: String, _ esc: Leaks, _ fn: FuncInfo) {
        var warned = false
        let x = esc.heap
        if x >= 0 {
            emit(pos, x == 0 ? "leaking param: \(name)" : "leaking param content: \(name)")
            warned = true
        }
        for i in 0..<Leaks.numResults {
            let r = esc.result(i)
            if r >= 0 {
                var rn = "~r\(i)"
                if i < fn.resultLocs.count {
                    switch fn.resultLocs[i].n {
                    case .variable(let v): rn = v.name
                    case .result(let s, _): rn = s
                    default: break
                    }
                }
                emit(pos, "leaking param: \(name) to result \(rn) level=\(r)")
                warned = true
            }
        }
        if !warned { emit(pos, "\(name) does not escape") }
    }
}
