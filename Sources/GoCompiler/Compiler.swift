// Compiler.swift — from the checked syntax tree to a Program: numbering
// functions, laying out globals, compiling each body (FunctionCompiler in
// Compiler+Func.swift, +Expr, +Stmt), then loading the image.
//
// Steps:
//   1. Number every function: declared funcs and methods, then the natives the
//      program calls (by "pkg.Name"), then function literals as met. A
//      body-less function bound by //go:linkname is the native it names
//      (Linkname.swift).
//   2. Lay out package-level variables: BSS (zeroed) for all of them; their
//      initialisers run in the entry function in the checker's initOrder.
//      Standard package variables the program reads (os.Args) get a global
//      set first of all from the native of the same name.
//   3. Compile bodies; each function literal is queued and compiled after its
//      enclosing function (its code stays contiguous).
//   4. Build the entry function: initialisers, init() functions in order,
//      main.main, exit.
//   5. Fill method tables (type descriptors need every function's index),
//      then load (Program.init maps the segments and seals code and rodata).
// Anything outside the supported subset throws `Unsupported`, reported by the
// driver as `file:line:col: <feature> not supported yet`.
import GoABI
import GoSyntax
import GoTypes

public enum Compiler {
    /// Compiles package main. `natives` are the "pkg.Name" functions the
    /// standard library provides, in native-table order.
    public static func compile(files: [File], info: Info, package: Package, fileSet: FileSet,
                               placement: VariablePlacement, plan: AllocationPlan,
                               natives: [String]) -> Result<Program, Unsupported> {
        if let u = refuseUnsupportedGenerics(files: files) { return .failure(u) }
        let pc = ProgramCompiler(files: files, info: info, package: package, fileSet: fileSet,
                                 placement: placement, plan: plan, natives: natives)
        do {
            var result: Program?
            var err: Error?
            // Compilation recurses as deeply as the source nests.
            withLargeStack(size: 256 << 20) {
                do { result = try pc.compileProgram() } catch { err = error }
            }
            if let e = err as? Unsupported { return .failure(e) }
            if let e = err { return .failure(Unsupported(.none, "\(e)")) }
            return .success(result!)
        }
    }
}

enum Segment { case data, bss }

final class ProgramCompiler {
    let files: [File]
    let info: Info
    let pkg: Package
    let fileSet: FileSet
    let placement: VariablePlacement
    let plan: AllocationPlan
    let types: TypeTable
    var code: [Instr] = []
    var lines: [Int32] = []
    var funcs: [FuncInfo] = []
    var funcNames: [String] = []
    /// Source file of each function (Program.funcFiles) and the function
    /// literals among them (whose own literals Go names f.func1.1, .2...).
    var funcFiles: [Int32] = []
    var litFuncs: Set<Int> = []
    var funcIndex: [ObjectIdentifier: Int] = [:]
    let nativeNames: [String]
    var nativeIndex: [String: Int] = [:]
    var nativeFunc: [String: Int] = [:]
    var consts: [Int64] = []
    var constIndex: [Int64: Int] = [:]
    var globals: [ObjectIdentifier: Int] = [:]
    /// BSS offset 0 is Go's runtime.zerobase (the VM makes it the heap's):
    /// every zero-size package variable lives there, as Go's linker puts them.
    var bssMask: [Bool] = [false]
    var bssSize = Program.zerobaseOffset + 8
    var stackMaps: [StackMapEntry] = []
    var staticClosures: [Int: Int] = [:]
    var pendingLits: [(FuncLit, Int, TypeSubstitution)] = []
    /// Range-over-func loop bodies still to compile: body, function index, type arguments, captures.
    var pendingBodies: [(RangeBody, Int, TypeSubstitution, [Var])] = []
    /// Generic functions and methods of generic types (Generics.swift):
    /// declaration by object, instance function by (object, type arguments),
    /// and the instance bodies still to compile.
    var genericDecls: [ObjectIdentifier: FuncDecl] = [:]
    var instanceIndex: [String: Int] = [:]
    var pendingInstances: [(FuncDecl, Func, TypeSubstitution, Int)] = []
    var stringLits: [[UInt8]: Int] = [:]
    var panicStubPC = 0
    /// Package variables of the standard library the program uses (os.Args,
    /// os.Stdout, strconv.ErrRange): BSS offset → (variable, native that
    /// makes its value); the entry function stores each value first.
    var stdVars: [Int: (v: Var, native: Int)] = [:]
    var runtimeErrorType = 0
    /// Named descriptors natives use.
    var namedTypes: [String: Int] = [:]

