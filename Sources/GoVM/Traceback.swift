// Traceback.swift — Go's goroutine tracebacks and the runtime's view of its
// own stack: the frame walk, the text Go prints for an unrecovered panic, a
// fatal error, a deadlock and a stack overflow (GOTRACEBACK=none|single|all),
// runtime.Goexit, and the encoded pcs of runtime.Caller/Callers/FuncForPC.
//
// The walk: a goroutine's frames are linked by saved fp (Stack.swift's
// FrameIterator, shared with copystack and the collector's scan); each
// frame's line comes from `Program.lines` at the instruction before the
// frame's resume pc (a return pc, or the pc after the faulting or parking
// instruction), as Go's traceback uses pc-1. Special return pcs:
//   -2                  the goroutine's entry frame (its creator follows)
//   -1                  the entry frame of runMain or of a nested run with
//                       no known caller pc
//   <= -16              a nested run (a native calling back into Go):
//                       the native's caller resumes at -16 - retPC
//   panicStubPC         a deferred call run by a panic: Go shows a
//                       `panic(...)` frame, then the frame where it was raised
// The entry function (runtime.main) and frames of natives are not shown
// (Go's runtime frames are hidden; its standard library frames inside
// natives are not known to gomem, except the blocking ones of `blockedIn`).
//
// Encoded pcs (runtime.Callers): `pcBase + p` for a Go frame resuming at
// instruction p; runtime functions Go lists (runtime.Callers, runtime.main,
// runtime.goexit, debug.Stack, debug.PrintStack) get pcs past the code.
// Values differ from Go's; names, files and lines are Go's.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// GOTRACEBACK's levels (Go's none, single, all; system and crash print as all).
enum TracebackLevel: Int {
    case none = 0, single = 1, all = 2
    static func parse(_ s: String) -> TracebackLevel {
        switch s {
        case "none", "0": return .none
        case "all", "1", "system", "2", "crash", "wer": return .all
        default: return .single
        }
    }
}

/// One frame of a walk.
public struct TraceFrame {
    public enum Kind { case go, panicCall, runtime }
    public var kind: Kind
    /// Function index (Go frames).
    public var fn: Int = -1
    /// The pc after the frame's current instruction (-1: unknown).
    public var pc: Int = -1
    /// Runtime frames: Go's function name, file under GOROOT/src, line.
    public var name = ""
    public var file = ""
    public var line = 0
}

/// Runtime functions Go shows or lists, with their file under GOROOT/src
/// and the line Go 1.27 reports (`RuntimeFunc.all`, indexed by raw value).
public enum RuntimeFunc: Int, CaseIterable {
    case callers = 0, main, goexit, debugStack, debugPrintStack, panicCall
    var name: String {
        ["runtime.Callers", "runtime.main", "runtime.goexit", "runtime/debug.Stack",
         "runtime/debug.PrintStack", "panic"][rawValue]
    }
    var file: String {
        ["runtime/extern.go", "runtime/proc.go", "runtime/asm_amd64.s", "runtime/debug/stack.go",
         "runtime/debug/stack.go", "runtime/panic.go"][rawValue]
    }
    var line: Int { [341, 302, 1264, 26, 18, 859][rawValue] }
    /// The name runtime.FuncForPC and Frames give (a trace prints `panic`).
    var funcName: String { self == .panicCall ? "runtime.gopanic" : name }
    public var frame: TraceFrame { TraceFrame(kind: .runtime, name: name, file: file, line: line) }
}

/// Base of the encoded pcs runtime.Callers returns.
let tracePCBase: UInt = 0x401000

/// Goroutines natives start (by native name): the frame Go shows below the
/// goroutine's function, its `created by` function and line, and the
/// deferred function that re-panics a panic of the goroutine.
typealias NativeStart = (bottom: (String, String, Int), creator: (String, String, Int), repanic: (String, String, Int))
let nativeStarted: [String: NativeStart] = [
    "sync.WaitGroup.Go": (("sync.(*WaitGroup).Go.func1", "sync/waitgroup.go", 258),
                          ("sync.(*WaitGroup).Go", "sync/waitgroup.go", 238),
                          ("sync.(*WaitGroup).Go.func1.1", "sync/waitgroup.go", 251)),
]

