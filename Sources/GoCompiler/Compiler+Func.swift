// Compiler+Func.swift — compiling one function: its frame layout, slots,
// variable locations, calls, and the finishing steps (out-area fixups, stack
// map, appending the code to the segment).
//
// Frame: header (32 bytes), then parameters and results (the call ABI, see
// Bytecode.swift), then locals and temporaries, each slot at a fixed offset,
// allocated monotonically (a slot is never reused for a value of another
// shape, so one pointer bitmap per function describes every safepoint; it is
// recorded at every call). The outgoing call area starts at frameSize:
// operands that address it are emitted relative to it and fixed up when the
// frame size is known.
import GoABI
import GoSyntax
import GoTypes

/// Where a variable lives.
enum Loc {
    /// The value itself in a frame slot.
    case slot(Int32)
    /// A frame slot holding the address of the variable's heap cell.
    case box(Int32)
    /// A package-level variable at this BSS offset.
    case global(Int)
    /// Captured by the closure: word i+1 of the context holds the cell's address.
    case captured(Int)
}

/// An assignable place.
enum LValue {
    /// A frame slot holding a value in slot form (scalars widened).
    case slot(Int32)
    /// Frame memory in Go memory layout (a field of a frame-resident struct).
    case fmem(Int32)
    /// Memory at F[ptr] + off.
    case mem(Int32, Int32)
    /// A map entry: map slot, key slot, map type descriptor.
    case mapEntry(Int32, Int32, Int32)
    case blank
}

/// A place of a tuple assignment whose operands are evaluated (and copied)
/// but whose nil and bounds checks wait for its store (Go assigns left to
/// right; `resolve` makes the checks).
enum PendingPlace {
    case ready(LValue)
    /// Memory at F[ptr] + off; ptr nil-checked at the store.
    case deref(Int32, Int32)
    /// Element idx of the slice header at the slot (bounds-checked), element size.
    case sliceElem(Int32, Int32, Int32)
    /// Element idx of the array at F[ptr] (nil- and bounds-checked), length, element size.
    case arrayElem(Int32, Int32, Int64, Int32)
}

struct BranchTarget {
    var label: String?
    var breaks: [Int] = []
    var continues: [Int] = []
    var isLoop: Bool
}

final class FunctionCompiler {
    unowned let pc: ProgramCompiler
    let index: Int
    let sig: GoSignature
    let recv: Var?
    let captures: [Var]
    var code: [Instr] = []
    var lines: [Int32] = []
    var outFix: [(Int, Int)] = []
    var frameTop = FrameLayout.headerSize
    var ptrMask: [Bool] = [false, false, false, true]
    var maxOut = 0
    var locs: [ObjectIdentifier: Loc] = [:]
    var resultOffs: [Int32] = []
    /// Frame slots of variables declared so far (offset, bytes), and the
    /// frame words already cleared as dead temporaries (Compiler+Stmt.swift,
    /// `clearTemps`).
    var varSlots: [(Int, Int)] = []
    var tempCleared: [Bool] = []
    var resultVars: [Var] = []
    var curLine: Int32 = 0
    var targets: [BranchTarget] = []
    var hasDefer = false
    var returnJumps: [Int] = []
    var info: Info { pc.info }
    var labelPCs: [String: Int] = [:]
    var gotoFix: [(Int, String, Pos)] = []
    var pendingLabel: String?
    var litCount = 0
    /// Frame slots of this function's append stores, by store id (AllocationPlan.swift).
    var storeSlots: [Int: Int32] = [:]
    /// The type arguments of the instance being compiled (Generics.swift):
    /// every type read from Info inside a generic body goes through `ty`.
    var tmap: TypeSubstitution = [:]
    /// Set when this function is a range-over-func loop body (Compiler+RangeFunc.swift).
    var rangeBody: RangeBody?
    /// Range-over-func loops compiled so far (their bodies are named f-rangeN).
    var rangeCount = 0

    init(pc: ProgramCompiler, index: Int, sig: GoSignature, recv: Var?, captures: [Var], pos: Pos) {
        self.pc = pc; self.index = index; self.sig = sig; self.recv = recv; self.captures = captures
        self.curLine = pos.line
        if pos.isKnown && index < pc.funcFiles.count { pc.funcFiles[index] = pos.file }
    }

    // MARK: Layout of arguments (shared by callers and callees)