    init(files: [File], info: Info, package: Package, fileSet: FileSet, placement: VariablePlacement,
         plan: AllocationPlan, natives: [String]) {
        self.files = files; self.info = info; self.pkg = package; self.fileSet = fileSet
        self.placement = placement; self.plan = plan; self.nativeNames = natives
        self.types = TypeTable(rodata: SegmentBuilder())
        for (i, n) in natives.enumerated() { nativeIndex[n] = i }
        types.methodIndex = { [unowned self] f in self.funcIndex[ObjectIdentifier(f)] ?? (try? self.instanceMethodIndex(f, f.pos)) ?? nil }
        types.nativeMethod = { [unowned self] n in self.native(n) }
        types.promoted = { [unowned self] t, m in try self.promotedWrapper(t, m) }
    }

    // MARK: Helpers shared by function compilers

    func constant(_ v: Int64) -> Int32 {
        if let i = constIndex[v] { return Int32(i) }
        consts.append(v)
        constIndex[v] = consts.count - 1
        return Int32(consts.count - 1)
    }

    func stringLiteral(_ b: [UInt8]) -> Int {
        if let o = stringLits[b] { return o }
        let o = types.rodata.appendBytes(b.isEmpty ? [0] : b)
        stringLits[b] = o
        return o
    }

    /// A static closure object {fn} in rodata for a top-level function used as a value.
    func staticClosure(_ fn: Int) -> Int {
        if let o = staticClosures[fn] { return o }
        let o = types.rodata.reserve(8)
        types.rodata.putInt(fn, at: o)
        staticClosures[fn] = o
        return o
    }

    /// Function index for the native "pkg.Name", or nil if the stdlib lacks it.
    func native(_ name: String) -> Int? {
        if let f = nativeFunc[name] { return f }
        guard let n = nativeIndex[name] else { return nil }
        let f = funcs.count
        funcs.append(FuncInfo(entry: -1, native: Int32(n), frameSize: 0, localsStart: 0, argSize: 0,
                              resultOff: 0, stackmap: -1, closureType: -1))
        funcNames.append(name)
        funcFiles.append(0)
        nativeFunc[name] = f
        return f
    }

    func newFunction(_ name: String) -> Int {
        funcs.append(FuncInfo(entry: 0, native: -1, frameSize: 0, localsStart: 0, argSize: 0,
                              resultOff: 0, stackmap: -1, closureType: -1))
        funcNames.append(name)
        funcFiles.append(0)
        return funcs.count - 1
    }

    func globalOffset(_ v: Var) -> Int {
        if let o = globals[ObjectIdentifier(v)] { return o }
        let t = v.type ?? Typ.invalid
        if TypeTable.size(t) == 0 {
            globals[ObjectIdentifier(v)] = Program.zerobaseOffset
            return Program.zerobaseOffset
        }
        let a = max(TypeTable.align(t), 1)
        bssSize = (bssSize + a - 1) / a * a
        bssSize = (bssSize + 7) & ~7
        let off = bssSize
        bssSize += max(TypeTable.size(t), 0)
        bssSize = (bssSize + 7) & ~7
        let bits = TypeTable.ptrWords(t)
        if bssMask.count < bssSize / 8 { bssMask += [Bool](repeating: false, count: bssSize / 8 - bssMask.count) }
        bits.withUnsafeBufferPointer { b in for i in 0..<b.count where b[i] { bssMask[off / 8 + i] = true } }
        globals[ObjectIdentifier(v)] = off
        return off
    }

