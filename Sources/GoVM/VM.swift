// VM.swift — a running program: its heap and P cache, the goroutine (G) that
// runs main, output, panics in flight, and the services natives use.
//
// One G for now (goroutines come later). Its state lives in a raw `GState`
// struct, not in Swift objects: the interpreter loop (Interp.swift) keeps pc
// and fp in locals and writes them back to the G only around calls that may
// grow the stack or panic.
//
// Invariants:
//   - g.lo <= every frame's fp < g.hi; frames are linked by saved fp from the
//     innermost to the entry frame (saved fp 0).
//   - Defer records and panics name frames by offset from g.lo, so stack
//     growth never needs to adjust them.
//   - A native called from Go receives its argument area; after it calls back
//     into Go (invoke) the stack may have moved, so it must re-fetch the area
//     with `nativeArgs()` before writing results.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoCompiler
import GoRuntime

/// A native function: (VM as an opaque pointer, argument area) → status.
/// Status 0: returned; 1: a panic was raised (vm.raise...); 2: the program exits.
public typealias NativeFn = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int32

/// The goroutine's state, in raw memory.
public struct GState {
    public var lo: UInt = 0
    public var hi: UInt = 0
    /// Top of the used stack (offset from lo) while a native runs.
    public var spOff: Int = 0
    /// Defer records (heap), innermost first.
    public var deferTop: UInt = 0
    /// Offset from lo of the innermost native's calling frame (for invoke).
    public var nativeCallerOff: Int = 0
    /// Offset from lo of the innermost native's argument area.
    public var nativeArgsOff: Int = 0
    /// Offset from lo of the base of the innermost nested interpreter run (-1: none).
    public var nestBaseOff: Int = -1
    /// Goroutine id (1 = main).
    public var id: Int = 1
    /// Status (Proc.swift): running, runnable, waiting, dead.
    public var status: Int = 0
    /// Saved interpreter state while not running: pc, fp (offset from lo).
    public var savedPC: Int = 0
    public var savedFPOff: Int = 0
    /// Set by a waker: 1 = resume by panicking "send on closed channel".
    public var wakeStatus: Int = 0
    /// Why it waits (for the deadlock report): "chan receive", "chan send", "select", "sync.WaitGroup.Wait", ...
    public var waitReason: Int = 0
    /// The select case that woke it (-1: none).
    public var selectDone: Int = -1
    /// 1 while a native called from this G's innermost Go frame runs (its
    /// argument area, up to spOff, is then the top of the stack); 0 while Go
    /// code runs, including a nested run a native started (GCRoots.swift).
    public var inNative: Int = 0
    /// Set by `spawn` (a native starting a goroutine, sync.WaitGroup.Go): run
    /// with `exitHookArg` when the goroutine's function returns; its wrapper
    /// recovers and re-panics, so a fatal panic reads "[recovered, repanicked]".
    public var exitHook: GoexitHook? = nil
    public var exitHookArg: UInt = 0
    /// Who started it (Traceback.swift's "created by" line): the creating
    /// goroutine, its function index and the pc after its `gostart` (-1: none).
    public var creatorGID: Int = 0
    public var creatorFn: Int = -1
    public var creatorPC: Int = -1
    /// Started by a native (sync.WaitGroup.Go): its native index, else -1.
    public var creatorNative: Int = -1
    /// The pc after the innermost native's call instruction (-1: unknown),
    /// for runtime.Caller and tracebacks through natives.
    public var nativePC: Int = -1
}

/// A native's hook run when a goroutine it started returns (VM, argument).
public typealias GoexitHook = @convention(c) (UnsafeMutableRawPointer, UInt) -> Void

/// A panic in flight (Go's _panic).
struct PanicRecord {
    var type: UInt
    var data: UInt
    var recovered = false
    var repanicked = false
    /// Frame (offset from lo) whose deferred call is running for this panic.
    var deferFPOff = 0
    /// Where it was raised (Traceback.swift): the pc after the faulting
    /// instruction (-1 until `unwind` first sees it) and the frame's offset.
    var pc = -1
    var fpOff = 0
    /// A re-panic with the recovered value (the record is reused): where
    /// the value was first raised (-1: not re-panicked).
    var firstPC = -1
    var firstFPOff = 0
    /// runtime.Goexit's record: runs deferred calls, recover returns nil.
    var goexit = false
}