    /// Offsets (from the callee's fp) of receiver+parameters and results, and
    /// the end. The receiver (params[0] when withRecv) lies after the results,
    /// so an interface call site, which knows the method's signature but not
    /// the receiver's type, puts every parameter where the method expects it.
    static func argLayout(_ sig: GoSignature, withRecv: Bool) -> (params: [Int32], results: [Int32], end: Int) {
        var off = FrameLayout.headerSize
        var ps: [Int32] = []
        var rs: [Int32] = []
        for p in sig.params.vars { ps.append(Int32(off)); off += TypeTable.slotSize(p.type ?? Typ.int) }
        for r in sig.results.vars { rs.append(Int32(off)); off += TypeTable.slotSize(r.type ?? Typ.int) }
        if withRecv, let r = sig.recv {
            ps.insert(Int32(off), at: 0)
            off += max(TypeTable.slotSize(r.type ?? Typ.int), 8)
        } else if withRecv {
            ps.insert(Int32(off), at: 0)
            off += 8
        }
        return (ps, rs, off)
    }

    // MARK: Emission

    @discardableResult
    func emit(_ i: Instr) -> Int {
        code.append(i)
        lines.append(curLine)
        return code.count - 1
    }

    /// Emits an instruction whose operands `outOperands` are relative to the out area.
    @discardableResult
    func emitOut(_ i: Instr, _ outOperands: [Int]) -> Int {
        let at = emit(i)
        for o in outOperands { outFix.append((at, o)) }
        return at
    }

    var here: Int { code.count }

    func patch(_ at: Int, to target: Int) { code[at].a = Int32(target) }

    func pos(_ n: Node) { if n.pos.line > 0 { curLine = n.pos.line } }

    // MARK: Slots

    func alloc(_ t: GoType) -> Int32 {
        let n = TypeTable.slotSize(t)
        let off = frameTop
        frameTop += max(n, 8)
        if ptrMask.count < frameTop / 8 { ptrMask.append(contentsOf: [Bool](repeating: false, count: frameTop / 8 - ptrMask.count)) }
        // (a large pointer-free value costs no bitmap walk)
        let bits = TypeTable.hasPointers(t) ? TypeTable.ptrWords(t) : []
        switch TypeTable.shape(t) {
        case .scalar:
            if bits.first == true { ptrMask[off / 8] = true }
        case .memory:
            for (i, b) in bits.enumerated() where b { ptrMask[off / 8 + i] = true }
        }
        return Int32(off)
    }

    /// A non-pointer word (integers, transient frame addresses).
    func word() -> Int32 { alloc(Typ.int) }
    func ptrWord() -> Int32 { alloc(GoPointer(Typ.int)) }
    func words(_ n: Int) -> Int32 {
        let off = frameTop
        frameTop += 8 * max(n, 1)
        while ptrMask.count < frameTop / 8 { ptrMask.append(false) }
        return Int32(off)
    }

    func iconst(_ v: Int64) -> Int32 {
        let s = word()
        setConst(s, v)
        return s
    }

    func setConst(_ s: Int32, _ v: Int64) {
        if v >= Int64(Int32.min) && v <= Int64(Int32.max) { emit(Instr(.iconst, s, Int32(v))) } else { emit(Instr(.kconst, s, pc.constant(v))) }
    }

    func copyValue(_ dst: Int32, _ src: Int32, _ t: GoType) {
        if dst == src { return }
        switch TypeTable.shape(t) {
        case .scalar: emit(Instr(.mov8, dst, src))
        case .memory(let n): if n > 0 { emit(Instr(.move, dst, src, Int32(n))) }
        }
    }

    // MARK: Variables

    func declare(_ v: Var) -> Loc {
        let t = ty(v.type)
        if pc.placement.placement(of: v) == .heap {
            let s = ptrWord()
            varSlots.append((Int(s), 8))
            let td = (try? pc.types.descriptor(t)) ?? 0
            emit(Instr(.new, s, Int32(td)))
            let l = Loc.box(s)
            locs[ObjectIdentifier(v)] = l
            return l
        }
        let off = alloc(t)
        let l = Loc.slot(off)
        locs[ObjectIdentifier(v)] = l
        varSlots.append((Int(off), TypeTable.slotSize(t)))
        return l
    }

    /// The location of a variable (declaring globals on first use).
    func loc(_ v: Var, _ at: Pos) throws -> Loc {
        if let l = locs[ObjectIdentifier(v)] { return l }
        if v.isPackageLevel || v.parent === pc.pkg.scope {
            return .global(pc.globalOffset(v))
        }
        throw Unsupported(at, "variable \(v.name) in this position")
    }

