// Program.swift — a compiled program's image: the code segment, the function
// table, read-only data (string literals, type descriptors, itabs, static
// closures, stack maps), the data segment (initialised globals) and the BSS
// segment (zeroed globals), each with its pointer bitmap.
//
// How it is made and loaded:
//   1. The compiler appends to `SegmentBuilder`s: bytes plus relocations
//      (a word at offset `at` must hold the absolute address of offset
//      `target` in rodata).
//   2. `load()` maps each segment (mmap), copies the bytes, applies the
//      relocations, then makes code and rodata read-only (mprotect). Data and
//      BSS stay writable; they are GC roots, described by their bitmaps.
// After loading no Swift object is referenced from Go memory; the VM reads
// the segments through the raw pointers below.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A segment under construction.
public struct SegmentBuilder {
    public var bytes: [UInt8] = []
    /// (offset of a pointer word in this segment, offset it points to in rodata).
    public var relocs: [(at: Int, target: Int)] = []
    public init() {}
    public var count: Int { bytes.count }
    public mutating func align(_ a: Int) {
        while bytes.count % a != 0 { bytes.append(0) }
    }
    /// Reserves n zero bytes aligned to `a`; returns the offset.
    public mutating func reserve(_ n: Int, align a: Int = 8) -> Int {
        align(a)
        let off = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: n))
        return off
    }
    public mutating func putInt(_ v: Int, at off: Int) {
        withUnsafeBytes(of: v.littleEndian) { b in for i in 0..<8 { bytes[off + i] = b[i] } }
    }
    public mutating func putPtr(at off: Int, target: Int) { relocs.append((off, target)) }
    public mutating func appendBytes(_ b: [UInt8]) -> Int {
        let off = bytes.count
        bytes.append(contentsOf: b)
        return off
    }
}

/// One function of the function table (raw, in the program image).
public struct FuncInfo {
    /// First instruction, or -1 for a native function.
    public var entry: Int32
    /// Native function index (natives only).
    public var native: Int32
    /// Bytes of the frame (header, arguments, results, locals).
    public var frameSize: Int32
    /// Offset where locals begin (zeroed at entry).
    public var localsStart: Int32
    /// Bytes of the argument area (header excluded): parameters then results.
    public var argSize: Int32
    /// Offset (from the callee's fp) of the results.
    public var resultOff: Int32
    /// Rodata offset of the frame's pointer bitmap (one bit per frame word), or -1.
    public var stackmap: Int32
    /// Rodata offset of the closure object's type descriptor (closures only), or -1.
    public var closureType: Int32
    /// Frame offset of the function's outgoing call area (== frameSize).
    public var outArea: Int32
    public var pad: Int32 = 0
    public init(entry: Int32, native: Int32, frameSize: Int32, localsStart: Int32, argSize: Int32,
                resultOff: Int32, stackmap: Int32, closureType: Int32) {
        self.entry = entry; self.native = native; self.frameSize = frameSize; self.localsStart = localsStart
        self.argSize = argSize; self.resultOff = resultOff; self.stackmap = stackmap
        self.closureType = closureType; self.outArea = frameSize
    }
}

/// A safepoint's stack map: at `pc`, the frame's pointer words are those of
/// the bitmap at rodata offset `bitmap` (one bit per 8-byte word from fp).
public struct StackMapEntry: Sendable {
    public var pc: Int32
    public var bitmap: Int32
    public init(pc: Int32, bitmap: Int32) { self.pc = pc; self.bitmap = bitmap }
}

/// A loaded program. The raw segments live as long as the process.
public final class Program: @unchecked Sendable {
    public let code: UnsafeMutablePointer<Instr>
    public let codeCount: Int
    public let funcs: UnsafeMutablePointer<FuncInfo>
    public let funcCount: Int
    public let rodata: UnsafeMutableRawPointer
    public let rodataSize: Int
    public let data: UnsafeMutableRawPointer
    public let dataSize: Int
    public let bss: UnsafeMutableRawPointer
    public let bssSize: Int
    /// Pointer bitmaps of data and BSS (one bit per word).
    public let dataPtrmask: [UInt8]
    public let bssPtrmask: [UInt8]
    public let consts: UnsafeMutablePointer<Int64>
    /// Names of the native functions, by native index ("fmt.Println").
    public let nativeNames: [String]
    /// Function names by function index ("main.main", "main.(*T).M").
    public let funcNames: [String]
    /// Source line of each instruction (for tracebacks).
    public let lines: [Int32]
    /// Source file of each function (index into `fileNames`; natives 0).
    public let funcFiles: [Int32]
    /// The source files as the go command shows them (FileSet order).
    public let fileNames: [String]
    /// The source files' absolute paths, as Go's tracebacks and
    /// runtime.Caller name them (set by the driver; defaults to fileNames).
    public var sourcePaths: [String]
    /// The id Go 1.27 gives the program's first goroutine with one P: the
    /// runtime's own take 2-5, and package os's init starts one more.
    public var goidBase = 6
    /// Generated wrappers (method values `-fm`, method expressions, promoted
    /// methods): Go's tracebacks do not show them.
    public var wrapperFuncs: Set<Int> = []
    /// The source has //line directives, which gomem does not apply: the
    /// runtime's view of files and lines would differ from Go's.
    public var hasLineDirectives = false
    /// Safepoint stack maps, sorted by pc.
    public let stackMaps: [StackMapEntry]
    /// The entry function (runs package initialisation, then main.main).
    public let entryFunc: Int
    /// Offset in rodata of the runtime error type and of the panic stub code.
    public let runtimeErrorType: Int
    public let panicStubPC: Int
    /// Rodata offset of the `string` descriptor (for natives that make interfaces).
    public let stringType: Int
    /// Extra descriptors natives need, by name ("int", "error", "*fmt.wrapError"...).
    public let namedTypes: [String: Int]
    /// Rodata offsets of static closures of methods natives may call ("error.Error").
    public let fileName: String

