// Mem.swift — the OS layer: address space moves through Go's four states.
//
//     None ──sysReserve──▶ Reserved ──sysMap──▶ Prepared ──sysUsed──▶ Ready
//       ▲                    │  ▲                 ▲   │                  │
//       └──────sysFree───────┘  └────sysFault─────┼───┘◀──sysUnused──────┘
//
// - None: unmapped; the default state of any address.
// - Reserved: owned by the runtime, PROT_NONE; touching it faults. Counts
//   toward no statistic.
// - Prepared: mapped read/write but the contents are not to be trusted and the
//   kernel may hold no physical pages for it (after MADV_DONTNEED it reads as
//   zero on Linux). Moving to Ready must be cheap.
// - Ready: may be used; backed on demand.
//
// On Linux, Prepared and Ready differ only in what the runtime promises:
// sysMap makes the range read/write (so Prepared is usable in fact), sysUsed
// is a no-op apart from accounting, sysUnused gives the pages back with
// MADV_DONTNEED. This is Go's mem_linux.go on a system without huge-page
// tuning.
//
// Every function that changes what counts as mapped takes a `SysStat`: the
// counter the bytes are charged to (Go's sysMemStat). `Sys` in MemStats is
// the sum of those counters.
//
// Invariants: every address and length passed here is a multiple of the
// physical page size (4 KiB); a failed mmap is a Go fatal error, not a Swift
// trap (ENOMEM when mapping heap pages is Go's `runtime: out of memory`).
// Runtime messages to standard error go through `runtimePrint`, which lets
// the embedder flush its buffered output first (`RuntimeHooks`).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Physical page size assumed by the runtime (Linux/amd64 and arm64 with 4 KiB pages).
let physPageSize: UInt = 4096

/// A counter of bytes mapped from the OS for one purpose (Go's `sysMemStat`).
/// The counter lives in runtime raw memory and is updated atomically, so it
/// may be charged without holding any lock.
public struct SysStat: @unchecked Sendable {
    @usableFromInline let raw: UnsafeMutablePointer<Atomic<Int>>

    init(_ raw: UnsafeMutablePointer<Atomic<Int>>) { self.raw = raw }

    /// Bytes currently charged to this counter.
    public var load: Int { raw.pointee.load(ordering: .relaxed) }

    func add(_ n: Int) { raw.pointee.wrappingAdd(n, ordering: .relaxed) }
}

/// What the embedder (GoVM) lets the runtime do before it writes a message
/// of its own to standard error: `flush` writes out any output the embedder
/// buffers (so the program's earlier output comes first), `traceback` gives
/// the goroutine trace printed after a fatal error. Set while a program runs.
public enum RuntimeHooks {
    nonisolated(unsafe) public static var flush: (() -> Void)?
    nonisolated(unsafe) public static var traceback: (() -> String)?
}

/// Go's runtime `print` to standard error (after the embedder's output).
public func runtimePrint(_ text: String) {
    RuntimeHooks.flush?()
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// Go's `throw`: a broken invariant or an unrecoverable condition (out of
/// memory) inside the runtime. Prints Go's wording (`fatal error: ...`),
/// then the embedder's goroutine trace, and exits with status 2, as Go does.
public func runtimeThrow(_ message: String) -> Never {
    runtimePrint("fatal error: \(message)\n")
    if let t = RuntimeHooks.traceback?(), !t.isEmpty { runtimePrint("\n" + t) }
    exit(2)
}

/// The OS memory primitives (Go's mem.go). Namespace only.
public enum Mem {
    /// Reserved: takes `n` bytes of address space (PROT_NONE), at `hint` if
    /// that range is free. Returns nil if the OS refused. Not charged to any stat.
    public static func sysReserve(hint: UInt, _ n: UInt) -> UInt? {
        let p = mmap(UnsafeMutableRawPointer(bitPattern: hint), Int(n), PROT_NONE,
                     MAP_ANON | MAP_PRIVATE | MAP_NORESERVE, -1, 0)
        if p == MAP_FAILED || p == nil { return nil }
        return UInt(bitPattern: p)
    }

    /// Reserves `n` bytes aligned to `align` (a power of two): reserves
    /// `n + align` and trims both ends (Go's sysReserveAligned).
    public static func sysReserveAligned(hint: UInt, _ n: UInt, align: UInt) -> UInt? {
        if hint != 0, hint & (align &- 1) == 0, let p = sysReserve(hint: hint, n) {
            if p & (align &- 1) == 0 { return p }
            sysFreeUncounted(p, n)
        }
        guard let p = sysReserve(hint: 0, n &+ align) else { return nil }
        let aligned = (p &+ align &- 1) & ~(align &- 1)
        if aligned > p { sysFreeUncounted(p, aligned &- p) }
        let end = p &+ n &+ align
        let alignedEnd = aligned &+ n
        if end > alignedEnd { sysFreeUncounted(alignedEnd, end &- alignedEnd) }
        return aligned
    }

    /// Reserved → Prepared: makes `[v, v+n)` read/write and charges `stat`.
    public static func sysMap(_ v: UInt, _ n: UInt, _ stat: SysStat) {
        let p = mmap(UnsafeMutableRawPointer(bitPattern: v), Int(n), PROT_READ | PROT_WRITE,
                     MAP_ANON | MAP_FIXED | MAP_PRIVATE, -1, 0)
        // The OS refusing to back the range (overcommit limits) is Go's
        // out-of-memory throw; anything else is a broken address space.
        if p == MAP_FAILED && errno == ENOMEM { runtimeThrow("runtime: out of memory") }
        if p == MAP_FAILED || UInt(bitPattern: p) != v {
            runtimeThrow("runtime: cannot map pages in arena address space")
        }
        stat.add(Int(n))
    }

    /// Prepared → Ready. A no-op on Linux beyond the promise; kept so every
    /// state change has its call site.
    @inline(__always)
    public static func sysUsed(_ v: UInt, _ n: UInt) {}

    /// Ready → Prepared: the OS may take the physical pages back
    /// (MADV_DONTNEED); the range reads as zero afterwards on Linux.
    public static func sysUnused(_ v: UInt, _ n: UInt) {
        _ = madvise(UnsafeMutableRawPointer(bitPattern: v), Int(n), MADV_DONTNEED)
    }

    /// Any state → None: unmaps and uncharges `stat`.
    public static func sysFree(_ v: UInt, _ n: UInt, _ stat: SysStat) {
        sysFreeUncounted(v, n)
        stat.add(-Int(n))
    }

    static func sysFreeUncounted(_ v: UInt, _ n: UInt) {
        _ = munmap(UnsafeMutableRawPointer(bitPattern: v), Int(n))
    }

    /// Any state → Reserved: any access now faults (used by debug modes to
    /// catch use of freed memory). Uncharges `stat`.
    public static func sysFault(_ v: UInt, _ n: UInt, _ stat: SysStat) {
        _ = mmap(UnsafeMutableRawPointer(bitPattern: v), Int(n), PROT_NONE,
                 MAP_ANON | MAP_FIXED | MAP_PRIVATE | MAP_NORESERVE, -1, 0)
        stat.add(-Int(n))
    }

    /// None → Ready in one step, for runtime metadata (Go's sysAlloc).
    public static func sysAlloc(_ n: UInt, _ stat: SysStat) -> UInt {
        let p = mmap(nil, Int(n), PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0)
        if p == MAP_FAILED || p == nil { runtimeThrow("runtime: out of memory") }
        stat.add(Int(n))
        return UInt(bitPattern: p)
    }
}
