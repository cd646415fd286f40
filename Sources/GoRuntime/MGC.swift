// MGC.swift — the garbage collector: overview, state and phases (Go's mgc.go).
//
// gomem's collector is Go's: a precise, non-generational, non-compacting,
// tri-color mark and sweep collector with a hybrid write barrier, allocate-
// black, mark assists and a pacer. It runs concurrently with the mutator
// when the scheduler drives it (background mark worker + assists), or as one
// stop-the-world call (runtime.GC, gcstress). One cycle, as in mgc.go:
//
//   1. Sweep termination (world stopped, `gcStart`): finish sweeping every
//      span of the previous cycle (`finishSweep`), so all mark bits are
//      clear. Compute this cycle's pacing (`pacerStartCycle`).
//   2. Mark phase: set gcphase = .mark, turn on the write barrier and
//      allocate-black in every P's mcache (their `gc.hook` bits), and enable
//      assists. In concurrent mode every root job runs now, with the world
//      still stopped (gomem scans all stacks in this pause; Go scans each
//      stack during marking, stopping only its goroutine). Restart the
//      world. From here on marking proceeds:
//        - root jobs (`markroot`): the data and BSS segments through their
//          pointer bitmaps, runtime-held pointers, goroutine stacks through
//          the VM's enumerator (MGCMark.swift);
//        - draining grey objects from gcWork buffers (`gcDrain`): each grey
//          object is scanned through its pointer metadata (heap bits, malloc
//          header or largeType) and every heap object it points to is
//          greyed (its mark bit set, its address queued);
//        - mutator assists in mallocgc (`gcAssistAlloc`), charged per byte
//          allocated at the pacer's assistWorkPerByte, and the background
//          worker (`gcBgMarkWorker`); on one P it is Go's fractional worker
//          (`gcFractionalMark`, 25% of the wall time since marking began),
//          offered a slice by the scheduler's preemption checks and by
//          mallocgc every `fractionalCheckAllocs` allocations;
//        - the write barrier (MBarrier.swift) shading the old and new values
//          of every pointer store to the heap or globals.
//   3. When no root job and no grey object remains (`gcMarkDone`), stop the
//      world and enter mark termination: gcphase = .markTermination, assists
//      and allocate-black off, the barrier off. Under gccheckmark, re-mark
//      from the roots and compare (`gcCheckmark`).
//   4. Sweep phase (`gcSweepStart`, still stopped): gcphase = .off; every
//      mcache hands its spans back; h.sweepgen += 2, which turns every
//      span into "needs sweeping" (MSpan.swift's table) without touching
//      it; the pacer computes the next goal and trigger from the bytes
//      marked. Record the statistics, print the gctrace line, restart the
//      world.
//   5. Sweeping runs lazily: mcentral.cacheSpan sweeps a span of the old
//      generation before handing it out; `bgsweep` sweeps in the
//      background; gcStart finishes what is left. Sweeping a span makes its
//      mark bits its alloc bits: unmarked objects become free slots, and a
//      span with none left goes back to the page heap (MGCSweep.swift).
//   6. When heapLive reaches the pacer's trigger (checked when an mcache
//      takes a span, MGCPacer.swift), the next allocation starts the next
//      cycle at step 1. GOGC=off and no memory limit: never.
//
// Safepoints: gcStart, assists and mark termination run inside mallocgc
// *before* the new object is taken, and the background worker runs when the
// scheduler says; so every point where the collector looks at roots is a
// call into the runtime at which the VM has written its live pointers to
// stack slots its stack maps describe (STYLE.md: root what you hold).
//
// Where gomem differs from Go (so far): one lock (`GCStateData.lock`) orders
// cycle transitions instead of Go's semaphores; assist credit is kept per P
// (in its mcache) until G exists; the write barrier shades directly into the
// P's gcWork rather than through a per-P wbBuf; large objects are scanned in
// one piece (no oblets); mark bits of a span are reused by swapping with its
// alloc bits instead of Go's gcBits arenas.
//
// Concurrency: the collector is correct with one P (GOMAXPROCS=1) and laid
// out for more: mark bits are set with an atomic OR, workbufs move through
// locked global lists, cycle transitions take `lock` and stop the world.
// Counters shared by mark workers (markrootNext, scanCredit, the pacer's
// heapLive) are plain fields for now and become atomics with the scheduler.
//
// Invariants: phase changes only with the world stopped and `lock` held;
// blackenEnabled != 0 only during .mark; between cycles (phase .off) every
// gcWork is empty and disposed and no object of an unswept span is marked
// except by the last cycle.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Go's gcphase values.
public enum GCPhase: UInt32, Sendable {
    /// `_GCoff`: not collecting; sweeping may be in progress.
    case off = 0
    /// `_GCmark`: marking; write barrier and allocate-black on.
    case mark = 1
    /// `_GCmarktermination`: the final stop-the-world step of marking.
    case markTermination = 2
}

