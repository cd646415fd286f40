// Stack.swift — goroutine stacks (Go's stack.go): growth by copying
// (`newstack`, `copystack`), shrinking at GC (`shrinkstack`), and the frame
// iterator that growth, the collector's stack scan and tracebacks share.
//
// Frames lie in [g.lo, g.hi), each linked to its caller by the saved fp in
// its header (GoABI's FrameLayout); the entry frame's saved fp is 0 (or, in
// a nested run a native started, the native's calling frame, which lies
// below). A function's entry instruction `morestack` checks its frame
// against g.hi; when it does not fit, the stack is copied to one twice as
// large, and every saved fp and every pointer slot into the old stack (per
// the functions' stack maps) is moved by the same distance.
//
// Invariants: nothing outside the stack points into it except through
// offsets (defer records, waiters, panics); the limit is `VM.maxStack`
// (Go's 1 GB on 64-bit), past which Go's `fatal error: stack overflow`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// One frame of a goroutine stack: its frame pointer and function index.
struct Frame {
    var fp: UInt
    var fn: Int
}

/// Walks a goroutine's frames from an innermost fp outwards along the
/// saved-fp chain (Go's unwinder). It stops at a frame whose function
/// index is not a compiled function, or whose saved fp does not lie in
/// [lo, fp) (the entry frame, or the native that started a nested run).
struct FrameIterator: IteratorProtocol {
    let lo: UInt
    let funcCount: Int
    var fp: UInt
    init(lo: UInt, fp: UInt, funcCount: Int) { self.lo = lo; self.fp = fp; self.funcCount = funcCount }
    mutating func next() -> Frame? {
        guard fp != 0 else { return nil }
        let fr = UnsafeRawPointer(bitPattern: fp)!
        let fn = fr.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
        let f = Frame(fp: fp, fn: fn)
        guard fn >= 0 && fn < funcCount else { fp = 0; return f }
        let saved = fr.load(fromByteOffset: FrameLayout.savedFP, as: UInt.self)
        fp = saved >= lo && saved < fp ? saved : 0
        return f
    }
}

extension VM {
    /// The frames of `gp` from `fp` outwards.
    func frames(_ gp: UnsafeMutablePointer<GState>, from fp: UInt) -> FrameIterator {
        FrameIterator(lo: gp.pointee.lo, fp: fp, funcCount: program.funcCount)
    }

    /// Grows the goroutine stack by copying (Go's newstack/copystack) until
    /// `minFree` bytes are free above `fp` (or above spOff); returns the
    /// distance the stack moved. Every saved fp in the frame chain and every
    /// pointer slot (per the functions' stack maps) that points into the old
    /// stack is adjusted.
    /// Returns false when the stack would pass the 1 GB limit (the fatal
    /// error is printed and exitCode set).
    func growStack(used: Int, minFree: Int, topFP: UInt) -> Bool {
        let oldLo = g.pointee.lo, oldHi = g.pointee.hi
        var newSize = Int(oldHi &- oldLo) * 2
        while newSize < used + minFree { newSize *= 2 }
        if newSize > maxStackSize || newSize > VM.maxStack {
            // A frame larger than Go's largest implicit stack variable holds
            // a temporary Go would have put in the heap: under a lowered
            // limit gomem cannot tell whether Go's stack would overflow.
            if maxStackSize < VM.maxStack && minFree > 64 << 10 {
                _ = unsupported("a \(minFree)-byte frame under debug.SetMaxStack(\(maxStackSize))")
                return false
            }
            stackOverflow(used: used, topFP: topFP)
            return false
        }
        let copyBytes = min(Int(oldHi &- oldLo), used + minFree)
        copystack(g, newSize: newSize, copyBytes: copyBytes, topFP: topFP)
        return true
    }

