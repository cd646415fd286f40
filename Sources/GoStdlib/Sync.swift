// Sync.swift — natives of sync and runtime for goroutines on one P.
//
// A native that must block sets `vm.parkKey` (the object's address) and
// returns 3: the VM parks the goroutine on that key and runs the call again
// when a waker (`wakeAll`/`wakeOne`) makes it runnable. Returning 5 yields.
// WaitGroup.Go starts its goroutine with `vm.spawn`, whose exit hook calls Done.
// Mutex.Unlock wakes one waiter, RWMutex and WaitGroup wake all; Cond.Wait
// keeps its phase and ticket in the G across retries (condWait).
//   WaitGroup: the counter is its first word.  Mutex: state (int32) at 0.
//   RWMutex: w.state at 0 (writer held), readerCount at 16.  Once: done at 0.
import GoABI
import GoRuntime
import GoVM

let syncNatives: [(String, NativeFn)] = [
    ("sync.WaitGroup.Add", { vm, a in wgAdd(VM.from(vm), a.load(fromByteOffset: 8, as: UInt.self), a.load(as: Int.self)) }),
    ("sync.WaitGroup.Done", { vm, a in wgAdd(VM.from(vm), a.load(as: UInt.self), -1) }),
    // Go(f): Add(1), then a goroutine running f whose return calls Done.
    ("sync.WaitGroup.Go", { vm, a in
        let v = VM.from(vm), f = a.load(as: UInt.self), wg = a.load(fromByteOffset: 8, as: UInt.self)
        if f == 0 { return v.unsupported("sync.WaitGroup.Go with a nil func") }
        let st = wgAdd(v, wg, 1)
        if st != 0 { return st }
        guard v.spawn(f, exitHook: { vm, wg in _ = wgAdd(VM.from(vm), wg, -1) }, arg: wg) else {
            return v.unsupported("sync.WaitGroup.Go of a standard library function")
        }
        return 0
    }),
    ("sync.WaitGroup.Wait", { vm, a in
        let v = VM.from(vm), wg = a.load(as: UInt.self)
        if UnsafeRawPointer(bitPattern: wg)!.load(as: Int.self) == 0 { return 0 }
        v.parkKey = wg; v.parkReason = .syncWaitGroupWait
        return 3
    }),
    ("sync.Mutex.Lock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        if p.load(as: Int32.self) == 0 { p.storeBytes(of: 1, as: Int32.self); return 0 }
        v.parkKey = m; v.parkReason = .syncMutexLock
        return 3
    }),
    ("sync.Mutex.TryLock", { vm, a in
        let p = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: 8, as: UInt.self))!
        if p.load(as: Int32.self) == 0 { p.storeBytes(of: 1, as: Int32.self); a.storeBytes(of: 1, as: Int.self) } else { a.storeBytes(of: 0, as: Int.self) }
        return 0
    }),
    ("sync.Mutex.Unlock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        if p.load(as: Int32.self) == 0 { return v.fatal("sync: unlock of unlocked mutex") }
        p.storeBytes(of: 0, as: Int32.self)
        // one waiter retries (the others stay parked: O(1) per Unlock)
        v.wakeOne(m)
        return 0
    }),
    ("sync.RWMutex.Lock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        if p.load(as: Int32.self) == 0 && p.load(fromByteOffset: 16, as: Int32.self) == 0 { p.storeBytes(of: 1, as: Int32.self); return 0 }
        v.parkKey = m; v.parkReason = .syncRWMutexLock
        return 3
    }),
    ("sync.RWMutex.Unlock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        if p.load(as: Int32.self) == 0 { return v.fatal("sync: Unlock of unlocked RWMutex") }
        p.storeBytes(of: 0, as: Int32.self)
        v.wakeAll(m)
        return 0
    }),
    ("sync.RWMutex.RLock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        if p.load(as: Int32.self) == 0 { p.storeBytes(of: p.load(fromByteOffset: 16, as: Int32.self) + 1, toByteOffset: 16, as: Int32.self); return 0 }
        v.parkKey = m; v.parkReason = .syncRWMutexRLock
        return 3
    }),
    ("sync.RWMutex.RUnlock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        let n = p.load(fromByteOffset: 16, as: Int32.self)
        if n <= 0 { return v.fatal("sync: RUnlock of unlocked RWMutex") }
        p.storeBytes(of: n - 1, toByteOffset: 16, as: Int32.self)
        if n == 1 { v.wakeAll(m) }
        return 0
    }),
    ("sync.Once.Do", { vm, a in
        let v = VM.from(vm)
        let o = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: 8, as: UInt.self))!
        if o.load(as: UInt32.self) != 0 { return 0 }
        let f = a.load(as: UInt.self)
        o.storeBytes(of: 1, as: UInt32.self)
        let (st, _) = v.invokeClosure(f, area: [], resultOff: 0, resultBytes: 0)
        return st.rawValue
    }),
    ("sync.NewCond", { vm, a in
        let v = VM.from(vm)
        let c = v.mallocgcPointerWords(condSize)
        c.storeBytes(of: a.load(as: UInt.self), as: UInt.self)
        c.storeBytes(of: a.load(fromByteOffset: 8, as: UInt.self), toByteOffset: 8, as: UInt.self)
        a.storeBytes(of: UInt(bitPattern: c), toByteOffset: 16, as: UInt.self)
        return 0
    }),
    ("sync.Cond.Wait", { vm, a in condWait(VM.from(vm), a.load(as: UInt.self)) }),
    ("sync.Cond.Signal", { vm, a in condSignal(VM.from(vm), a.load(as: UInt.self)) }),
    ("sync.Cond.Broadcast", { vm, a in condBroadcast(VM.from(vm), a.load(as: UInt.self)) }),
    ("runtime.Gosched", { _, _ in 5 }),
    // close(ch) as a function, for `defer close(ch)`.
    ("runtime.closechan", { vm, a in
        let v = VM.from(vm)
        guard let c = UnsafeMutableRawPointer(bitPattern: a.load(as: UInt.self)) else {
            return v.raiseRuntimeError("close of nil channel", plain: true)
        }
        if c.load(fromByteOffset: 32, as: Int.self) != 0 { return v.raiseRuntimeError("close of closed channel", plain: true) }
        v.closechan(c)
        return 0
    }),
    ("runtime.NumGoroutine", { vm, a in a.storeBytes(of: VM.from(vm).goroutineCount, as: Int.self); return 0 }),
    // The collector's knobs (GoRuntime MGC.swift, MGCPacer.swift): Go's return values.
    // runtime.GC blocks its caller until the cycle is done (Go's
    // gcWaitOnMark): other goroutines run meanwhile, so the caller yields.
    ("runtime.GC", { vm, _ in let v = VM.from(vm); v.heap.GC(v.cache); return NativeStatus.yield.rawValue }),
    ("runtime.KeepAlive", { _, _ in 0 }),
    ("runtime/debug.SetGCPercent", { vm, a in
        a.storeBytes(of: VM.from(vm).heap.setGCPercent(a.load(as: Int.self)), toByteOffset: 8, as: Int.self)
        return 0
    }),
    ("runtime/debug.SetMemoryLimit", { vm, a in
        a.storeBytes(of: VM.from(vm).heap.setMemoryLimit(a.load(as: Int.self)), toByteOffset: 8, as: Int.self)
        return 0
    }),
    ("runtime/debug.FreeOSMemory", { vm, _ in let v = VM.from(vm); v.heap.FreeOSMemory(v.cache); return 0 }),
    ("runtime.ReadMemStats", { vm, a in
        readMemStats(VM.from(vm), UnsafeMutableRawPointer(bitPattern: a.load(as: UInt.self))!)
        return 0
    }),
]

