// State.swift — what GoStdlib keeps for a whole run, hung on the VM
// (`vm.stdlib`): values made once (strconv.ErrRange, ErrSyntax), each held
// by a GC root slot (`gcAddRoot`) so the object outlives every reference
// the program drops, sync.Pool's registry (Pool.swift) and the program's
// environment (OS.swift).
import GoRuntime
import GoVM

final class StdlibState {
    /// Values made once, by name; data words are rooted through `roots`.
    var singletons: [String: (UInt, UInt)] = [:]
    var roots: [UnsafeMutablePointer<UInt>] = []
    /// sync.Pool's registries (Pool.swift), made on first use.
    var poolRegistry: PoolRegistry? = nil
    /// The environment (OS.swift), copied from the process on first use.
    var env: [(key: [UInt8], value: [UInt8])]? = nil

    deinit {
        for r in roots { r.deallocate() }
    }
}

extension VM {
    var std: StdlibState {
        if let s = stdlib as? StdlibState { return s }
        let s = StdlibState()
        stdlib = s
        return s
    }

    /// A two-word value (an interface) made on first use and kept for the run.
    func singleton(_ name: String, _ make: () -> (UInt, UInt)) -> (UInt, UInt) {
        let st = std
        if let v = st.singletons[name] { return v }
        let v = make()
        let slot = UnsafeMutablePointer<UInt>.allocate(capacity: 1)
        slot.initialize(to: v.1)
        heap.gcAddRoot(slot)
        st.roots.append(slot)
        st.singletons[name] = v
        return v
    }
}