    /// Moves goroutine `gp`'s stack to a new one of `newSize` bytes (Go's
    /// copystack), copying its first `copyBytes` bytes: every saved fp in the
    /// frame chain from `topFP` and every pointer slot (per the functions'
    /// stack maps) that points into the old stack is adjusted, then the old
    /// stack is freed.
    func copystack(_ gp: UnsafeMutablePointer<GState>, newSize: Int, copyBytes: Int, topFP: UInt) {
        let oldLo = gp.pointee.lo, oldHi = gp.pointee.hi
        let ns = heap.stackalloc(newSize, cache: cache)
        let delta = ns.lo &- oldLo
        UnsafeMutableRawPointer(bitPattern: ns.lo)!.copyMemory(from: UnsafeRawPointer(bitPattern: oldLo)!, byteCount: copyBytes)
        // Adjust the frame chain and every pointer slot into the old stack:
        // walk the old frames (still intact) and fix their copies.
        var frames = FrameIterator(lo: oldLo, fp: topFP, funcCount: program.funcCount)
        while let f = frames.next() {
            let fr = UnsafeMutableRawPointer(bitPattern: f.fp &+ delta)!
            if f.fn >= 0 && f.fn < program.funcCount {
                let info = program.funcs[f.fn]
                if info.stackmap >= 0 {
                    let bm = (program.rodata + Int(info.stackmap)).assumingMemoryBound(to: UInt8.self)
                    let words = Int(info.frameSize) / 8
                    let first = FrameLayout.headerSize / 8
                    if words > first {
                        for w in first..<words where bm[w >> 3] >> UInt8(w & 7) & 1 != 0 {
                            let v = fr.load(fromByteOffset: w * 8, as: UInt.self)
                            if v >= oldLo && v < oldHi { fr.storeBytes(of: v &+ delta, toByteOffset: w * 8, as: UInt.self) }
                        }
                    }
                }
            }
            let saved = fr.load(fromByteOffset: FrameLayout.savedFP, as: UInt.self)
            if saved >= oldLo && saved < oldHi { fr.storeBytes(of: saved &+ delta, toByteOffset: FrameLayout.savedFP, as: UInt.self) }
        }
        heap.stackfree(GoStack(lo: oldLo, hi: oldHi), cache: cache)
        gp.pointee.lo = ns.lo
        gp.pointee.hi = ns.hi
    }

    /// Halves the stack of a goroutine that is not running when it uses
    /// less than a quarter of it (Go's shrinkstack, at GC). The running G is
    /// left alone (the loop holds its fp), and so is one whose top frame's
    /// outgoing area — arguments kept to retry a native, which no stack map
    /// describes — points into its own stack.
    func shrinkStackIfIdle(_ gp: UnsafeMutablePointer<GState>) {
        guard gp != g, gp.pointee.inNative == 0, gp.pointee.nestBaseOff < 0,
              gp.pointee.status != GStatus.dead.rawValue else { return }
        let lo = gp.pointee.lo, hi = gp.pointee.hi
        let fp = lo &+ UInt(gp.pointee.savedFPOff)
        let fn = UnsafeRawPointer(bitPattern: fp)!.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
        guard fn >= 0 && fn < program.funcCount else { return }
        let info = program.funcs[fn]
        let end = fp &+ UInt(info.frameSize)
        let top = min(end &+ UInt(maxOutgoing(info)), hi)
        guard heap.gcShouldShrinkStack(GoStack(lo: lo, hi: hi), used: Int(top &- lo)) else { return }
        var w = end
        while w < top {
            let v = UnsafeRawPointer(bitPattern: w)!.load(as: UInt.self)
            if v >= lo && v < hi { return }
            w &+= 8
        }
        copystack(gp, newSize: Int(hi &- lo) / 2, copyBytes: Int(top &- lo), topFP: fp)
    }

    /// The bytes a function's frame may use above its fixed part for the
    /// outgoing arguments of its calls (morestack's operand a is frameSize +
    /// that + the stack guard).
    func maxOutgoing(_ info: FuncInfo) -> Int {
        guard info.entry >= 0 else { return 0 }
        return max(Int(program.code[Int(info.entry)].a) - FrameLayout.stackGuard - Int(info.frameSize), 0)
    }

}
