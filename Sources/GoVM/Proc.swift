// Proc.swift — goroutines on one P (Go's proc.go, much reduced): G creation
// (newproc), the run queue, parking and waking, yielding at the preemption
// budget, goroutine exit, and deadlock detection. Expired timers run at
// every switch and at the preemption check; with nothing runnable the
// scheduler sleeps until a timer that can wake someone (Timers.swift) and
// reports deadlock only when there is none.
//
// Switching goroutines swaps interpreter state, not threads: the loop saves
// pc and fp (as an offset from the G's stack base) into the current G, makes
// another G current (`VM.g`) and continues with its saved pc and fp.
//
// G status table:
//
//     status     meaning                          who moves it on
//     running    the G executing now (one)        park → waiting, yield → runnable, return → dead
//     runnable   in the run queue                 schedule → running
//     waiting    parked on a key in `waiters`,    a waker (channel op, Done, Unlock) → runnable
//                or asleep on a timer             its timer firing (Timers.swift) → runnable
//     dead       returned; its stack freed        —
//
// Invariants: exactly one G is running while the loop runs; a G is in the
// run queue iff it is runnable; a waiting G appears in waiters under every
// key it waits on (several for select). Parking inside a nested run (a
// native calling back into Go) is refused with "not supported yet".
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoCompiler
import GoRuntime

enum GStatus: Int { case running = 0, runnable = 1, waiting = 2, dead = 3 }

/// A parked goroutine's interest in a key (Go's sudog).
struct Waiter {
    var gid: Int
    /// 1 receive, 2 send, 3 retry a native (WaitGroup.Wait, Mutex.Lock).
    var kind: Int
    /// Offset from the waiter's stack base of its value slot (received into / sent from).
    var valOff: Int = 0
    /// Offset of the ok word, or -1.
    var okOff: Int = -1
    /// Select: the case index and the offset of the result word, or -1.
    var selectCase: Int = -1
    var resultOff: Int = -1
    /// Select: every key this G waits on (to withdraw when one fires).
    var keys: [UInt] = []
}

let waitReasons = ["", "chan receive", "chan send", "select", "sync.WaitGroup.Wait", "sync.Mutex.Lock",
                   "chan receive (nil chan)", "chan send (nil chan)", "select (no cases)", "sleep"]

