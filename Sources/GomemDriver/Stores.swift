// Stores.swift — GoCompiler's AllocationPlan from escape analysis: the
// backing stores of appends (GoEscape's AppendStore.swift), the moves of
// slices out of them, the memory of []byte(s) and []rune(s), and which of
// these Go's inlining could change. The adapter lives here
// because GoCompiler does not depend on GoEscape (the driver joins them).
//
// Stores live in frames only under escape placement (Placement.swift): the
// conservative placement promises no pointer into a goroutine stack, so
// there each store is a heap object of the same size, and every capacity
// is the same.
import GoABI
import GoCompiler
import GoEscape
import GoSyntax
import GoTypes

final class EscapeAllocationPlan: AllocationPlan {
    let result: EscapeResult
    let storesInFrame: Bool

    init(result: EscapeResult, storesInFrame: Bool) {
        self.result = result
        self.storesInFrame = storesInFrame
    }

    func appendBuffer(_ call: CallExpr) -> AppendBuffer {
        switch result.appendStore(call) {
        case .heap: return .none
        case .firstUse(let id): return .firstUse(id)
        case .reuse(let id): return .reuse(id)
        }
    }

    func moves(before node: Node) -> [SliceMove] {
        result.moves(before: node).map { SliceMove(variable: $0.variable, store: $0.store, preserveCapacity: $0.preserveCapacity) }
    }

    func stores(in body: BlockStmt) -> [(id: Int, elem: GoType)] { result.storesByBody[ObjectIdentifier(body)] ?? [] }

    func stringToSlice(_ conv: CallExpr) -> StringToSlice {
        guard let esc = result.escapes(conv, .str2bytes) ?? result.escapes(conv, .str2runes), !esc else { return .copy }
        return result.zeroCopyConversions.contains(ObjectIdentifier(conv)) ? .zeroCopy : .tmpBuf
    }

    func inliningDependence(_ call: CallExpr) -> String? {
        if let why = result.inliningDependent[ObjectIdentifier(call)] { return why }
        // An append escape analysis never saw (a function it skips): unknown.
        if !call.hasDots, !result.plannedAppends.contains(ObjectIdentifier(call)),
           result.escapes(call, .append) == nil, isAppend(call) {
            return "an append escape analysis did not see"
        }
        return nil
    }

    func isAppend(_ call: CallExpr) -> Bool {
        guard let n = call.fun as? Name else { return false }
        return n.value == "append"
    }
}
