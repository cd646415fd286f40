// GCRoots.swift — what the VM tells GoRuntime's collector (see GoRuntime's
// ARCHITECTURE.md, "Plugging in the VM"): roots, pointer types for the VM's
// own heap structures, and the knobs read from the environment.
//
// How the collector is connected:
//   1. `startGC` (runMain) registers the BSS segment with its pointer bitmap
//      and the data segment, the stack enumerator `vmStackRoots`, reads GOGC,
//      GOMEMLIMIT and GODEBUG (gctrace, gccheckmark, gcstress, gcpoison), sets
//      `gcMode = .stopTheWorld` and calls `gcenable()`.
//   2. Every paced cycle runs whole inside the mallocgc that reaches the
//      trigger (one P, world stopped), so no goroutine runs while marking:
//      the write barrier is never enabled and the VM emits none.
//   3. The enumerator reports, for every goroutine, its stack words, its
//      defer chain, its exit hook's argument (a WaitGroup) and its panics
//      in flight, and the VM's temporaries
//      (`gcTemp`: an object allocated while another is held only in Swift).
//
// Where gomem differs from Go (for now): goroutine stacks are scanned
// conservatively (`scanRangeConservative`: a word is a root only if it points
// into an allocated object) over the whole stack rather than frame by frame
// through the stack maps, because the running goroutine's innermost frame is
// not written back before every allocation. Defer records are scanned as all
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
import GoCompiler
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
let gcChanType = makeGoType(size: 64, pointerWords: [2])
/// Map header (Map.swift): slots at +16.
let gcMapHeaderType = makeGoType(size: 56, pointerWords: [2])

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
        heap.gcMode = .stopTheWorld
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
        for (_, gp) in allGs {
            let lo = gp.pointee.lo, hi = gp.pointee.hi
            if hi > lo {
                sc.scanRangeConservative(UnsafeRawPointer(bitPattern: lo)!, words: Int(hi &- lo) / 8)
                sc.stackScanned(bytes: Int(hi &- lo))
            }
            sc.scanPointer(gp.pointee.deferTop)
            sc.scanConservative(gp.pointee.exitHookArg)
        }
        for p in panics { sc.scanConservative(p.data) }
        for (_, ps) in gPanics { for p in ps { sc.scanConservative(p.data) } }
        for i in 0..<gcTempCount { sc.scanPointer(gcTemp[i]) }
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
