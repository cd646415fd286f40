// Runtime2.swift — the layouts of the runtime structures that compiled code,
// the VM and the natives share (Go's runtime2.go and internal/abi, reduced to
// what gomem has), the statuses that cross the VM/native boundary, Go's wait
// reasons and the kinds of runtime error.
//
// Every structure here lies in raw memory (the Go heap, a goroutine stack or
// read-only data) and is reached through a typed pointer, never a Swift
// object: `UnsafeMutablePointer<HChan>`, `ItabRef`, `DeferRef`. The Swift
// structs below have only 8-byte fields, so their Swift layout is the C
// layout the diagrams show, and `MemoryLayout<T>.size` is the header size.
//
//     string  +0 ptr   +8 len                      GoString (TypeDescriptor.swift)
//     slice   +0 ptr   +8 len   +16 cap            SliceHeader
//     eface   +0 type  +8 data                     EFace   (type: *TypeDescriptor or 0)
//     iface   +0 tab   +8 data                     IFace   (tab: *itab or 0)
//     itab    +0 inter +8 type  +16 n  +24 fun[n]  ItabHeader + n × ItabEntry
//     funcval +0 fn (function index) +8 captured variables, one word each
//     _defer  +0 link  +8 frame  +16 fn (funcval) +24 argSize  +32 arguments
//
// Worked example: `var l sync.Locker = &mu` is an IFace whose tab points at
// the itab (inter = sync.Locker's descriptor, type = *sync.Mutex's, n = 2,
// fun[0] = Lock's function index, fun[1] = Unlock's) and whose data word is
// &mu; `l.Lock()` (calli) reads fun[0] and passes the data word as receiver.
//
// Channels and maps have their own headers (HChan, HMap) documented beside
// them; their element and slot areas are separate heap objects.

/// A slice header in memory.
public struct SliceHeader {
    public var ptr: UInt
    public var len: Int
    public var cap: Int
    public init(ptr: UInt, len: Int, cap: Int) { self.ptr = ptr; self.len = len; self.cap = cap }
    /// Offsets of len and cap from a slice's first word (frame operands are Int32).
    public static let lenWord = Int32(MemoryLayout<SliceHeader>.offset(of: \SliceHeader.len)!)
    public static let capWord = Int32(MemoryLayout<SliceHeader>.offset(of: \SliceHeader.cap)!)
}

extension GoString {
    /// Offset of len from a string's first word.
    public static let lenWord = Int32(MemoryLayout<GoString>.offset(of: \GoString.len)!)
}

/// A complex128 in memory: the real part, then the imaginary part.
public struct Complex128Parts {
    public var re: Double
    public var im: Double
    public init(re: Double, im: Double) { self.re = re; self.im = im }
}

/// A complex64 in memory: the real part, then the imaginary part.
public struct Complex64Parts {
    public var re: Float
    public var im: Float
    public init(re: Float, im: Float) { self.re = re; self.im = im }
}

/// An empty interface value (`any`): the dynamic type's descriptor and the data word.
public struct EFace {
    public var type: UInt
    public var data: UInt
    public init(type: UInt, data: UInt) { self.type = type; self.data = data }
    /// Offset of the data word (the same in an IFace).
    public static let dataWord = Int32(MemoryLayout<EFace>.offset(of: \EFace.data)!)
}

/// A non-empty interface value: its itab (0 for nil) and the data word.
public struct IFace {
    public var tab: UInt
    public var data: UInt
    public init(tab: UInt, data: UInt) { self.tab = tab; self.data = data }
}

