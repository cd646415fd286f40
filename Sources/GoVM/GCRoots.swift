// GCRoots.swift — what the VM tells GoRuntime's collector (see GoRuntime's
// ARCHITECTURE.md, "Plugging in the VM"): roots, pointer types for the VM's
// own heap structures, and the knobs read from the environment.
//
// How the collector is connected:
//   1. `startGC` (runMain) registers the BSS segment with its pointer bitmap
//      and the data segment, the stack enumerator `vmStackRoots`, reads GOGC,
//      GOMEMLIMIT and GODEBUG (gctrace, gccheckmark, gcstress, gcpoison), sets
//      `gcMode = .concurrent` (GOMEM_GCMODE=stw: each cycle whole inside the
//      allocation that triggers it) and calls `gcenable()`.
//   2. A cycle starts inside the mallocgc that reaches the trigger: with the
//      world stopped GoRuntime scans every root (the enumerator below), turns
//      on the write barrier and allocate-black, and returns; the program runs
//      on while assists (in mallocgc) and the fractional background worker
//      (`gcBackgroundWork` at preemption checks, and mallocgc) mark; mark
//      termination runs at one of those safepoints.
//   3. The enumerator reports, for every goroutine, its frames through their
//      stack maps (`scanStack`), its defer chain, its exit hook's argument
//      (a WaitGroup) and its panics in flight, the VM's temporaries
//      (`gcTemp`) and the objects pending timers hold (Timers.swift). It
//      halves idle goroutines' stacks that use less than a quarter
//      (`shrinkStackIfIdle`).
//   4. Every safepoint has the running goroutine's fp written back
//      (`GState.savedFPOff`: the loop writes it before `new` and every slow
//      op; a native's caller frame is `nativeCallerOff` while `inNative`).
//      Natives run with collections held: no cycle starts and no assist runs
//      inside one (runtime.GC collects explicitly).
//
// Write barrier (Go's hybrid barrier, GoRuntime/MBarrier.swift): the
// compiler emits `storep` / `wbmem` for pointer stores through pointers; the
// VM's own heap writes (growslice, copy, clear, map slots, channel buffers)
// and natives that overwrite or take pointers out of heap memory (errors.As,
// atomic pointers and Values, sync.Pool) call `bulkBarrierPreWrite` or
// `shade`. Stores to stacks take none: stacks are scanned in the start pause
// and are black from then on.
//
// Where gomem differs from Go: stack maps are one per function, without
// liveness (morestack zeroes locals, every function zeroes its results
// first, and each statement zeroes the pointer temporaries it leaves, so a
// pointer slot holds nil or a pointer kept alive since it was stored); a
// native's argument area is scanned through the argument map the compiler
// derives from its Go signature (Go's args maps for assembly), and only a
// native with no known signature, or the scratch area of a native calling a
// native, conservatively; stacks are scanned in the start pause rather than
// one goroutine at a time during marking. Defer records are scanned as all
// pointer words (their argument area has no type); map and channel headers
// and map slot arrays have exact pointer bitmaps.
//
// Invariants: an object reachable only from a Swift local when mallocgc may
// run must be in `gcTemp` (STYLE.md: root what you hold).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// A GoTypeData in runtime memory with the given size and pointer words.
func makeGoType(size: Int, pointerWords: [Int]) -> GoRuntime.GoType {
    let words = size / 8
    let last = (pointerWords.max() ?? -1) + 1
    let mask = UnsafeMutablePointer<UInt8>.allocate(capacity: max((words + 7) / 8, 1))
    mask.initialize(repeating: 0, count: max((words + 7) / 8, 1))
    for w in pointerWords { mask[w >> 3] |= UInt8(1 << (w & 7)) }
    let t = UnsafeMutablePointer<GoTypeData>.allocate(capacity: 1)
    t.initialize(to: GoTypeData(size: size, ptrBytes: last * 8, align: 8, gcdata: last > 0 ? UnsafePointer(mask) : nil))
    return GoRuntime.GoType(UnsafePointer(t))
}

/// Every word may be a pointer (defer records): allocate n*8 bytes with it.
let gcWordType = makeGoType(size: 8, pointerWords: [0])
/// hchan (Chan.swift): buf at +16 is the only heap pointer (elemtype is rodata).
/// The queues hold raw sudog addresses, outside the heap.
let gcChanType = makeGoType(size: MemoryLayout<HChan>.size, pointerWords: [MemoryLayout<HChan>.offset(of: \HChan.buf)! / 8])
/// Map header (GoABI's HMap): the slot array is its only heap pointer.
let gcMapHeaderType = makeGoType(size: MemoryLayout<HMap>.size, pointerWords: [MemoryLayout<HMap>.offset(of: \HMap.slots)! / 8])

/// The return-pc word callNative writes in the unused callee header of a
/// native's argument area, so the stack scan can tell the area apart.
let nativeFrameMarker = -3