/// Bits of `MCacheGCData.hook`: what the allocation slow path must do.
/// mallocgc tests the word once, inline; any set bit sends it to
/// `mallocgcHooked`.
enum GCHook {
    static let marking: UInt32 = 1      // allocate black, charge assists
    static let barrier: UInt32 = 2      // write barrier on
    static let stress: UInt32 = 4       // gcstress: count down to a collection
    static let start: UInt32 = 8        // heapLive reached the trigger: start a cycle
    static let allocMask: UInt32 = marking | stress | start
}

/// The collector's per-P state, embedded in each mcache.
struct MCacheGCData {
    var hook: UInt32 = 0
    var stressLeft = 0            // allocations until the next gcstress collection
    var assistBytes = 0           // Go's gcAssistBytes: credit (>0) or debt (<0), in bytes
    var fractionalLeft = 0        // allocations until mallocgc next offers the fractional worker its share
    var gcw = GCWorkData()
}

/// While marking, mallocgc runs the fractional worker's check every this
/// many allocations (a clock read each time would cost more than the check).
let fractionalCheckAllocs = 32

/// A range of words that may hold Go pointers: a data or BSS segment, a
/// block of runtime memory. Bit i of `ptrmask` (LSB first) says whether word
/// i holds a pointer; nil means every word may.
public struct GCRootRange: @unchecked Sendable, Equatable {
    public var base: UInt
    public var words: Int
    public var ptrmask: UnsafePointer<UInt8>?
    public init(base: UInt, words: Int, ptrmask: UnsafePointer<UInt8>?) {
        self.base = base
        self.words = words
        self.ptrmask = ptrmask
    }
}

/// The VM's goroutine-stack enumerator: called once per cycle (at a
/// safepoint, with goroutines stopped or parked) with the context it was
/// registered with and a scanner handle; it calls `GCRootScanner(raw:)`'s
/// methods for every live pointer slot of every goroutine stack (from the
/// stack maps) and reports each stack's used bytes.
public typealias GCStackRootsFunc = @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer) -> Void

/// A stop-the-world or start-the-world hook from the scheduler.
public typealias GCWorldFunc = @convention(c) (UnsafeMutableRawPointer?) -> Void

/// How a cycle that the pacer starts is run.
public enum GCMode: UInt32, Sendable {
    /// gcStart only begins marking; assists and the background worker finish it.
    case concurrent = 0
    /// The allocation that reaches the trigger runs the whole cycle, sweep included.
    case stopTheWorld = 1
}

/// Debug settings (Go's GODEBUG gctrace, gccheckmark, gcstoptheworld; and
/// gomem's gcstress and poison).
public struct GCDebug: Sendable, Equatable {
    /// GODEBUG=gctrace=N: print a line per cycle to stderr when ≥ 1.
    public var gctrace = 0
    /// GODEBUG=gccheckmark=1: verify each cycle's marking by re-marking.
    public var checkmark = false
    /// gcstress=N: collect every N allocations (0: off).
    public var stress = 0
    /// Fill freed objects with 0xdeadbeef when sweeping.
    public var poison = false
    public init(gctrace: Int = 0, checkmark: Bool = false, stress: Int = 0, poison: Bool = false) {
        self.gctrace = gctrace
        self.checkmark = checkmark
        self.stress = stress
        self.poison = poison
    }

    /// Parses a GODEBUG string ("gctrace=1,gccheckmark=1,gcstress=100,gcpoison=1").
    public static func parse(_ godebug: String) -> GCDebug {
        var d = GCDebug()
        for item in godebug.split(separator: ",") {
            let kv = item.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let v = Int(kv[1]) else { continue }
            switch kv[0] {
            case "gctrace": d.gctrace = v
            case "gccheckmark": d.checkmark = v != 0
            case "gcstress": d.stress = v
            case "gcpoison", "clobberfree": d.poison = v != 0
            default: break
            }
        }
        return d
    }
}

/// Records kept per cycle for MemStats and gctrace.
let pauseRing = 256

/// The collector's global state, in runtime memory (Go's `work`,
/// `gcController` and the GC part of `memstats`).
struct GCStateData {
    var lock = RuntimeLockStorage()       // first field: orders cycle transitions
    var phase: UInt32 = 0                 // GCPhase
    var blackenEnabled: UInt32 = 0        // Go's gcBlackenEnabled
    var mode: UInt32 = 0                  // GCMode
    var holdDepth = 0                     // > 0: allocations start no cycle (gcHoldCollections)
    var work = WorkListsData()

