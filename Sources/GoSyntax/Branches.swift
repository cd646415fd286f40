// Branches.swift — labels, break, continue, goto and fallthrough.
//
// The Go compiler checks branch statements in its parser (syntax.CheckBranches
// mode; the type checker runs with IgnoreBranchErrors), after each function
// body that parsed without errors. So does gomem, with Go's messages:
//   1. Walk the body block by block, keeping the innermost break/continue
//      targets and, inside a switch, the index of the current case.
//   2. Labels are declared as they are met; a goto to a label not yet seen
//      is "forward" and resolved when the label appears in the same or an
//      enclosing block. A forward goto that jumps over a variable declared
//      in that block is an error.
//   3. At the end, forward gotos still open jump into a block or name no
//      label, and labels never used are reported.
// Function literals are checked on their own when their body is parsed.
// Resolved branches get BranchStmt.target. These errors do not begin with
// "syntax error", so, as in Go, they do not stop type checking.

struct BranchChecker {
    let fileIndex: Int32
    let filename: String
    var errors: [Diagnostic] = []

    final class Label {
        let parent: Block
        let lstmt: LabeledStmt
        var used = false
        init(_ parent: Block, _ lstmt: LabeledStmt) { self.parent = parent; self.lstmt = lstmt }
    }

    final class Block {
        let parent: Block?
        let start: Pos
        let lstmt: LabeledStmt?
        init(_ parent: Block?, _ start: Pos, _ lstmt: LabeledStmt?) {
            self.parent = parent; self.start = start; self.lstmt = lstmt
        }
    }

    struct Targets {
        var breaks: Stmt?        // ForStmt, SwitchStmt or SelectStmt
        var continues: ForStmt?
        var caseIndex: Int       // index of the case in the innermost switch, or -1
    }

    var labels: [String: Label] = [:]
    var order: [String] = []   // declaration order, for deterministic reports

    init(fileIndex: Int32, filename: String) {
        self.fileIndex = fileIndex
        self.filename = filename
    }

    mutating func errf(_ pos: Pos, _ msg: String) { errors.append(Diagnostic(pos, msg)) }

    func posString(_ p: Pos) -> String { "\(filename):\(p.line):\(p.col)" }

    mutating func check(_ body: BlockStmt) {
        let fwd = blockBranches(nil, Targets(breaks: nil, continues: nil, caseIndex: -1), nil, body.pos, body.list)
        for g in fwd {
            guard let lab = g.label else { continue }
            if let l = labels[lab.value] {
                l.used = true   // avoid "defined and not used"
                errf(lab.pos, "goto \(lab.value) jumps into block starting at \(posString(l.parent.start))")
            } else {
                errf(lab.pos, "label \(lab.value) not defined")
            }
        }
        for name in order {
            if let l = labels[name], !l.used {
                errf(l.lstmt.label.pos, "label \(name) defined and not used")
            }
        }
    }

    mutating func declare(_ b: Block, _ s: LabeledStmt) -> Label {
        let name = s.label.value
        if let alt = labels[name] {
            errf(s.label.pos, "label \(name) already defined at \(posString(alt.lstmt.label.pos))")
            return alt
        }
        let l = Label(b, s)
        labels[name] = l
        order.append(name)
        return l
    }

    func gotoTarget(_ b: Block, _ name: String) -> LabeledStmt? {
        guard let l = labels[name] else { return nil }
        l.used = true
        var blk: Block? = b
        while let cur = blk {
            if l.parent === cur { return l.lstmt }
            blk = cur.parent
        }
        return nil
    }

    enum Enclosing { case none, invalid, target(LabeledStmt) }

    func enclosingTarget(_ b: Block, _ name: String) -> Enclosing {
        guard let l = labels[name] else { return .none }
        l.used = true
        var blk: Block? = b
        while let cur = blk {
            if let ls = cur.lstmt, ls === l.lstmt { return .target(ls) }
            blk = cur.parent
        }
        return .invalid
    }