/// The stack enumerator GoRuntime calls once per cycle.
let vmStackRoots: GCStackRootsFunc = { ctx, scanner in
    VM.from(ctx!).scanRoots(GCRootScanner(raw: scanner))
}

extension VM {
    /// An object whose every word may hold a pointer (a runtime structure
    /// without a descriptor, such as fmt's wrapError); size rounded to words.
    public func mallocgcPointerWords(_ size: Int) -> UnsafeMutableRawPointer {
        cache.mallocgc((size + 7) & ~7, type: gcWordType, needzero: true)
    }

    /// Registers roots and knobs and enables paced collection (step 1 above).
    func startGC() {
        if program.bssSize > 0 {
            let n = program.bssPtrmask.count
            let m = UnsafeMutablePointer<UInt8>.allocate(capacity: max(n, 1))
            m.initialize(repeating: 0, count: max(n, 1))
            for (i, b) in program.bssPtrmask.enumerated() { m[i] = b }
            heap.gcAddGlobals(GCRootRange(base: UInt(bitPattern: program.bss), words: min(program.bssSize / 8, n * 8),
                                          ptrmask: UnsafePointer(m)))
        }
        if program.dataSize >= 8 {
            heap.gcAddGlobals(GCRootRange(base: UInt(bitPattern: program.data), words: program.dataSize / 8, ptrmask: nil))
        }
        heap.gcSetStackRoots(vmStackRoots, context: opaque)
        func env(_ k: String) -> String? { getenv(k).map { String(cString: $0) } }
        heap.applyEnvironment(gogc: env("GOGC"), gomemlimit: env("GOMEMLIMIT"), godebug: env("GODEBUG"))
        // Concurrent marking (GOMEM_GCMODE=stw: each cycle whole inside the
        // allocation that triggers it, for comparison and debugging).
        heap.gcMode = env("GOMEM_GCMODE") == "stw" ? .stopTheWorld : .concurrent
        heap.gcenable()
    }

    /// The pointer type of a map's slot array: [state][key][value] per slot.
    func mapSlotType(_ mt: TypeRef) -> GoRuntime.GoType {
        if let t = mapSlotTypes[mt.bits] { return t }
        let kt = mt.key!, et = mt.elem!
        let kb = (kt.size + 7) & ~7, eb = (et.size + 7) & ~7
        var words: [Int] = []
        let kg = kt.goType, eg = et.goType
        for i in 0..<(kb / 8) where kg.isPointerWord(i) { words.append(1 + i) }
        for i in 0..<(eb / 8) where eg.isPointerWord(i) { words.append(1 + kb / 8 + i) }
        let t = makeGoType(size: 8 + kb + eb, pointerWords: words)
        mapSlotTypes[mt.bits] = t
        return t
    }

    /// Reports every root the VM holds (step 3 above).
    func scanRoots(_ sc: GCRootScanner) {
        for (_, gp) in sched.allGs {
            shrinkStackIfIdle(gp)
            scanStack(gp, sc)
            sc.scanPointer(gp.pointee.deferTop)
            sc.scanConservative(gp.pointee.exitHookArg)
            scanSudogRoots(gp, sc)
        }
        for p in panics { sc.scanConservative(p.data) }
        for (_, ps) in sched.gPanics { for p in ps { sc.scanConservative(p.data) } }
        for i in 0..<gcTempCount { sc.scanPointer(gcTemp[i]) }
        // pending timers: their Timer objects, channels and AfterFunc funcs (Timers.swift)
        for t in timers { sc.scanPointer(t.key); sc.scanPointer(t.ch); sc.scanPointer(t.fn) }
    }