    // MARK: The program

    func compileProgram() throws -> Program {
        // 1. Number declared functions and methods.
        try checkLinkedVariables()
        var decls: [(FuncDecl, Func?, Int)] = []
        var inits: [Int] = []
        var mainIndex: Int?
        for f in files {
            for d in f.declList {
                guard let fd = d as? FuncDecl else { continue }
                let obj = info.defs[ObjectIdentifier(fd.name)] as? Func
                if let obj, let sig = obj.signature, !sig.typeParams.isEmpty || !sig.recvTypeParams.isEmpty {
                    // Compiled per instance, on first use (Generics.swift).
                    guard fd.body != nil else { throw Unsupported(fd.name.pos, "generic function without body") }
                    genericDecls[ObjectIdentifier(obj)] = fd
                    continue
                }
                if fd.body == nil {
                    // Bound by //go:linkname to a runtime native (Linkname.swift).
                    let fi = try linkedFunction(fd, obj)
                    if let obj { funcIndex[ObjectIdentifier(obj)] = fi }
                    continue
                }
                if fd.recv == nil, let t = linknameTarget(fd.name.value), t != "main." + fd.name.value {
                    // A body pushed under another package's name: Go's linker
                    // would see it (and most likely refuse a duplicate).
                    throw Unsupported(fd.pos, "function body linked to \(t)")
                }
                let idx = newFunction(obj?.fullName ?? fd.name.value)
                funcNames[idx] = qualifiedName(fd, obj)
                // Go numbers init functions: main.init.0, main.init.1, ...
                if fd.recv == nil && fd.name.value == "init" { funcNames[idx] = "main.init.\(inits.count)" }
                if let obj { funcIndex[ObjectIdentifier(obj)] = idx }
                if fd.recv == nil && fd.name.value == "init" { inits.append(idx) }
                if fd.recv == nil && fd.name.value == "main" { mainIndex = idx }
                decls.append((fd, obj, idx))
            }
        }
        // Runtime error type (named string kind with native Error).
        runtimeErrorType = try runtimeErrorDescriptor("runtime.errorString")
        namedTypes["runtime.errorString"] = runtimeErrorType
        for n in ["runtime.boundsError", "*runtime.TypeAssertionError", "*runtime.PanicNilError", "runtime.plainError"] {
            namedTypes[n] = try runtimeErrorDescriptor(n)
        }
        namedTypes["string"] = try types.descriptor(Typ.string)
        namedTypes["int"] = try types.descriptor(Typ.int)
        namedTypes["bool"] = try types.descriptor(Typ.bool)
        namedTypes["error"] = try types.descriptor(Universe.scope.lookup("error")!.type!)
        namedTypes["[]uint8"] = try types.descriptor(GoSlice(Typ.uint8))
        namedTypes["[]interface {}"] = try types.descriptor(GoSlice(GoInterface(methods: [], embeddeds: [])))
        namedTypes["float64"] = try types.descriptor(Typ.float64)
        // Error values natives make: Error, and Unwrap returning error or []error.
        let errT = Universe.scope.lookup("error")!.type!
        let errSig = TypeTable.withoutRecv((errT.underlying as! GoInterface).allMethods[0].type)
        let unwrap1 = GoSignature(params: GoTuple([]), results: GoTuple([Var.synthetic("", errT)]), variadic: false)
        let unwrapN = GoSignature(params: GoTuple([]), results: GoTuple([Var.synthetic("", GoSlice(errT))]), variadic: false)
        namedTypes["[]error"] = try types.descriptor(GoSlice(errT))
        namedTypes["*errors.errorString"] = try syntheticPointer("*errors.errorString", [("Error", "errors.errorString.Error", errSig)])
        namedTypes["*fmt.wrapError"] = try syntheticPointer("*fmt.wrapError", [("Error", "fmt.wrapError.Error", errSig),
                                                                             ("Unwrap", "fmt.wrapError.Unwrap", unwrap1)])
        namedTypes["*fmt.wrapErrors"] = try syntheticPointer("*fmt.wrapErrors", [("Error", "fmt.wrapErrors.Error", errSig),
                                                                               ("Unwrap", "fmt.wrapErrors.Unwrap", unwrapN)])
        namedTypes["*errors.joinError"] = try syntheticPointer("*errors.joinError", [("Error", "errors.joinError.Error", errSig),
                                                                                   ("Unwrap", "errors.joinError.Unwrap", unwrapN)])
        // strconv's *NumError, when the program imports strconv (its methods are natives).
        if let sc = pkg.imports.first(where: { $0.path == "strconv" }), let ne = sc.scope.lookup("NumError")?.type {
            namedTypes["*strconv.NumError"] = try types.descriptor(GoPointer(ne))
        }
        // time's runtime objects (Timer, Ticker, the timer channel, Location), when the program imports time.
        if let tp = pkg.imports.first(where: { $0.path == "time" }) {
            for n in ["Timer", "Ticker", "Location"] {
                if let t = tp.scope.lookup(n)?.type { namedTypes["*time." + n] = try types.descriptor(GoPointer(t)) }
            }
            if let t = tp.scope.lookup("Time")?.type { namedTypes["chan time.Time"] = try types.descriptor(GoChan(dir: .both, elem: t)) }
        }

        // The panic stub: a deferred call made by a panic returns here.
        panicStubPC = code.count
        code.append(Instr(.panicstub)); lines.append(0)

        // 2–3. Bodies.
        for (fd, obj, idx) in decls {
            guard let body = fd.body else { throw Unsupported(fd.pos, "function without body") }
            let sig = obj?.signature ?? GoSignature(params: GoTuple([]), results: GoTuple([]), variadic: false)
            let fc = FunctionCompiler(pc: self, index: idx, sig: sig, recv: sig.recv, captures: [], pos: fd.pos)
            try fc.compileBody(body, paramNodes: fd.type, recvNode: fd.recv)
            try drainLiterals()
        }
        try drainInstances()
        // 4. The entry function.
        guard let mainIndex else { throw Unsupported(.none, "program without main") }
        let entry = newFunction("runtime.main")
        let ec = FunctionCompiler(pc: self, index: entry, sig: GoSignature(params: GoTuple([]), results: GoTuple([]), variadic: false),
                                  recv: nil, captures: [], pos: .none)
        try ec.compileEntry(inits: inits, main: mainIndex)
        try drainLiterals()
        try drainInstances()
        // 5. Method tables, then load (an instance's table may need new
        // instance bodies, whose code may need new descriptors).
        while !types.pending.isEmpty || !pendingInstances.isEmpty {
            let p = types.pending
            types.pending = []
            for f in p { try f() }
            try drainInstances()
        }
        var bssBytes = [UInt8](repeating: 0, count: (bssMask.count + 7) / 8)
        bssMask.withUnsafeBufferPointer { m in for i in 0..<m.count where m[i] { bssBytes[i / 8] |= 1 << UInt8(i % 8) } }
        stackMaps.sort { $0.pc < $1.pc }
        let program = Program(code: code, funcs: funcs, rodata: types.rodata, data: SegmentBuilder(), bssSize: bssSize,
                       dataPtrmask: [], bssPtrmask: bssBytes, consts: consts, nativeNames: nativeNames,
                       funcNames: funcNames, lines: lines, stackMaps: stackMaps, entryFunc: entry,
                       runtimeErrorType: runtimeErrorType, panicStubPC: panicStubPC,
                       stringType: namedTypes["string"]!, namedTypes: namedTypes,
                       fileName: fileSet.names.first ?? "prog.go",
                       funcFiles: funcFiles, fileNames: fileSet.names)
        var seen: Set<String> = []
        var work = pkg.imports
        while let p = work.popLast() {
            if !seen.insert(p.path).inserted { continue }
            work += p.imports
        }
        // (The declared surfaces do not import all that Go's packages do.)
        let usesOS = ["os", "fmt", "runtime/debug", "log", "flag", "io/ioutil", "path/filepath", "os/exec", "os/signal"]
        if usesOS.contains(where: seen.contains) { program.goidBase = 7 }
        program.wrapperFuncs = Set(wrappers.values)
        return program
    }

