// GoRuntimeBench — ns per small allocation through GoRuntime's mallocgc.
//
// Usage: [GOMEM_BENCH_BATCH_KIB=k] GoRuntimeBench N [repeats] [sizes...]
//
// For each size (default 16 32 64 128 256 1024, noscan like Go's
// new([size]byte)), allocates N objects on one P's mcache, `repeats` times,
// and prints the median ns per allocation from thread CPU time. Every 4 MiB
// of allocation the heap frees all objects (what a GC cycle with a tiny live
// heap does), inside the timed region, so memory is reused and every reused
// span must be zeroed: the numbers include zeroing, as Go's do. N and the
// sizes come from the command line and every result feeds a sink, so the
// compiler can neither fold nor drop the work.
//
// Output: one line per size: "alloc <size> <median ns/op> <min ns/op>".
//
// Mark mode: GoRuntimeBench mark N [repeats]
//
// Builds a binary tree of N 32-byte objects ({left, right *T; a, b int})
// whose nodes are placed in random order in the heap (node k's children are
// nodes 2k+1 and 2k+2 of a random permutation of the allocation order), so
// following pointers jumps around memory as in a real heap. Roots it in a
// one-word data segment, then times `repeats` mark phases (gcStart through
// mark termination, sweep excluded) with thread CPU time. Every object is
// live, so each cycle marks and scans all N.
//
// Output: "mark <N> <median ns/object> <min ns/object>".

import GoRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func threadCPUNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

let args = CommandLine.arguments
if args.count > 1 && args[1] == "mark" {
    runMarkBenchmark(Array(args.dropFirst(2)))
    exit(0)
}
let n = args.count > 1 ? Int(args[1]) ?? 1_000_000 : 1_000_000
let repeats = args.count > 2 ? Int(args[2]) ?? 9 : 9
let sizes = args.count > 3 ? args[3...].compactMap { Int($0) } : [16, 32, 64, 128, 256, 1024]

/// Bytes allocated between whole-heap frees: 4 MiB (Go's smallest heap
/// goal) unless GOMEM_BENCH_BATCH_KIB says otherwise.
let batchBytes = (getenv("GOMEM_BENCH_BATCH_KIB").flatMap { Int(String(cString: $0)) } ?? 4096) << 10

let heap = MHeap.create()
let cache = heap.allocmcache()

/// Allocates n objects of `size`, freeing everything every `batch`
/// allocations. Returns the xor of all addresses (the sink).
@inline(never)
func run(_ c: MCache, _ h: MHeap, size: Int, n: Int, batch: Int) -> UInt {
    var acc: UInt = 0
    var left = n
    while left > 0 {
        let k = min(left, batch)
        for _ in 0..<k {
            acc ^= UInt(bitPattern: c.mallocgc(size))
        }
        left &-= k
        h.freeAllObjects()
    }
    return acc
}

/// `x` with two decimals (no Foundation).
func fmt2(_ x: Double) -> String {
    let c = Int((x * 100).rounded())
    let frac = c % 100
    return "\(c / 100).\(frac < 10 ? "0" : "")\(frac)"
}

var sink: UInt = 0
for size in sizes {
    let batch = max(1, batchBytes / size)
    sink ^= run(cache, heap, size: size, n: min(n, batch), batch: batch)  // warm: fault the pages in
    var times: [Double] = []
    for _ in 0..<repeats {
        let t0 = threadCPUNanos()
        sink ^= run(cache, heap, size: size, n: n, batch: batch)
        let t1 = threadCPUNanos()
        times.append(Double(t1 - t0) / Double(n))
    }
    times.sort()
    let median = times[times.count / 2]
    print("alloc \(size) \(fmt2(median)) \(fmt2(times[0]))")
}
if sink == 42 { print("sink \(sink)") }

// MARK: - mark

/// A 32-byte node type: two pointer words, two data words (leaked: lives forever).
func nodeType() -> GoType {
    let g = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    g.initialize(to: 0b11)
    let t = UnsafeMutablePointer<GoTypeData>.allocate(capacity: 1)
    t.initialize(to: GoTypeData(size: 32, ptrBytes: 16, align: 8, gcdata: UnsafePointer(g)))
    return GoType(UnsafePointer(t))
}

func runMarkBenchmark(_ a: [String]) {
    let n = a.count > 0 ? Int(a[0]) ?? 10_000_000 : 10_000_000
    let repeats = a.count > 1 ? Int(a[1]) ?? 5 : 5
    let heap = MHeap.create()
    let cache = heap.allocmcache()
    heap.setGCPercent(-1)
    let t = nodeType()
    if getenv("GOMEM_BENCH_HUGE") != nil {
        let first = UInt(bitPattern: cache.mallocgc(32, type: t))
        let base = first & ~UInt((64 << 20) - 1)
        let r = madvise(UnsafeMutableRawPointer(bitPattern: base), 1 << 30, 14 /* MADV_HUGEPAGE */)
        print("madvise \(r)")
    }
    var objs = [UInt](repeating: 0, count: n)
    for i in 0..<n { objs[i] = UInt(bitPattern: cache.mallocgc(32, type: t)) }
    // A random permutation (xorshift, seeded from n so it is not a constant).
    var perm = Array(0..<n)
    var x: UInt64 = 0x9E3779B97F4A7C15 ^ UInt64(n)
    for i in stride(from: n - 1, to: 0, by: -1) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17
        perm.swapAt(i, Int(x % UInt64(i + 1)))
    }
    for k in 0..<n {
        let node = UnsafeMutablePointer<UInt>(bitPattern: objs[perm[k]])!
        if 2 * k + 1 < n { node[0] = objs[perm[2 * k + 1]] }
        if 2 * k + 2 < n { node[1] = objs[perm[2 * k + 2]] }
        node[2] = UInt(k)
    }
    let root = UnsafeMutablePointer<UInt>.allocate(capacity: 1)
    root.pointee = objs[perm[0]]
    objs = []
    perm = []
    heap.gcAddGlobals(GCRootRange(base: UInt(bitPattern: root), words: 1, ptrmask: nil))
    var times: [Double] = []
    for _ in 0..<repeats {
        heap.finishSweep()
        let t0 = threadCPUNanos()
        heap.gcStart(cache)
        heap.gcFinishCycle(cache)
        let t1 = threadCPUNanos()
        times.append(Double(t1 - t0) / Double(n))
    }
    heap.finishSweep()
    let m = heap.readMemStats()
    if m.heapObjects != n { print("mark: lost objects: \(m.heapObjects) of \(n)") }
    times.sort()
    print("mark \(n) \(fmt2(times[times.count / 2])) \(fmt2(times[0]))")
}