    // Roots (registered by the VM and the runtime; heap lock not needed:
    // registration happens at safepoints, outside marking).
    var globals: UnsafeMutablePointer<GCRootRange>? = nil
    var nglobals = 0, capGlobals = 0
    var rtRoots: UnsafeMutablePointer<UnsafeMutablePointer<UInt>?>? = nil   // nil = free entry
    var nrtRoots = 0, capRtRoots = 0
    var stackRoots: GCStackRootsFunc? = nil
    var stackRootsCtx: UnsafeMutableRawPointer? = nil
    var stopTheWorld: GCWorldFunc? = nil
    var startTheWorld: GCWorldFunc? = nil
    var worldCtx: UnsafeMutableRawPointer? = nil
    var cycleStart: GCWorldFunc? = nil     // Go's clearpools (sync.Pool)
    var cycleStartCtx: UnsafeMutableRawPointer? = nil

    // This cycle's marking (phase .mark).
    var markrootNext = 0                  // next root job
    var markrootJobs = 0                  // root jobs this cycle
    var bytesMarked = 0                   // flushed from gcWorks
    var heapScanWork = 0, stackScanWork = 0, globalsScanWork = 0
    var stackBytes = 0                    // stack bytes the VM reported this cycle
    var scanCredit = 0                    // background scan credit assists may steal (Go's bgScanCredit)
    var checkmarkPhase = false            // marking into checkmark bits (gccheckmark's second mark)
    var cycleMutated = false              // mutator ran during this cycle's mark (concurrent)

    var pacer = GCPacerData()
    var scav = ScavengerData()
    var sweep = SweepStateData()

    // Timing (monotonic ns) and figures of the cycle in progress / last ended.
    var initTime: UInt64 = 0
    var tSweepTerm: UInt64 = 0, tMark: UInt64 = 0, tMarkTerm: UInt64 = 0, tEnd: UInt64 = 0
    var heap0 = 0, heap1 = 0, heap2 = 0
    var assistTime: UInt64 = 0, bgMarkTime: UInt64 = 0
    var gcCPUTime: UInt64 = 0             // all GC time: pauses, assists, background marking
    var userForced = false
    var procs = 1                         // Ps at the cycle's start

    // MemStats.
    var numgc: UInt32 = 0
    var numForcedGC: UInt32 = 0
    var lastGC: UInt64 = 0                // wall-clock ns of the last cycle's end
    var pauseTotalNs: UInt64 = 0
    var pauseNs: UnsafeMutablePointer<UInt64>     // pauseRing entries
    var pauseEnd: UnsafeMutablePointer<UInt64>    // pauseRing entries
    var lastTrace = GCTraceRecord()
    var lastCheckmark = (0, 0, 0)         // gccheckmark: (first, second, floating) of the last cycle

    var debug = GCDebug()
    var enabled = false                   // Go's memstats.enablegc: the pacer may start cycles (gcenable)
    var inCycle = false                   // a GC() or stw cycle is running (no re-entry)
    var inPause = false                   // in gcStart's sweep-termination pause (no scavenging there)
}

/// A handle to a heap's collector state.
struct GCState {
    let raw: UnsafeMutablePointer<GCStateData>
    @inline(__always) var phase: GCPhase { GCPhase(rawValue: raw.pointee.phase) ?? .off }
    var lockPtr: UnsafeMutablePointer<RuntimeLockStorage> {
        UnsafeMutableRawPointer(raw).assumingMemoryBound(to: RuntimeLockStorage.self)
    }
    var work: UnsafeMutablePointer<WorkListsData> {
        (UnsafeMutableRawPointer(raw) + MemoryLayout<GCStateData>.offset(of: \.work)!)
            .assumingMemoryBound(to: WorkListsData.self)
    }
}

// MARK: - Clocks

/// Monotonic nanoseconds (Go's nanotime).
func nanotime() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

/// Wall-clock nanoseconds since 1970 (Go's walltime, for LastGC).
func walltime() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

// MARK: - Setup and registration

extension MHeap {
    /// The collector state. - Precondition: gcinit has run (MHeap.create does it).
    @inline(__always) var gc: GCState { GCState(raw: raw.pointee.gc.unsafelyUnwrapped) }

    /// Creates the collector state (Go's gcinit): GOGC 100, no memory limit,
    /// concurrent mode, no debug flags. Called once by MHeap.create.
    func gcinit() {
        let p = raw.pointee.persistent
        let stat = sysStat(.gcMisc)
        let st = p.alloc(MemoryLayout<GCStateData>.stride, align: 64, stat: stat).bindMemory(to: GCStateData.self, capacity: 1)
        let ring = p.alloc(2 * pauseRing * 8, align: 64, stat: stat).bindMemory(to: UInt64.self, capacity: 2 * pauseRing)
        ring.initialize(repeating: 0, count: 2 * pauseRing)
        st.initialize(to: GCStateData(pauseNs: ring, pauseEnd: ring + pauseRing))
        raw.pointee.gc = st
        let g = GCState(raw: st)
        g.lockPtr.initLock()
        g.work.lockPtr.initLock()
        st.pointee.initTime = nanotime()
        st.pointee.sweep.done = true          // nothing to sweep before the first cycle
        pacerInit(gcPercent: 100, memoryLimit: Int.max)
    }