/// runtime.ReadMemStats: the collector's MemStats in Go's struct layout
/// (24 uint64 counters, PauseNs[256], PauseEnd[256], NumGC, NumForcedGC,
/// GCCPUFraction, EnableGC, DebugGC, BySize[61]{Size uint32; Mallocs, Frees uint64}).
func readMemStats(_ v: VM, _ p: UnsafeMutableRawPointer) {
    let m = v.heap.readMemStats()
    let words: [UInt64] = [m.alloc, m.totalAlloc, m.sys, m.lookups, m.mallocs, m.frees, m.heapAlloc, m.heapSys,
                           m.heapIdle, m.heapInuse, m.heapReleased, m.heapObjects, m.stackInuse, m.stackSys,
                           m.mspanInuse, m.mspanSys, m.mcacheInuse, m.mcacheSys, 0, m.gcSys, m.otherSys,
                           m.nextGC].map { UInt64(truncatingIfNeeded: $0) } + [m.lastGC, m.pauseTotalNs]
    for (i, w) in words.enumerated() { p.storeBytes(of: w, toByteOffset: 8 * i, as: UInt64.self) }
    for i in 0..<256 {
        p.storeBytes(of: i < m.pauseNs.count ? m.pauseNs[i] : 0, toByteOffset: 192 + 8 * i, as: UInt64.self)
        p.storeBytes(of: i < m.pauseEnd.count ? m.pauseEnd[i] : 0, toByteOffset: 2240 + 8 * i, as: UInt64.self)
    }
    p.storeBytes(of: m.numGC, toByteOffset: 4288, as: UInt32.self)
    p.storeBytes(of: m.numForcedGC, toByteOffset: 4292, as: UInt32.self)
    p.storeBytes(of: m.gcCPUFraction, toByteOffset: 4296, as: Double.self)
    p.storeBytes(of: m.enableGC ? 1 : 0, toByteOffset: 4304, as: UInt8.self)
    p.storeBytes(of: m.debugGC ? 1 : 0, toByteOffset: 4305, as: UInt8.self)
    for i in 0..<61 {
        let e = i < m.bySize.count ? m.bySize[i] : (size: 0, mallocs: 0, frees: 0)
        let o = 4312 + 24 * i
        p.storeBytes(of: UInt32(truncatingIfNeeded: e.size), toByteOffset: o, as: UInt32.self)
        p.storeBytes(of: UInt64(truncatingIfNeeded: e.mallocs), toByteOffset: o + 8, as: UInt64.self)
        p.storeBytes(of: UInt64(truncatingIfNeeded: e.frees), toByteOffset: o + 16, as: UInt64.self)
    }
}