    /// Scans one goroutine's stack frame by frame (Go's scanstack): from its
    /// innermost Go frame (the safepoint's fp, written back by the loop before
    /// every allocation, or the caller of the native running now) along the
    /// saved-fp chain, each frame [fp, fp + frameSize) through its stack map.
    /// A native's argument area (above its caller's frame: the native
    /// running now, one that called back into Go, or the one a parked
    /// goroutine will retry) is scanned through the native's argument map
    /// when its header names it (`nativeArgs`), else conservatively. Nothing
    /// else above the innermost frame is scanned: at a safepoint the
    /// outgoing area holds no live value (arguments are copied out just
    /// before a call), only words of returned calls.
    func scanStack(_ gp: UnsafeMutablePointer<GState>, _ sc: GCRootScanner) {
        let lo = gp.pointee.lo, hi = gp.pointee.hi
        guard hi > lo else { return }
        let inNative = gp.pointee.inNative != 0
        let fp = lo &+ UInt(inNative ? gp.pointee.nativeCallerOff : gp.pointee.savedFPOff)
        var top = fp &+ UInt(FrameLayout.headerSize)
        var innerEnd: UInt = 0
        let fn0 = UnsafeRawPointer(bitPattern: fp)!.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
        if fn0 >= 0 && fn0 < program.funcCount {
            let frameEnd = min(fp &+ UInt(program.funcs[fn0].frameSize), hi)
            top = frameEnd
            innerEnd = frameEnd
            if inNative {
                let argHi = lo &+ UInt(gp.pointee.spOff)
                top = max(top, nativeArgs(at: frameEnd, upTo: argHi, sc))
                if argHi > top { sc.scanRangeConservative(UnsafeRawPointer(bitPattern: top)!, words: Int(argHi &- top) / 8) }
                top = max(top, argHi)
            } else if gp != g, gp.pointee.savedPC >= 0, gp.pointee.savedPC < program.codeCount,
                      program.code[gp.pointee.savedPC].op == .calln {
                // parked to retry a native: its arguments are live
                let ins = program.code[gp.pointee.savedPC]
                top = max(top, nativeArgs(at: frameEnd, upTo: min(fp &+ UInt(Int(ins.b) + Int(ins.c)), hi), sc))
            }
        }
        top = min(top, hi)
        var it = frames(gp, from: fp)
        while let f = it.next() {
            let fr = UnsafeRawPointer(bitPattern: f.fp)!
            guard f.fn >= 0 && f.fn < program.funcCount else {
                if innerEnd > f.fp { sc.scanRangeConservative(fr, words: Int(innerEnd &- f.fp) / 8) }
                break
            }
            let info = program.funcs[f.fn]
            let end = min(f.fp &+ UInt(info.frameSize), hi)
            // A gap up to the inner frame: a native that called back into Go.
            if innerEnd > end { _ = nativeArgs(at: end, upTo: innerEnd, sc) }
            let scanEnd = innerEnd > 0 ? min(end, innerEnd) : end
            if info.stackmap >= 0 {
                let bm = (program.rodata + Int(info.stackmap)).assumingMemoryBound(to: UInt8.self)
                sc.scanFrame(fr, words: Int(scanEnd &- f.fp) / 8, ptrmask: bm)
            } else {
                sc.scanRangeConservative(fr, words: Int(scanEnd &- f.fp) / 8)
            }
            innerEnd = f.fp
        }
        sc.stackScanned(bytes: Int(top &- lo))
    }

    /// Scans the argument area of a native whose callee header is at `base`
    /// (callNative writes it: `nativeFrameMarker` and the native's function
    /// index): through the native's argument map if it has one, else
    /// conservatively up to `limit`. Returns the end of what it scanned.
    func nativeArgs(at base: UInt, upTo limit: UInt, _ sc: GCRootScanner) -> UInt {
        guard limit > base &+ UInt(FrameLayout.headerSize) else { return base }
        let h = UnsafeRawPointer(bitPattern: base)!
        let fn = h.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
        if h.load(fromByteOffset: FrameLayout.retPC, as: Int.self) == nativeFrameMarker, fn >= 0, fn < program.funcCount,
           program.funcs[fn].stackmap >= 0 {
            let end = min(base &+ UInt(program.funcs[fn].frameSize), limit)
            let bm = (program.rodata + Int(program.funcs[fn].stackmap)).assumingMemoryBound(to: UInt8.self)
            sc.scanFrame(h, words: Int(end &- base) / 8, ptrmask: bm)
            return end
        }
        let from = base &+ UInt(FrameLayout.headerSize)
        sc.scanRangeConservative(UnsafeRawPointer(bitPattern: from)!, words: Int(limit &- from) / 8)
        return limit
    }

    /// The runtime's background workers on the one P, at the preemption
    /// check on a backward jump (a safepoint: fp is written back). While a
    /// cycle marks: the mark worker's share (GoRuntime's `gcFractionalMark`,
    /// 25% of the time since marking began), with a short preemption budget
    /// so its slices interleave finely with the mutator. Otherwise a slice of
    /// the background sweeper and of the scavenger (Go's bgsweep and
    /// bgscavenge goroutines, which run when the P has nothing better to do).
    @inline(never)
    func gcBackgroundWork(_ fp: UnsafeMutableRawPointer) {
        g.pointee.savedFPOff = Int(UInt(bitPattern: fp) &- g.pointee.lo)
        if heap.gcMarking {
            heap.gcFractionalMark(cache)
        } else {
            heap.bgsweep(maxSpans: 32)
            heap.bgscavenge(maxBytes: 256 << 10)
        }
        budget = heap.gcMarking ? 1 << 12 : 1 << 20
    }

    /// Holds `p` as a root until `gcUnpin`; returns its slot.
    @inline(__always) func gcPin(_ p: UnsafeMutableRawPointer) -> Int {
        gcTemp[gcTempCount] = UInt(bitPattern: p)
        gcTempCount += 1
        return gcTempCount - 1
    }
    @inline(__always) func gcUnpin(_ slot: Int) {
        gcTempCount = slot
        gcTemp[slot] = 0
    }
}