    /// Lets the pacer start cycles (Go's gcenable). Until then only explicit
    /// collections (GC, FreeOSMemory, gcstress) run: a program must register
    /// its roots first, or the collector would free what it cannot see.
    /// Nested: while held, no allocation starts a collection (gcstress or
    /// paced); the first allocation after the last release does. For an
    /// embedder holding pointers the collector cannot see (gomem's natives,
    /// whose Swift locals are not roots). runtime.GC still collects.
    /// Whether a cycle is in its concurrent mark phase (the scheduler runs
    /// the background worker then).
    public var gcMarking: Bool { gc.phase == .mark }

    public func gcHoldCollections(_ hold: Bool) {
        gc.raw.pointee.holdDepth += hold ? 1 : -1
    }

    public func gcenable() {
        gc.raw.pointee.enabled = true
        flagStartIfTriggered()
    }

    /// Whether gcenable has run (MemStats.EnableGC).
    public var gcEnabled: Bool { gc.raw.pointee.enabled }

    /// The current gcphase.
    public var gcphase: GCPhase { gc.phase }

    /// Completed collections (MemStats.NumGC).
    public var gcCycles: Int { Int(gc.raw.pointee.numgc) }

    /// Registers a data or BSS segment (or any range of pointer words) as a root.
    public func gcAddGlobals(_ r: GCRootRange) {
        let g = gc.raw
        if g.pointee.nglobals == g.pointee.capGlobals {
            let n = max(16, g.pointee.capGlobals * 2)
            let mem = raw.pointee.persistent.alloc(n * MemoryLayout<GCRootRange>.stride, align: 8, stat: sysStat(.gcMisc))
                .bindMemory(to: GCRootRange.self, capacity: n)
            if let old = g.pointee.globals { mem.initialize(from: old, count: g.pointee.nglobals) }
            g.pointee.globals = mem
            g.pointee.capGlobals = n
        }
        (g.pointee.globals! + g.pointee.nglobals).initialize(to: r)
        g.pointee.nglobals += 1
        pacerGlobalsChanged()
    }

    /// Removes every registered global range (tests; a program's segments live forever).
    public func gcRemoveAllGlobals() {
        gc.raw.pointee.nglobals = 0
        pacerGlobalsChanged()
    }

    /// Registers a word of runtime memory that holds a Go pointer (or 0) as
    /// a root until `gcRemoveRoot` (a runtime-held pointer: a timer, a
    /// finalizer queue, a VM temporary). Returns a token for removal.
    @discardableResult
    public func gcAddRoot(_ slot: UnsafeMutablePointer<UInt>) -> Int {
        let g = gc.raw
        for i in 0..<g.pointee.nrtRoots where g.pointee.rtRoots![i] == nil {
            g.pointee.rtRoots![i] = slot
            return i
        }
        if g.pointee.nrtRoots == g.pointee.capRtRoots {
            let n = max(64, g.pointee.capRtRoots * 2)
            let mem = raw.pointee.persistent.alloc(n * 8, align: 8, stat: sysStat(.gcMisc))
                .bindMemory(to: UnsafeMutablePointer<UInt>?.self, capacity: n)
            if let old = g.pointee.rtRoots { mem.initialize(from: old, count: g.pointee.nrtRoots) }
            g.pointee.rtRoots = mem
            g.pointee.capRtRoots = n
        }
        g.pointee.rtRoots![g.pointee.nrtRoots] = slot
        g.pointee.nrtRoots += 1
        return g.pointee.nrtRoots - 1
    }

    /// Unregisters a root added with gcAddRoot.
    public func gcRemoveRoot(_ token: Int) {
        let g = gc.raw
        guard token >= 0 && token < g.pointee.nrtRoots else { return }
        g.pointee.rtRoots![token] = nil
    }

    /// Registers the VM's goroutine-stack enumerator (see GCStackRootsFunc).
    public func gcSetStackRoots(_ f: GCStackRootsFunc?, context: UnsafeMutableRawPointer?) {
        gc.raw.pointee.stackRoots = f
        gc.raw.pointee.stackRootsCtx = context
    }

    /// Registers the scheduler's stop-the-world / start-the-world hooks.
    /// Without them (one P, the caller's thread) the world is the caller.
    public func gcSetWorldHooks(stop: GCWorldFunc?, start: GCWorldFunc?, context: UnsafeMutableRawPointer?) {
        gc.raw.pointee.stopTheWorld = stop
        gc.raw.pointee.startTheWorld = start
        gc.raw.pointee.worldCtx = context
    }

    /// Registers a function run at the start of every cycle with the world
    /// stopped, before marking (Go's clearpools: sync.Pool moves its caches
    /// to the victim cache and drops the old victims, so they can be freed).
    public func gcSetCycleStartHook(_ f: GCWorldFunc?, context: UnsafeMutableRawPointer?) {
        gc.raw.pointee.cycleStart = f
        gc.raw.pointee.cycleStartCtx = context
    }