/// A handle to an itab: an `ItabHeader` followed by `n` `ItabEntry`s, one
/// per method of the interface in the interface's method order.
/// - Precondition: `raw` points at a complete itab (built by the compiler in
///   read-only data or by `VM.getitab`, and never freed).
public struct ItabRef: @unchecked Sendable {
    public let raw: UnsafeMutableRawPointer
    @inline(__always) public init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }
    @inline(__always) public init?(bits: UInt) {
        guard let p = UnsafeMutableRawPointer(bitPattern: bits) else { return nil }
        raw = p
    }
    @inline(__always) public var bits: UInt { UInt(bitPattern: raw) }
    /// Bytes of an itab for an interface of `methods` methods.
    public static func size(methods: Int) -> Int {
        MemoryLayout<ItabHeader>.size + MemoryLayout<ItabEntry>.stride * max(methods, 1)
    }
    @inline(__always) var header: UnsafeMutablePointer<ItabHeader> { raw.assumingMemoryBound(to: ItabHeader.self) }
    /// The interface type's descriptor.
    public var inter: UInt {
        get { raw.load(as: UInt.self) }
        nonmutating set { raw.storeBytes(of: newValue, as: UInt.self) }
    }
    /// The dynamic (concrete) type's descriptor.
    @inline(__always) public var type: UInt {
        get { raw.load(fromByteOffset: MemoryLayout<UInt>.size, as: UInt.self) }
        nonmutating set { raw.storeBytes(of: newValue, toByteOffset: MemoryLayout<UInt>.size, as: UInt.self) }
    }
    public var count: Int {
        get { header.pointee.n }
        nonmutating set { header.pointee.n = newValue }
    }
    /// Method `i`'s entry (function index, receiver mode).
    @inline(__always) public func entry(_ i: Int) -> UnsafeMutablePointer<ItabEntry> {
        (raw + MemoryLayout<ItabHeader>.size).assumingMemoryBound(to: ItabEntry.self) + i
    }
}

/// A func value's object: the function index, then the captured variables.
public enum FuncVal {
    /// Offset of the first captured variable.
    public static let capturedOffset = MemoryLayout<Int>.size
    /// Bytes of a closure object capturing `n` words.
    public static func size(captured n: Int) -> Int { capturedOffset + 8 * n }
    /// The function index of the func value at `p` (not nil).
    @inline(__always) public static func fn(_ p: UnsafeRawPointer) -> Int { p.load(as: Int.self) }
}

/// A deferred call (Go's _defer), in the Go heap, linked innermost first
/// from the G's `deferTop`. The argument bytes follow the header.
public struct DeferRecord {
    /// The next (outer) record, or 0.
    public var link: UInt
    /// The deferring frame, as an offset from its G's stack base (stack
    /// growth never adjusts it).
    public var frameOff: Int
    /// The func value to call.
    public var fn: UInt
    /// Bytes of arguments after the header.
    public var argSize: Int
    public init(link: UInt, frameOff: Int, fn: UInt, argSize: Int) {
        self.link = link; self.frameOff = frameOff; self.fn = fn; self.argSize = argSize
    }
}

/// A handle to a `DeferRecord` and its arguments.
public struct DeferRef {
    public let raw: UnsafeMutablePointer<DeferRecord>
    @inline(__always) public init(_ raw: UnsafeMutableRawPointer) { self.raw = raw.assumingMemoryBound(to: DeferRecord.self) }
    @inline(__always) public init?(bits: UInt) {
        guard let p = UnsafeMutableRawPointer(bitPattern: bits) else { return nil }
        self.init(p)
    }
    @inline(__always) public var bits: UInt { UInt(bitPattern: raw) }
    /// Bytes of a record with `argSize` argument bytes (rounded to words).
    public static func size(argSize: Int) -> Int { (MemoryLayout<DeferRecord>.size + argSize + 7) & ~7 }
    /// The argument bytes.
    public var args: UnsafeMutableRawPointer { UnsafeMutableRawPointer(raw) + MemoryLayout<DeferRecord>.size }
}

/// The two words `mapnext` keeps in the frame while a range over a map runs:
/// the next slot index and whether it produced an entry.
public struct MapIter {
    public var next: Int
    public var found: Int
    public static let foundWord = Int32(MemoryLayout<MapIter>.offset(of: \MapIter.found)!)
}