    func lvalue(of v: Var, _ at: Pos) throws -> LValue {
        switch try loc(v, at) {
        case .slot(let s): return .slot(s)
        case .box(let s): return .mem(s, 0)
        case .global(let off):
            let p = ptrWord()
            if let t = v.type.map(ty), TypeTable.size(t) == 0 {
                // A zero-size global lives at runtime.zerobase, as new([0]T) does.
                emit(Instr(.new, p, Int32(try pc.types.descriptor(t))))
                return .mem(p, 0)
            }
            emit(Instr(.bssaddr, p, Int32(off)))
            return .mem(p, 0)
        case .captured(let i):
            let p = ptrWord()
            emit(Instr(.load, p, Int32(FrameLayout.context), Int32(8 + 8 * i), w: Width.i64.rawValue))
            // F[context] is the closure pointer; the load reads the cell address.
            code[code.count - 1] = Instr(.mov8, p, Int32(FrameLayout.context))
            let cell = ptrWord()
            emit(Instr(.load, cell, p, Int32(8 + 8 * i), w: Width.i64.rawValue))
            return .mem(cell, 0)
        }
    }

    /// Reads an lvalue into a slot (may return the variable's own slot).
    func load(_ lv: LValue, _ t: GoType) -> Int32 {
        switch lv {
        case .mapEntry(let m, let k, let mt):
            let d = alloc(t)
            emit(Instr(.mapaccess, d, m, k, mt))
            return d
        case .slot(let s): return s
        case .blank: return alloc(t)
        case .fmem(let off):
            switch TypeTable.shape(t) {
            case .scalar(let w, _):
                let d = alloc(t)
                emit(Instr(.ldf, d, off, w: w.rawValue))
                return d
            case .memory: return off
            }
        case .mem(let p, let off):
            let d = alloc(t)
            switch TypeTable.shape(t) {
            case .scalar(let w, _): emit(Instr(.load, d, p, off, w: w.rawValue))
            case .memory(let n): emit(Instr(.loadm, d, p, off, Int32(n)))
            }
            return d
        }
    }

    func store(_ lv: LValue, _ src: Int32, _ t: GoType) {
        switch lv {
        case .mapEntry(let m, let k, _): emit(Instr(.mapassign, m, k, src))
        case .blank: return
        case .slot(let s): copyValue(s, src, t)
        case .fmem(let off):
            switch TypeTable.shape(t) {
            case .scalar(let w, _): emit(Instr(.stf, off, src, w: w.rawValue))
            case .memory(let n): if n > 0 { emit(Instr(.move, off, src, Int32(n))) }
            }
        case .mem(let p, let off):
            // Through a pointer: the heap, a global, or a stack variable
            // whose address was taken. Pointer words go through the write
            // barrier (a stack destination makes it shade harmlessly).
            let ptrs = TypeTable.ptrWords(t)
            switch TypeTable.shape(t) {
            case .scalar(let w, _):
                emit(Instr(ptrs.first == true ? .storep : .store, p, src, off, w: w.rawValue))
            case .memory(let n):
                if ptrs.contains(true), let d = try? pc.types.descriptor(t) { emit(Instr(.wbmem, p, src, off, Int32(d))) }
                emit(Instr(.storem, p, src, off, Int32(n)))
            }
        }
    }

    // MARK: Bodies

    func compileBody(_ body: BlockStmt, paramNodes: FuncType, recvNode: Field?) throws {
        emit(Instr(.morestack))
        let lay = FunctionCompiler.argLayout(tySig(sig), withRecv: sig.recv != nil)
        frameTop = lay.end
        // Parameter slots in the pointer map.
        var all: [Var] = []
        if let r = sig.recv { all.append(r) }
        all += sig.params.vars
        for (i, v) in all.enumerated() { markPtrs(Int(lay.params[i]), ty(v.type)) }
        for (i, v) in sig.results.vars.enumerated() { markPtrs(Int(lay.results[i]), ty(v.type)) }
        let localsStart = frameTop
        // Results first: the caller's stale words must not be in pointer
        // slots at the first safepoint (boxing a parameter allocates).
        zeroResults(lay.results, sig.results.vars)
        // Captured variables.
        for (i, v) in captures.enumerated() { locs[ObjectIdentifier(v)] = .captured(i) }
        // Parameters: in place, or moved to a heap cell.
        for (i, v) in all.enumerated() {
            let t = ty(v.type)
            if pc.placement.placement(of: v) == .heap {
                let l = declare(v)
                if case .box(let s) = l { emit(Instr(.storem, s, lay.params[i], 0, Int32(TypeTable.slotSize(t)))); fixScalarStore(s, lay.params[i], t) }
            } else {
                locs[ObjectIdentifier(v)] = .slot(lay.params[i])
            }
        }
        resultOffs = lay.results
        resultVars = sig.results.vars
        for (i, v) in sig.results.vars.enumerated() where !v.name.isEmpty && v.name != "_" {
            if pc.placement.placement(of: v) == .heap { _ = declare(v) } else { locs[ObjectIdentifier(v)] = .slot(lay.results[i]) }
        }
        layOutStores(body)
        try block(body.list)
        // Falling off the end.
        let end = here
        for j in returnJumps { patch(j, to: end) }
        emitEpilogue()
        try finish(localsStart: localsStart, argEnd: lay.end)
    }

