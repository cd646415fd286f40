// MHeap+Verify.swift — a heap verifier: checks the invariants that
// MHeap.swift, MPageAlloc.swift, MSpan.swift and MCentral.swift state, by
// walking every arena, page and span. Costs a full walk, so only tests and
// debug modes call it; `checkInvariants()` runs it when the package is built
// with -DGORUNTIME_CHECKS and is empty otherwise (the swift-collections habit).

extension MHeap {
    /// Every broken invariant found, in Go's `runtime: ...` wording; empty if
    /// the heap is consistent.
    /// - Precondition: no other thread is using this heap.
    public func verify() -> [String] {
        lock()
        defer { unlock() }
        var problems: [String] = []
        let st = raw.pointee.stats.pointee
        var inUse = 0, manual = 0, free = 0, released = 0
        guard let list = raw.pointee.allArenas else { return problems }
        var prevBase: UInt = 0
        for a in 0..<raw.pointee.nArenas {
            let ha = HeapArena(raw: list[a])
            if a > 0 && ha.base <= prevBase { problems.append("runtime: arenas out of address order") }
            prevBase = ha.base
            if ha.header.pointee.order != a { problems.append("runtime: arena order \(ha.header.pointee.order) at index \(a)") }
            var nfree = 0
            for w in 0..<HeapArena.words {
                let f = ha.freeBits[w], sc = ha.scavBits[w]
                nfree += f.nonzeroBitCount
                if sc & ~f != 0 { problems.append("runtime: scavenged page not free in arena \(ha.base)") }
                released += sc.nonzeroBitCount * pageSize
                free += (f & ~sc).nonzeroBitCount * pageSize
            }
            if nfree != ha.header.pointee.nfree {
                problems.append("runtime: arena \(ha.base) nfree \(ha.header.pointee.nfree), bitmap says \(nfree)")
            }
            if a < raw.pointee.searchIndex && nfree != 0 {
                problems.append("runtime: free page below searchIndex")
            }
            var p = 0
            while p < pagesPerArena {
                guard let s = ha.spans[p] else { p += 1; continue }
                let addr = ha.base &+ UInt(p * pageSize)
                if ha.freeBits[p >> 6] >> UInt64(p & 63) & 1 != 0 {
                    problems.append("runtime: page \(addr) both free and in span \(s.pointee.startAddr)")
                }
                if addr < s.pointee.startAddr || addr >= MSpan(s).end {
                    problems.append("runtime: spans[] at \(addr) points at span \(s.pointee.startAddr) not holding it")
                }
                let isFirst = addr == s.pointee.startAddr
                let inUseBit = ha.pageInUse[p >> 6] >> UInt64(p & 63) & 1 != 0
                switch s.pointee.state {
                case MSpanState.inUse.rawValue:
                    if isFirst {
                        inUse += s.pointee.npages * pageSize
                        if !inUseBit { problems.append("runtime: pageInUse clear for span \(addr)") }
                        if s.pointee.allocCount > s.pointee.nelems || s.pointee.freeindex > s.pointee.nelems {
                            problems.append("runtime: span \(addr) counts out of range")
                        }
                        if s.pointee.limit > MSpan(s).end { problems.append("runtime: span \(addr) limit past end") }
                    }
                case MSpanState.manual.rawValue:
                    if isFirst { manual += s.pointee.npages * pageSize }
                    if inUseBit { problems.append("runtime: pageInUse set for stack span \(addr)") }
                default:
                    problems.append("runtime: dead span in spans[] at \(addr)")
                }
                p += 1
            }
        }
        if inUse != st.heapInUse { problems.append("runtime: heapInUse \(st.heapInUse), spans hold \(inUse)") }
        if manual != st.stacksInUse { problems.append("runtime: stacksInUse \(st.stacksInUse), spans hold \(manual)") }
        if free != st.heapFree { problems.append("runtime: heapFree \(st.heapFree), bitmaps say \(free)") }
        if released != st.heapReleased { problems.append("runtime: heapReleased \(st.heapReleased), bitmaps say \(released)") }
        let mapped = sysStat(.heap).load
        if st.heapInUse + st.stacksInUse + st.heapFree + st.heapReleased != mapped {
            problems.append("runtime: page accounting \(st.heapInUse + st.stacksInUse + st.heapFree + st.heapReleased) != mapped \(mapped)")
        }
        return problems
    }

    /// Traps with the first problem `verify()` finds, in builds with
    /// -DGORUNTIME_CHECKS; does nothing otherwise.
    @inline(__always)
    public func checkInvariants() {
        #if GORUNTIME_CHECKS
        if let p = verify().first { runtimeThrow(p) }
        #endif
    }
}
