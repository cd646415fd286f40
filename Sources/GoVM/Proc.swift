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
//     waiting    its sudogs in wait queues        a waker (channel op, Done, Unlock) → runnable
//                (Sudog.swift), or asleep on a    its timer firing (Timers.swift) → runnable
//                timer
//     dead       returned; on the free list       gfget (a new goroutine reuses it)
//
// Invariants: exactly one G is running while the loop runs; a G is in the
// run queue iff it is runnable; a waiting G's sudogs (g.waiting) are in the
// queues of everything it waits on (several channels for select). Parking
// inside a nested run (a native calling back into Go) is refused with "not
// supported yet".
//
// Costs as Go's: an exited G and its standard 2 KiB stack go to a free list
// (`gfput`) and the next `go` statement reuses them (`gfget`); a G with a
// grown stack frees it. A `go` statement yields when `maxRunnable`
// goroutines already wait to run — Go's spawner is preempted after its
// 10 ms slice, which bounds the goroutines that pile up the same way.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime



/// Runnable goroutines beyond which a `go` statement yields (see the header).
let maxRunnable = 4096

extension VM {
    /// A G for a new goroutine: a dead one from the free list, with its
    /// stack if that has the standard size, or a new one (Go's gfget).
    func gfget() -> UnsafeMutablePointer<GState> {
        if let gp = sched.gFree {
            sched.gFree = UnsafeMutablePointer(bitPattern: gp.pointee.schedlink)
            let lo = gp.pointee.lo, hi = gp.pointee.hi
            gp.pointee = GState()
            gp.pointee.lo = lo; gp.pointee.hi = hi
            return gp
        }
        let gp = UnsafeMutablePointer<GState>.allocate(capacity: 1)
        gp.initialize(to: GState())
        return gp
    }

    /// Puts a dead G on the free list, keeping a standard-size stack (Go's gfput).
    func gfput(_ gp: UnsafeMutablePointer<GState>) {
        if Int(gp.pointee.hi &- gp.pointee.lo) != fixedStack {
            heap.stackfree(GoStack(lo: gp.pointee.lo, hi: gp.pointee.hi), cache: cache)
            gp.pointee.lo = 0; gp.pointee.hi = 0
        }
        gp.pointee.schedlink = UInt(bitPattern: sched.gFree)
        sched.gFree = gp
    }

    /// Goroutines in the run queue.
    var runnableCount: Int { sched.runq.count - sched.runqHead }
}

extension VM {
    /// Starts a goroutine running closure `fv` with `size` argument bytes from `args` (Go's newproc).
    func newproc(_ fv: UInt, args: UnsafeRawPointer, size: Int) -> Bool {
        let fn = UnsafeRawPointer(bitPattern: fv)!.load(as: Int.self)
        let info = program.funcs[fn]
        if info.entry < 0 { return false }
        takeRuntimeGoroutineIDs()
        let ng = gfget()
        var n = fixedStack
        while n < FrameLayout.headerSize + size + FrameLayout.stackGuard { n *= 2 }
        if Int(ng.pointee.hi &- ng.pointee.lo) != n {
            if ng.pointee.hi > ng.pointee.lo { heap.stackfree(GoStack(lo: ng.pointee.lo, hi: ng.pointee.hi), cache: cache) }
            let stk = heap.stackalloc(n, cache: cache)
            ng.pointee.lo = stk.lo
            ng.pointee.hi = stk.hi
        }
        let stk = GoStack(lo: ng.pointee.lo, hi: ng.pointee.hi)
        ng.pointee.id = sched.nextGID
        sched.nextGID += 1
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
        sched.allGs[ng.pointee.id] = ng
        sched.runq.append(ng)
        return true
    }

    /// Starts a goroutine running the func value `fv` without arguments for a
    /// native (sync.WaitGroup.Go); `exitHook(vm, arg)` runs when it returns.
    /// False if fv is itself a native (the caller reports it unsupported).
    public func spawn(_ fv: UInt, exitHook: GoexitHook?, arg: UInt) -> Bool {
        var none: UInt = 0
        guard withUnsafePointer(to: &none, { newproc(fv, args: UnsafeRawPointer($0), size: 0) }) else { return false }
        let gp = sched.allGs[sched.nextGID - 1]!
        gp.pointee.exitHook = exitHook
        gp.pointee.exitHookArg = arg
        noteNativeCreator(gp)
        noteNativeCreator(gp)
        return true
    }

    func ready(_ gid: Int) {
        guard let gp = sched.allGs[gid] else { return }
        readyG(gp)
    }