func wgAdd(_ v: VM, _ wg: UInt, _ delta: Int) -> Int32 {
    let p = UnsafeMutableRawPointer(bitPattern: wg)!
    let n = p.load(as: Int.self) + delta
    if n < 0 { return v.raisePanicString("sync: negative WaitGroup counter") }
    p.storeBytes(of: n, as: Int.self)
    if n == 0 { v.wakeAll(wg) }
    return 0
}

// MARK: sync.Cond (Go's notifyList: a ticket per Wait, Signal/Broadcast advance `notify`)

/// sync.Cond's layout: L (Locker: itab, data) at 0, notify.wait (uint32) at
/// 16, notify.notify (uint32) at 20; 56 bytes in all.
let condSize = 56

/// The phases of a Cond.Wait across its retries (GState.syncPhase).
enum CondWaitPhase: Int {
    /// Not in Wait: take a ticket and unlock L.
    case start = 0
    /// Waiting for Signal/Broadcast to pass the ticket (GState.syncTicket).
    case notified = 1
    /// Notified: locking L again (parks on L's mutex while contended).
    case relock = 2
}

/// c.Wait(): unlocks c.L, parks until a Signal or Broadcast after the
/// unlock reaches this waiter's ticket, then locks c.L again. Each step
/// that must block returns 3 (park and retry); the G's syncPhase says where
/// the retry resumes.
func condWait(_ v: VM, _ cw: UInt) -> Int32 {
    guard let c = UnsafeMutableRawPointer(bitPattern: cw) else {
        return v.raiseRuntimeError("invalid memory address or nil pointer dereference")
    }
    let g = v.g
    let tab = c.load(as: UInt.self), data = c.load(fromByteOffset: 8, as: UInt.self)
    if g.pointee.syncPhase == CondWaitPhase.start.rawValue {
        let t = c.load(fromByteOffset: 16, as: UInt32.self)
        c.storeBytes(of: t &+ 1, toByteOffset: 16, as: UInt32.self)
        g.pointee.syncTicket = Int(t)
        let st = v.callMethodFromNative(itab: tab, data: data, name: "Unlock")
        if st != 0 { return st }
        g.pointee.syncPhase = CondWaitPhase.notified.rawValue
    }
    if g.pointee.syncPhase == CondWaitPhase.notified.rawValue {
        let notify = c.load(fromByteOffset: 20, as: UInt32.self)
        if Int32(bitPattern: UInt32(truncatingIfNeeded: g.pointee.syncTicket) &- notify) >= 0 {
            v.parkKey = cw; v.parkReason = .syncCondWait
            return 3
        }
        g.pointee.syncPhase = CondWaitPhase.relock.rawValue
    }
    let st = v.callMethodFromNative(itab: tab, data: data, name: "Lock")
    if st == 3 { return 3 }   // L is held: park on it, then resume here
    g.pointee.syncPhase = CondWaitPhase.start.rawValue
    return st
}

/// c.Signal(): wakes the waiter holding the oldest unserved ticket, if any.
func condSignal(_ v: VM, _ cw: UInt) -> Int32 {
    guard let c = UnsafeMutableRawPointer(bitPattern: cw) else {
        return v.raiseRuntimeError("invalid memory address or nil pointer dereference")
    }
    let wait = c.load(fromByteOffset: 16, as: UInt32.self), notify = c.load(fromByteOffset: 20, as: UInt32.self)
    if wait == notify { return 0 }
    c.storeBytes(of: notify &+ 1, toByteOffset: 20, as: UInt32.self)
    _ = v.wakeFirst(cw) { UInt32(truncatingIfNeeded: $0.pointee.syncTicket) == notify }
    return 0
}

/// c.Broadcast(): wakes every waiter.
func condBroadcast(_ v: VM, _ cw: UInt) -> Int32 {
    guard let c = UnsafeMutableRawPointer(bitPattern: cw) else {
        return v.raiseRuntimeError("invalid memory address or nil pointer dereference")
    }
    c.storeBytes(of: c.load(fromByteOffset: 16, as: UInt32.self), toByteOffset: 20, as: UInt32.self)
    v.wakeAll(cw)
    return 0
}
