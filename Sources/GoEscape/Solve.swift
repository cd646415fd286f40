// Solve.swift — solving the graph (Go's escape/solve.go).
//
// walkAll takes every location of the batch as a root in turn (the heap, the
// callee and the mutator first) and walks the graph backwards from it,
// computing for every location that reaches the root the minimal number of
// dereferences on the way (a shortest path where an address-of counts -1 but
// never goes below -1, Go's "derefs"). When a location's address reaches a
// root that outlives it, the location escapes; when a parameter reaches a
// root that outlives it, the parameter leaks to it. A location whose
// attributes grow is queued again, so the walk reaches a fixed point.
import GoSyntax

/// A double-ended queue of locations (Go's solve.go queue).
struct LocQueue {
    private var buf: [Location?]
    private var head = 0, count = 0
    init(_ capacity: Int) {
        var c = 2
        while c < capacity { c <<= 1 }
        buf = Array(repeating: nil, count: c)
    }
    var isEmpty: Bool { count == 0 }
    private mutating func grow() {
        var nb = [Location?](repeating: nil, count: buf.count * 2)
        for i in 0..<count { nb[i] = buf[(head + i) & (buf.count - 1)] }
        buf = nb; head = 0
    }
    mutating func pushFront(_ l: Location) {
        if count == buf.count { grow() }
        head = (head - 1) & (buf.count - 1)
        buf[head] = l; count += 1
    }
    mutating func pushBack(_ l: Location) {
        if count == buf.count { grow() }
        buf[(head + count) & (buf.count - 1)] = l; count += 1
    }
    mutating func popFront() -> Location? {
        guard count > 0 else { return nil }
        let l = buf[head]; buf[head] = nil
        head = (head + 1) & (buf.count - 1); count -= 1
        return l
    }
}

extension Batch {
    func walkAll() {
        var todo = LocQueue(allLocs.count + 3)
        for loc in allLocs { todo.pushFront(loc); loc.queuedWalkAll = true }
        todo.pushFront(mutatorLoc); todo.pushFront(calleeLoc); todo.pushFront(heapLoc)
        mutatorLoc.queuedWalkAll = true; calleeLoc.queuedWalkAll = true; heapLoc.queuedWalkAll = true
        var walkgen: UInt32 = 0
        while let root = todo.popFront() {
            root.queuedWalkAll = false
            walkgen &+= 1
            walkOne(root, walkgen) { loc in
                if !loc.queuedWalkAll {
                    loc.queuedWalkAll = true
                    if loc.has(.escapes) { todo.pushFront(loc) } else { todo.pushBack(loc) }
                }
            }
        }
    }

    func walkOne(_ root: Location, _ walkgen: UInt32, _ enqueue: (Location) -> Void) {
        root.walkgen = walkgen
        root.derefs = 0
        root.dst = nil

        if root.has(.calls), case .site(let s) = root.n, let fn = s.closure, inMutualBatch(fn), !fn.closureResultsLost {
            fn.closureResultsLost = true
            for r in fn.resultLocs { enqueue(r) }
        }

        var todo = LocQueue(1)
        todo.pushFront(root)
        while let l = todo.popFront() {
            l.queuedWalkOne = 0
            var derefs = l.derefs
            var newAttrs: LocAttr = []
            if derefs < 0 {
                derefs = 0
                if outlives(root, l) {
                    if !l.has(.escapes) && verbose >= 2 {
                        emit(l.pos, "\(describe(l)) escapes to heap in \(l.curfn.name):")
                        explainPath(root, l)
                    }
                    newAttrs.formUnion(.all)
                } else if root.has(.persists) {
                    newAttrs.insert(.persists)
                }
            }
            if derefs == 0 { newAttrs.formUnion(root.attrs.intersection([.mutates, .calls])) }

            if l.isParam {
                if outlives(root, l) {
                    if !l.has(.escapes) && verbose >= 2 {
                        emit(l.pos, "parameter \(describe(l)) leaks to \(explainLoc(root)) for \(l.curfn.name) with derefs=\(derefs):")
                        explainPath(root, l)
                    }
                    l.leakTo(root, derefs: derefs)
                }
                if root.has(.mutates) { l.paramEsc.addMutator(derefs) }
                if root.has(.calls) { l.paramEsc.addCallee(derefs) }
            }

            if !newAttrs.subtracting(l.attrs).isEmpty {
                l.attrs.formUnion(newAttrs)
                enqueue(l)
                if l.has(.escapes) { continue }
            }

            for i in l.edges.indices {
                let edge = l.edges[i]
                let src = edge.src
                if src.has(.escapes) { continue }
                let d = derefs + edge.derefs
                if src.walkgen != walkgen || src.derefs > d {
                    src.walkgen = walkgen
                    src.derefs = d
                    src.dst = l
                    src.dstEdgeIdx = i
                    if src.queuedWalkOne != walkgen {
                        src.queuedWalkOne = walkgen
                        todo.pushBack(src)
                    }
                }
            }
        }
    }

    /// Whether values stored in l may outlive `other` (Go's outlives).
    func outlives(_ l: Location, _ other: Location) -> Bool {
        if l.has(.escapes) { return true }
        if l === mutatorLoc || l === calleeLoc { return false }
        if l.isParamOut {
            // A result of a closure called directly by its enclosing
            // function flows only to that function's locals.
            if other.curfn.contains(l.curfn) && !l.curfn.closureResultsLost { return false }
            return true
        }
        if l.curfn === other.curfn && l.loopDepth < other.loopDepth { return true }
        if l.curfn.containsClosure(other.curfn) { return true }
        return false
    }

    // MARK: - Explanations (-m -m)

    func explainPath(_ root: Location, _ start: Location) {
        var visited = Set<ObjectIdentifier>()
        var src = start
        let pos = start.pos
        while true {
            if !visited.insert(ObjectIdentifier(src)).inserted {
                emit(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518")
                break
            }
            guard let dst = src.dst, src.dstEdgeIdx < dst.edges.count else { break }
            let edge = dst.edges[src.dstEdgeIdx]
            explainFlow(pos, dst, src, edge.derefs, edge.notes)
            if dst === root { break }
            src = dst
        }
    }

    func explainFlow(_ pos: Pos, _ dst: Location, _ src: Location, _ derefs: Int, _ notes: Note?) {
        let ops = derefs >= 0 ? String(repeating: "*", count: derefs) : "&"
        emit(pos, "  flow: \(explainLoc(dst)) ← \(ops)\(explainLoc(src)):")
        var n = notes
        while let note = n {
            let text = note.site.map { rewritten ? $0.text : $0.origText } ?? note.whereText
            emit(pos, "    from \(text) (\(note.why)) at \(fileSet.format(note.wherePos))")
            n = note.next
        }
    }

    func explainLoc(_ l: Location) -> String {
        if l === heapLoc { return "{heap}" }
        switch l.n {
        case .none: return "{temp}"
        case .variable, .result, .temp: return describe(l)
        case .site(let s): return "{storage for \(rewritten ? s.text : s.origText)}"
        }
    }

    func describe(_ l: Location) -> String {
        switch l.n {
        case .none: return "{temp}"
        case .variable(let v): return v.name
        case .result(let n, _), .temp(let n, _): return n
        case .site(let s): return rewritten ? s.text : s.origText
        }
    }
}