/// A native's result: what the interpreter does after the call returns.
/// (Natives are C-convention functions and return the raw value.)
public enum NativeStatus: Int32, Sendable {
    /// Returned; results are in the argument area.
    case ok = 0
    /// Raised a panic (VM.raise...): the loop unwinds.
    case panicking = 1
    /// The program exits (os.Exit, a fatal error, the time limit).
    case exit = 2
    /// Must block: park the goroutine on `VM.parkKey` and run the same call
    /// again when it is woken (contended Mutex.Lock, WaitGroup.Wait).
    case park = 3
    /// Let other goroutines run, then continue after the call (Gosched).
    case yield = 5
    /// The goroutine sleeps on a timer the native set (time.Sleep); it
    /// continues after the call when the timer fires.
    case sleep = 6
}

/// A slow operation's result (SlowOps): how the loop continues.
public enum SlowStatus: Int32, Sendable {
    /// Go on with the next instruction.
    case next = 0
    /// A panic was raised: unwind.
    case panicking = 1
    /// The program exits.
    case exit = 2
    /// A panic propagated out of this run (the caller's status is panicking).
    case leave = 3
    /// The goroutine parked and another one runs now (fp and pc switched).
    case switched = 4
}

/// Why a goroutine waits (Go's waitReason), printed in tracebacks and in the
/// deadlock report with Go's words.
public enum WaitReason: UInt8, Sendable, CustomStringConvertible {
    case zero = 0
    case chanReceive, chanSend, select, syncWaitGroupWait, syncMutexLock
    case chanReceiveNilChan, chanSendNilChan, selectNoCases, sleep
    case syncCondWait, syncRWMutexLock, syncRWMutexRLock, semacquire
    case panicWait, preempted, finalizerWait, coroutine

    public var description: String {
        switch self {
        case .zero: return ""
        case .chanReceive: return "chan receive"
        case .chanSend: return "chan send"
        case .select: return "select"
        case .syncWaitGroupWait: return "sync.WaitGroup.Wait"
        case .syncMutexLock: return "sync.Mutex.Lock"
        case .chanReceiveNilChan: return "chan receive (nil chan)"
        case .chanSendNilChan: return "chan send (nil chan)"
        case .selectNoCases: return "select (no cases)"
        case .sleep: return "sleep"
        case .syncCondWait: return "sync.Cond.Wait"
        case .syncRWMutexRLock: return "sync.RWMutex.RLock"
        case .syncRWMutexLock: return "sync.RWMutex.Lock"
        case .semacquire: return "semacquire"
        case .panicWait: return "panicwait"
        case .preempted: return "preempted"
        case .finalizerWait: return "finalizer wait"
        case .coroutine: return "coroutine"
        }
    }
}

/// The kinds of run-time error Go's runtime panics with; each is a type
/// whose %T and `panic:` line Go prints.
public enum RuntimeErrorKind: Sendable {
    /// Index and slice bounds (`runtime.boundsError`).
    case bounds
    /// `runtime.Error` with a message (`runtime.errorString`): nil
    /// dereference, division by zero, makeslice/makechan, uncomparable...
    case errorString
    /// A message without "runtime error: " (`runtime.plainError`): send on
    /// closed channel, close of nil channel, all goroutines asleep.
    case plain
    /// A failed type assertion (`*runtime.TypeAssertionError`).
    case typeAssertion
    /// panic(nil) (`*runtime.PanicNilError`).
    case panicNil

    /// The type's name as %T prints it.
    public var typeName: String {
        switch self {
        case .bounds: return "runtime.boundsError"
        case .errorString, .plain: return "runtime.errorString"
        case .typeAssertion: return "*runtime.TypeAssertionError"
        case .panicNil: return "*runtime.PanicNilError"
        }
    }
    /// Whether the message is prefixed with "runtime error: ".
    public var prefixed: Bool { self != .plain && self != .typeAssertion }
}

