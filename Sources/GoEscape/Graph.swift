// Graph.swift — the data-flow graph of escape analysis (Go's escape/graph.go
// and leaks.go): locations, the weighted edges between them, holes (where a
// value is assigned), and the parameter leak tags.
//
// A location is anything that can hold a value: a variable, an allocation
// site (composite literal, new, make, closure, ...), a temporary, or one of
// the batch's pseudo-locations (the heap, the mutator, the callee, the blank
// sink). An edge dst ← src with `derefs` says "src's value, dereferenced
// derefs times, flows into dst": derefs == -1 is an address (&src), 0 a copy,
// 1 a load (*src) and so on.
//
// Invariants: edge.derefs >= -1; a location's `attrs` only grow; `paramEsc`
// is meaningful only for parameters of functions of the current batch.
import GoSyntax
import GoTypes

/// What a location stands for.
enum LocNode {
    case none                 // a temporary, or a pseudo-location
    case variable(Var)        // a parameter, result or local variable
    case result(String, Pos)  // an unnamed result (~r0, ~r1, ...)
    case site(Site)           // an allocation site
    case temp(String, Pos)    // a compiler temporary that has a name (.autotmp_N)
}

struct LocAttr: OptionSet {
    let rawValue: UInt8
    static let escapes = LocAttr(rawValue: 1)
    static let persists = LocAttr(rawValue: 2)
    static let mutates = LocAttr(rawValue: 4)
    static let calls = LocAttr(rawValue: 8)
    static let all: LocAttr = [.escapes, .persists, .mutates, .calls]
}

final class Location {
    var n: LocNode
    unowned(unsafe) var curfn: FuncInfo
    var edges: [Edge] = []
    /// Loop depth at the declaration (1 = the function body).
    var loopDepth: Int
    /// 1 + index of the result for results, else 0.
    var resultIndex = 0

    // Solver state (see Solve.swift).
    var derefs = 0
    var walkgen: UInt32 = 0
    var dst: Location? = nil
    var dstEdgeIdx = 0
    var queuedWalkAll = false
    var queuedWalkOne: UInt32 = 0

    var attrs: LocAttr = []
    var paramEsc = Leaks()

    var captured = false
    var reassigned = false
    var addrtaken = false
    var isParam = false
    var isParamOut = false
    /// The order of creation in the batch (output order).
    var index = 0

    init(n: LocNode, curfn: FuncInfo, loopDepth: Int) {
        self.n = n; self.curfn = curfn; self.loopDepth = loopDepth
    }

    func has(_ a: LocAttr) -> Bool { !attrs.isDisjoint(with: a) }

    /// Set for a variable of an inlined copy: Go prints the call's position.
    var inlPos: Pos? = nil

    var pos: Pos {
        if let p = inlPos { return p }
        switch n {
        case .none: return .none
        case .variable(let v): return v.pos
        case .result(_, let p), .temp(_, let p): return p
        case .site(let s): return s.pos
        }
    }

    /// Records that this parameter leaks to `sink` with `derefs`.
    func leakTo(_ sink: Location, derefs: Int) {
        if !sink.has(.escapes), sink.isParamOut, sink.curfn === curfn {
            let ri = sink.resultIndex - 1
            if ri >= 0 && ri < Leaks.numResults {
                paramEsc.addResult(ri, derefs)
                return
            }
        }
        paramEsc.addHeap(derefs)
    }
}

struct Edge {
    unowned(unsafe) var src: Location
    var derefs: Int
    var notes: Note?
}

/// Why a flow happened, for -m -m (a linked list, newest first).
final class Note {
    let next: Note?
    let whereText: String
    let wherePos: Pos
    let why: String
    /// When the note is about an allocation site, its text is the site's
    /// at the time the note is printed (Go prints the node, which
    /// rewriteWithLiterals may have changed since).
    let site: Site?
    init(next: Note?, whereText: String, wherePos: Pos, why: String, site: Site? = nil) {
        self.next = next; self.whereText = whereText; self.wherePos = wherePos; self.why = why; self.site = site
    }
}

/// A place a value is assigned to: a location, with dereferences applied.
struct Hole {
    unowned(unsafe) var dst: Location
    var derefs = 0
    var notes: Note? = nil
    var addrtaken = false

    init(_ dst: Location) { self.dst = dst }

    func shift(_ delta: Int) -> Hole {
        var k = self
        k.derefs += delta
        if k.derefs < -1 { k.derefs = -1 }
        k.addrtaken = delta < 0
        return k
    }
}

/// The escape tag of one parameter (Go's `leaks`): for the heap, the
/// mutator, the callee and the first seven results, the minimal number of
/// dereferences with which the parameter reaches it, or -1 for never.
public struct Leaks: Hashable, Sendable {
    public static let numResults = 7
    var v: [Int] = Array(repeating: -1, count: 3 + Leaks.numResults)
    public init() {}

    public var heap: Int { v[0] }
    public var mutator: Int { v[1] }
    public var callee: Int { v[2] }
    public func result(_ i: Int) -> Int { i >= 0 && i < Leaks.numResults ? v[3 + i] : -1 }

    mutating func add(_ i: Int, _ derefs: Int) {
        let d = min(derefs, 254)
        if v[i] < 0 || d < v[i] { v[i] = d }
    }
    public mutating func addHeap(_ d: Int) { add(0, d) }
    public mutating func addMutator(_ d: Int) { add(1, d) }
    public mutating func addCallee(_ d: Int) { add(2, d) }
    public mutating func addResult(_ i: Int, _ d: Int) { if i >= 0 && i < Leaks.numResults { add(3 + i, d) } }

    /// Drops leaks implied by the heap leak (Go's leaks.Optimize).
    mutating func optimize() {
        let h = heap
        if h >= 0 { for i in 1..<v.count where v[i] >= h { v[i] = -1 } }
    }

    /// A tag that leaks everything to the heap (unknown functions).
    public static var heapLeak: Leaks { var l = Leaks(); l.addHeap(0); return l }
    /// Go encodes a heap leak at level 0 as "" which decodes to heap only.
    var normalized: Leaks { heap == 0 ? Leaks.heapLeak : self }
}