    func qualifiedName(_ fd: FuncDecl, _ obj: Func?) -> String {
        guard let obj else { return "main." + fd.name.value }
        if let sig = obj.signature, let r = sig.recv, let rt = r.type {
            if let p = rt as? GoPointer, let n = p.elem as? GoNamed { return "main.(*\(n.obj.name)).\(obj.name)" }
            if let n = rt as? GoNamed { return "main.\(n.obj.name).\(obj.name)" }
        }
        return "main." + obj.name
    }

    var wrappers: [String: Int] = [:]
    /// Element types of the slices the program reads cap() of (AllocationPlan.swift).
    lazy var capElems: Set<String> = collectCapElems()

    /// The wrapper through which type t (T or *T) has promoted method m.
    func promotedWrapper(_ t: GoType, _ m: Func) throws -> Int {
        let key = "promoted/\(ObjectIdentifier(m).hashValue)/" + TypeTable.key(t)
        if let w = wrappers[key] { return w }
        let r = lookupFieldOrMethod(t, addressable: false, pkg: m.pkg, name: m.name)
        guard let path = r.index, path.count > 1 else { throw Unsupported(m.pos, "promoted method \(m.name)") }
        var target = try funcIndex[ObjectIdentifier(m)] ?? instanceMethodIndex(m, m.pos)
        // A method of an embedded interface is called through the
        // interface value's itab: there is no target function.
        let viaIface = FunctionCompiler.interfaceAlong(t, path)
        if target == nil && viaIface { target = -1 }
        if target == nil {
            var rt = m.signature?.recv?.type ?? Typ.invalid
            if let p = rt as? GoPointer { rt = p.elem }
            if let n = rt as? GoNamed, let p = n.obj.pkg, p.path != "main" { target = native("\(p.path).\(n.obj.name).\(m.name)") }
        }
        guard let target else { throw Unsupported(m.pos, "promoted method \(m.name)") }
        let idx = newFunction("main.\(TypeTable.rname(t)).\(m.name)")
        wrappers[key] = idx
        let fc = FunctionCompiler(pc: self, index: idx, sig: m.signature!, recv: nil, captures: [], pos: m.pos)
        try fc.compilePromotedWrapper(m, recvType: t, path: path, target: target)
        return idx
    }
    /// The wrapper function for a method value or expression (compiled once).
    /// `targetRecv`: the receiver type `target` takes when it is not m's
    /// own (a promoted method's wrapper takes the outer type).
    func methodWrapper(_ m: Func, target: Int, exprRecv: GoType?, targetRecv: GoType? = nil) throws -> Int {
        let key = "\(ObjectIdentifier(m).hashValue)/" + (exprRecv.map { TypeTable.key($0) } ?? "fm")
            + (targetRecv.map { "/via/" + TypeTable.key($0) } ?? "")
        if let w = wrappers[key] { return w }
        let idx = newFunction(funcNames[target] + (exprRecv == nil ? "-fm" : ""))
        wrappers[key] = idx
        let fc = FunctionCompiler(pc: self, index: idx, sig: m.signature!, recv: nil, captures: [], pos: m.pos)
        try fc.compileMethodWrapper(m, target: target, exprRecv: exprRecv, targetRecv: targetRecv)
        // Its closure object holds one pointer (the receiver's box).
        funcs[idx].closureType = Int32(closureDescriptor(words: 2, pointerWords: [1]))
        return idx
    }

