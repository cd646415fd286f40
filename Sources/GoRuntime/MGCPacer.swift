// MGCPacer.swift — the GC pacer (Go 1.18+'s mgcpacer.go): when to start a
// cycle, how much assist work each allocated byte owes, and the knobs
// GOGC (SetGCPercent) and GOMEMLIMIT (SetMemoryLimit).
//
// Inputs, in bytes (all kept in GCPacerData, under the GC lock or with one P):
//
//   heapLive      bytes in spans handed to mcaches since the last mark plus
//                 bytes marked by it (Go's heapLive: set to heapMarked at
//                 mark termination, raised by the free bytes of each span an
//                 mcache takes and by large objects, lowered by the unused
//                 slots of each span an mcache gives back)
//   heapMarked    bytes marked by the last cycle (the live heap)
//   lastStackScan stack bytes the VM reported at the last cycle
//   globalsScan   bytes of registered data/BSS ranges
//
// The goal, as Go computes it:
//
//   gcPercentHeapGoal = heapMarked + (heapMarked + lastStackScan + globalsScan) × GOGC/100
//                       (at least heapMinimum = 4 MiB × GOGC/100; ∞ if GOGC=off)
//   memoryLimitGoal   = limit − (nonHeapMemory + overage), less 3% headroom
//                       (at least 1 MiB of headroom; at least heapMarked)
//   goal              = min of the two, pushed up by sweepDistMinTrigger and
//                       a 64 KiB minimum runway when not memory-limited
//
// and the trigger lies between 45/64 (~0.7) and 61/64 (~0.95) of the way
// from heapMarked to the goal (or goal − 4 MiB if higher), at goal − runway,
// where runway = consMark × (1 − u)/u × (last heap, stack and globals scan
// work), u = 0.25 the background utilization, and consMark the measured
// ratio of allocation to scan rate (the largest of the last 4 cycles).
//
// During marking, `revise` sets assistWorkPerByte = scan work remaining /
// heap remaining before the goal (with Go's extension to the worst case
// when more work than expected shows up), and mallocgc charges each P that
// much scan work per byte it allocates (MGC.swift's hook, MGCMark.swift's
// gcAssistAlloc).

/// Go's defaultHeapMinimum: the smallest heap goal at GOGC=100.
public let defaultHeapMinimum = 4 << 20
/// Go's gcBackgroundUtilization / gcGoalUtilization.
let gcBackgroundUtilization = 0.25
let gcGoalUtilization = gcBackgroundUtilization
/// Trigger bounds as fractions of the runway to the goal (Go's constants).
let triggerRatioDen = 64
let minTriggerRatioNum = 45
let maxTriggerRatioNum = 61
/// Memory-limit goal headroom (Go's constants).
let memoryLimitHeapGoalHeadroomPercent = 3
let memoryLimitMinHeapGoalHeadroom = 1 << 20
/// Sweep distance kept ahead of a trigger while sweeping (Go's sweepMinHeapDistance).
let sweepMinHeapDistance = 1 << 20

/// The pacer's state (Go's gcControllerState).
struct GCPacerData {
    var gcPercent = 100               // -1: off
    var memoryLimit = Int.max
    var heapMinimum = defaultHeapMinimum
    var heapLive = 0
    var heapScan = 0
    var heapMarked = 0
    var lastHeapScan = 0
    var lastStackScan = 0
    var globalsScan = 0
    var gcPercentHeapGoal = 0
    var sweepDistMinTrigger = 0
    var runway = 0
    var consMark = 0.0
    var lastConsMark: (Double, Double, Double, Double) = (0, 0, 0, 0)
    var triggered = Int.max           // heapLive when this cycle started (max between cycles)
    var lastHeapGoal = 0
    var trigger = 0                   // cached trigger() for the allocation path
    var goal = 0                      // cached heap goal
    var markStartTime: UInt64 = 0
    var assistWorkPerByte = 0.0
    var assistBytesPerWork = 0.0
}

/// Figures the memory-limit goal needs (Go reads them from its stats).
public struct PacerMemory: Sendable, Equatable {
    /// Mapped memory not returned to the OS (Go's mappedReady).
    public var mappedReady: Int
    /// Free pages still backed by the OS (Go's heapFree).
    public var heapFree: Int
    /// Bytes of heap objects (Go's totalAlloc − totalFree).
    public var heapAlloc: Int
    public init(mappedReady: Int, heapFree: Int, heapAlloc: Int) {
        self.mappedReady = mappedReady
        self.heapFree = heapFree
        self.heapAlloc = heapAlloc
    }
}