    /// Where data (then BSS) is mapped if that range is free: near Go's own
    /// linux/amd64 data addresses.
    static let globalsHint: UInt = 0x600000
    /// The BSS offset of runtime.zerobase: the address of every zero-size
    /// package variable and (GoVM sets it as the heap's) every 0-byte allocation.
    public static let zerobaseOffset = 0

    public init(code: [Instr], funcs: [FuncInfo], rodata: SegmentBuilder, data: SegmentBuilder, bssSize: Int,
         dataPtrmask: [UInt8], bssPtrmask: [UInt8], consts: [Int64], nativeNames: [String], funcNames: [String],
         lines: [Int32], stackMaps: [StackMapEntry], entryFunc: Int, runtimeErrorType: Int, panicStubPC: Int,
         stringType: Int, namedTypes: [String: Int], fileName: String,
         funcFiles: [Int32] = [], fileNames: [String] = []) {
        func mapAnon(_ n: Int, hint: UInt = 0) -> UnsafeMutableRawPointer {
            let size = max((n + 4095) & ~4095, 4096)
            let p = mmap(UnsafeMutableRawPointer(bitPattern: hint), size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard let p, p != MAP_FAILED else { fatalError("gomem: cannot map program segment") }
            return p
        }
        func protect(_ p: UnsafeMutableRawPointer, _ n: Int) {
            _ = mprotect(p, max((n + 4095) & ~4095, 4096), PROT_READ)
        }
        let codeBytes = code.count * MemoryLayout<Instr>.stride
        let c = mapAnon(codeBytes).bindMemory(to: Instr.self, capacity: max(code.count, 1))
        c.initialize(from: code, count: code.count)
        self.code = c
        self.codeCount = code.count
        let f = UnsafeMutablePointer<FuncInfo>.allocate(capacity: max(funcs.count, 1))
        f.initialize(from: funcs, count: funcs.count)
        self.funcs = f
        self.funcCount = funcs.count
        let ro = mapAnon(rodata.count)
        rodata.bytes.withUnsafeBytes { ro.copyMemory(from: $0.baseAddress!, byteCount: rodata.count) }
        for r in rodata.relocs { ro.storeBytes(of: UInt(bitPattern: ro + r.target), toByteOffset: r.at, as: UInt.self) }
        self.rodata = ro
        self.rodataSize = rodata.count
        // Data and BSS go low in the address space when it is free there, as
        // Go's linker places them (programs may compare &global with a bound).
        let d = mapAnon(data.count, hint: Program.globalsHint)
        data.bytes.withUnsafeBytes { if data.count > 0 { d.copyMemory(from: $0.baseAddress!, byteCount: data.count) } }
        for r in data.relocs { d.storeBytes(of: UInt(bitPattern: ro + r.target), toByteOffset: r.at, as: UInt.self) }
        self.data = d
        self.dataSize = data.count
        self.bss = mapAnon(bssSize, hint: UInt(bitPattern: d) == Program.globalsHint
                           ? Program.globalsHint + UInt(max((data.count + 4095) & ~4095, 4096)) : 0)
        self.bssSize = bssSize
        self.dataPtrmask = dataPtrmask
        self.bssPtrmask = bssPtrmask
        let k = UnsafeMutablePointer<Int64>.allocate(capacity: max(consts.count, 1))
        k.initialize(from: consts, count: consts.count)
        self.consts = k
        self.nativeNames = nativeNames
        self.funcNames = funcNames
        self.lines = lines
        self.stackMaps = stackMaps
        self.entryFunc = entryFunc
        self.runtimeErrorType = runtimeErrorType
        self.panicStubPC = panicStubPC
        self.stringType = stringType
        self.namedTypes = namedTypes
        self.fileName = fileName
        self.funcFiles = funcFiles
        self.fileNames = fileNames.isEmpty ? [fileName] : fileNames
        self.sourcePaths = self.fileNames
        // The code segment and read-only data are read-only after loading.
        protect(UnsafeMutableRawPointer(c), codeBytes)
        protect(ro, rodata.count)
    }

    public func typeRef(_ rodataOffset: Int) -> TypeRef {
        TypeRef((rodata + rodataOffset).assumingMemoryBound(to: TypeDescriptor.self))
    }
    /// A descriptor natives need, by its %T name.
    public func namedType(_ name: String) -> TypeRef? { namedTypes[name].map(typeRef) }
}