    /// A closure object's descriptor in rodata: `words` words (word 0 the
    /// function index), the given words pointers.
    func closureDescriptor(words n: Int, pointerWords: [Int]) -> Int {
        descriptorHead(size: n * 8, pointerWords: pointerWords, kind: .struct)
    }

    /// A descriptor's first fields in rodata (size, ptrBytes — ending after
    /// the last pointer word —, align 8, pointer mask, kind); returns its offset.
    func descriptorHead(size: Int, pointerWords: [Int], kind: Kind) -> Int {
        let off = types.rodata.reserve(MemoryLayout<TypeDescriptor>.stride)
        types.rodata.putInt(size, at: off)
        types.rodata.putInt(((pointerWords.max() ?? -1) + 1) * 8, at: off + 8)
        types.rodata.putInt(8, at: off + 16)
        if !pointerWords.isEmpty {
            var mask = [UInt8](repeating: 0, count: (size / 8 + 7) / 8)
            for i in pointerWords { mask[i / 8] |= 1 << UInt8(i % 8) }
            let mo = types.rodata.appendBytes(mask)
            types.rodata.putPtr(at: off + 24, target: mo)
        }
        types.rodata.putInt(kind.rawValue, at: off + 32)
        return off
    }

    /// A named descriptor's flags and %T name, after `descriptorHead`.
    func nameDescriptor(_ off: Int, _ name: String, flags: TypeFlags) {
        types.rodata.putInt(flags.rawValue, at: off + 40)
        let (so, n) = types.string(name)
        types.rodata.putPtr(at: off + 48, target: so)
        types.rodata.putInt(n, at: off + 56)
    }