/// The pacer's formulas as pure functions, so tests can check them against
/// Go's figures.
public enum Pacer {
    /// Go's gcPercentHeapGoal (commit): ∞ (Int.max) when GOGC is off.
    public static func gcPercentHeapGoal(heapMarked: Int, stacks: Int, globals: Int, gcPercent: Int) -> Int {
        if gcPercent < 0 { return Int.max }
        let heapMinimum = defaultHeapMinimum * gcPercent / 100
        let goal = heapMarked + (heapMarked + stacks + globals) * gcPercent / 100
        return max(goal, heapMinimum)
    }

    /// Go's memoryLimitHeapGoal.
    public static func memoryLimitHeapGoal(limit: Int, mem: PacerMemory, heapMarked: Int) -> Int {
        if limit == Int.max { return Int.max }
        let nonHeap = max(0, mem.mappedReady - mem.heapFree - mem.heapAlloc)
        let overage = max(0, mem.mappedReady - limit)
        if nonHeap + overage >= limit { return heapMarked }
        var goal = limit - (nonHeap + overage)
        var headroom = goal / 100 * memoryLimitHeapGoalHeadroomPercent
        if headroom < memoryLimitMinHeapGoalHeadroom { headroom = memoryLimitMinHeapGoalHeadroom }
        if goal < headroom || goal - headroom < headroom { goal = headroom } else { goal -= headroom }
        return max(goal, heapMarked)
    }

    /// Go's trigger(): (trigger, goal) from the goal and the bounds above.
    public static func trigger(goal: Int, minTrigger: Int, heapMarked: Int, runway: Int) -> (trigger: Int, goal: Int) {
        if heapMarked >= goal { return (goal, goal) }
        var minT = max(minTrigger, heapMarked)
        let lower = (goal - heapMarked) / triggerRatioDen * minTriggerRatioNum + heapMarked
        if minT < lower { minT = lower }
        var maxT = (goal - heapMarked) / triggerRatioDen * maxTriggerRatioNum + heapMarked
        if goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxT { maxT = goal - defaultHeapMinimum }
        maxT = max(maxT, minT)
        var t = runway > goal ? minT : goal - runway
        t = max(t, minT)
        t = min(t, maxT)
        return (t, goal)
    }
}

extension MHeap {
    var pacer: UnsafeMutablePointer<GCPacerData> {
        (UnsafeMutableRawPointer(gc.raw) + MemoryLayout<GCStateData>.offset(of: \.pacer)!)
            .assumingMemoryBound(to: GCPacerData.self)
    }

    func pacerInit(gcPercent: Int, memoryLimit: Int) {
        let p = pacer
        p.pointee.memoryLimit = memoryLimit
        p.pointee.gcPercent = gcPercent < 0 ? -1 : gcPercent
        p.pointee.heapMinimum = defaultHeapMinimum * max(0, gcPercent) / 100
        p.pointee.triggered = Int.max
        pacerCommit(isSweepDone: true)
    }

    /// What the memory-limit goal needs, from the heap's counters.
    func pacerMemory() -> PacerMemory {
        let st = raw.pointee.stats.pointee
        var sys = 0
        for k in SysStatKind.allCases { sys += sysStat(k).load }
        // Go's heapAlloc (totalAlloc − totalFree) counts unswept garbage as
        // allocated; the bytes of in-use spans are gomem's cheap stand-in.
        return PacerMemory(mappedReady: sys - st.heapReleased, heapFree: st.heapFree, heapAlloc: st.heapInUse)
    }

    /// Go's heapGoalInternal: (goal, minTrigger).
    func pacerHeapGoal() -> (goal: Int, minTrigger: Int) {
        let p = pacer.pointee
        var goal = p.gcPercentHeapGoal
        var minTrigger = 0
        let mlGoal = Pacer.memoryLimitHeapGoal(limit: p.memoryLimit, mem: pacerMemory(), heapMarked: p.heapMarked)
        if mlGoal < goal {
            goal = mlGoal
        } else {
            if p.sweepDistMinTrigger > goal { goal = p.sweepDistMinTrigger }
            minTrigger = p.sweepDistMinTrigger
            let minRunway = 64 << 10
            if p.triggered != Int.max && goal < p.triggered + minRunway { goal = p.triggered + minRunway }
        }
        return (goal, minTrigger)
    }

    /// Recomputes the GOGC goal, runway, trigger and goal (Go's commit).
    func pacerCommit(isSweepDone: Bool) {
        let p = pacer
        p.pointee.sweepDistMinTrigger = isSweepDone ? 0 : p.pointee.heapLive + sweepMinHeapDistance
        p.pointee.gcPercentHeapGoal = Pacer.gcPercentHeapGoal(
            heapMarked: p.pointee.heapMarked, stacks: p.pointee.lastStackScan,
            globals: p.pointee.globalsScan, gcPercent: p.pointee.gcPercent)
        if p.pointee.gcPercent >= 0 && p.pointee.gcPercentHeapGoal < p.pointee.heapMinimum {
            p.pointee.gcPercentHeapGoal = p.pointee.heapMinimum
        }
        let work = Double(p.pointee.lastHeapScan + p.pointee.lastStackScan + p.pointee.globalsScan)
        let runway = p.pointee.consMark * (1 - gcGoalUtilization) / gcGoalUtilization * work
        p.pointee.runway = runway.isFinite && runway < Double(Int.max / 2) ? Int(runway) : Int.max / 2
        pacerUpdateTrigger()
    }