/// Frames Go shows above a goroutine blocked inside the standard library,
/// by wait reason (innermost first).
let blockedIn: [String: [(String, String, Int)]] = [
    "sync.WaitGroup.Wait": [("sync.runtime_SemacquireWaitGroup", "runtime/sema.go", 114),
                            ("sync.(*WaitGroup).Wait", "sync/waitgroup.go", 206)],
    "sync.Mutex.Lock": [("internal/sync.runtime_SemacquireMutex", "runtime/sema.go", 95),
                        ("internal/sync.(*Mutex).lockSlow", "internal/sync/mutex.go", 149),
                        ("internal/sync.(*Mutex).Lock", "internal/sync/mutex.go", 70),
                        ("sync.(*Mutex).Lock", "sync/mutex.go", 46)],
    "sleep": [("time.Sleep", "runtime/time.go", 368)],
]

extension VM {
    // MARK: Settings

    var tracebackLevel: TracebackLevel {
        let env = getenv("GOTRACEBACK").map { TracebackLevel.parse(String(cString: $0)) } ?? .single
        return TracebackLevel(rawValue: max(env.rawValue, tracebackSet)) ?? env
    }

    /// debug.SetTraceback: raises the level (never below GOTRACEBACK's).
    public func setTraceback(_ level: String) {
        tracebackSet = TracebackLevel.parse(level).rawValue
    }

    /// GOROOT/src/ as Go's binaries name runtime files.
    var goRootSrc: String {
        if let e = getenv("GOROOT"), e.pointee != 0 { return String(cString: e) + "/src/" }
        return "/usr/local/go/src/"
    }

    // MARK: The walk

    /// The frames of goroutine `gp` from the frame at `fp` resuming at `pc`, innermost first.
    func walkFrames(_ gp: UnsafeMutablePointer<GState>, fp: UInt, pc: Int, panicsOf recs: [PanicRecord]) -> [TraceFrame] {
        var out: [TraceFrame] = []
        let lo = gp.pointee.lo
        var p = pc
        var it = frames(gp, from: fp)   // Stack.swift: the walk copystack and the stack scan use
        while let f = it.next(), out.count < 1_000_000 {
            guard f.fn >= 0 && f.fn < program.funcCount, f.fn != program.entryFunc else { break }
            if program.funcs[f.fn].entry >= 0 && !program.wrapperFuncs.contains(f.fn) {
                out.append(TraceFrame(kind: .go, fn: f.fn, pc: p))
            }
            let r = UnsafeRawPointer(bitPattern: f.fp)!.load(fromByteOffset: FrameLayout.retPC, as: Int.self)
            if r == -2 { break }
            if r == program.panicStubPC {
                out.append(RuntimeFunc.panicCall.frame)
                let off = Int(it.fp &- lo)   // the caller's frame, where the panic was raised
                if let r = recs.last(where: { $0.fpOff == off && $0.pc >= 0 }) { p = r.pc }
                else { p = recs.last(where: { $0.firstFPOff == off && $0.firstPC >= 0 })?.firstPC ?? -1 }
            } else if r <= -16 {
                p = -16 - r
            } else {
                p = r < 0 ? -1 : r
            }
        }
        return out
    }

    /// Where a goroutine that is not running stands: its frame and resume pc.
    func parkedPosition(_ gp: UnsafeMutablePointer<GState>) -> (UInt, Int) {
        var pc = gp.pointee.savedPC
        // A G parked to retry a native (WaitGroup.Wait, Mutex.Lock) resumes
        // at the call itself; channel operations and sleeps after theirs.
        let reason = gp.pointee.waitReason.description
        if gp.pointee.status == GStatus.waiting.rawValue, !reason.hasPrefix("chan"), !reason.hasPrefix("select"),
           reason != "sleep", pc >= 0, pc < program.codeCount,
           [.calln, .callv, .calli].contains(program.code[pc].op) {
            pc += 1
        }
        return (gp.pointee.lo &+ UInt(gp.pointee.savedFPOff), pc)
    }

    func funcFile(_ fn: Int) -> String {
        let i = fn < program.funcFiles.count ? Int(program.funcFiles[fn]) : 0
        return i < program.sourcePaths.count ? program.sourcePaths[i] : program.fileName
    }