    /// Zeroes the result slots (morestack zeroes only the locals; results
    /// hold the caller's stale words until then, and the stack map names
    /// them).
    func zeroResults(_ offs: [Int32], _ results: [Var]) {
        for (i, v) in results.enumerated() {
            emit(Instr(.zero, offs[i], 0, Int32(TypeTable.slotSize(ty(v.type)))))
        }
    }

    /// Scalar parameters are widened in their slot; a heap cell holds the
    /// natural width, so store them with the right width.
    func fixScalarStore(_ cell: Int32, _ src: Int32, _ t: GoType) {
        if case .scalar(let w, _) = TypeTable.shape(t) {
            code[code.count - 1] = Instr(.store, cell, src, 0, w: w.rawValue)
        }
    }

    func markPtrs(_ off: Int, _ t: GoType) {
        let end = (off + TypeTable.slotSize(t)) / 8
        if ptrMask.count < end { ptrMask.append(contentsOf: [Bool](repeating: false, count: end - ptrMask.count)) }
        let bits = TypeTable.hasPointers(t) ? TypeTable.ptrWords(t) : []
        switch TypeTable.shape(t) {
        case .scalar: if bits.first == true { ptrMask[off / 8] = true }
        case .memory: for (i, b) in bits.enumerated() where b { ptrMask[off / 8 + i] = true }
        }
    }

    func emitEpilogue() {
        if hasDefer { emit(Instr(.rundefers)) }
        // Named results in heap cells are copied to the result slots.
        for (i, v) in resultVars.enumerated() {
            if case .box(let s)? = locs[ObjectIdentifier(v)] {
                let t = ty(v.type)
                switch TypeTable.shape(t) {
                case .scalar(let w, _): emit(Instr(.load, resultOffs[i], s, 0, w: w.rawValue))
                case .memory(let n): emit(Instr(.loadm, resultOffs[i], s, 0, Int32(n)))
                }
            }
        }
        emit(Instr(.ret))
    }

    func compileEntry(inits: [Int], main: Int) throws {
        emit(Instr(.morestack))
        let localsStart = frameTop
        // Standard package variables first: each native returns the value.
        for (off, sv) in pc.stdVars.sorted(by: { $0.key < $1.key }) {
            let t = ty(sv.v.type)
            let end = FrameLayout.headerSize + TypeTable.slotSize(t)
            emitOut(Instr(.calln, pc.funcs[sv.native].native, 0, Int32(end)), [2])
            noteCall(end)
            let d = alloc(t)
            switch TypeTable.shape(t) {
            case .scalar: emitOut(Instr(.mov8, d, Int32(FrameLayout.headerSize)), [2])
            case .memory(let n): emitOut(Instr(.move, d, Int32(FrameLayout.headerSize), Int32(n)), [2])
            }
            let g = ptrWord()
            emit(Instr(.bssaddr, g, Int32(off)))
            store(.mem(g, 0), d, t)
        }
        for ini in info.initOrder {
            let vals = try multiValue(ini.rhs, count: ini.lhs.count)
            for (i, v) in ini.lhs.enumerated() where v.name != "_" {
                let t = ty(v.type)
                let lv = try lvalue(of: v, ini.rhs.pos)
                store(lv, try convert(vals[i].0, from: vals[i].1, to: t, at: ini.rhs.pos), t)
            }
        }
        for f in inits { emitOut(Instr(.call, Int32(f), 0), [2]); noteCall(32) }
        emitOut(Instr(.call, Int32(main), 0), [2]); noteCall(32)
        emit(Instr(.ret))
        try finish(localsStart: localsStart, argEnd: FrameLayout.headerSize)
    }