    func pacerUpdateTrigger() {
        let (goal, minTrigger) = pacerHeapGoal()
        let p = pacer
        let (t, g) = Pacer.trigger(goal: goal, minTrigger: minTrigger, heapMarked: p.pointee.heapMarked, runway: p.pointee.runway)
        p.pointee.trigger = t
        p.pointee.goal = g
    }

    /// Registered globals changed: update globalsScan and the goal.
    func pacerGlobalsChanged() {
        let g = gc.raw
        var bytes = 0
        for i in 0..<g.pointee.nglobals { bytes += g.pointee.globals![i].words * 8 }
        pacer.pointee.globalsScan = bytes
        pacerCommit(isSweepDone: g.pointee.sweep.done)
    }

    /// Whether the pacer wants a cycle now (Go's gcTrigger.test for gcTriggerHeap).
    func pacerShouldStart() -> Bool {
        let p = pacer.pointee
        if p.gcPercent < 0 && p.memoryLimit == Int.max { return false }
        if !gc.raw.pointee.enabled { return false }
        pacerUpdateTrigger()
        return pacer.pointee.heapLive >= pacer.pointee.trigger
    }

    /// An mcache took span `s` (Go's mcache.refill accounting): the span's
    /// free bytes join heapLive. Past the trigger, the P's next allocation
    /// starts a cycle; over the memory limit, the scavenger runs at once.
    func pacerCachedSpan(_ c: MCache, _ s: UnsafeMutablePointer<MSpanData>) {
        let used = s.pointee.allocCount * s.pointee.elemsize
        pacerAddLive(c, s.pointee.npages * pageSize - used)
    }

    /// heapLive += delta and the trigger test (large objects, cached spans).
    func pacerAddLive(_ c: MCache?, _ delta: Int) {
        let p = pacer
        p.pointee.heapLive &+= delta
        if delta > 0 {
            if p.pointee.heapLive >= p.pointee.trigger && gc.phase == .off && gc.raw.pointee.enabled,
               p.pointee.gcPercent >= 0 || p.pointee.memoryLimit != Int.max {
                c?.raw.pointee.gc.hook |= GCHook.start
            }
            if p.pointee.memoryLimit != Int.max { scavengeForLimit() }
        }
    }

    /// Start of the mark phase (Go's startCycle): records the trigger point
    /// and sets the first assist ratio.
    func pacerStartCycle(_ now: UInt64) {
        let p = pacer
        p.pointee.triggered = p.pointee.heapLive
        p.pointee.markStartTime = now
        p.pointee.heapScan = p.pointee.heapLive
        pacerRevise()
    }

    /// Go's revise: the assist ratio from scan work remaining and heap
    /// remaining before the goal.
    func pacerRevise() {
        let p = pacer
        let g = gc.raw.pointee
        let gcPercent = p.pointee.gcPercent < 0 ? 100_000 : p.pointee.gcPercent
        let live = p.pointee.heapLive
        let scan = p.pointee.heapScan
        let work = g.heapScanWork + g.stackScanWork + g.globalsScanWork
        var heapGoal = pacerHeapGoal().goal
        var scanWorkExpected = p.pointee.lastHeapScan + p.pointee.lastStackScan + p.pointee.globalsScan
        let maxScanWork = scan + p.pointee.lastStackScan + p.pointee.globalsScan
        if work > scanWorkExpected && scanWorkExpected > 0 {
            var ext = Int(Double(heapGoal - p.pointee.triggered) / Double(scanWorkExpected) * Double(maxScanWork)) + p.pointee.triggered
            scanWorkExpected = maxScanWork
            let hard = Int((1.0 + Double(gcPercent) / 100.0) * Double(min(heapGoal, Int.max / 2048)))
            if ext > hard { ext = hard }
            heapGoal = ext
        }
        if live > heapGoal {
            heapGoal = Int(Double(min(heapGoal, Int.max / 2)) * 1.1)
            scanWorkExpected = maxScanWork
        }
        var scanWorkRemaining = scanWorkExpected - work
        if scanWorkRemaining < 1000 { scanWorkRemaining = 1000 }
        var heapRemaining = heapGoal - live
        if heapRemaining <= 0 { heapRemaining = 1 }
        p.pointee.assistWorkPerByte = Double(scanWorkRemaining) / Double(heapRemaining)
        p.pointee.assistBytesPerWork = Double(heapRemaining) / Double(scanWorkRemaining)
    }