    /// Debug flags (GODEBUG). gcstress applies to every mcache.
    public var gcDebug: GCDebug {
        get { gc.raw.pointee.debug }
        nonmutating set {
            gc.raw.pointee.debug = newValue
            forEachCache { c in
                c.raw.pointee.gc.stressLeft = newValue.stress
                if newValue.stress > 0 { c.raw.pointee.gc.hook |= GCHook.stress } else { c.raw.pointee.gc.hook &= ~GCHook.stress }
            }
        }
    }

    /// How cycles the pacer starts run (see GCMode).
    public var gcMode: GCMode {
        get { GCMode(rawValue: gc.raw.pointee.mode) ?? .concurrent }
        nonmutating set { gc.raw.pointee.mode = newValue.rawValue }
    }

    /// Calls `body` for every P's mcache.
    func forEachCache(_ body: (MCache) -> Void) {
        lock()
        var list: [UnsafeMutablePointer<MCacheData>] = []
        var link = raw.pointee.allmcaches
        while let c = link { list.append(c); link = c.pointee.nextCache }
        unlock()
        for c in list { body(MCache(c)) }
    }

    func stopTheWorldGC() {
        let g = gc.raw.pointee
        if let f = g.stopTheWorld { f(g.worldCtx) }
    }

    func startTheWorldGC() {
        let g = gc.raw.pointee
        if let f = g.startTheWorld { f(g.worldCtx) }
    }
}

// MARK: - The cycle

extension MHeap {
    /// Starts a cycle if none is running (Go's gcStart): steps 1–2 of the
    /// overview. In .stopTheWorld mode, or when `blocking`, runs the whole
    /// cycle. `c` is the calling P.
    /// - Precondition: called at a safepoint (see the overview).
    public func gcStart(_ c: MCache, forced: Bool = false, blocking: Bool = false) {
        let g = gc.raw
        gc.lockPtr.lock()
        if g.pointee.phase != GCPhase.off.rawValue {
            gc.lockPtr.unlock()
            if blocking { gcFinishCycle(c) }
            return
        }
        stopTheWorldGC()
        if let f = g.pointee.cycleStart { f(g.pointee.cycleStartCtx) }
        let t0 = nanotime()
        g.pointee.tSweepTerm = t0
        g.pointee.userForced = forced
        if forced { g.pointee.numForcedGC &+= 1 }
        // 1. Sweep termination: finish the previous cycle's sweep.
        g.pointee.inPause = true
        finishSweep()
        g.pointee.inPause = false
        var procs = 0
        forEachCache { _ in procs += 1 }
        g.pointee.procs = max(1, procs)
        g.pointee.heap0 = g.pointee.pacer.heapLive
        g.pointee.markrootNext = 0
        g.pointee.markrootJobs = 3      // globals, runtime roots, stacks
        g.pointee.bytesMarked = 0
        g.pointee.heapScanWork = 0
        g.pointee.stackScanWork = 0
        g.pointee.globalsScanWork = 0
        g.pointee.stackBytes = 0
        g.pointee.scanCredit = 0
        g.pointee.assistTime = 0
        g.pointee.bgMarkTime = 0
        g.pointee.cycleMutated = false
        pacerStartCycle(t0)
        // 2. Mark phase: barrier and allocate-black on every P.
        g.pointee.phase = GCPhase.mark.rawValue
        raw.pointee.gcRunning = true
        g.pointee.blackenEnabled = 1
        forEachCache { pc in
            pc.raw.pointee.gc.hook = (pc.raw.pointee.gc.hook & ~GCHook.start) | GCHook.marking | GCHook.barrier
            pc.raw.pointee.gc.assistBytes = 0
        }
        if !(blocking || gcMode == .stopTheWorld) {
            // gomem scans every root here, with the world stopped: globals,
            // runtime roots and all goroutine stacks (Go scans each stack
            // concurrently, stopping only its goroutine). Stacks are black
            // from here on, so the barrier needs no stack rescans.
            while g.pointee.markrootNext < g.pointee.markrootJobs {
                let job = g.pointee.markrootNext
                g.pointee.markrootNext += 1
                _ = markroot(job, c)
            }
        }
        let t1 = nanotime()
        g.pointee.tMark = t1
        g.pointee.gcCPUTime &+= (t1 &- t0) &* UInt64(g.pointee.procs)
        startTheWorldGC()
        gc.lockPtr.unlock()
        if blocking || gcMode == .stopTheWorld {
            gcFinishCycle(c)
            finishSweep()
        }
    }

    /// Runs the cycle in progress to its end: drains all marking on this P,
    /// then mark termination (used by runtime.GC, gcstress and tests).
    public func gcFinishCycle(_ c: MCache) {
        while gc.phase == .mark {
            let t0 = nanotime()
            _ = gcDrain(c, budget: Int.max)
            gc.raw.pointee.gcCPUTime &+= nanotime() &- t0
            gcMarkDone(c)
        }
    }