public enum RunStatus: Int32 { case ok = 0, panicking = 1, exit = 2 }

/// Where output goes: into buffers (tests) or straight to file descriptors.
public final class OutputSink: @unchecked Sendable {
    public var stdout: [UInt8] = []
    public var stderr: [UInt8] = []
    public var direct: Bool
    public init(direct: Bool) { self.direct = direct }
    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        if direct {
            var p = bytes.baseAddress
            var n = bytes.count
            while n > 0, let q = p {
                let w = Glibc.write(fd, q, n)
                if w <= 0 { break }
                p = q + w; n -= w
            }
        } else if fd == 2 {
            stderr.append(contentsOf: bytes)
        } else {
            stdout.append(contentsOf: bytes)
        }
    }
    /// Writes what is buffered to the real standard output and error (before
    /// the runtime prints a fatal error and exits the process).
    public func flush() {
        if direct { return }
        for (fd, bytes) in [(Int32(1), stdout), (Int32(2), stderr)] where !bytes.isEmpty {
            bytes.withUnsafeBytes { b in
                var p = b.baseAddress, n = b.count
                while n > 0, let q = p {
                    let w = Glibc.write(fd, q, n)
                    if w <= 0 { break }
                    p = q + w; n -= w
                }
            }
        }
        stdout.removeAll(); stderr.removeAll()
    }
    public func write(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { write(fd, UnsafeRawBufferPointer($0)) }
    }
}

public final class VM: @unchecked Sendable {
    public let program: Program
    public let heap: MHeap
    public let cache: MCache
    public let out: OutputSink
    let natives: UnsafeMutablePointer<NativeFn?>
    /// The function index of each native (whose FuncInfo may carry its
    /// argument map), by native index; -1 if the program has none.
    let nativeFuncs: [Int]
    public var g: UnsafeMutablePointer<GState>
    var panics: [PanicRecord] = []
    /// Every goroutine not yet dead, by id, and the run queue (Proc.swift).
    var allGs: [Int: UnsafeMutablePointer<GState>] = [:]
    var runq: [Int] = []
    var runqHead = 0
    var nextGID = 2
    /// debug.SetMaxStack's limit (Go's maxstacksize).
    public var maxStackSize = 1_000_000_000
    /// runtime.Goexit ended main: the program runs until the others end.
    var mainGoexited = false
    /// Go's first GC cycle started its mark worker goroutine (it took an id).
    var gcWorkerIDTaken = false
    /// debug.SetTraceback's level (a TracebackLevel raw value; 0: not set).
    var tracebackSet = 0
    /// Encoded pcs of runtime.Callers (Traceback.swift) and the *runtime.Func
    /// records FuncForPC hands out (outside the Go heap, made on first use).
    var funcRecords: UnsafeMutablePointer<Int>? = nil
    var gPanics: [Int: [PanicRecord]] = [:]
    /// Goroutines parked on a key (a channel, a WaitGroup, a Mutex address).
    var waiters: [UInt: [Waiter]] = [:]
    /// Set by a native that must block: the key to wait on.
    public var parkKey: UInt = 0
    public var parkReason = 0
    /// Pending timers, the earliest `when` among them, the monotonic clock at
    /// start, and time.Local's *Location for the Times timers send (Timers.swift).
    var timers: [TimerRec] = []
    var timerNext = Int64.max
    var monoStart: Int64 = 0
    public var timeLocal: UInt = 0
    var rngState: UInt64 = 0x9E3779B97F4A7C15
    public var exitCode: Int32 = 0
    /// The program's command line (os.Args): its name, then its arguments.
    public var args: [String] = []
    /// GoStdlib's per-run state (values its natives keep, sync.Pool's
    /// registry); the VM never looks inside.
    public var stdlib: AnyObject? = nil
    /// Budget of backward jumps before `onBudget` runs (preemption point).
    public var budget: Int = 1 << 20
    /// Called when the budget runs out; return false to stop the program.
    public var deadline: UInt64 = 0
    var itabCache: [UInt: [UInt: UInt]] = [:]
    /// Pointer types of map slot arrays, by map type (GCRoots.swift).
    var mapSlotTypes: [UInt: GoRuntime.GoType] = [:]
    /// Objects held only in Swift across an allocation (GCRoots.swift).
    let gcTemp: UnsafeMutablePointer<UInt> = {
        let p = UnsafeMutablePointer<UInt>.allocate(capacity: 16)
        p.initialize(repeating: 0, count: 16)
        return p
    }()
    var gcTempCount = 0
    /// Set when the program ran out of time (the driver reports it).
    public var timedOut = false
    /// Debug flag GOMEM_TRACE=1: print every instruction executed.
    public var trace = false
    public static let maxStack = 1_000_000_000
    /// Go's maxAlloc on linux/amd64: the largest allocation makeslice allows.
    public static let maxAlloc: Int64 = 1 << 48

