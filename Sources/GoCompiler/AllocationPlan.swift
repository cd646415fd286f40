// AllocationPlan.swift — the decisions about slice backing stores that the
// compiler takes from escape analysis (GoEscape's AppendStore.swift, joined
// by GomemDriver, since this module does not depend on GoEscape). They
// decide capacities, which Go programs observe, so they follow Go 1.27:
//   - append: a growth may take a store in the function's frame (K = 32 /
//     element size elements) — `firstUse`: the first growth from empty that
//     fits, once per call of the function; `reuse`: every growth that fits,
//     one size class at a time (Go's growsliceBuf) — else it is growslice;
//   - moves: before some statements a slice variable is copied out of its
//     store to the heap (Go's move2heap);
//   - []byte(s) / []rune(s): a copy, a 32-element temporary buffer (the
//     conversion does not escape) or, for []byte, the string's own bytes
//     (does not escape and is never written);
//   - appends and conversions whose memory Go's inlining could change: in a
//     program that reads cap() of such slices, the append stops the program
//     ("not supported yet") when it would grow an empty slice into a store's
//     size, the only case where Go's two possible answers differ; the
//     conversion is refused when compiled.
// Invariant: a function's store slots are laid out before its statements
// (they live as long as the frame, never a statement's temporaries), and a
// store lives in the frame (a slot the stack map covers, so
// stack growth adjusts every slice pointing into it) only when the
// placement allows pointers into the stack (`storesInFrame`); otherwise the
// frame slot holds a pointer to a heap store with the same capacity, so a
// program sees the same capacities under either placement.
import GoABI
import GoSyntax
import GoTypes

/// How an append growth may use a store (GoEscape's AppendStore).
public enum AppendBuffer: Sendable, Equatable {
    case none
    case firstUse(Int)
    case reuse(Int)
}

/// Before a statement: copy `variable` out of its frame store `store`.
public struct SliceMove: @unchecked Sendable {
    public let variable: Var
    public let store: Int
    public let preserveCapacity: Bool
    public init(variable: Var, store: Int, preserveCapacity: Bool) {
        self.variable = variable; self.store = store; self.preserveCapacity = preserveCapacity
    }
}

/// Where []byte(s) and []rune(s) get their memory.
public enum StringToSlice: Sendable {
    case copy, tmpBuf, zeroCopy
}

public protocol AllocationPlan {
    func appendBuffer(_ call: CallExpr) -> AppendBuffer
    func moves(before node: Node) -> [SliceMove]
    /// The append stores of the function with this body: (id, element type).
    func stores(in body: BlockStmt) -> [(id: Int, elem: GoType)]
    func stringToSlice(_ conv: CallExpr) -> StringToSlice
    /// Why the store of an append or the memory of a string conversion may
    /// differ from Go's, which may inline the function (nil: it does not).
    func inliningDependence(_ call: CallExpr) -> String?
    /// Stores may live in frames (the placement allows pointers into stacks).
    var storesInFrame: Bool { get }
}

extension FunctionCompiler {
    /// The frame slot of append store `id` (elements of type `elem`): in the
    /// frame, a word saying whether it was used then K elements; else a
    /// pointer to its heap copy (0 until first used).
    func storeSlot(_ id: Int, _ elem: GoType) -> Int32 {
        if let s = storeSlots[id] { return s }
        let s: Int32
        if pc.plan.storesInFrame {
            let es = max(TypeTable.size(elem), 1)
            let k = appendStoreBytes / es
            s = words(1 + (k * es + 7) / 8)
            let bits = TypeTable.ptrWords(elem)
            if bits.contains(true) {
                for i in 0..<k {
                    for (w, b) in bits.enumerated() where b { ptrMask[(Int(s) + 8 + i * es) / 8 + w] = true }
                }
            }
        } else {
            s = ptrWord()
        }
        storeSlots[id] = s
        return s
    }

    /// Lays out the function's store slots (before any statement's temporaries).
    func layOutStores(_ body: BlockStmt) {
        for (id, elem) in pc.plan.stores(in: body) { _ = storeSlot(id, elem) }
    }

    /// The growslice modes (Bytecode.swift) of an append's plan.
    func growMode(_ call: CallExpr, _ elem: GoType) -> (w: UInt16, store: Int32) {
        let heapBit: UInt16 = pc.plan.storesInFrame ? 0 : 4
        let check: UInt16 = pc.plan.inliningDependence(call) != nil && pc.capObserved(elem) ? 8 : 0
        switch pc.plan.appendBuffer(call) {
        case .none: return (check, 0)
        case .firstUse(let id): return (1 | heapBit | check, storeSlot(id, elem))
        case .reuse(let id): return (2 | heapBit | check, storeSlot(id, elem))
        }
    }

    /// The moves to the heap Go makes before statement `node`.
    func emitMoves(before node: Node) throws {
        for m in pc.plan.moves(before: node) {
            let t = m.variable.type ?? Typ.int
            guard let sl = t.underlying as? GoSlice else { continue }
            let lv = try lvalue(of: m.variable, node.pos)
            let v = alloc(t)
            copyValue(v, load(lv, t), t)
            var w: UInt16 = m.preserveCapacity ? 1 : 0
            if !pc.plan.storesInFrame { w |= 4 }
            emit(Instr(.move2heap, v, 0, storeSlot(m.store, sl.elem), Int32(try pc.types.descriptor(sl.elem)), w: w))
            store(lv, v, t)
        }
    }
}

extension ProgramCompiler {
    /// Whether the program reads cap() of a slice of this element type
    /// (conversions between slice types keep the element type).
    /// (cap() of a slice whose element type is a type parameter observes
    /// every instance's slices: recorded as the wildcard "*".)
    func capObserved(_ elem: GoType) -> Bool { capElems.contains("*") || capElems.contains(TypeTable.key(elem)) }

    /// Element types of the slices the program reads cap() of.
    func collectCapElems() -> Set<String> {
        var out = Set<String>()
        let w = NodeWalker(intoLits: true) { [info] n in
            if let c = n as? CallExpr, let f = c.fun as? Name, let b = info.objectOf(f) as? Builtin, b.id == .cap,
               let a = c.argList.first, let s = info.typeOf(a)?.underlying as? GoSlice {
                out.insert(mentionsTypeParam(s.elem) ? "*" : TypeTable.key(s.elem))
            }
            return true
        }
        for f in files { w.walkFile(f) }
        return out
    }
}