    /// Background mark worker (Go's gcBgMarkWorker, one slice): the
    /// scheduler calls it on an idle P or for its 25% share; it does up to
    /// `budget` bytes of scan work and finishes the cycle if marking is
    /// complete. Returns true when no cycle remains in the mark phase.
    @discardableResult
    public func gcBgMarkWorker(_ c: MCache, budget: Int) -> Bool {
        guard gc.phase == .mark else { return true }
        let t0 = nanotime()
        let done = gcDrain(c, budget: budget)
        let dt = nanotime() &- t0
        gc.raw.pointee.bgMarkTime &+= dt
        gc.raw.pointee.gcCPUTime &+= dt
        if done < budget { gcMarkDone(c) }
        return gc.phase != .mark
    }

    /// The fractional background worker on a single P (Go's
    /// gcMarkWorkerFractionalMode): at a safepoint while marking, marks
    /// until the worker's time since the mark phase began reaches
    /// `gcBackgroundUtilization` (25%) of the wall time, in slices of scan
    /// work; finishes the cycle if marking completes. Called by the
    /// scheduler at preemption checks and by mallocgc every
    /// `fractionalCheckAllocs` allocations while marking.
    public func gcFractionalMark(_ c: MCache) {
        let g = gc.raw
        guard g.pointee.phase == GCPhase.mark.rawValue, !g.pointee.inCycle, g.pointee.holdDepth == 0 else { return }
        g.pointee.inCycle = true
        defer { g.pointee.inCycle = false }
        let now = nanotime()
        let goal = UInt64(Double(now &- g.pointee.tMark) * gcBackgroundUtilization)
        let done = g.pointee.bgMarkTime
        guard goal > done else { return }
        let deadline = now &+ (goal &- done)
        repeat {
            if gcBgMarkWorker(c, budget: 64 << 10) { return }
        } while nanotime() < deadline
    }

    /// Transition to mark termination if marking is complete (Go's
    /// gcMarkDone): step 3. If work remains anywhere, returns and marking goes on.
    func gcMarkDone(_ c: MCache) {
        let g = gc.raw
        gc.lockPtr.lock()
        guard g.pointee.phase == GCPhase.mark.rawValue else { gc.lockPtr.unlock(); return }
        stopTheWorldGC()
        // Flush every P's work; if any was found, marking is not done.
        var more = g.pointee.markrootNext < g.pointee.markrootJobs || gc.work.hasFull
        forEachCache { pc in
            if !GCWork(raw: gcwPtr(pc), lists: gc.work, stat: sysStat(.gcMisc)).isEmpty { more = true }
        }
        if more {
            startTheWorldGC()
            gc.lockPtr.unlock()
            return
        }
        gcMarkTermination()
        startTheWorldGC()
        gc.lockPtr.unlock()
    }