    /// A descriptor's method table: (name, function index, signature
    /// descriptor, receiver copy) per method, sorted by name.
    func methodTable(_ off: Int, _ methods: [(String, Int, Int, Int)]) {
        guard !methods.isEmpty else { return }
        let md = types.rodata.reserve(methods.count * MemoryLayout<MethodDescriptor>.stride)
        for (k, (mname, fn, sig, recvCopy)) in methods.enumerated() {
            let e = md + k * MemoryLayout<MethodDescriptor>.stride
            let (no, nl) = types.string(mname)
            types.rodata.putPtr(at: e, target: no)
            types.rodata.putInt(nl, at: e + 8)
            types.rodata.putPtr(at: e + 16, target: sig)
            types.rodata.putInt(fn, at: e + 24)
            types.rodata.putInt(recvCopy, at: e + 32)
        }
        types.rodata.putPtr(at: off + 104, target: md)
        types.rodata.putInt(methods.count, at: off + 112)
    }

    /// A generated function (wrapper, thunk), compiled once per key by
    /// `body` on its own FunctionCompiler.
    func generated(_ key: String, name: String, sig: GoSignature, pos: Pos,
                   _ body: (FunctionCompiler) throws -> Void) throws -> Int {
        if let w = wrappers[key] { return w }
        let idx = newFunction(name)
        wrappers[key] = idx
        try body(FunctionCompiler(pc: self, index: idx, sig: sig, recv: nil, captures: [], pos: pos))
        return idx
    }

    /// The function of a method expression I.M of an interface type: its
    /// first parameter is the interface value, then M's; it calls M through
    /// the itab (a nil interface panics there).
    func ifaceMethodExprWrapper(_ iface: GoType, _ m: Func, index mi: Int) throws -> Int {
        guard let msig = m.signature else { throw Unsupported(m.pos, "method expression \(m.name)") }
        return try generated("ifaceexpr/\(mi)/" + TypeTable.key(iface), name: "main.\(TypeTable.rname(iface)).\(m.name)",
                             sig: msig, pos: m.pos) { try $0.compileIfaceMethodExprWrapper(iface, msig, index: mi) }
    }

    /// The thunk of `defer`/`go` of builtin `id` whose operands have the
    /// given types (after `builtinOperands`' conversions): a function taking
    /// them as parameters, in order, that runs the builtin.
    func builtinThunk(_ id: BuiltinId, _ types: [GoType], at pos: Pos) throws -> Int {
        try generated("builtin/\(id)/" + types.map { TypeTable.key($0) }.joined(separator: ","), name: "main.\(id)-deferwrap",
                      sig: GoSignature(params: GoTuple([]), results: GoTuple([]), variadic: false), pos: pos) {
            try $0.compileBuiltinThunk(id, types, at: pos)
        }
    }

