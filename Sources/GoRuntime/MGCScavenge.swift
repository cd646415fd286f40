// MGCScavenge.swift — the scavenger: returning free pages to the OS (Go's
// mgcscavenge.go, pacing part; the page work is MPageAlloc.swift's
// `scavenge`, highest addresses first).
//
// Go keeps the memory it retains (heapInUse + heapFree, "retained") near two
// goals and releases free pages above them:
//
//   gcPercentGoal   = heapInUse at the last mark termination
//                     × (heap goal now / heap goal of that cycle)
//                     × (1 + 10%)                          (retainExtraPercent)
//   memoryLimitGoal = memory limit × (1 − 5%)              (reduceExtraPercent)
//
// computed when sweeping completes (`scavengePace`; a goal already met,
// within a page, is off). The background scavenger (`bgscavenge`, a slice
// the scheduler runs; Go aims it at 1% of one CPU) releases down to the
// lower of the two. In `.stopTheWorld` mode no background worker runs, so
// the end of each cycle's sweep does the background scavenger's work at once
// (`scavengeAfterSweep`): in the steady state retained memory stays under
// the goal and nothing is released; when the heap goal falls (the live heap
// shrank) the pages above the new goal go back to the OS. When the
// runtime's mapped, not-released memory goes over the memory limit itself,
// pages are released at once on the allocating path (`scavengeForLimit`,
// Go's mheap.grow scavenging), and FreeOSMemory releases every free page
// after a collection.

/// Scavenger pacing (Go's scavenger state and scavenge.gcPercentGoal /
/// memoryLimitGoal).
struct ScavengerData {
    var gcPercentGoal = Int.max
    var memoryLimitGoal = Int.max
    var released = 0          // bytes released since the runtime started
    var lastHeapInUse = 0     // heapInUse at the last mark termination (Go's memstats.lastHeapInUse)
}

let retainExtraPercent = 10
let reduceExtraPercent = 5

extension MHeap {
    var scavState: UnsafeMutablePointer<ScavengerData> {
        (UnsafeMutableRawPointer(gc.raw) + MemoryLayout<GCStateData>.offset(of: \.scav)!)
            .assumingMemoryBound(to: ScavengerData.self)
    }

    /// Bytes of heap pages held from the OS: in-use spans and free pages not
    /// yet returned (Go's heapRetained).
    public var heapRetained: Int {
        let st = raw.pointee.stats.pointee
        return st.heapInUse + st.heapFree
    }

    /// The scavenger's goals from the heap goals and the limit (Go's
    /// gcPaceScavenger); Int.max = that goal needs no scavenging.
    func scavengePace() {
        let p = pacer.pointee
        let s = scavState
        let retained = heapRetained
        if p.memoryLimit == Int.max || pacerMemory().mappedReady <= p.memoryLimit / 100 * (100 - reduceExtraPercent) {
            s.pointee.memoryLimitGoal = Int.max
        } else {
            s.pointee.memoryLimitGoal = p.memoryLimit / 100 * (100 - reduceExtraPercent)
        }
        let heapGoal = pacerHeapGoal().goal
        // Before the first cycle ends, while GOGC is off, or after a cycle
        // run while it was off (a goal of "never"): no GOGC goal.
        if p.gcPercent < 0 || p.lastHeapGoal == 0 || p.lastHeapGoal >= Int.max / 4 || heapGoal >= Int.max / 4 {
            s.pointee.gcPercentGoal = Int.max
            return
        }
        var g = Int(Double(s.pointee.lastHeapInUse) * (Double(heapGoal) / Double(p.lastHeapGoal)))
        g += g / (100 / retainExtraPercent)
        g = (g + Int(physPageSize) - 1) & ~(Int(physPageSize) - 1)
        s.pointee.gcPercentGoal = retained <= g || retained - g < Int(physPageSize) ? Int.max : g
    }

    /// Releases free pages until the heap retains at most `goal` bytes.
    func scavengeDown(to goal: Int, max maxBytes: Int) -> Int {
        let excess = heapRetained - goal
        if excess <= 0 { return 0 }
        let n = scavenge(maxBytes: min(excess, maxBytes))
        scavState.pointee.released += n
        return n
    }

    /// Called once when a cycle's sweeping completes (by the proportional or
    /// background sweeper, or at the next start): updates the goals and
    /// releases what Go's background scavenger would over the cycle (see
    /// the file comment) — gomem has no scavenger thread; the scheduler's
    /// `bgscavenge` slices between cycles only top this up.
    func scavengeAfterSweep() {
        bgscavenge(maxBytes: Int.max)
    }

    /// The background scavenger (Go's bgscavenge, one slice): releases up to
    /// `maxBytes` of free pages above the lower of the two goals. Returns the
    /// bytes released; 0 means there is nothing to do.
    @discardableResult
    public func bgscavenge(maxBytes: Int) -> Int {
        scavengePace()
        let s = scavState.pointee
        var released = 0
        if s.gcPercentGoal != Int.max {
            released += scavengeDown(to: s.gcPercentGoal, max: maxBytes)
        }
        if s.memoryLimitGoal != Int.max {
            let over = pacerMemory().mappedReady - s.memoryLimitGoal
            if over > 0 {
                let n = scavenge(maxBytes: min(over, maxBytes - released))
                scavState.pointee.released += n
                released += n
            }
        }
        return released
    }

    /// Over the memory limit: release free pages at once, down to the limit
    /// (Go scavenges on the allocating path in that case).
    func scavengeForLimit() {
        let limit = pacer.pointee.memoryLimit
        if limit == Int.max { return }
        let over = pacerMemory().mappedReady - limit
        if over > 0 {
            let n = scavenge(maxBytes: over)
            scavState.pointee.released += n
        }
    }

    /// debug.FreeOSMemory: a full collection, then every free page back to the OS.
    public func FreeOSMemory(_ c: MCache) {
        GC(c)
        let n = scavenge(maxBytes: Int.max)
        scavState.pointee.released += n
    }
}
