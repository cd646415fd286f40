// InitOrder.swift — the order of package-level variable initialization
// (types2 initorder.go), recorded in Info.initOrder for the interpreter.
//
// 1. Build the dependency graph of package-level constants, variables and
//    functions from the references recorded while checking (DeclInfo.deps).
// 2. Remove function nodes, connecting their predecessors directly to their
//    successors, so that only variables and constants remain.
// 3. Repeatedly take the node with the fewest remaining dependencies, and
//    among those the earliest declared; a node that still has dependencies
//    when taken is part of an initialization cycle, which is reported.
// 4. Each variable with an initializer is emitted once (all variables of an
//    n:1 declaration `var a, b = f()` together).
import GoSyntax

extension Checker {
    final class GraphNode {
        let obj: Object
        var succ: [ObjectIdentifier: GraphNode] = [:]   // nodes this one depends on
        var pred: [ObjectIdentifier: GraphNode] = [:]   // nodes depending on this one
        var ndeps = 0
        init(_ o: Object) { obj = o }
    }

    func initOrder() {
        var nodes: [ObjectIdentifier: GraphNode] = [:]
        var order: [GraphNode] = []
        for o in objList where o is Const || o is Var || o is Func {
            let n = GraphNode(o)
            nodes[ObjectIdentifier(o)] = n
            order.append(n)
        }
        for n in order {
            guard let d = objMap[ObjectIdentifier(n.obj)] else { continue }
            for dep in d.depOrder {
                guard let m = nodes[ObjectIdentifier(dep)] else { continue }
                n.succ[ObjectIdentifier(m.obj)] = m
                m.pred[ObjectIdentifier(n.obj)] = n
            }
        }
        // remove function nodes
        var remaining: [GraphNode] = []
        for n in order {
            if n.obj is Func {
                for (pk, p) in n.pred where p !== n {
                    for (sk, s) in n.succ where s !== n {
                        p.succ[sk] = s
                        s.pred[pk] = p
                    }
                    p.succ[ObjectIdentifier(n.obj)] = nil
                }
                for (_, s) in n.succ { s.pred[ObjectIdentifier(n.obj)] = nil }
            } else {
                remaining.append(n)
            }
        }
        for n in remaining { n.ndeps = n.succ.count }
        var emitted = Set<ObjectIdentifier>()
        var done = Set<ObjectIdentifier>()

        while true {
            var best: GraphNode? = nil
            for n in remaining where !done.contains(ObjectIdentifier(n.obj)) {
                if let b = best {
                    if n.ndeps < b.ndeps || (n.ndeps == b.ndeps && n.obj.order < b.obj.order) { best = n }
                } else {
                    best = n
                }
            }
            guard let n = best else { break }
            done.insert(ObjectIdentifier(n.obj))
            if n.ndeps > 0 {
                var seen = Set<ObjectIdentifier>()
                if let cycle = findPath(n.obj, n.obj, &seen), !cycle.isEmpty {
                    reportCycle(cycle)

                }
            }
            for (_, p) in n.pred { p.ndeps -= 1 }
            guard let v = n.obj as? Var, let d = objMap[ObjectIdentifier(v)], let initE = d.initExpr else { continue }
            if emitted.contains(ObjectIdentifier(d)) { continue }
            emitted.insert(ObjectIdentifier(d))
            let lhs = d.lhs ?? [v]
            info.initOrder.append(Initializer(lhs: lhs, rhs: initE))
        }
    }

    /// A path of dependencies from `from` to `to`, or nil.
    func findPath(_ from: Object, _ to: Object, _ seen: inout Set<ObjectIdentifier>) -> [Object]? {
        if seen.contains(ObjectIdentifier(from)) { return nil }
        seen.insert(ObjectIdentifier(from))
        guard let d = objMap[ObjectIdentifier(from)] else { return nil }
        for dep in d.depOrder {
            if dep === to { return [dep] }
            if let p = findPath(dep, to, &seen) { return p + [dep] }
        }
        return nil
    }

    func reportCycle(_ cycle: [Object]) {
        let obj = cycle[0]
        if cycle.count == 1 {
            errorAt(obj.pos, "initialization cycle: \(obj.name) refers to itself")
            return
        }
        var msg = "initialization cycle for \(obj.name)"
        var o = obj
        for j in stride(from: cycle.count - 1, through: 0, by: -1) {
            let next = cycle[j]
            msg += "\n\t\(fileSet.format(o.pos)): \(o.name) refers to \(next.name)"
            o = next
        }
        errorAt(obj.pos, msg)
    }
}