    public init(program: Program, natives: [String: NativeFn], out: OutputSink) {
        self.program = program
        self.heap = MHeap.create()
        self.cache = heap.allocmcache()
        self.out = out
        let n = program.nativeNames.count
        var nf = [Int](repeating: -1, count: n)
        for i in 0..<program.funcCount {
            let f = program.funcs[i]
            if f.entry < 0 && f.native >= 0 && Int(f.native) < n && (nf[Int(f.native)] < 0 || f.stackmap >= 0) { nf[Int(f.native)] = i }
        }
        self.nativeFuncs = nf
        self.natives = .allocate(capacity: max(n, 1))
        for (i, name) in program.nativeNames.enumerated() { self.natives[i] = natives[name] }
        self.g = .allocate(capacity: 1)
        g.initialize(to: GState())
        let stk = heap.stackalloc(fixedStack, cache: cache)
        g.pointee.lo = stk.lo
        g.pointee.hi = stk.hi
        allGs[1] = g
        nextGID = program.goidBase
        monoStart = nanotime() - 1
    }

    public var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
    public static func from(_ p: UnsafeMutableRawPointer) -> VM { Unmanaged<VM>.fromOpaque(p).takeUnretainedValue() }

    // MARK: Running

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

    // MARK: Services for natives

    @inline(__always) public func mallocgc(_ size: Int, type: TypeRef?) -> UnsafeMutableRawPointer {
        cache.mallocgc(size, type: type?.goType, needzero: true)
    }

    /// A new Go string holding `bytes` (noscan heap memory).
    public func newString(_ bytes: UnsafeRawBufferPointer) -> GoString {
        if bytes.count == 0 { return GoString(ptr: 0, len: 0) }
        let p = cache.mallocgc(bytes.count, type: nil, needzero: false)
        p.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        return GoString(ptr: UInt(bitPattern: p), len: bytes.count)
    }
    public func newString(_ s: String) -> GoString {
        var s = s
        return s.withUTF8 { newString(UnsafeRawBufferPointer($0)) }
    }