    /// Steps 3–4 with the world stopped and the GC lock held.
    private func gcMarkTermination() {
        let g = gc.raw
        let t0 = nanotime()
        g.pointee.tMarkTerm = t0
        g.pointee.phase = GCPhase.markTermination.rawValue
        g.pointee.blackenEnabled = 0
        forEachCache { pc in
            pc.raw.pointee.gc.hook &= ~(GCHook.marking | GCHook.barrier)
            let (m, w) = GCWork(raw: gcwPtr(pc), lists: gc.work, stat: sysStat(.gcMisc)).dispose()
            g.pointee.bytesMarked &+= m
            g.pointee.heapScanWork &+= w
        }
        g.pointee.heap1 = g.pointee.pacer.heapLive
        if g.pointee.debug.checkmark { gcCheckmark() }
        #if GORUNTIME_CHECKS
        if let p = gcVerifyMarks().first { runtimeThrow(p) }
        #endif
        // 4. Sweep phase.
        g.pointee.phase = GCPhase.off.rawValue
        raw.pointee.gcRunning = false
        forEachCache { pc in pc.releaseAll() }
        lock()
        raw.pointee.sweepgen &+= 2
        unlock()
        g.pointee.sweep = SweepStateData()
        g.pointee.heap2 = g.pointee.bytesMarked
        let t1 = nanotime()
        pacerEndCycle(now: t1)
        pacerUpdateTrigger()
        gcPaceSweeper()
        freeStackSpans()
        g.pointee.tEnd = t1
        gcCheckInvariants()
        // Statistics.
        let pause = (g.pointee.tMark &- g.pointee.tSweepTerm) &+ (t1 &- t0)
        let i = Int(g.pointee.numgc) % pauseRing
        g.pointee.pauseNs[i] = pause
        g.pointee.pauseEnd[i] = walltime()
        g.pointee.lastGC = g.pointee.pauseEnd[i]
        g.pointee.pauseTotalNs &+= pause
        g.pointee.numgc &+= 1
        g.pointee.gcCPUTime &+= (t1 &- t0) &* UInt64(g.pointee.procs)
        let rec = gcTraceRecord()
        g.pointee.lastTrace = rec
        if g.pointee.debug.gctrace > 0 {
            var line = Array(rec.formatted().utf8)
            line.append(10)
            _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
    }

    /// runtime.GC: finishes any cycle in progress, runs a full one to the
    /// end of sweeping (as Go's runtime.GC does), with the world stopped
    /// throughout on this P.
    public func GC(_ c: MCache) {
        if gc.phase != .off { gcFinishCycle(c) }
        gcStart(c, forced: true, blocking: true)
    }

    /// This P's gcWork storage.
    @inline(__always) func gcwPtr(_ c: MCache) -> UnsafeMutablePointer<GCWorkData> {
        (UnsafeMutableRawPointer(c.raw) + MemoryLayout<MCacheData>.offset(of: \MCacheData.gc)!
            + MemoryLayout<MCacheGCData>.offset(of: \.gcw)!).assumingMemoryBound(to: GCWorkData.self)
    }

    @inline(__always) func gcWork(_ c: MCache) -> GCWork {
        GCWork(raw: gcwPtr(c), lists: gc.work, stat: sysStat(.gcMisc))
    }
}

// MARK: - The allocation hook

extension MCache {
    /// mallocgc's slow path when any `gc.hook` bit is set: gcstress and
    /// trigger checks and assists before the allocation (a safepoint: the new
    /// object does not exist yet), allocate-black after it.
    @inline(never)
    func mallocgcHooked(_ size: Int, type typ: GoType?, needzero: Bool) -> UnsafeMutableRawPointer {
        let h = heap
        var hook = raw.pointee.gc.hook
        if hook & GCHook.stress != 0 {
            raw.pointee.gc.stressLeft -= 1
            if raw.pointee.gc.stressLeft <= 0 && h.gc.raw.pointee.holdDepth == 0 {
                raw.pointee.gc.stressLeft = h.gc.raw.pointee.debug.stress
                if !h.gc.raw.pointee.inCycle {
                    h.gc.raw.pointee.inCycle = true
                    h.GC(self)
                    h.gc.raw.pointee.inCycle = false
                }
            }
        }
        if hook & GCHook.start != 0 && h.gc.raw.pointee.holdDepth == 0 {
            raw.pointee.gc.hook &= ~GCHook.start
            if h.gc.phase == .off && h.pacerShouldStart() && !h.gc.raw.pointee.inCycle {
                h.gc.raw.pointee.inCycle = true
                h.gcStart(self)
                h.gc.raw.pointee.inCycle = false
            }
        }
        hook = raw.pointee.gc.hook
        if hook & GCHook.marking != 0 {
            h.gc.raw.pointee.cycleMutated = true
            // Charge the allocation (Go's deductAssistCredit).
            raw.pointee.gc.assistBytes &-= size
            // No assist while collections are held: the caller holds
            // pointers the stack maps do not show, and an assist may end
            // the mark phase (whose checkmark walks the stacks again).
            if raw.pointee.gc.assistBytes < 0 && !h.gc.raw.pointee.inCycle && h.gc.raw.pointee.holdDepth == 0 {
                h.gc.raw.pointee.inCycle = true
                h.gcAssistAlloc(self)
                h.gc.raw.pointee.inCycle = false
            }
            raw.pointee.gc.fractionalLeft &-= 1
            if raw.pointee.gc.fractionalLeft <= 0 {
                raw.pointee.gc.fractionalLeft = fractionalCheckAllocs
                h.gcFractionalMark(self)
            }
        }
        let x = mallocgcUnhooked(size, type: typ, needzero: needzero)
        if raw.pointee.gc.hook & GCHook.marking != 0 && size != 0 {
            h.gcmarknewobject(self, UInt(bitPattern: x))
        }
        return x
    }
}

// MARK: - gctrace

/// The figures of one gctrace line (Go's gctrace=1 output).
public struct GCTraceRecord: Sendable, Equatable {
    public var numgc = 0
    /// Ns since the runtime started, at sweep termination.
    public var startNs: UInt64 = 0
    /// GCCPUFraction × 100, truncated.
    public var utilPercent = 0
    /// Clock: sweep termination STW, concurrent mark, mark termination STW.
    public var clockNs: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// CPU: sweep termination, assist, background mark, idle mark, mark termination.
    public var cpuNs: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
    /// Heap at GC start, at mark termination, and marked live; bytes.
    public var heap0 = 0, heap1 = 0, heap2 = 0
    public var goal = 0, stacks = 0, globals = 0, procs = 1
    public var forced = false

    public init() {}

    public static func == (a: GCTraceRecord, b: GCTraceRecord) -> Bool { a.formatted() == b.formatted() }