    /// A wrapper that calls method `m` (function `target`) with the receiver
    /// taken from the closure context (a method value x.M: word 1 of the
    /// context points to a heap copy of the receiver) or, for a method
    /// expression T.M / (*T).M, from the first parameter (`exprRecv`, the
    /// expression's receiver type; a pointer when M has a value receiver is
    /// dereferenced).
    func compileMethodWrapper(_ m: Func, target: Int, exprRecv: GoType?, targetRecv: GoType? = nil) throws {
        emit(Instr(.morestack))
        guard let msig = m.signature, let rv = msig.recv else { throw Unsupported(m.pos, "method wrapper") }
        let rt = targetRecv ?? ty(rv.type)
        var params = msig.params.vars.map { $0.type ?? Typ.int }
        if let er = exprRecv { params.insert(er, at: 0) }
        // This function's own layout: params (as a func value), results.
        var off = FrameLayout.headerSize
        var pOffs: [Int32] = []
        for t in params { pOffs.append(Int32(off)); markPtrs(off, t); off += TypeTable.slotSize(t) }
        var rOffs: [Int32] = []
        for r in msig.results.vars { rOffs.append(Int32(off)); markPtrs(off, ty(r.type)); off += TypeTable.slotSize(ty(r.type)) }
        frameTop = off
        resultOffs = rOffs
        zeroResults(rOffs, msig.results.vars)
        let localsStart = frameTop
        var mlay = FunctionCompiler.argLayout(msig, withRecv: true)
        if targetRecv != nil { mlay.end = Int(mlay.params[0]) + max(TypeTable.slotSize(rt), 8) }
        // The receiver.
        if let er = exprRecv {
            if er is GoPointer && !(rt is GoPointer) {
                let p = pOffs[0]
                switch TypeTable.shape(rt) {
                case .scalar(let w, _): emitOut(Instr(.load, mlay.params[0], p, 0, w: w.rawValue), [0])
                case .memory(let n): emitOut(Instr(.loadm, mlay.params[0], p, 0, Int32(n)), [0])
                }
            } else {
                copyOut(mlay.params[0], pOffs[0], rt)
            }
        } else {
            let ctx = ptrWord()
            emit(Instr(.mov8, ctx, Int32(FrameLayout.context)))
            let box = ptrWord()
            emit(Instr(.load, box, ctx, 8, w: Width.i64.rawValue))
            switch TypeTable.shape(rt) {
            case .scalar(let w, _): emitOut(Instr(.load, mlay.params[0], box, 0, w: w.rawValue), [0])
            case .memory(let n): if n > 0 { emitOut(Instr(.loadm, mlay.params[0], box, 0, Int32(n)), [0]) }
            }
        }
        let first = exprRecv == nil ? 0 : 1
        for (i, v) in msig.params.vars.enumerated() { copyOut(mlay.params[i + 1], pOffs[i + first], ty(v.type)) }
        try finishWrapper(target: target, mlay: mlay, results: msig.results.vars, rOffs: rOffs,
                          localsStart: localsStart, argEnd: off)
    }

    /// A wrapper for method `m` promoted to `recvType` (T or *T) through the
    /// embedding `path`: it has m's parameters and results with a receiver of
    /// type recvType (last, as every method), reaches the embedded value and
    /// calls `target`.
    /// The tail shared by the method and promoted-method wrappers: call the
    /// target (native or bytecode) with the arguments already laid out at
    /// `mlay`, copy its results to the wrapper's own result slots, return.
    func finishWrapper(target: Int, mlay: (params: [Int32], results: [Int32], end: Int), results: [Var], rOffs: [Int32],
                       localsStart: Int, argEnd: Int) throws {
        if pc.funcs[target].entry == -1 {
            emitOut(Instr(.calln, pc.funcs[target].native, 0, Int32(mlay.end)), [2])
        } else {
            emitOut(Instr(.call, Int32(target), 0), [2])
        }
        noteCall(mlay.end)
        try wrapperReturn(mlay: mlay, results: results, rOffs: rOffs, localsStart: localsStart, argEnd: argEnd)
    }