/// A channel's header (Go's hchan), in the Go heap; a chan value is its
/// address (nil: a nil channel). The buffer is a separate heap object of
/// `dataqsiz` elements in memory form, used as a ring from `recvx` to `sendx`.
///
///     +0 qcount  +8 dataqsiz  +16 buf  +24 elemsize  +32 closed
///     +40 sendx  +48 recvx    +56 elemtype
///     +64 recvq (first, last)  +80 sendq (first, last)
///
/// `closed` is 1 once closed; its bit `HChan.timerFlag` marks a timer
/// channel (one hidden slot, len and cap read 0). The wait queues are FIFOs
/// of the VM's sudogs (raw addresses; GoVM/Sudog.swift).
public struct HChan {
    /// Elements in the buffer.
    public var qcount: Int
    /// Buffer capacity (0: unbuffered).
    public var dataqsiz: Int
    public var buf: UInt
    public var elemsize: Int
    public var closed: Int
    public var sendx: Int
    public var recvx: Int
    /// The element type's descriptor.
    public var elemtype: UInt
    /// Goroutines waiting to receive, and to send.
    public var recvq: WaitQHead
    public var sendq: WaitQHead
    /// `closed` bit of a timer channel (time.NewTimer, After, Ticker).
    public static let timerFlag = 2
    /// Offsets of the queues, for the VM's WaitQ handles.
    public static let recvqOffset = MemoryLayout<HChan>.offset(of: \HChan.recvq)!
    public static let sendqOffset = MemoryLayout<HChan>.offset(of: \HChan.sendq)!
}

/// A wait queue's two words (Go's waitq): the first and last waiter.
public struct WaitQHead {
    public var first: UInt
    public var last: UInt
}

/// A map's header, in the Go heap; a map value is its address (nil: a nil
/// map). gomem's own open-addressing table (not Go's swiss tables; the
/// language semantics are the same): `cap` slots of `slotSize` bytes,
/// each [state word][key][value at elemOff].
///
///     +0 count  +8 cap  +16 slots  +24 maptype  +32 slotSize  +40 elemOff  +48 used
public struct HMap {
    /// Live entries (len(m)).
    public var count: Int
    /// Slots (a power of two, at least 8).
    public var cap: Int
    /// The slot array (a separate heap object).
    public var slots: UInt
    /// The map type's descriptor (key and elem through it).
    public var maptype: UInt
    public var slotSize: Int
    /// Offset of the value within a slot (the key is at one word).
    public var elemOff: Int
    /// Live and deleted slots (the table grows when this reaches 3/4 of cap).
    public var used: Int
    public init(count: Int, cap: Int, slots: UInt, maptype: UInt, slotSize: Int, elemOff: Int, used: Int) {
        self.count = count; self.cap = cap; self.slots = slots; self.maptype = maptype
        self.slotSize = slotSize; self.elemOff = elemOff; self.used = used
    }
}

/// One case of a select statement's case table, which the compiler lays out
/// in the frame (operand a of `selectgo`), one case after another.
public struct SelectCase {
    /// `SelectCase.send` or `SelectCase.recv`.
    public var dir: Int
    /// The channel (nil: the case never fires).
    public var chan: UInt
    /// Frame offsets of the value slot (sent from / received into) and of
    /// the ok word (-1: none).
    public var valOff: Int
    public var okOff: Int
    public static let send = 1, recv = 2
    /// Byte offsets of the fields, for the compiler's stores.
    public static let dirOffset = Int32(MemoryLayout<SelectCase>.offset(of: \SelectCase.dir)!)
    public static let chanOffset = Int32(MemoryLayout<SelectCase>.offset(of: \SelectCase.chan)!)
    public static let valOffOffset = Int32(MemoryLayout<SelectCase>.offset(of: \SelectCase.valOff)!)
    public static let okOffOffset = Int32(MemoryLayout<SelectCase>.offset(of: \SelectCase.okOff)!)
    public static let size = Int32(MemoryLayout<SelectCase>.size)
}