    /// The source line of the instruction before `pc` in function fn.
    func lineBefore(_ pc: Int, fn: Int) -> Int {
        let entry = Int(program.funcs[fn].entry)
        let i = pc > entry ? pc - 1 : entry
        return i >= 0 && i < program.lines.count ? Int(program.lines[i]) : 0
    }

    // MARK: Text

    func frameText(_ f: TraceFrame) -> String {
        switch f.kind {
        case .go:
            let info = program.funcs[f.fn]
            let entry = Int(info.entry)
            let off = max(f.pc - entry, 0) * 4
            return program.funcNames[f.fn] + (info.argSize > 0 ? "(...)" : "()") + "\n\t" + funcFile(f.fn) + ":"
                + String(lineBefore(f.pc, fn: f.fn)) + " +0x" + String(off, radix: 16) + "\n"
        case .panicCall:
            return "panic({...})\n\t" + goRootSrc + f.file + ":" + String(f.line) + " +0x125\n"
        case .runtime:
            return f.name + "(...)\n\t" + goRootSrc + f.file + ":" + String(f.line) + " +0x25\n"
        }
    }

    /// Go prints at most 100 frames: the innermost 50, a count, the outermost 50.
    func framesText(_ frames: [TraceFrame]) -> String {
        if frames.count <= 100 { return frames.map(frameText).joined() }
        return frames[..<50].map(frameText).joined() + "...\(frames.count - 100) frames elided...\n"
            + frames[(frames.count - 50)...].map(frameText).joined()
    }

    func creatorText(_ gp: UnsafeMutablePointer<GState>) -> String {
        if let n = startedBy(gp) {
            return "created by \(n.creator.0) in goroutine \(gp.pointee.creatorGID)\n\t" + goRootSrc + n.creator.1 + ":"
                + String(n.creator.2) + " +0x7d\n"
        }
        let fn = gp.pointee.creatorFn
        guard fn >= 0 && fn < program.funcCount, fn != program.entryFunc else { return "" }
        let off = max(gp.pointee.creatorPC - Int(program.funcs[fn].entry), 0) * 4
        return "created by \(program.funcNames[fn]) in goroutine \(gp.pointee.creatorGID)\n\t" + funcFile(fn) + ":"
            + String(lineBefore(gp.pointee.creatorPC, fn: fn)) + " +0x" + String(off, radix: 16) + "\n"
    }

    func statusText(_ gp: UnsafeMutablePointer<GState>) -> String {
        switch GStatus(rawValue: gp.pointee.status) {
        case .running?: return "running"
        case .runnable?: return "runnable"
        case .waiting?: return gp.pointee.waitReason.description
        default: return "dead"
        }
    }

    /// One goroutine's trace (header, frames, creator), for a goroutine that
    /// is not running, or the running one from (fp, pc) with `top` above.
    func goroutineText(_ gp: UnsafeMutablePointer<GState>, at pos: (UInt, Int)? = nil, top: [TraceFrame] = []) -> String {
        let (fp, pc) = pos ?? parkedPosition(gp)
        var frames = top
        if pos == nil, gp.pointee.status == GStatus.waiting.rawValue, let extra = blockedIn[statusText(gp)] {
            frames += extra.map { TraceFrame(kind: .runtime, name: $0.0, file: $0.1, line: $0.2) }
        }
        frames += walkFrames(gp, fp: fp, pc: pc, panicsOf: gp == g ? panics : (sched.gPanics[gp.pointee.id] ?? []))
        if let n = startedBy(gp) { frames.append(TraceFrame(kind: .runtime, name: n.bottom.0, file: n.bottom.1, line: n.bottom.2)) }
        return "goroutine \(gp.pointee.id) [\(pos == nil ? statusText(gp) : "running")]:\n" + framesText(frames) + creatorText(gp)
    }

    /// Every goroutine but `except`, in creation order, each after a blank line.
    func otherGoroutinesText(except: UnsafeMutablePointer<GState>?) -> String {
        var text = ""
        for id in sched.allGs.keys.sorted() {
            guard let gp = sched.allGs[id], gp != except, gp.pointee.status != GStatus.dead.rawValue else { continue }
            text += "\n" + goroutineText(gp)
        }
        return text
    }

