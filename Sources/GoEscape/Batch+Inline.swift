// Batch+Inline.swift — escape analysis over inlined bodies (Go without -l).
//
// Go analyses a function after inlining: an inlined call becomes
// `params := args; body (return → results = values); results`, in the
// caller, with the callee's variables declared in the caller (after its own
// locals, in the order of inlining) and every line about the copy printed
// at the outermost call's position. gomem does the same on the syntax tree:
// each inlined copy (InlinedCall, Inliner.swift) gets its own locations in
// initFunc; at the call, the arguments flow into the copy's parameters, the
// callee's body is walked with the callee's variables mapped to the copy's
// locations, returns flow into the copy's results, which flow to the call's
// destination.
//
// Invariants: only copies of this package's functions whose bodies hold no
// func literal are walked this way (others stay calls with parameter tags);
// the callee's own analysis is unchanged; varLocs, labels and the inline
// state are restored after each copy.
import GoSyntax
import GoTypes

extension Batch {
    /// Whether an inlined copy is analysed as inlined code.
    func inlinedWalkable(_ ic: InlinedCall) -> Bool {
        guard let callee = ic.callee, callee.body != nil, ic.declared else { return false }
        return !containsFuncLit(callee)
    }

    func containsFuncLit(_ fi: FuncInfo) -> Bool {
        var found = false
        NodeWalker(intoLits: false) { n in
            if n is FuncLit { found = true }
            return !found
        }.walk(fi.body)
        return found
    }

    /// Declares the variables of an inlined copy (Go appends them to the
    /// caller's Dcl when it inlines).
    func declareInlined(_ ic: InlinedCall) {
        guard let callee = ic.callee, let body = callee.body, !containsFuncLit(callee) else { return }
        let saved = inlPos
        inlPos = ic.pos
        defer { inlPos = saved }
        let ft: FuncType? = callee.decl?.type ?? callee.lit?.type
        var fields: [Field] = []
        if let r = callee.decl?.recv { fields.append(r) }
        fields += ft?.paramList ?? []
        ic.paramLocs = []
        for f in fields {
            if let name = f.name, let v = info.defs[ObjectIdentifier(name)] as? Var, v.name != "_" {
                let l = newLoc(.variable(v), persists: true)
                ic.locs[ObjectIdentifier(v)] = l
                ic.paramLocs.append(l)
            } else {
                ic.paramLocs.append(nil)
            }
        }
        ic.resultLocs = []
        for (i, f) in (ft?.resultList ?? []).enumerated() {
            if let name = f.name, let v = info.defs[ObjectIdentifier(name)] as? Var, v.name != "_" {
                let l = newLoc(.variable(v), persists: true)
                ic.locs[ObjectIdentifier(v)] = l
                ic.resultLocs.append(l)
            } else {
                ic.resultLocs.append(newLoc(.result("~R\(i)", ic.pos), persists: true))
            }
        }
        var locals: [Var] = []
        DclCollector(info: info).collect(body, into: &locals)
        for v in locals where ic.locs[ObjectIdentifier(v)] == nil {
            ic.locs[ObjectIdentifier(v)] = newLoc(.variable(v), persists: true)
        }
        ic.declared = true
    }

    /// An inlined call: arguments into the copy's parameters, the body, the
    /// results into ks.
    func inlinedCall(_ ks: [Hole]?, _ c: CallExpr, _ ic: InlinedCall) {
        guard let callee = ic.callee, let body = callee.body else { return }
        // The copy's variables are declared at the call.
        for l in ic.locs.values { l.loopDepth = loopDepth }
        for l in ic.resultLocs { l.loopDepth = loopDepth }
        let holes = ic.paramLocs.map { $0.map { Hole($0) } ?? discardHole() }
        call(nil, c, paramHoles: holes)
        let savedPos = inlPos
        if inlPos == nil { inlPos = ic.pos }

        // Walk the body with the callee's variables mapped to the copy's.
        var savedLocs: [ObjectIdentifier: Location?] = [:]
        for (k, l) in ic.locs { savedLocs.updateValue(varLocs[k], forKey: k); varLocs[k] = l }
        let savedFrame = inlFrame, savedMap = inlMap, savedLabels = labels, savedDepth = loopDepth
        inlFrame = ic
        inlMap = ic.inner
        for (k, v) in LabelScanner.scan(body) { labels[k] = v }
        block(body.list)
        loopDepth = savedDepth
        labels = savedLabels
        inlMap = savedMap
        inlFrame = savedFrame
        for (k, l) in savedLocs { varLocs[k] = l }
        inlPos = savedPos

        if let ks {
            let rts = callee.sig?.results.vars ?? []
            for (i, r) in ic.resultLocs.enumerated() where i < ks.count {
                flowVar(ks[i], r, i < rts.count ? rts[i].type : nil)
            }
        }
    }
}
