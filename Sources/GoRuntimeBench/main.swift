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