extension VM {
    /// Starts a goroutine running closure `fv` with `size` argument bytes from `args` (Go's newproc).
    func newproc(_ fv: UInt, args: UnsafeRawPointer, size: Int) -> Bool {
        let fn = UnsafeRawPointer(bitPattern: fv)!.load(as: Int.self)
        let info = program.funcs[fn]
        if info.entry < 0 { return false }
        takeRuntimeGoroutineIDs()
        let ng = UnsafeMutablePointer<GState>.allocate(capacity: 1)
        ng.initialize(to: GState())
        var n = fixedStack
        while n < FrameLayout.headerSize + size + FrameLayout.stackGuard { n *= 2 }
        let stk = heap.stackalloc(n, cache: cache)
        ng.pointee.lo = stk.lo
        ng.pointee.hi = stk.hi
        ng.pointee.id = nextGID
        nextGID += 1
        let fp = UnsafeMutableRawPointer(bitPattern: stk.lo)!
        fp.storeBytes(of: 0, toByteOffset: FrameLayout.savedFP, as: Int.self)
        fp.storeBytes(of: -2, toByteOffset: FrameLayout.retPC, as: Int.self)
        fp.storeBytes(of: fn, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        fp.storeBytes(of: fv, toByteOffset: FrameLayout.context, as: UInt.self)
        if size > 0 { memcpy(fp + FrameLayout.headerSize, args, size) }
        // The rest of the frame, as far as this stack goes, is zeroed: the
        // collector scans an unstarted goroutine's frame through its stack
        // map before morestack has cleared its locals.
        let frameEnd = min(Int(info.frameSize), n)
        if frameEnd > FrameLayout.headerSize + size {
            memset(fp + FrameLayout.headerSize + size, 0, frameEnd - FrameLayout.headerSize - size)
        }
        ng.pointee.savedPC = Int(info.entry)
        ng.pointee.savedFPOff = 0
        ng.pointee.status = GStatus.runnable.rawValue
        allGs[ng.pointee.id] = ng
        runq.append(ng.pointee.id)
        return true
    }

    /// Starts a goroutine running the func value `fv` without arguments for a
    /// native (sync.WaitGroup.Go); `exitHook(vm, arg)` runs when it returns.
    /// False if fv is itself a native (the caller reports it unsupported).
    public func spawn(_ fv: UInt, exitHook: GoexitHook?, arg: UInt) -> Bool {
        var none: UInt = 0
        guard withUnsafePointer(to: &none, { newproc(fv, args: UnsafeRawPointer($0), size: 0) }) else { return false }
        let gp = allGs[nextGID - 1]!
        gp.pointee.exitHook = exitHook
        gp.pointee.exitHookArg = arg
        noteNativeCreator(gp)
        return true
    }

    func ready(_ gid: Int) {
        guard let gp = allGs[gid], gp.pointee.status == GStatus.waiting.rawValue else { return }
        gp.pointee.status = GStatus.runnable.rawValue
        runq.append(gid)
    }

    /// Saves the running G (status given) and makes the next runnable G
    /// current. Returns its (fp, pc), or nil when nothing can run: deadlock.
    func schedule(_ fp: UnsafeMutableRawPointer, _ pc: Int, status: GStatus) -> (UnsafeMutableRawPointer, Int)? {
        g.pointee.savedPC = pc
        g.pointee.savedFPOff = Int(UInt(bitPattern: fp) &- g.pointee.lo)
        g.pointee.status = status.rawValue
        if status == .runnable { runq.append(g.pointee.id) }
        gPanics[g.pointee.id] = panics
        if status == .dead {
            let id = g.pointee.id
            heap.stackfree(GoStack(lo: g.pointee.lo, hi: g.pointee.hi), cache: cache)
            allGs[id] = nil
            gPanics[id] = nil
        }
        while true {
            if !timers.isEmpty { runTimers() }
            while runqHead < runq.count {
                let id = runq[runqHead]
                runqHead += 1
                if runqHead > 1024 && runqHead * 2 > runq.count { runq.removeFirst(runqHead); runqHead = 0 }
                guard let next = allGs[id], next.pointee.status == GStatus.runnable.rawValue else { continue }
                next.pointee.status = GStatus.running.rawValue
                g = next
                panics = gPanics[id] ?? []
                return (UnsafeMutableRawPointer(bitPattern: next.pointee.lo &+ UInt(next.pointee.savedFPOff))!, next.pointee.savedPC)
            }
            // Nothing runnable: wait for a timer that can wake someone, or report deadlock.
            if timers.isEmpty || !waitForTimers() { break }
        }
        return nil
    }

    // deadlock() and fatal(): Traceback.swift (they print the goroutines).

    /// Parks the running G (the waiters are registered by the caller) and
    /// switches; returns nil to continue with (fp, pc) or a status.
    func park(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int, reason: Int) -> RunStatus? {
        if g.pointee.nestBaseOff >= 0 {
            exitCode = 1
            out.write(2, "gomem: blocking inside a method called by the standard library not supported yet\n")
            return .exit
        }
        g.pointee.waitReason = reason
        guard let (nfp, npc) = schedule(fp, pc, status: .waiting) else { return deadlock() }
        fp = nfp; pc = npc
        return resumeCheck(&fp, &pc)
    }

    /// After a switch: a G woken by close must panic with "send on closed channel".
    func resumeCheck(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        if g.pointee.wakeStatus == 1 {
            g.pointee.wakeStatus = 0
            _ = raiseRuntimeError("send on closed channel", plain: true)
            return unwind(&fp, &pc)
        }
        return nil
    }

    /// The running goroutine (not main) returned from its entry function.
    func goexit(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        if let hook = g.pointee.exitHook { hook(opaque, g.pointee.exitHookArg) }
        guard let (nfp, npc) = schedule(fp, pc, status: .dead) else { return deadlock() }
        fp = nfp; pc = npc
        return resumeCheck(&fp, &pc)
    }

    /// Time slice over (or runtime.Gosched): let the others run.
    func yield(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        if !timers.isEmpty { runTimers() }
        if g.pointee.nestBaseOff >= 0 || runqHead >= runq.count { return nil }
        guard let (nfp, npc) = schedule(fp, pc, status: .runnable) else { return deadlock() }
        fp = nfp; pc = npc
        return resumeCheck(&fp, &pc)
    }

    public var goroutineCount: Int { allGs.count }

    /// Makes every goroutine parked on key (by a blocking native) runnable; they retry.
    public func wakeAll(_ key: UInt) {
        guard let list = waiters[key] else { return }
        waiters[key] = nil
        for w in list { ready(w.gid) }
    }

}
