// Runtime2.swift — the VM's runtime state (Go's runtime2.go): the G
// (`GState`, raw memory: stack bounds, saved pc/fp, status, wait reason,
// defer chain), a panic in flight (Go's _panic), and the `VM` itself, which
// holds what Go splits between M, P and sched on one P: the heap and the P's
// mcache, the scheduler's goroutine table, run queue and wait queues, the
// timers, the itab cache, and the program being run.
//
// G status table (Proc.swift moves Gs between them):
//
//     status     meaning                          who moves it on
//     running    the G executing now (one)        park → waiting, yield → runnable, return → dead
//     runnable   in the run queue                 schedule → running
//     waiting    parked (wait queue or timer)     a waker (channel op, Unlock, timer) → runnable
//     dead       returned; its stack freed        —
//
// Invariants:
//   - g.lo <= every frame's fp < g.hi; frames are linked by saved fp from the
//     innermost to the entry frame (saved fp 0).
//   - Defer records and panics name frames by offset from g.lo, so stack
//     growth never needs to adjust them.
//   - exactly one G is `running` while the loop runs; it is `VM.g`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// A goroutine's status (Go's _Grunning, _Grunnable, _Gwaiting, _Gdead).
public enum GStatus: Int { case running = 0, runnable = 1, waiting = 2, dead = 3 }

/// The goroutine's state, in raw memory (Go's g).
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
    public var waitReason: WaitReason = .zero
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
    /// Head (a `Sudog` address) of the sudogs this G waits on, linked by
    /// waitlink; 0 when it waits on no queue (Sudog.swift).
    public var waiting: UInt = 0
    /// Next G on the free list (Proc.swift, gfput/gfget).
    public var schedlink: UInt = 0
    /// State a blocking native keeps across its retries (sync.Cond.Wait:
    /// its phase and notify-list ticket); 0 when no such call is in progress.
    public var syncPhase: Int = 0
    public var syncTicket: Int = 0
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
    /// debug.SetMaxStack's limit (Go's maxstacksize).
    public var maxStackSize = 1_000_000_000
    /// debug.SetTraceback's level (a TracebackLevel raw value; 0: not set).
    var tracebackSet = 0
    /// Encoded pcs of runtime.Callers (Traceback.swift) and the *runtime.Func
    /// records FuncForPC hands out (outside the Go heap, made on first use).
    var funcRecords: UnsafeMutablePointer<Int>? = nil
    /// The scheduler's state (Go's schedt, with what Go keeps per P on one P).
    var sched = Sched()
    /// Set by a native that must block: the key to wait on.
    public var parkKey: UInt = 0
    public var parkReason: WaitReason = .zero
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
        heap.setZerobase(program.bss + Program.zerobaseOffset)
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
        sched.allGs[1] = g
        sched.nextGID = program.goidBase
        monoStart = nanotime() - 1
    }

    public var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
    public static func from(_ p: UnsafeMutableRawPointer) -> VM { Unmanaged<VM>.fromOpaque(p).takeUnretainedValue() }

    /// The dynamic type that made the last interface comparison fail (for
    /// the "comparing uncomparable type" panic).
    var uncomparable = ""
}

/// The scheduler's state (Go's schedt; on one P, also what Go keeps per P):
/// every live G, the run queue, the free lists of Gs and sudogs, the sema
/// table for goroutines blocked in sync natives, and the ids handed out.
struct Sched {
    /// Every goroutine not yet dead, by id, and the run queue (Proc.swift).
    var allGs: [Int: UnsafeMutablePointer<GState>] = [:]
    var runq: [UnsafeMutablePointer<GState>] = []
    var runqHead = 0
    var nextGID = 2
    /// runtime.Goexit ended main: the program runs until the others end.
    var mainGoexited = false
    /// Go's first GC cycle started its mark worker goroutine (it took an id).
    var gcWorkerIDTaken = false
    /// Dead Gs kept for reuse with their standard-size stacks (Go's gFree), linked by schedlink.
    var gFree: UnsafeMutablePointer<GState>? = nil
    /// Panics of goroutines not running (only those with panics in flight).
    var gPanics: [Int: [PanicRecord]] = [:]
    /// Free sudogs (linked by next) and the sema table's buckets: waiters on
    /// sync objects by address (Sudog.swift).
    var sudogFree: UnsafeMutablePointer<Sudog>? = nil
    let semTable: UnsafeMutableRawPointer = {
        let p = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<WaitQHead>.stride * semTabSize, alignment: 8)
        memset(p, 0, MemoryLayout<WaitQHead>.stride * semTabSize)
        return p
    }()
}