    /// The argument area of the innermost native (re-fetch after invoke).
    public func nativeArgs() -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: g.pointee.lo &+ UInt(g.pointee.nativeArgsOff))!
    }

    public func exit(_ code: Int32) -> Int32 {
        exitCode = code
        return RunStatus.exit.rawValue
    }

    /// Raises a runtime error panic with Go's message (without "runtime error: ").
    public func raiseRuntimeError(_ msg: String, plain: Bool = false, type typeName: String? = nil) -> Int32 {
        let full = plain ? msg : "runtime error: " + msg
        var name = typeName ?? "runtime.errorString"
        if typeName == nil {
            if msg.hasPrefix("index out of range") || msg.hasPrefix("slice bounds") { name = "runtime.boundsError" }
            if msg.hasPrefix("interface conversion") { name = "*runtime.TypeAssertionError" }
            if msg.hasPrefix("panic called with nil") { name = "*runtime.PanicNilError" }
        }
        let et = program.namedTypes[name] ?? program.runtimeErrorType
        heap.gcHoldCollections(true)     // s is held only here across the box's allocation
        defer { heap.gcHoldCollections(false) }
        let s = newString(full)
        let box = cache.mallocgc(16, type: program.typeRef(program.stringType).goType, needzero: true)
        box.storeBytes(of: s, as: GoString.self)
        startPanic(type: UInt(bitPattern: program.rodata + et), data: UInt(bitPattern: box))
        return RunStatus.panicking.rawValue
    }

    /// Raises panic(v) for an empty-interface value.
    public func raisePanic(type: UInt, data: UInt) -> Int32 {
        startPanic(type: type, data: data)
        return RunStatus.panicking.rawValue
    }

    /// Removes and returns the innermost panic (fmt recovering a panic in a String method).
    public func takePanic() -> (UInt, UInt)? {
        guard let p = panics.popLast() else { return nil }
        return (p.type, p.data)
    }

    /// Stops the program at run time for a construct the first slice lacks
    /// (a format verb, ...): Go never sees a wrong answer, and the driver
    /// reports it as `not supported yet` with exit status 1.
    public func unsupported(_ what: String) -> Int32 {
        out.write(2, "gomem: \(what) not supported yet\n")
        exitCode = 1
        return RunStatus.exit.rawValue
    }

    func startPanic(type: UInt, data: UInt) {
        if let last = panics.last, last.recovered, last.type == type, last.data == data {
            panics[panics.count - 1].repanicked = true
            panics[panics.count - 1].recovered = false
            panics[panics.count - 1].firstPC = last.pc
            panics[panics.count - 1].firstFPOff = last.fpOff
            panics[panics.count - 1].pc = -1   // unwind notes the new site
            return
        }
        panics.append(PanicRecord(type: type, data: data))
    }

    /// Calls function `fn` from a native. `area` is the callee's whole
    /// argument area (parameters, result space, receiver last; see
    /// FunctionCompiler.argLayout); returns the status and `resultBytes`
    /// bytes from `resultOff` of the area after the call.
    public func invoke(fn: Int, area: [UInt8], resultOff: Int, resultBytes: Int, context: UInt = 0) -> (RunStatus, [UInt8]) {
        var res: [UInt8] = []
        let st = area.withUnsafeBytes { src in
            invokeInPlace(fn: fn, areaSize: area.count, context: context,
                          fill: { if area.count > 0 { $0.copyMemory(from: src.baseAddress!, byteCount: area.count) } },
                          read: { res = [UInt8](UnsafeRawBufferPointer(start: $0 + resultOff, count: resultBytes)) })
        }
        return (st, res)
    }

    /// Calls function `fn` from a native with its argument area (`areaSize`
    /// bytes: parameters, result space, receiver last) written in place on
    /// the goroutine stack by `fill`; `read` sees the area after the call
    /// (results at their offsets), unless the call did not return normally.
    /// No Swift allocation. The pointers passed to `fill` and `read` are
    /// valid only during those calls: the stack may move in between.
    public func invokeInPlace(fn: Int, areaSize: Int, context: UInt = 0,
                              fill: (UnsafeMutableRawPointer) -> Void,
                              read: (UnsafeRawPointer) -> Void) -> RunStatus {
        let info = program.funcs[fn]
        let hs = FrameLayout.headerSize
        if info.entry < 0 {
            // A native calling a native: run it on a scratch area above the current args.
            if (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15 &+ UInt(hs + areaSize + 512) > g.pointee.hi {
                if !growStack(used: g.pointee.spOff + 16, minFree: hs + areaSize + 512,
                              topFP: g.pointee.lo &+ UInt(g.pointee.nativeCallerOff)) {
                    return .exit
                }
            }
            let base = (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15
            let p = UnsafeMutableRawPointer(bitPattern: base)!
            let need = base &+ UInt(hs + areaSize + 512)
            fill(p + hs)
            let savedArgs = g.pointee.nativeArgsOff, savedSp = g.pointee.spOff
            g.pointee.nativeArgsOff = Int(base &- g.pointee.lo) + hs
            g.pointee.spOff = Int(need &- g.pointee.lo)
            let st = RunStatus(rawValue: natives[Int(info.native)]!(opaque, p + hs)) ?? .ok
            if st == .ok { read(UnsafeRawPointer(bitPattern: g.pointee.lo &+ UInt(g.pointee.nativeArgsOff))!) }
            g.pointee.nativeArgsOff = savedArgs; g.pointee.spOff = savedSp
            return st
        }
        let base = (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15
        // Room for the header and arguments; the callee's morestack does the rest.
        if base &+ UInt(hs + areaSize + FrameLayout.stackGuard) > g.pointee.hi {
            if !growStack(used: g.pointee.spOff + 16, minFree: hs + areaSize + FrameLayout.stackGuard,
                          topFP: g.pointee.lo &+ UInt(g.pointee.nativeCallerOff)) {
                return .exit
            }
        }
        let nb = (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15
        let fp = UnsafeMutableRawPointer(bitPattern: nb)!
        fp.storeBytes(of: Int(g.pointee.lo) &+ g.pointee.nativeCallerOff, toByteOffset: FrameLayout.savedFP, as: Int.self)
        fp.storeBytes(of: nestedReturnPC, toByteOffset: FrameLayout.retPC, as: Int.self)
        fp.storeBytes(of: fn, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        fp.storeBytes(of: context, toByteOffset: FrameLayout.context, as: UInt.self)
        fill(fp + hs)
        let fpOff = Int(nb &- g.pointee.lo)
        let savedNest = g.pointee.nestBaseOff
        let savedCaller = g.pointee.nativeCallerOff, savedArgs = g.pointee.nativeArgsOff, savedSp = g.pointee.spOff
        g.pointee.nestBaseOff = fpOff
        let savedIn = g.pointee.inNative
        g.pointee.inNative = 0
        g.pointee.savedFPOff = fpOff
        let st = interpret(fp: fp, pc: Int(info.entry))
        g.pointee.inNative = savedIn
        g.pointee.nestBaseOff = savedNest
        g.pointee.nativeCallerOff = savedCaller; g.pointee.nativeArgsOff = savedArgs; g.pointee.spOff = savedSp
        if st == .ok { read(UnsafeRawPointer(bitPattern: g.pointee.lo &+ UInt(fpOff) &+ UInt(hs))!) }
        return st
    }

    /// Calls method `m` (no parameters, one string result: Error, String) of
    /// the value (type, data) of an interface.
    public func callStringMethod(type: TypeRef, data: UInt, method: MethodDescriptor) -> (RunStatus, GoString) {
        var area = [UInt8](repeating: 0, count: 16)
        appendReceiver(&area, data: data, recvCopy: method.recvCopy)
        let (st, res) = invoke(fn: method.fn, area: area, resultOff: 0, resultBytes: 16)
        if st != .ok { return (st, GoString(ptr: 0, len: 0)) }
        let s = res.withUnsafeBytes { $0.load(as: GoString.self) }
        return (.ok, s)
    }

    /// Calls the func value `closure` (a closure object's address).
    public func invokeClosure(_ closure: UInt, area: [UInt8], resultOff: Int, resultBytes: Int) -> (RunStatus, [UInt8]) {
        let fn = UnsafeRawPointer(bitPattern: closure)!.load(as: Int.self)
        return invoke(fn: fn, area: area, resultOff: resultOff, resultBytes: resultBytes, context: closure)
    }

    public func appendReceiver(_ args: inout [UInt8], data: UInt, recvCopy: Int) {
        if recvCopy == 0 {
            withUnsafeBytes(of: data) { args.append(contentsOf: $0) }
        } else if recvCopy < 0 {
            let v = loadWidth(UnsafeRawPointer(bitPattern: data)!, UInt16(-recvCopy))
            withUnsafeBytes(of: v) { args.append(contentsOf: $0) }
        } else {
            let n = (recvCopy + 7) & ~7
            var b = [UInt8](repeating: 0, count: n)
            b.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: UnsafeRawPointer(bitPattern: data)!, byteCount: recvCopy) }
            args += b
        }
    }

    // MARK: Panics

    func printPanics() {
        if g.pointee.exitHook != nil, !panics.isEmpty { panics[panics.count - 1].repanicked = true }
        // The trace is taken first: printing a value may call its Error or
        // String method, whose frame may lie over the panicking frames.
        let trace = panicTraceback()
        var text = ""
        for (i, p) in panics.filter({ !$0.goexit }).enumerated() {
            if i > 0 { text += "\t" }
            text += "panic: " + panicValueString(type: p.type, data: p.data)
            if p.repanicked { text += " [recovered, repanicked]" } else if p.recovered { text += " [recovered]" }
            if let t = TypeRef(bits: p.type), t.flags.contains(.runtimeError),
               panicValueString(type: p.type, data: p.data).hasSuffix("nil pointer dereference") {
                text += "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"
            }
            text += "\n"
        }
        out.write(2, text)
        out.write(2, trace)
    }

    /// Go's printpanicval.
    public func panicValueString(type: UInt, data: UInt) -> String {
        guard let t = TypeRef(bits: type) else { return "nil" }
        if t.flags.contains(.runtimeError) {
            return UnsafeRawPointer(bitPattern: data)!.load(as: GoString.self).string
        }
        for name in ["Error", "String"] {
            if let m = t.method(named: name) {
                let (st, s) = callStringMethod(type: t, data: data, method: m)
                if st == .ok { return s.string }
                return "(panic in \(name) method)"
            }
        }
        let named = t.flags.contains(.named)
        let v = printValue(t, data: data)
        switch t.kind {
        case .bool, .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr,
             .float32, .float64:
            return named ? "\(t.name)(\(v))" : v
        case .complex64, .complex128:
            return named ? t.name + v : v
        case .string:
            return named ? "\(t.name)(\"\(v)\")" : v
        default:
            return "(\(t.name)) 0x\(String(data, radix: 16))"
        }
    }

    /// The value as the print builtin shows it (for panics).
    func printValue(_ t: TypeRef, data: UInt) -> String {
        let p = UnsafeRawPointer(bitPattern: data)
        switch t.kind {
        case .bool: return p!.load(as: UInt8.self) != 0 ? "true" : "false"
        case .int, .int64: return String(p!.load(as: Int64.self))
        case .int8: return String(p!.load(as: Int8.self))
        case .int16: return String(p!.load(as: Int16.self))
        case .int32: return String(p!.load(as: Int32.self))
        case .uint, .uint64, .uintptr: return String(p!.load(as: UInt64.self))
        case .uint8: return String(p!.load(as: UInt8.self))
        case .uint16: return String(p!.load(as: UInt16.self))
        case .uint32: return String(p!.load(as: UInt32.self))
        case .float64: return formatFloatG(p!.load(as: Double.self), bits: 64)
        case .float32: return formatFloatG(Double(p!.load(as: Float.self)), bits: 32)
        case .complex128: return formatComplexG(p!.load(as: Double.self), p!.load(fromByteOffset: 8, as: Double.self), bits: 64)
        case .complex64: return formatComplexG(Double(p!.load(as: Float.self)), Double(p!.load(fromByteOffset: 4, as: Float.self)), bits: 32)
        case .string: return p!.load(as: GoString.self).string
        default: return "?"
        }
    }

    // MARK: Stack growth

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
        // Adjust the frame chain and every pointer slot into the old stack.
        var f = topFP &+ delta
        while f != 0 {
            let fr = UnsafeMutableRawPointer(bitPattern: f)!
            let fnIdx = fr.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
            if fnIdx >= 0 && fnIdx < program.funcCount {
                let info = program.funcs[fnIdx]
                if info.stackmap >= 0 {
                    let bm = (program.rodata + Int(info.stackmap)).assumingMemoryBound(to: UInt8.self)
                    let words = Int(info.frameSize) / 8
                    if words > 4 {
                        for w in 4..<words where bm[w >> 3] >> UInt8(w & 7) & 1 != 0 {
                            let v = fr.load(fromByteOffset: w * 8, as: UInt.self)
                            if v >= oldLo && v < oldHi { fr.storeBytes(of: v &+ delta, toByteOffset: w * 8, as: UInt.self) }
                        }
                    }
                }
            }
            let saved = fr.load(fromByteOffset: FrameLayout.savedFP, as: UInt.self)
            if saved >= oldLo && saved < oldHi {
                fr.storeBytes(of: saved &+ delta, toByteOffset: FrameLayout.savedFP, as: UInt.self)
                f = saved &+ delta
            } else { f = 0 }
        }
        heap.stackfree(GoStack(lo: oldLo, hi: oldHi), cache: cache)
        gp.pointee.lo = ns.lo
        gp.pointee.hi = ns.hi
    }

    // MARK: Interfaces

    /// The itab of a type known to implement the interface (natives making error values).
    public func itab(type: UInt, inter: UInt) -> UInt { getitab(type: type, inter: inter).0 }

    /// The itab for (concrete type, interface type), built on first use; nil
    /// if the type lacks a method (the name is returned for the message).
    public func getitab(type: UInt, inter: UInt) -> (UInt, String?) {
        if let t = itabCache[inter]?[type] { return (t, nil) }
        let it = TypeRef(bits: inter)!, ty = TypeRef(bits: type)!
        let ims = it.fields
        let mem = UnsafeMutableRawPointer.allocate(byteCount: 24 + 16 * max(ims.count, 1), alignment: 8)
        mem.storeBytes(of: inter, as: UInt.self)
        mem.storeBytes(of: type, toByteOffset: 8, as: UInt.self)
        mem.storeBytes(of: ims.count, toByteOffset: 16, as: Int.self)
        for (j, im) in ims.enumerated() {
            let name = im.name.string
            guard let m = ty.methods.first(where: { $0.name.string == name && $0.type == im.type }) else {
                mem.deallocate()
                return (0, name)
            }
            mem.storeBytes(of: m.fn, toByteOffset: 24 + 16 * j, as: Int.self)
            mem.storeBytes(of: m.recvCopy, toByteOffset: 32 + 16 * j, as: Int.self)
        }
        let bits = UInt(bitPattern: mem)
        itabCache[inter, default: [:]][type] = bits
        return (bits, nil)
    }

    // MARK: Equality

    /// Go's == on two values of type t in memory.
    func valuesEqual(_ t: TypeRef, _ p: UnsafeRawPointer, _ q: UnsafeRawPointer) -> Bool? {
        switch t.kind {
        case .string:
            let a = p.load(as: GoString.self), b = q.load(as: GoString.self)
            return a.len == b.len && (a.len == 0 || memcmp(UnsafeRawPointer(bitPattern: a.ptr)!, UnsafeRawPointer(bitPattern: b.ptr)!, a.len) == 0)
        case .float64: return p.load(as: Double.self) == q.load(as: Double.self)
        case .float32: return p.load(as: Float.self) == q.load(as: Float.self)
        case .complex128:
            return p.load(as: Double.self) == q.load(as: Double.self)
                && p.load(fromByteOffset: 8, as: Double.self) == q.load(fromByteOffset: 8, as: Double.self)
        case .complex64:
            return p.load(as: Float.self) == q.load(as: Float.self)
                && p.load(fromByteOffset: 4, as: Float.self) == q.load(fromByteOffset: 4, as: Float.self)
        case .interface:
            let nonEmpty = t.raw.pointee.nfields > 0
            return ifaceEqual(p, q, nonEmpty: nonEmpty)
        case .struct:
            for f in t.fields {
                guard let ft = f.type.map(TypeRef.init) else { continue }
                if f.name.string == "_" { continue }
                guard let e = valuesEqual(ft, p + f.offset, q + f.offset) else { return nil }
                if !e { return false }
            }
            return true
        case .array:
            guard let et = t.elem else { return true }
            for i in 0..<t.len {
                guard let e = valuesEqual(et, p + i * et.size, q + i * et.size) else { return nil }
                if !e { return false }
            }
            return true
        case .slice, .map, .func: return nil
        default:
            return memcmp(p, q, t.size) == 0
        }
    }

    public func dynType(_ tab: UInt, nonEmpty: Bool) -> UInt {
        if tab == 0 || !nonEmpty { return tab }
        return UnsafeRawPointer(bitPattern: tab)!.load(fromByteOffset: 8, as: UInt.self)
    }

    /// nil: the dynamic type is not comparable (the caller panics).
    public func ifaceEqual(_ p: UnsafeRawPointer, _ q: UnsafeRawPointer, nonEmpty: Bool) -> Bool? {
        let ta = dynType(p.load(as: UInt.self), nonEmpty: nonEmpty)
        let tb = dynType(q.load(as: UInt.self), nonEmpty: nonEmpty)
        if ta != tb { return false }
        if ta == 0 { return true }
        let t = TypeRef(bits: ta)!
        let da = p.load(fromByteOffset: 8, as: UInt.self), db = q.load(fromByteOffset: 8, as: UInt.self)
        if !t.flags.contains(.comparable) { uncomparable = t.name; return nil }
        if t.isDirectIface { return da == db }
        return valuesEqual(t, UnsafeRawPointer(bitPattern: da)!, UnsafeRawPointer(bitPattern: db)!)
    }
    var uncomparable = ""
}

@inline(__always) func loadWidth(_ p: UnsafeRawPointer, _ w: UInt16) -> Int64 {
    switch w {
    case 1: return Int64(p.load(as: Int8.self))
    case 2: return Int64(p.loadUnaligned(as: Int16.self))
    case 3: return Int64(p.loadUnaligned(as: Int32.self))
    case 5: return Int64(p.load(as: UInt8.self))
    case 6: return Int64(p.loadUnaligned(as: UInt16.self))
    case 7: return Int64(p.loadUnaligned(as: UInt32.self))
    default: return p.loadUnaligned(as: Int64.self)
    }
}

@inline(__always) func storeWidth(_ p: UnsafeMutableRawPointer, _ v: Int64, _ w: UInt16) {
    switch w {
    case 1, 5: p.storeBytes(of: UInt8(truncatingIfNeeded: v), as: UInt8.self)
    case 2, 6: p.storeBytes(of: UInt16(truncatingIfNeeded: v), as: UInt16.self)
    case 3, 7: p.storeBytes(of: UInt32(truncatingIfNeeded: v), as: UInt32.self)
    default: p.storeBytes(of: v, as: Int64.self)
    }
}

@inline(__always) func extend(_ v: Int64, _ w: UInt16) -> Int64 {
    switch w {
    case 1: return Int64(Int8(truncatingIfNeeded: v))
    case 2: return Int64(Int16(truncatingIfNeeded: v))
    case 3: return Int64(Int32(truncatingIfNeeded: v))
    case 5: return Int64(UInt8(truncatingIfNeeded: v))
    case 6: return Int64(UInt16(truncatingIfNeeded: v))
    case 7: return Int64(UInt32(truncatingIfNeeded: v))
    default: return v
    }
}

/// Go's roundupsize: the size a heap allocation of `size` bytes really gets.
public func roundupsize(_ size: Int, noscan: Bool) -> Int {
    if size <= SizeClasses.maxSmallSize - SizeClasses.mallocHeaderSize {
        var req = size
        if !noscan && size > SizeClasses.minSizeForMallocHeader { req += SizeClasses.mallocHeaderSize }
        for c in SizeClasses.classToSize where c >= req && c > 0 { return c - (req - size) }
        return size
    }
    let ps = 8192
    return (size + ps - 1) / ps * ps
}