    /// End of the cycle (Go's endCycle + the mark termination part of
    /// resetLive/commit): consMark from this cycle, then the next goal from
    /// the bytes marked.
    func pacerEndCycle(now: UInt64) {
        let p = pacer
        let g = gc.raw.pointee
        p.pointee.lastHeapGoal = pacerHeapGoal().goal
        let markTime = now &- p.pointee.markStartTime
        var util = gcBackgroundUtilization
        if markTime > 0 { util += Double(g.assistTime) / (Double(markTime) * Double(max(1, g.procs))) }
        util = min(util, 0.95)
        let scanWork = g.heapScanWork + g.stackScanWork + g.globalsScanWork
        if p.pointee.heapLive > p.pointee.triggered && scanWork > 0 {
            let current = Double(p.pointee.heapLive - p.pointee.triggered) * util / (Double(scanWork) * (1 - util))
            var cm = current
            let l = p.pointee.lastConsMark
            cm = max(cm, l.0, l.1, l.2, l.3)
            p.pointee.consMark = cm
            p.pointee.lastConsMark = (l.1, l.2, l.3, current)
        }
        scavState.pointee.lastHeapInUse = raw.pointee.stats.pointee.heapInUse   // for the scavenger's goal
        p.pointee.heapMarked = g.bytesMarked
        p.pointee.heapLive = g.bytesMarked
        p.pointee.heapScan = g.heapScanWork
        p.pointee.lastHeapScan = g.heapScanWork
        p.pointee.lastStackScan = g.stackBytes
        p.pointee.triggered = Int.max
        pacerCommit(isSweepDone: false)
    }

    // MARK: Public knobs

    /// debug.SetGCPercent: sets GOGC (negative: off) and returns the
    /// previous setting. Lowering it may start a cycle at the next allocation.
    @discardableResult
    public func setGCPercent(_ percent: Int) -> Int {
        let p = pacer
        let out = p.pointee.gcPercent
        let v = percent < 0 ? -1 : percent
        p.pointee.gcPercent = v
        p.pointee.heapMinimum = defaultHeapMinimum * max(0, v) / 100
        pacerCommit(isSweepDone: gc.raw.pointee.sweep.done)
        flagStartIfTriggered()
        return out
    }

    /// debug.SetMemoryLimit: sets GOMEMLIMIT in bytes and returns the
    /// previous limit; a negative value only reads it (as Go's).
    @discardableResult
    public func setMemoryLimit(_ limit: Int) -> Int {
        let p = pacer
        let out = p.pointee.memoryLimit
        if limit >= 0 {
            p.pointee.memoryLimit = limit
            pacerCommit(isSweepDone: gc.raw.pointee.sweep.done)
            flagStartIfTriggered()
            scavengeForLimit()
        }
        return out
    }

    func flagStartIfTriggered() {
        if gc.phase == .off && pacerShouldStart() {
            forEachCache { $0.raw.pointee.gc.hook |= GCHook.start }
        }
    }

    /// The heap goal in force (MemStats.NextGC).
    public var heapGoal: Int { pacerHeapGoal().goal }
    /// The heapLive value that starts the next cycle.
    public var gcTrigger: Int { pacer.pointee.trigger }
    /// Go's heapLive (see the file comment).
    public var heapLive: Int { pacer.pointee.heapLive }
    /// Bytes marked by the last cycle.
    public var heapMarked: Int { pacer.pointee.heapMarked }
    /// The current GOGC value (-1: off).
    public var gcPercent: Int { pacer.pointee.gcPercent }
}

// MARK: - Environment

extension MHeap {
    /// Applies GOGC, GOMEMLIMIT and GODEBUG as a Go program reads them at
    /// startup. Unparsable values are ignored, as Go ignores them.
    public func applyEnvironment(gogc: String?, gomemlimit: String?, godebug: String?) {
        if let s = gogc {
            if s == "off" { setGCPercent(-1) } else if let v = Int(s) { setGCPercent(v) }
        }
        if let s = gomemlimit, let v = parseByteCount(s) { setMemoryLimit(v) }
        if let s = godebug { gcDebug = GCDebug.parse(s) }
    }
}

/// Parses a GOMEMLIMIT value: a byte count with an optional B, KiB, MiB,
/// GiB or TiB suffix, or "off" (Go's parseByteCount).
public func parseByteCount(_ s: String) -> Int? {
    if s == "off" { return Int.max }
    let units: [(String, Int)] = [("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10), ("B", 1)]
    for (u, m) in units where s.hasSuffix(u) {
        guard let v = Int(s.dropLast(u.count)), v >= 0 else { return nil }
        let (r, o) = v.multipliedReportingOverflow(by: m)
        return o ? Int.max : r
    }
    guard let v = Int(s), v >= 0 else { return nil }
    return v
}