    mutating func blockBranches(_ parent: Block?, _ ctxt: Targets, _ lstmt0: LabeledStmt?, _ start: Pos, _ body: [Stmt]) -> [BranchStmt] {
        let b = Block(parent, start, lstmt0)
        var varPos = Pos.none
        var varName: Expr? = nil
        var fwdGotos: [BranchStmt] = []
        var badGotos: [BranchStmt] = []

        var list = body
        while let last = list.last, last is EmptyStmt { list.removeLast() }

        for (stmtIndex, stmt0) in list.enumerated() {
            var lstmt: LabeledStmt? = nil
            var stmt: Stmt = stmt0
            // unwrap labels: L1: L2: stmt
            while let s = stmt as? LabeledStmt {
                let name = s.label.value
                if name != "_" {
                    let l = declare(b, s)
                    var kept: [BranchStmt] = []
                    for g in fwdGotos {
                        if g.label?.value == name {
                            g.target = s
                            l.used = true
                            if varPos.isKnown && badGotos.contains(where: { $0 === g }) {
                                let vn = varName.map { exprString($0) } ?? "_"
                                errf(g.label?.pos ?? g.pos, "goto \(name) jumps over declaration of \(vn) at \(posString(varPos))")
                            }
                        } else {
                            kept.append(g)
                        }
                    }
                    fwdGotos = kept
                    lstmt = s
                }
                stmt = s.stmt
            }

            switch stmt {
            case let s as DeclStmt:
                if let v = s.declList.first(where: { $0 is VarDecl }) as? VarDecl {
                    varPos = v.pos
                    varName = v.nameList.first
                    badGotos = fwdGotos
                }

            case let s as BranchStmt:
                guard let lab = s.label else {
                    switch s.tok {
                    case .break:
                        if let t = ctxt.breaks { s.target = t } else {
                            errf(s.pos, "break is not in a loop, switch, or select")
                        }
                    case .continue:
                        if let t = ctxt.continues { s.target = t } else {
                            errf(s.pos, "continue is not in a loop")
                        }
                    case .fallthrough:
                        var msg: String? = "fallthrough statement out of place"
                        if let t = ctxt.breaks as? SwitchStmt {
                            if t.tag is TypeSwitchGuard {
                                msg = "cannot fallthrough in type switch"
                            } else if ctxt.caseIndex < 0 || stmtIndex + 1 < list.count {
                                // out of place
                            } else if ctxt.caseIndex + 1 == t.body.count {
                                msg = "cannot fallthrough final case in switch"
                            } else {
                                msg = nil   // fallthrough ok
                            }
                        }
                        if let msg { errf(s.pos, msg) }
                    default:
                        break
                    }
                    break
                }
                let name = lab.value
                switch s.tok {
                case .break:
                    switch enclosingTarget(b, name) {
                    case .target(let t):
                        if t.stmt is SwitchStmt || t.stmt is SelectStmt || t.stmt is ForStmt {
                            s.target = t.stmt
                        } else {
                            errf(lab.pos, "invalid break label \(name)")
                        }
                    case .invalid:
                        errf(lab.pos, "invalid break label \(name)")
                    case .none:
                        errf(lab.pos, "break label not defined: \(name)")
                    }
                case .continue:
                    switch enclosingTarget(b, name) {
                    case .target(let t):
                        if let f = t.stmt as? ForStmt { s.target = f } else {
                            errf(lab.pos, "invalid continue label \(name)")
                        }
                    case .invalid:
                        errf(lab.pos, "invalid continue label \(name)")
                    case .none:
                        errf(lab.pos, "continue label not defined: \(name)")
                    }
                case .goto:
                    if let t = gotoTarget(b, name) { s.target = t } else { fwdGotos.append(s) }
                default:
                    break
                }

            case let s as AssignStmt:
                if s.op == .def {
                    varPos = s.pos
                    varName = s.lhs
                    badGotos = fwdGotos
                }

            case let s as BlockStmt:
                fwdGotos += blockBranches(b, Targets(breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1), lstmt, s.pos, s.list)

            case let s as IfStmt:
                let inner = Targets(breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1)
                fwdGotos += blockBranches(b, inner, lstmt, s.then.pos, s.then.list)
                if let e = s.elseStmt {
                    fwdGotos += blockBranches(b, inner, lstmt, e.pos, [e])
                }

            case let s as ForStmt:
                fwdGotos += blockBranches(b, Targets(breaks: s, continues: s, caseIndex: -1), lstmt, s.body.pos, s.body.list)

            case let s as SwitchStmt:
                for (i, cc) in s.body.enumerated() {
                    fwdGotos += blockBranches(b, Targets(breaks: s, continues: ctxt.continues, caseIndex: i), lstmt, cc.pos, cc.body)
                }

            case let s as SelectStmt:
                for cc in s.body {
                    fwdGotos += blockBranches(b, Targets(breaks: s, continues: ctxt.continues, caseIndex: -1), lstmt, cc.pos, cc.body)
                }

            default:
                break
            }
        }
        return fwdGotos
    }
}
