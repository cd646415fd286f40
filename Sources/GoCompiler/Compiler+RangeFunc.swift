// Compiler+RangeFunc.swift — range over function iterators
// (`for k, v := range f` with f of type func(yield func(K, V) bool)), as
// Go's rangefunc rewrite does it: the loop body becomes a synthesized
// closure `yield` (a function named like Go's `main.f-range1`) that the
// loop passes to f.
//
// Invariants:
// - The body closure captures, by reference (heap cells, as func literals
//   do), the outer variables the checker recorded under the ForStmt in
//   Info.captures, then hidden cells: the loop's state (RangeFuncState),
//   and, when the body holds a `return`, the return cell set (a flag and
//   one cell per result of the real enclosing function).
// - One state cell per execution of the loop statement: READY before the
//   iterator is called; the body panics (GoABI's `rangepanic`) unless it
//   finds READY, sets PANIC while it runs and leaves READY (fall off the
//   end, continue) or DONE (break, return). After the iterator returns the
//   loop panics if it still finds PANIC (a recovered body panic) and sets
//   EXHAUSTED.
// - `return` in the body stores its values in the return cells, sets the
//   flag (1: values stored, 2: a bare return) and returns false; after the
//   iterator call the enclosing function returns (a real function), or
//   returns false itself (an enclosing body closure: nested loops share
//   the outermost loop's return cells).
// - Refused (not supported yet): break/continue to a label outside the
//   body, goto out of it, defer directly in it.
import GoABI
import GoSyntax
import GoTypes

extension Compiler {
    /// Whether a program has a range-over-func loop. Its body is a closure
    /// escape analysis does not see yet (it analyses the body as part of
    /// the enclosing function), so the driver uses the conservative
    /// placement for such programs: no variable of the body may live in
    /// the body's frame while something outside it points there.
    public static func hasRangeFunc(files: [File], info: Info) -> Bool {
        var found = false
        let w = NodeWalker(intoLits: true) { n in
            if let f = n as? ForStmt, let r = f.initStmt as? RangeClause,
               info.typeOf(r.x)?.underlying is GoSignature { found = true }
            return !found
        }
        for f in files { w.walkFile(f) }
        return found
    }
}

/// The return cells of a real function's range-over-func loop.
struct RangeReturn {
    /// 0: no return; 1: results stored in `results`; 2: a bare return.
    let flag: Var
    let results: [Var]
}

/// What a synthesized body closure needs to compile.
struct RangeBody {
    let loop: ForStmt
    let clause: RangeClause
    let label: String?
    let yieldSig: GoSignature
    let state: Var
    let ret: RangeReturn?
    /// The real enclosing function's result types (for `return e`).
    let resultTypes: [GoType]
}

extension FunctionCompiler {
    /// Whether a statement list holds a `return` (not inside a func literal).
    static func hasReturn(_ body: BlockStmt) -> Bool {
        var found = false
        let w = NodeWalker(intoLits: false) { n in
            if n is ReturnStmt { found = true }
            return !found
        }
        w.walk(body)
        return found
    }

    /// A hidden variable in a new heap cell of type t (its frame slot holds the cell's address).
    func hiddenCell(_ name: String, _ t: GoType) throws -> Var {
        let v = Var.synthetic(name, t)
        let s = ptrWord()
        varSlots.append((Int(s), 8))
        emit(Instr(.new, s, Int32(try pc.types.descriptor(t))))
        locs[ObjectIdentifier(v)] = .box(s)
        return v
    }

    func setVar(_ v: Var, _ value: Int64, _ at: Pos) throws {
        store(try lvalue(of: v, at), iconst(value), Typ.int)
    }

    func rangeFunc(_ f: ForStmt, _ r: RangeClause, _ fsig: GoSignature, label: String?) throws {
        guard fsig.params.count == 1, let cb = ty(fsig.params.vars[0].type).underlying as? GoSignature else {
            throw Unsupported(r.pos, "range over \(fsig)")
        }
        let fv = ptrWord()
        emit(Instr(.mov8, fv, try expr(r.x)))
        // The return cells: inherited from an enclosing body, or new here.
        var ret = rangeBody?.ret
        let resultTypes = rangeBody?.resultTypes ?? sig.results.vars.map { ty($0.type) }
        if rangeBody == nil && FunctionCompiler.hasReturn(f.body) {
            let flag = try hiddenCell("#rflag", Typ.int)
            var rs: [Var] = []
            for (i, t) in resultTypes.enumerated() { rs.append(try hiddenCell("#r\(i)", t)) }
            ret = RangeReturn(flag: flag, results: rs)
        }
        let state = try hiddenCell("#state", Typ.int)
        try setVar(state, RangeFuncState.ready.rawValue, r.pos)
        // The body closure.
        rangeCount += 1
        let idx = pc.newFunction(pc.funcNames[index] + "-range\(rangeCount)")
        var caps = info.captures[ObjectIdentifier(f)] ?? []
        caps.append(state)
        if let ret { caps.append(ret.flag); caps += ret.results }
        pc.pendingBodies.append((RangeBody(loop: f, clause: r, label: label, yieldSig: cb, state: state, ret: ret,
                                           resultTypes: resultTypes), idx, tmap, caps))
        let yv = try makeClosure(idx, capturing: caps, at: f.pos, what: "range-over-func loop body using")
        // f(yield)
        let lay = FunctionCompiler.argLayout(tySig(fsig), withRecv: false)
        copyOut(lay.params[0], yv, cb)
        emitOut(Instr(.callv, fv, 0, Int32(lay.end)), [2])
        noteCall(lay.end)
        // After the iterator: a recovered body panic is an error; the loop is over.
        let st = load(try lvalue(of: state, r.pos), Typ.int)
        let isPanic = word()
        emit(Instr(.eq, isPanic, st, iconst(RangeFuncState.panicking.rawValue)))
        let j = emit(Instr(.jumpifnot, 0, isPanic))
        emit(Instr(.rangepanic, iconst(RangeFuncState.missingPanic.rawValue)))
        patch(j, to: here)
        try setVar(state, RangeFuncState.exhausted.rawValue, r.pos)
        // A return in the body: return from here too.
        if let ret {
            let fl = load(try lvalue(of: ret.flag, r.pos), Typ.int)
            let none = emit(Instr(.jumpifnot, 0, fl))
            if let outer = rangeBody {
                try bodyReturn(false, outer)
            } else {
                let isBare = word()
                emit(Instr(.eq, isBare, fl, iconst(2)))
                let bare = emit(Instr(.jumpif, 0, isBare))
                for (i, rv) in resultVars.enumerated() {
                    let t = ty(rv.type)
                    let v = load(try lvalue(of: ret.results[i], r.pos), t)
                    if let l = locs[ObjectIdentifier(rv)], case .box(let cell) = l {
                        store(.mem(cell, 0), v, t)
                    } else {
                        copyValue(resultOffs[i], v, t)
                    }
                }
                patch(bare, to: here)
                returnJumps.append(emit(Instr(.jump, 0)))
            }
            patch(none, to: here)
        }
    }