    /// The line in Go's exact format, without the newline:
    /// `gc 1 @0.012s 2%: 0.015+0.50+0.003 ms clock, 0.015+0.10/0.40/0+0.003 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P`.
    public func formatted() -> String {
        var s = "gc \(numgc) @\(itoaDiv(startNs / 1_000_000, 3))s \(utilPercent)%: "
        s += fmtNSAsMS(clockNs.0) + "+" + fmtNSAsMS(clockNs.1) + "+" + fmtNSAsMS(clockNs.2) + " ms clock, "
        s += fmtNSAsMS(cpuNs.0) + "+" + fmtNSAsMS(cpuNs.1) + "/" + fmtNSAsMS(cpuNs.2) + "/" + fmtNSAsMS(cpuNs.3)
            + "+" + fmtNSAsMS(cpuNs.4) + " ms cpu, "
        s += "\(heap0 >> 20)->\(heap1 >> 20)->\(heap2 >> 20) MB, \(goal >> 20) MB goal, "
        s += "\(stacks >> 20) MB stacks, \(globals >> 20) MB globals, \(procs) P"
        if forced { s += " (forced)" }
        return s
    }
}

/// `val / 10^dec` with `dec` decimals (Go's itoaDiv).
func itoaDiv(_ val: UInt64, _ dec: Int) -> String {
    var digits = Array(String(val).utf8)
    if dec == 0 { return String(decoding: digits, as: UTF8.self) }
    while digits.count <= dec { digits.insert(UInt8(ascii: "0"), at: 0) }
    digits.insert(UInt8(ascii: "."), at: digits.count - dec)
    return String(decoding: digits, as: UTF8.self)
}

/// Nanoseconds as milliseconds with two significant digits and at most
/// three decimals, whole ms from 10 ms (Go's fmtNSAsMS).
func fmtNSAsMS(_ ns: UInt64) -> String {
    if ns >= 10_000_000 { return itoaDiv(ns / 1_000_000, 0) }
    var x = ns / 1000
    if x == 0 { return "0" }
    var dec = 3
    while x >= 100 { x /= 10; dec -= 1 }
    return itoaDiv(x, dec)
}

extension MHeap {
    /// The figures of the cycle just ended.
    func gcTraceRecord() -> GCTraceRecord {
        let g = gc.raw.pointee
        var r = GCTraceRecord()
        r.numgc = Int(g.numgc)
        r.startNs = g.tSweepTerm &- g.initTime
        r.utilPercent = Int(gcCPUFraction() * 100)
        r.clockNs = (g.tMark &- g.tSweepTerm, g.tMarkTerm &- g.tMark, g.tEnd &- g.tMarkTerm)
        let procs = UInt64(g.procs)
        r.cpuNs = (procs &* (g.tMark &- g.tSweepTerm), g.assistTime, g.bgMarkTime, 0, procs &* (g.tEnd &- g.tMarkTerm))
        r.heap0 = g.heap0
        r.heap1 = g.heap1
        r.heap2 = g.heap2
        r.goal = g.pacer.lastHeapGoal
        r.stacks = g.pacer.lastStackScan
        r.globals = g.pacer.globalsScan
        r.procs = g.procs
        r.forced = g.userForced
        return r
    }

    /// The last cycle's gctrace figures.
    public var lastGCTrace: GCTraceRecord { gc.raw.pointee.lastTrace }

    /// Fraction of the CPU time available since the runtime started used by
    /// the collector (Go's GCCPUFraction).
    func gcCPUFraction() -> Double {
        let g = gc.raw.pointee
        let elapsed = Double(nanotime() &- g.initTime) * Double(max(1, g.procs))
        return elapsed > 0 ? min(1, Double(g.gcCPUTime) / elapsed) : 0
    }
}

extension MHeap {
    /// A new P's mcache joins the collector's state: barrier and
    /// allocate-black if a cycle is marking, gcstress if set.
    func gcInitCache(_ c: MCache) {
        let g = gc.raw
        if g.pointee.phase == GCPhase.mark.rawValue { c.raw.pointee.gc.hook |= GCHook.marking | GCHook.barrier }
        if g.pointee.debug.stress > 0 {
            c.raw.pointee.gc.hook |= GCHook.stress
            c.raw.pointee.gc.stressLeft = g.pointee.debug.stress
        }
    }
}

// MARK: - MemStats

extension MHeap {
    /// The collector's part of MemStats (Go's readmemstats_m, GC fields).
    func fillGCStats(_ m: inout MemStats) {
        let g = gc.raw.pointee
        m.nextGC = pacerHeapGoalUnlocked()
        m.lastGC = g.lastGC
        m.pauseTotalNs = g.pauseTotalNs
        m.pauseNs = Array(UnsafeBufferPointer(start: g.pauseNs, count: pauseRing))
        m.pauseEnd = Array(UnsafeBufferPointer(start: g.pauseEnd, count: pauseRing))
        m.numGC = g.numgc
        m.numForcedGC = g.numForcedGC
        m.gcCPUFraction = gcCPUFraction()
        m.enableGC = g.enabled
    }

    /// The heap goal from figures readable under the heap lock (no stats reload).
    func pacerHeapGoalUnlocked() -> Int {
        let p = pacer.pointee
        return p.goal
    }
}