    /// The wrapper for a method value x.M of an interface type `iface`
    /// (method `m`, index `mi` in the interface): its closure object holds
    /// the interface value {itab, data}; only the data word is a pointer
    /// (an itab is not a heap object).
    func ifaceMethodWrapper(_ iface: GoType, _ m: Func, index mi: Int) throws -> Int {
        guard let msig = m.signature else { throw Unsupported(m.pos, "method value \(m.name)") }
        return try generated("iface/\(mi)/" + TypeTable.key(iface), name: "main.\(TypeTable.rname(iface)).\(m.name)-fm",
                             sig: msig, pos: m.pos) { fc in
            try fc.compileIfaceMethodWrapper(msig, index: mi)
            funcs[fc.index].closureType = Int32(closureDescriptor(words: 3, pointerWords: [2]))
        }
    }

    func drainLiterals() throws {
        while !pendingLits.isEmpty || !pendingBodies.isEmpty {
            if let (rb, idx, tmap, caps) = pendingBodies.first {
                pendingBodies.removeFirst()
                let fc = FunctionCompiler(pc: self, index: idx, sig: rb.yieldSig, recv: nil, captures: caps, pos: rb.loop.pos)
                fc.tmap = tmap
                try fc.compileRangeBody(rb)
                funcs[idx].closureType = Int32(closureDescriptor(words: 1 + caps.count, pointerWords: Array(1..<(1 + caps.count))))
                continue
            }
            let (lit, idx, tmap) = pendingLits[0]
            pendingLits.removeFirst()
            guard let sig = info.typeOf(lit) as? GoSignature else { throw Unsupported(lit.pos, "function literal") }
            let caps = info.captures[ObjectIdentifier(lit)] ?? []
            let fc = FunctionCompiler(pc: self, index: idx, sig: sig, recv: nil, captures: caps, pos: lit.pos)
            fc.tmap = tmap
            try fc.compileBody(lit.body, paramNodes: lit.type, recvNode: nil)
            // The closure object's type: {fn uintptr; cells... *T}.
            funcs[idx].closureType = Int32(closureDescriptor(words: 1 + caps.count, pointerWords: Array(1..<(1 + caps.count))))
        }
    }

    /// A pointer type of the standard library that natives create (errors.New's
    /// *errors.errorString): pointer-shaped, its methods (sorted by name) natives.
    func syntheticPointer(_ name: String, _ methods: [(name: String, native: String, sig: GoType)]) throws -> Int {
        let off = descriptorHead(size: 8, pointerWords: [0], kind: .pointer)
        nameDescriptor(off, name, flags: [.named, .comparable, .directIface])
        methodTable(off, try methods.compactMap { m -> (String, Int, Int, Int)? in
            guard let fn = native(m.native) else { return nil }
            return (m.name, fn, try types.descriptor(m.sig), 0)
        })
        return off
    }

    func runtimeErrorDescriptor(_ name: String) throws -> Int {
        // A string-kind type named runtime.Error whose Error method is the
        // native "runtime.Error.Error"; fmt and panic printing know it by flag.
        let off = descriptorHead(size: 16, pointerWords: [0], kind: .string)
        nameDescriptor(off, name, flags: [.named, .comparable, .runtimeError])
        // Methods Error and RuntimeError (the runtime.Error interface), both native.
        if let fn = native("runtime.Error.Error"), let fn2 = native("runtime.Error.RuntimeError") {
            let errI = Universe.scope.lookup("error")!.type!.underlying as! GoInterface
            let sig = TypeTable.withoutRecv(errI.allMethods[0].type)
            let sig2 = GoSignature(params: GoTuple([]), results: GoTuple([]), variadic: false)
            methodTable(off, [("Error", fn, try types.descriptor(sig), 16),
                              ("RuntimeError", fn2, try types.descriptor(sig2), 16)])
        }
        return off
    }
}