    func readyG(_ gp: UnsafeMutablePointer<GState>) {
        guard gp.pointee.status == GStatus.waiting.rawValue else { return }
        gp.pointee.status = GStatus.runnable.rawValue
        sched.runq.append(gp)
    }

    /// Saves the running G (status given) and makes the next runnable G
    /// current. Returns its (fp, pc), or nil when nothing can run: deadlock.
    func schedule(_ fp: UnsafeMutableRawPointer, _ pc: Int, status: GStatus) -> (UnsafeMutableRawPointer, Int)? {
        g.pointee.savedPC = pc
        g.pointee.savedFPOff = Int(UInt(bitPattern: fp) &- g.pointee.lo)
        g.pointee.status = status.rawValue
        if status == .runnable { sched.runq.append(g) }
        if status == .dead {
            sched.allGs[g.pointee.id] = nil
            gfput(g)
        } else if !panics.isEmpty {
            sched.gPanics[g.pointee.id] = panics
        }
        while true {
            if !timers.isEmpty { runTimers() }
            while sched.runqHead < sched.runq.count {
                let next = sched.runq[sched.runqHead]
                sched.runqHead += 1
                if sched.runqHead > 1024 && sched.runqHead * 2 > sched.runq.count { sched.runq.removeFirst(sched.runqHead); sched.runqHead = 0 }
                guard next.pointee.status == GStatus.runnable.rawValue else { continue }
                next.pointee.status = GStatus.running.rawValue
                g = next
                panics = sched.gPanics.isEmpty ? [] : (sched.gPanics.removeValue(forKey: next.pointee.id) ?? [])
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
    func park(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int, reason: WaitReason) -> RunStatus? {
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
        if g.pointee.nestBaseOff >= 0 || sched.runqHead >= sched.runq.count { return nil }
        guard let (nfp, npc) = schedule(fp, pc, status: .runnable) else { return deadlock() }
        fp = nfp; pc = npc
        return resumeCheck(&fp, &pc)
    }

    public var goroutineCount: Int { sched.allGs.count }



    /// Runs package initialisation and main.main; returns the exit code.
    public func runMain() -> Int32 {
        let fp = UnsafeMutableRawPointer(bitPattern: g.pointee.lo)!
        fp.storeBytes(of: 0, toByteOffset: FrameLayout.savedFP, as: Int.self)
        fp.storeBytes(of: -1, toByteOffset: FrameLayout.retPC, as: Int.self)
        fp.storeBytes(of: program.entryFunc, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        fp.storeBytes(of: 0, toByteOffset: FrameLayout.context, as: Int.self)
        startGC()
        // A fatal error inside the runtime (out of memory) exits the process
        // at once: the program's buffered output goes out first, and the
        // trace names the running goroutine as Go's does.
        RuntimeHooks.flush = { [unowned self] in self.out.flush() }
        RuntimeHooks.traceback = { [unowned self] in
            self.goroutineText(self.g, at: (self.g.pointee.lo &+ UInt(self.g.pointee.savedFPOff), -1))
        }
        defer { RuntimeHooks.flush = nil; RuntimeHooks.traceback = nil }
        let st = interpret(fp: fp, pc: Int(program.funcs[program.entryFunc].entry))
        switch st {
        case .ok: return 0
        case .exit: return exitCode
        case .panicking:
            printPanics()
            return 2
        }
    }

    @inline(never)
    func outOfTime() -> Bool {
        guard deadline > 0 else { return false }
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let now = UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
        if now > deadline {
            timedOut = true
            out.write(2, "gomem: program ran out of time\n")
            exitCode = 124
            return true
        }
        return false
    }

    /// A func value for function ins.b capturing ins.c words from F(ins.d)
    /// (GoABI's FuncVal layout: the function index, then the captured words).
    func makeClosure(_ ins: Instr, _ fp: UnsafeMutableRawPointer) {
        let fn = Int(ins.b)
        let n = Int(ins.c)
        let ct = program.funcs[fn].closureType
        let t: GoRuntime.GoType? = ct >= 0 ? program.typeRef(Int(ct)).goType : nil
        let p = cache.mallocgc(FuncVal.size(captured: n), type: n > 0 ? t : nil, needzero: true)
        p.storeBytes(of: fn, as: Int.self)
        if n > 0 { memcpy(p + FuncVal.capturedOffset, fp + Int(ins.d), 8 * n) }
        setF(fp, ins.a, Int64(Int(bitPattern: p)))
    }
}