    func compilePromotedWrapper(_ m: Func, recvType: GoType, path: [Int], target: Int) throws {
        emit(Instr(.morestack))
        guard let msig = m.signature, let mrv = msig.recv else { throw Unsupported(m.pos, "promoted method") }
        let mrt = ty(mrv.type)
        var off = FrameLayout.headerSize
        let (pOffs, rOffs) = layoutSignature(msig, at: &off)
        let recvOff = Int32(off)
        markPtrs(off, recvType)
        off += max(TypeTable.slotSize(recvType), 8)
        frameTop = off
        resultOffs = rOffs
        zeroResults(rOffs, msig.results.vars)
        let localsStart = frameTop
        // Walk to the embedded value.
        var t = recvType
        var lv: LValue
        if let p = recvType.underlying as? GoPointer { lv = .mem(recvOff, 0); emit(Instr(.nilchk, recvOff)); t = p.elem } else { lv = .slot(recvOff) }
        for (k, i) in path.dropLast().enumerated() {
            if k > 0, let p = t.underlying as? GoPointer {
                let ptr = load(lv, t)
                emit(Instr(.nilchk, ptr))
                lv = .mem(ptr, 0)
                t = p.elem
            }
            guard let st = t.underlying as? GoStruct else { throw Unsupported(m.pos, "promoted method") }
            lv = offsetPlace(lv, Int32(Sizes.offsetsof(st.fields)[i]))
            t = ty(st.fields[i].type)
        }
        let mlay = FunctionCompiler.argLayout(msig, withRecv: true)
        if let iface = t.underlying as? GoInterface {
            // A method of an embedded interface: call it through the
            // interface value's itab (a nil interface panics there).
            guard let mi = iface.allMethods.firstIndex(where: { $0.name == m.name }) else {
                throw Unsupported(m.pos, "promoted method \(m.name)")
            }
            let iv = load(lv, t)
            for (i, v) in msig.params.vars.enumerated() { copyOut(mlay.params[i + 1], pOffs[i], ty(v.type)) }
            try finishIfaceWrapper(iv, index: mi, mlay: mlay, results: msig.results.vars, rOffs: rOffs,
                                   localsStart: localsStart, argEnd: off)
            return
        }
        var recv: Int32
        if mrt is GoPointer {
            if t.underlying is GoPointer { recv = load(lv, t) }
            else {
                guard case .mem(let p, let o) = lv else { throw Unsupported(m.pos, "promoted pointer method of an embedded value") }
                recv = ptrWord()
                emit(Instr(.lea, recv, p, o))
            }
        } else {
            if let p = t.underlying as? GoPointer {
                let ptr = load(lv, t)
                emit(Instr(.nilchk, ptr))
                recv = load(.mem(ptr, 0), p.elem)
            } else {
                recv = load(lv, mrt)
            }
        }
        copyOut(mlay.params[0], recv, mrt)
        for (i, v) in msig.params.vars.enumerated() { copyOut(mlay.params[i + 1], pOffs[i], ty(v.type)) }
        try finishWrapper(target: target, mlay: mlay, results: msig.results.vars, rOffs: rOffs,
                          localsStart: localsStart, argEnd: off)
    }

    /// The body of a method expression I.M (`ProgramCompiler.ifaceMethodExprWrapper`):
    /// parameters (the interface value, M's), M's results.
    func compileIfaceMethodExprWrapper(_ iface: GoType, _ msig: GoSignature, index mi: Int) throws {
        emit(Instr(.morestack))
        var off = FrameLayout.headerSize
        let ivOff = Int32(off)
        markPtrs(off, iface); off += TypeTable.slotSize(iface)
        let (pOffs, rOffs) = layoutSignature(msig, at: &off)
        frameTop = off
        resultOffs = rOffs
        zeroResults(rOffs, msig.results.vars)
        let localsStart = frameTop
        let mlay = FunctionCompiler.argLayout(msig, withRecv: true)
        for (i, v) in msig.params.vars.enumerated() { copyOut(mlay.params[i + 1], pOffs[i], ty(v.type)) }
        try finishIfaceWrapper(ivOff, index: mi, mlay: mlay, results: msig.results.vars, rOffs: rOffs,
                               localsStart: localsStart, argEnd: off)
    }

    /// Lays out the parameters, then the results, of `msig` in this frame
    /// from `off` (pointer slots marked); returns their offsets, `off`
    /// left after them.
    func layoutSignature(_ msig: GoSignature, at off: inout Int) -> (params: [Int32], results: [Int32]) {
        var pOffs: [Int32] = [], rOffs: [Int32] = []
        for v in msig.params.vars { let t = ty(v.type); pOffs.append(Int32(off)); markPtrs(off, t); off += TypeTable.slotSize(t) }
        for r in msig.results.vars { let t = ty(r.type); rOffs.append(Int32(off)); markPtrs(off, t); off += TypeTable.slotSize(t) }
        return (pOffs, rOffs)
    }

    /// The body of a builtin's defer/go thunk (`ProgramCompiler.builtinThunk`):
    /// the operands are its parameters. `defer recover()` recovers only
    /// when its deferring function returns normally while running as a
    /// panic's deferred call (Go's recover1 cases): run by the panic itself,
    /// the thunk is no deferred function's direct callee and recovers nothing.
    func compileBuiltinThunk(_ id: BuiltinId, _ types: [GoType], at pos: Pos) throws {
        emit(Instr(.morestack))
        var off = FrameLayout.headerSize
        var vals: [(Int32, GoType)] = []
        for t in types { vals.append((Int32(off), t)); markPtrs(off, t); off += TypeTable.slotSize(t) }
        frameTop = off
        let localsStart = frameTop
        if id == .recover {
            // `defer recover()`: recovers as if its deferring function had
            // called recover (GoVM's recover with w = 1).
            emit(Instr(.recover, words(2), w: 1))
        } else {
            _ = try builtinOp(id, vals, at: pos)
        }
        emit(Instr(.ret))
        try finish(localsStart: localsStart, argEnd: off)
    }