    /// The running goroutine's position inside a native (runtime.Caller, fatal).
    var nativePosition: (UInt, Int) {
        (g.pointee.lo &+ UInt(g.pointee.nativeCallerOff), g.pointee.nativePC)
    }

    /// What follows the `panic:` lines of an unrecovered panic.
    func panicTraceback() -> String {
        let level = tracebackLevel
        if level == .none { return "" }
        let pos: (UInt, Int)
        if let last = panics.last(where: { $0.pc >= 0 }) {
            pos = (g.pointee.lo &+ UInt(last.fpOff), last.pc)
        } else {
            pos = (g.pointee.lo &+ UInt(g.pointee.savedFPOff), -1)
        }
        // A goroutine a native started re-panics from the native's deferred call.
        var top: [TraceFrame] = []
        if let n = startedBy(g), g.pointee.exitHook != nil {
            top = [TraceFrame(kind: .runtime, name: n.repanic.0, file: n.repanic.1, line: n.repanic.2), RuntimeFunc.panicCall.frame]
        }
        var text = "\n" + goroutineText(g, at: pos, top: top)
        if level == .all { text += otherGoroutinesText(except: g) }
        return text
    }

    /// Go's "all goroutines are asleep" fatal error, or its Goexit variant
    /// when main called runtime.Goexit and no goroutine is left waiting.
    func deadlock() -> RunStatus {
        if timedOut { return .exit }   // waitForTimers ran past the run's time limit
        exitCode = 2
        let waiting = sched.allGs.values.contains { $0.pointee.status == GStatus.waiting.rawValue }
        if sched.mainGoexited && !waiting {
            out.write(2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
            return .exit
        }
        // Go reports a deadlock from the scheduler's stack: every goroutine is shown.
        let traces = tracebackLevel == .none ? "" : otherGoroutinesText(except: nil)
        out.write(2, "fatal error: all goroutines are asleep - deadlock!\n" + traces)
        return .exit
    }

    /// A fatal error (Go's fatal: no recovery), e.g. "sync: unlock of
    /// unlocked mutex", raised by a native.
    public func fatal(_ msg: String) -> Int32 {
        var text = "fatal error: \(msg)\n"
        let level = tracebackLevel
        if level != .none {
            text += "\n" + goroutineText(g, at: nativePosition)
            if level == .all { text += otherGoroutinesText(except: g) }
        }
        out.write(2, text)
        exitCode = 2
        return RunStatus.exit.rawValue
    }

    /// runtime.Breakpoint: Go's process takes a SIGTRAP, which its runtime
    /// reports as a crash (the trace, exit 2); gomem prints no registers
    /// and gives pc 0.
    public func breakpoint() -> Int32 {
        out.write(2, "SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\n" + goroutineText(g, at: nativePosition))
        exitCode = 2
        return RunStatus.exit.rawValue
    }

    /// Go's stack overflow report (growStack passed debug.SetMaxStack's limit).
    func stackOverflow(used: Int, topFP: UInt) {
        let lo = g.pointee.lo, hi = g.pointee.hi
        var text = "runtime: goroutine stack exceeds \(min(maxStackSize, VM.maxStack))-byte limit\n"
        text += "runtime: sp=0x\(String(lo &+ UInt(used), radix: 16)) stack=[0x\(String(lo, radix: 16)), 0x\(String(hi, radix: 16))]\n"
        text += "fatal error: stack overflow\n\nruntime stack:\n"
        text += frameText(TraceFrame(kind: .runtime, name: "runtime.throw", file: "runtime/panic.go", line: 1243))
        text += frameText(TraceFrame(kind: .runtime, name: "runtime.newstack", file: "runtime/stack.go", line: 1207))
        text += frameText(TraceFrame(kind: .runtime, name: "runtime.morestack", file: "runtime/asm_amd64.s", line: 650))
        if tracebackLevel != .none {
            // The innermost frame has just been entered: its line is its declaration's.
            let fn = UnsafeRawPointer(bitPattern: topFP)!.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
            let pc = fn >= 0 && fn < program.funcCount ? Int(program.funcs[fn].entry) + 1 : -1
            text += "\n" + goroutineText(g, at: (topFP, pc))
        }
        out.write(2, text)
        exitCode = 2
    }

    /// Records who started the goroutine just made (the `go` statement at
    /// the instruction before `pc` in the frame at fp).
    func noteCreator(_ fp: UnsafeMutableRawPointer, pc: Int) {
        guard let gp = sched.allGs[sched.nextGID - 1] else { return }
        gp.pointee.creatorGID = g.pointee.id
        gp.pointee.creatorFn = fp.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
        gp.pointee.creatorPC = pc
    }

    /// The native that started gp, if Go shows frames of its own for it.
    func startedBy(_ gp: UnsafeMutablePointer<GState>) -> NativeStart? {
        let n = gp.pointee.creatorNative
        return n >= 0 && n < program.nativeNames.count ? nativeStarted[program.nativeNames[n]] : nil
    }

    /// A native is starting gp (VM.spawn): the native called at the running
    /// goroutine's current call instruction is its creator.
    func noteNativeCreator(_ gp: UnsafeMutablePointer<GState>) {
        gp.pointee.creatorGID = g.pointee.id
        let pc = g.pointee.nativePC
        if pc > 0 && pc <= program.codeCount && program.code[pc - 1].op == .calln {
            gp.pointee.creatorNative = Int(program.code[pc - 1].a)
        }
    }

    /// Go's runtime starts a goroutine of its own at the first GC cycle (the
    /// mark worker of the one P), which takes the next id.
    func takeRuntimeGoroutineIDs() {
        if !sched.gcWorkerIDTaken && (heap.gcCycles > 0 || heap.gcphase != .off) {
            sched.gcWorkerIDTaken = true
            sched.nextGID += 1
        }
    }

    /// The return pc a nested run's entry frame carries: its native's caller's pc.
    var nestedReturnPC: Int { g.pointee.nativePC >= 0 ? -16 - g.pointee.nativePC : -1 }

    // MARK: runtime.Goexit

    /// runtime.Goexit (a native): runs the goroutine's deferred calls as a
    /// panic does (recover returns nil), then ends it (`unwindDone`).
    public func startGoexit() -> Int32 {
        if g.pointee.nestBaseOff >= 0 {
            return unsupported("runtime.Goexit inside a function called by the standard library")
        }
        panics.append(PanicRecord(type: 0, data: 0, goexit: true))
        return RunStatus.panicking.rawValue
    }

    /// `unwind` found no deferred call left: a panic goes on to the top;
    /// Goexit ends the goroutine (main: the others run on; Go then reports
    /// the Goexit deadlock).
    func unwindDone(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        guard let last = panics.last, last.goexit else { return .panicking }
        panics.removeAll()
        if g.pointee.id != 1 { return goexit(&fp, &pc) }
        sched.mainGoexited = true
        guard let (nfp, npc) = schedule(fp, pc, status: .dead) else { return deadlock() }
        fp = nfp; pc = npc
        return resumeCheck(&fp, &pc)
    }

    /// Notes where the innermost panic was raised, the first time `unwind` sees it.
    @inline(__always) func notePanicSite(_ fp: UnsafeMutableRawPointer, _ pc: Int) {
        let n = panics.count
        if n > 0 && panics[n - 1].pc < 0 {
            panics[n - 1].pc = pc
            panics[n - 1].fpOff = Int(UInt(bitPattern: fp) &- g.pointee.lo)
        }
    }

    // MARK: The runtime's view (runtime.Caller, Callers, FuncForPC, Stack)

    /// The runtime's view of files and lines is refused for a program with
    /// //line directives (gomem does not apply them): true after reporting.
    public func refuseLineDirectives() -> Bool {
        if !program.hasLineDirectives { return false }
        _ = unsupported("runtime file and line information with //line directives")
        return true
    }

    /// The running goroutine's frames as seen from the native running now,
    /// followed by the runtime frames Go lists below them.
    public func callerFrames() -> [TraceFrame] {
        let (fp, pc) = nativePosition
        var frames = walkFrames(g, fp: fp, pc: pc, panicsOf: panics)
        if g.pointee.id == 1 { frames.append(RuntimeFunc.main.frame) }
        frames.append(RuntimeFunc.goexit.frame)
        return frames
    }

    /// A frame's encoded pc (a return address, as Go's Callers gives).
    public func encodedPC(_ f: TraceFrame) -> UInt {
        switch f.kind {
        case .go: return tracePCBase &+ UInt(max(f.pc, Int(program.funcs[f.fn].entry) + 1))
        default:
            let k = RuntimeFunc.allCases.first { $0.name == f.name }?.rawValue ?? RuntimeFunc.panicCall.rawValue
            return tracePCBase &+ UInt(program.codeCount + 16 * k + 1)
        }
    }

    /// What an encoded pc names: Go's function name, file, line, entry pc,
    /// and the function's key (index, or -1-k for runtime function k).
    /// `call`: the pc is a return address (the line is the call's).
    public func pcInfo(_ pc: UInt, call: Bool) -> (name: String, file: String, line: Int, entry: UInt, key: Int)? {
        guard pc >= tracePCBase else { return nil }
        let i = Int(pc &- tracePCBase)
        if i >= program.codeCount {
            let k = (i - program.codeCount) / 16
            guard let r = RuntimeFunc(rawValue: k) else { return nil }
            return (r.funcName, goRootSrc + r.file, r.line, tracePCBase &+ UInt(program.codeCount + 16 * k), -1 - k)
        }
        guard let fn = funcContaining(call ? max(i - 1, 0) : i) else { return nil }
        let entry = Int(program.funcs[fn].entry)
        let line = Int(program.lines[max(call ? i - 1 : i, entry)])
        return (program.funcNames[fn], funcFile(fn), line, tracePCBase &+ UInt(entry), fn)
    }

    /// The Go function whose code holds instruction i.
    func funcContaining(_ i: Int) -> Int? {
        var best = -1, bestEntry = -1
        for fn in 0..<program.funcCount {
            let e = Int(program.funcs[fn].entry)
            if e >= 0 && e <= i && e > bestEntry { best = fn; bestEntry = e }
        }
        return best < 0 || best == program.entryFunc ? nil : best
    }

    /// The *runtime.Func for a function key (a record outside the Go heap).
    public func funcRecord(_ key: Int) -> UInt {
        let n = program.funcCount + RuntimeFunc.allCases.count
        if funcRecords == nil {
            let p = UnsafeMutablePointer<Int>.allocate(capacity: n)
            for i in 0..<program.funcCount { p[i] = i }
            for k in 0..<RuntimeFunc.allCases.count { p[program.funcCount + k] = -1 - k }
            funcRecords = p
        }
        let slot = key >= 0 ? key : program.funcCount + (-1 - key)
        return UInt(bitPattern: funcRecords! + slot)
    }

    /// The key a *runtime.Func names (nil: not one of ours).
    public func funcKey(_ f: UInt) -> Int? {
        guard let base = funcRecords, f != 0 else { return nil }
        let b = UInt(bitPattern: base)
        let n = UInt(program.funcCount + RuntimeFunc.allCases.count)
        guard f >= b, f < b &+ n &* 8 else { return nil }
        return UnsafeRawPointer(bitPattern: f)!.load(as: Int.self)
    }

    /// Name, file and entry of a function key.
    public func funcKeyInfo(_ key: Int) -> (name: String, file: String, entry: UInt) {
        if key >= 0 { return (program.funcNames[key], funcFile(key), tracePCBase &+ UInt(program.funcs[key].entry)) }
        let r = RuntimeFunc(rawValue: -1 - key)!
        return (r.funcName, goRootSrc + r.file, tracePCBase &+ UInt(program.codeCount + 16 * (-1 - key)))
    }

    /// runtime.Stack's text: the running goroutine seen from the native
    /// running now (with `top` frames above), then, with `all`, the others.
    public func stackText(all: Bool, top: [RuntimeFunc] = []) -> String {
        var text = goroutineText(g, at: nativePosition, top: top.map { $0.frame })
        if all { text += otherGoroutinesText(except: g) }
        return text
    }

    /// debug.SetMaxStack: sets the limit, returns the previous one.
    public func setMaxStack(_ n: Int) -> Int {
        let prev = maxStackSize
        maxStackSize = n
        return prev
    }
}