    /// Leaves a body closure: state READY (go on) or DONE (stop), returns `more`.
    func bodyReturn(_ more: Bool, _ rb: RangeBody) throws {
        try setVar(rb.state, more ? RangeFuncState.ready.rawValue : RangeFuncState.done.rawValue, rb.loop.pos)
        emit(Instr(.iconst, resultOffs[0], more ? 1 : 0))
        emit(Instr(.ret))
    }

    /// `return` inside a body closure.
    func bodyReturnStmt(_ r: ReturnStmt, _ rb: RangeBody) throws {
        guard let ret = rb.ret else { throw Unsupported(r.pos, "return in this range-over-func loop body") }
        if let res = r.results {
            let es = listOf(res)
            let vals = try valueList(es, count: rb.resultTypes.count)
            for (i, t) in rb.resultTypes.enumerated() {
                let v = try convert(vals[i].0, from: vals[i].1, to: t, at: r.pos)
                store(try lvalue(of: ret.results[i], r.pos), v, t)
            }
            try setVar(ret.flag, 1, r.pos)
        } else {
            try setVar(ret.flag, 2, r.pos)
        }
        try bodyReturn(false, rb)
    }

    /// The body closure's code: a function of the yield signature.
    func compileRangeBody(_ rb: RangeBody) throws {
        rangeBody = rb
        emit(Instr(.morestack))
        let ysig = tySig(rb.yieldSig)
        let lay = FunctionCompiler.argLayout(ysig, withRecv: false)
        frameTop = lay.end
        for (i, v) in ysig.params.vars.enumerated() { markPtrs(Int(lay.params[i]), ty(v.type)) }
        let localsStart = frameTop
        zeroResults(lay.results, ysig.results.vars)
        for (i, v) in captures.enumerated() { locs[ObjectIdentifier(v)] = .captured(i) }
        resultOffs = lay.results
        resultVars = []
        curLine = rb.loop.body.pos.line
        // Entry check: READY, then PANIC while the body runs.
        let st = load(try lvalue(of: rb.state, rb.loop.pos), Typ.int)
        let ok = word()
        emit(Instr(.eq, ok, st, iconst(RangeFuncState.ready.rawValue)))
        let j = emit(Instr(.jumpif, 0, ok))
        emit(Instr(.rangepanic, st))
        patch(j, to: here)
        try setVar(rb.state, RangeFuncState.panicking.rawValue, rb.loop.pos)
        // The iteration variables from the parameters.
        let r = rb.clause
        var keyE: Expr? = nil, valE: Expr? = nil
        if let l = r.lhs {
            let ls = listOf(l)
            keyE = ls.first
            if ls.count > 1 { valE = ls[1] }
        }
        if let k = keyE as? Name, k.value == "_" { keyE = nil }
        if let v = valE as? Name, v.value == "_" { valE = nil }
        let places = try rangePlaces(r, keyE, valE)
        for (i, e) in [keyE, valE].enumerated() {
            guard let e, i < ysig.params.count else { continue }
            let pt = ty(ysig.params.vars[i].type)
            let src = lay.params[i]
            if r.def, let nm = e as? Name, let vr = info.defs[ObjectIdentifier(nm)] as? Var {
                _ = declare(vr)
                let vt = vr.type.map(ty) ?? pt
                store(try lvalue(of: vr, nm.pos), try convert(src, from: pt, to: vt, at: nm.pos), vt)
            } else {
                let lt = try typeOf(e)
                let place = i == 0 ? places.key : places.value
                store(try place ?? lvalueExpr(e), try convert(src, from: pt, to: lt, at: e.pos), lt)
            }
        }
        layOutStores(rb.loop.body)
        targets.append(BranchTarget(label: rb.label, isLoop: true))
        try block(rb.loop.body.list)
        let t = targets.removeLast()
        for j in t.continues { patch(j, to: here) }
        try bodyReturn(true, rb)
        for j in t.breaks { patch(j, to: here) }
        try bodyReturn(false, rb)
        try finish(localsStart: localsStart, argEnd: lay.end)
    }
}