    /// The wrapper of a method value x.M of an interface: a func value
    /// with M's parameters and results whose closure holds the interface
    /// value (words 1 and 2 of the context); it calls M through the itab.
    func compileIfaceMethodWrapper(_ msig: GoSignature, index mi: Int) throws {
        emit(Instr(.morestack))
        var off = FrameLayout.headerSize
        let (pOffs, rOffs) = layoutSignature(msig, at: &off)
        frameTop = off
        resultOffs = rOffs
        let localsStart = frameTop
        let ctx = ptrWord()
        emit(Instr(.mov8, ctx, Int32(FrameLayout.context)))
        let iv = alloc(GoInterface(methods: [], embeddeds: []))
        emit(Instr(.loadm, iv, ctx, 8, 16))
        let mlay = FunctionCompiler.argLayout(msig, withRecv: true)
        for (i, v) in msig.params.vars.enumerated() { copyOut(mlay.params[i + 1], pOffs[i], ty(v.type)) }
        try finishIfaceWrapper(iv, index: mi, mlay: mlay, results: msig.results.vars, rOffs: rOffs,
                               localsStart: localsStart, argEnd: off)
    }

    /// The tail of a wrapper calling method `mi` of the interface value in
    /// slot `iv` with the arguments already laid out at `mlay`.
    /// A wrapper's last step after its call: the callee's results to the
    /// wrapper's own result slots, then return.
    func wrapperReturn(mlay: (params: [Int32], results: [Int32], end: Int), results: [Var], rOffs: [Int32],
                       localsStart: Int, argEnd: Int) throws {
        for (i, r) in results.enumerated() {
            switch TypeTable.shape(ty(r.type)) {
            case .scalar: emitOut(Instr(.mov8, rOffs[i], mlay.results[i]), [2])
            case .memory(let n): if n > 0 { emitOut(Instr(.move, rOffs[i], mlay.results[i], Int32(n)), [2]) }
            }
        }
        emit(Instr(.ret))
        try finish(localsStart: localsStart, argEnd: argEnd)
    }

    func finishIfaceWrapper(_ iv: Int32, index mi: Int, mlay: (params: [Int32], results: [Int32], end: Int),
                            results: [Var], rOffs: [Int32], localsStart: Int, argEnd: Int) throws {
        emitOut(Instr(.calli, iv, 0, Int32(mi), mlay.params[0]), [2])
        noteCall(mlay.end)
        try wrapperReturn(mlay: mlay, results: results, rOffs: rOffs, localsStart: localsStart, argEnd: argEnd)
    }

    /// Whether the embedding `path` from type t ends at an interface field
    /// (the selected method is then that interface's).
    static func interfaceAlong(_ t: GoType, _ path: [Int]) -> Bool {
        var t = t
        for i in path.dropLast() {
            if let p = t.underlying as? GoPointer { t = p.elem }
            guard let st = t.underlying as? GoStruct, i < st.fields.count else { return false }
            t = st.fields[i].type ?? Typ.int
        }
        if let p = t.underlying as? GoPointer { t = p.elem }
        return t.underlying is GoInterface
    }

    func noteCall(_ need: Int) {
        maxOut = max(maxOut, need)
        pc.stackMaps.append(StackMapEntry(pc: Int32(code.count - 1), bitmap: -1))
        stackMapSites.append(pc.stackMaps.count - 1)
    }
    var stackMapSites: [Int] = []

    func finish(localsStart: Int, argEnd: Int) throws {
        let frameSize = (frameTop + 15) & ~15
        for (at, o) in outFix {
            switch o {
            case 0: code[at].a += Int32(frameSize)
            case 1: code[at].b += Int32(frameSize)
            case 2: code[at].b += Int32(frameSize)
            case 3: code[at].c += Int32(frameSize)
            default: code[at].d += Int32(frameSize)
            }
        }
        for (at, label, p) in gotoFix {
            guard let t = labelPCs[label] else {
                throw Unsupported(p, rangeBody != nil ? "goto \(label) out of a range-over-func loop body" : "goto \(label)")
            }
            code[at].a = Int32(t)
        }
        let base = pc.code.count
        // Relocate jumps to absolute pcs.
        for i in 0..<code.count {
            switch code[i].op {
            case .jump, .jumpif, .jumpifnot: code[i].a += Int32(base)
            default: break
            }
        }
        code[0].a = Int32(frameSize + maxOut + FrameLayout.stackGuard)
        // Results are zeroed with the locals: a collection at the first
        // safepoint must not see the caller's stale words in pointer slots.
        // (A promoted-method wrapper has its receiver after the results and
        // zeroes them itself.)
        code[0].b = Int32(localsStart)
        code[0].c = Int32(frameSize)
        if let rd = code.firstIndex(where: { $0.op == .rundefers }) { pc.funcs[index].pad = Int32(base + rd) }
        // Stack map: one bitmap per function, named at each call site.
        var mask = [UInt8](repeating: 0, count: (frameSize / 8 + 7) / 8)
        for (i, b) in ptrMask.enumerated() where b && i < frameSize / 8 { mask[i / 8] |= 1 << UInt8(i % 8) }
        let mo = pc.types.rodata.appendBytes(mask.isEmpty ? [0] : mask)
        for s in stackMapSites {
            pc.stackMaps[s].pc += Int32(base)
            pc.stackMaps[s].bitmap = Int32(mo)
        }
        pc.code += code
        pc.lines += lines
        pc.funcs[index].entry = Int32(base)
        pc.funcs[index].frameSize = Int32(frameSize)
        pc.funcs[index].outArea = Int32(frameSize)
        pc.funcs[index].localsStart = Int32(localsStart)
        pc.funcs[index].argSize = Int32(argEnd - FrameLayout.headerSize)
        pc.funcs[index].resultOff = resultOffs.first ?? Int32(argEnd)
        pc.funcs[index].stackmap = Int32(mo)
    }

