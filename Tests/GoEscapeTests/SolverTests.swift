// SolverTests.swift — the solver (Solve.swift) on small hand-built graphs,
// and the parameter tag algebra (Leaks).
import GoSyntax
import Testing
@testable import GoEscape

/// A batch with one function and no syntax: locations are made by hand.
private final class GraphFixture {
    let program: Program
    let batch: Batch
    let fn: FuncInfo
    let result = EscapeResult()

    init() {
        let fs = FileSet()
        _ = fs.add("./t.go")
        let (pkg, info, _) = GoTypesShim.emptyPackage(fs)
        program = Program(files: [], pkg: pkg, info: info, fileSet: fs, verbose: 0, result: result)
        fn = FuncInfo(name: "f", decl: nil, lit: nil, sig: nil, body: nil, parent: nil)
        fn.state = .started
        batch = Batch(program: program, fns: [fn])
        batch.curfn = fn
    }

    func loc(depth: Int = 1) -> Location {
        batch.loopDepth = depth
        return batch.newLoc(.none, persists: false)
    }
    func param() -> Location {
        let l = batch.newLoc(.none, persists: true)
        l.isParam = true
        return l
    }
    func result(_ i: Int) -> Location {
        let l = batch.newLoc(.none, persists: true)
        l.isParamOut = true
        l.resultIndex = i + 1
        return l
    }
    /// dst = &src (derefs -1), dst = src (0), dst = *src (1), ...
    func edge(_ dst: Location, _ src: Location, _ derefs: Int) {
        var k = Hole(dst)
        k.derefs = derefs
        batch.flow(k, src)
    }
    func solve() { batch.walkAll() }
}

import GoTypes
enum GoTypesShim {
    static func emptyPackage(_ fs: FileSet) -> (Package, Info, [Diagnostic]) {
        checkPackage(files: [], fileSet: fs, importer: nil)
    }
}

@Suite struct SolverTests {
    @Test func addressStoredInHeapEscapes() {
        let g = GraphFixture()
        let x = g.loc()
        g.edge(g.batch.heapLoc, x, -1)   // heap = &x
        g.solve()
        #expect(x.has(.escapes))
    }

    @Test func valueCopiedToHeapDoesNotEscape() {
        let g = GraphFixture()
        let x = g.loc()
        g.edge(g.batch.heapLoc, x, 0)    // heap = x (a copy of x's value)
        g.solve()
        #expect(!x.has(.escapes))
    }

    @Test func addressThroughChainEscapes() {
        // p = &x; q = p; heap = q
        let g = GraphFixture()
        let x = g.loc(), p = g.loc(), q = g.loc()
        g.edge(p, x, -1); g.edge(q, p, 0); g.edge(g.batch.heapLoc, q, 0)
        g.solve()
        #expect(x.has(.escapes))
        #expect(!p.has(.escapes))   // p's own storage is not referenced
    }

    @Test func dereferenceCancelsAddress() {
        // p = &x; y = *p; heap = y  → x's value flows, not its address
        let g = GraphFixture()
        let x = g.loc(), p = g.loc(), y = g.loc()
        g.edge(p, x, -1); g.edge(y, p, 1); g.edge(g.batch.heapLoc, y, 0)
        g.solve()
        #expect(!x.has(.escapes))
    }

    @Test func innerLoopVariableStoredOutsideEscapes() {
        // outer (depth 1) = &inner (depth 2)
        let g = GraphFixture()
        let outer = g.loc(depth: 1), inner = g.loc(depth: 2)
        g.edge(outer, inner, -1)
        g.solve()
        #expect(inner.has(.escapes))
        let g2 = GraphFixture()
        let a = g2.loc(depth: 2), b = g2.loc(depth: 1)
        g2.edge(a, b, -1)   // deeper = &shallower: fine
        g2.solve()
        #expect(!b.has(.escapes))
    }

    @Test func parameterLeaksToResultWithLevel() {
        // ~r0 = *p  → leaking param: p to result ~r0 level=1
        let g = GraphFixture()
        let p = g.param(), r = g.result(0)
        g.edge(r, p, 1)
        g.solve()
        #expect(p.paramEsc.result(0) == 1)
        #expect(p.paramEsc.heap == -1)
    }

    @Test func parameterContentLeaksToHeap() {
        // heap = *p → leaking param content
        let g = GraphFixture()
        let p = g.param()
        g.edge(g.batch.heapLoc, p, 1)
        g.solve()
        #expect(p.paramEsc.heap == 1)
    }

    @Test func shortestPathWins() {
        // heap = **p and heap = p: the minimum (0) is kept
        let g = GraphFixture()
        let p = g.param(), t = g.loc()
        g.edge(t, p, 1); g.edge(g.batch.heapLoc, t, 1)
        g.edge(g.batch.heapLoc, p, 0)
        g.solve()
        #expect(p.paramEsc.heap == 0)
    }

    @Test func cycleTerminates() {
        let g = GraphFixture()
        let a = g.loc(), b = g.loc(), x = g.loc()
        g.edge(a, b, 0); g.edge(b, a, 0); g.edge(a, x, -1); g.edge(g.batch.heapLoc, b, 0)
        g.solve()
        #expect(x.has(.escapes))
    }

    @Test func leaksOptimizeDropsImpliedResults() {
        var l = Leaks()
        l.addHeap(1); l.addResult(0, 2); l.addResult(1, 0)
        l.optimize()
        #expect(l.heap == 1)
        #expect(l.result(0) == -1)   // implied by the heap leak at a lower level
        #expect(l.result(1) == 0)
    }
}
