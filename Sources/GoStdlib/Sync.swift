// Sync.swift — natives of sync and runtime for goroutines on one P.
//
// A native that must block sets `vm.parkKey` (the object's address) and
// returns 3: the VM parks the goroutine on that key and runs the call again
// when a waker (`wakeAll`/`wakeOne`) makes it runnable. Returning 5 yields.
// WaitGroup.Go starts its goroutine with `vm.spawn`, whose exit hook calls Done.
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
        v.parkKey = wg; v.parkReason = 4
        return 3
    }),
    ("sync.Mutex.Lock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        if p.load(as: Int32.self) == 0 { p.storeBytes(of: 1, as: Int32.self); return 0 }
        v.parkKey = m; v.parkReason = 5
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
        v.wakeAll(m)
        return 0
    }),
    ("sync.RWMutex.Lock", { vm, a in
        let v = VM.from(vm), m = a.load(as: UInt.self)
        let p = UnsafeMutableRawPointer(bitPattern: m)!
        if p.load(as: Int32.self) == 0 && p.load(fromByteOffset: 16, as: Int32.self) == 0 { p.storeBytes(of: 1, as: Int32.self); return 0 }
        v.parkKey = m; v.parkReason = 5
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
        v.parkKey = m; v.parkReason = 5
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
    ("runtime.GC", { vm, _ in let v = VM.from(vm); v.heap.GC(v.cache); return 0 }),
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