    // MARK: Calls

    /// Calls function index `fn` (declared or native) with argument slots
    /// already converted to the parameter types; returns result slots.
    func callStatic(_ fn: Int, sig: GoSignature, withRecv: Bool, args: [Int32], argTypes: [GoType]) -> [Int32] {
        let lay = FunctionCompiler.argLayout(sig, withRecv: withRecv)
        for (i, a) in args.enumerated() { copyOut(lay.params[i], a, argTypes[i]) }
        let native = pc.funcs[fn].entry == -1
        if native {
            // A native's argument area is scanned through its argument map
            // while it runs: no stale word in its result slots.
            if pc.funcs[fn].stackmap < 0 { nativeArgMap(fn, sig: sig, withRecv: withRecv, lay: lay) }
            for (i, r) in sig.results.vars.enumerated() {
                emitOut(Instr(.zero, lay.results[i], 0, Int32(TypeTable.slotSize(ty(r.type)))), [0])
            }
            emitOut(Instr(.calln, pc.funcs[fn].native, 0, Int32(lay.end)), [2])
        } else {
            emitOut(Instr(.call, Int32(fn), 0), [2])
        }
        noteCall(lay.end)
        return copyResults(sig, lay)
    }

    /// A native's argument map (Go's args pointer map for assembly
    /// functions): its FuncInfo gets a stack map over [0, lay.end) from the
    /// callee's header base — parameters, receiver and results by their
    /// types — and frameSize = lay.end, so the collector scans the argument
    /// area of a running native like a frame (GoVM/GCRoots.swift).
    func nativeArgMap(_ fn: Int, sig: GoSignature, withRecv: Bool, lay: (params: [Int32], results: [Int32], end: Int)) {
        var mask = [Bool](repeating: false, count: (lay.end + 7) / 8)
        func mark(_ off: Int32, _ t: GoType?) {
            guard let t else { mask[Int(off) / 8] = true; return }   // an untyped receiver word: may be a pointer
            for (i, b) in TypeTable.ptrWords(t).enumerated() where b && Int(off) / 8 + i < mask.count { mask[Int(off) / 8 + i] = true }
        }
        var types: [GoType?] = []
        if withRecv { types.append(sig.recv?.type) }
        types += sig.params.vars.map { $0.type }
        for (i, off) in lay.params.enumerated() where i < types.count { mark(off, types[i]) }
        for (i, r) in sig.results.vars.enumerated() { mark(lay.results[i], r.type) }
        var bytes = [UInt8](repeating: 0, count: max((mask.count + 7) / 8, 1))
        for (i, b) in mask.enumerated() where b { bytes[i / 8] |= 1 << UInt8(i % 8) }
        pc.funcs[fn].stackmap = Int32(pc.types.rodata.appendBytes(bytes))
        pc.funcs[fn].frameSize = Int32(lay.end)
    }

    func copyOut(_ off: Int32, _ src: Int32, _ t: GoType) {
        switch TypeTable.shape(t) {
        case .scalar: emitOut(Instr(.mov8, off, src), [0])
        case .memory(let n): if n > 0 { emitOut(Instr(.move, off, src, Int32(n)), [0]) }
        }
    }

    func copyResults(_ sig: GoSignature, _ lay: (params: [Int32], results: [Int32], end: Int)) -> [Int32] {
        var out: [Int32] = []
        for (i, r) in sig.results.vars.enumerated() {
            let t = ty(r.type)
            let d = alloc(t)
            switch TypeTable.shape(t) {
            case .scalar: emitOut(Instr(.mov8, d, lay.results[i]), [2])
            case .memory(let n): if n > 0 { emitOut(Instr(.move, d, lay.results[i], Int32(n)), [2]) }
            }
            out.append(d)
        }
        return out
    }
}
