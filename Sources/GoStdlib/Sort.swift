// Sort.swift — package sort: Sort, Stable and IsSorted on a sort.Interface,
// Slice, SliceStable and SliceIsSorted with a less func, Ints, Strings,
// Float64s (slices.Sort), the AreSorted and Search families.
//
// Invariant: the algorithms are Go 1.27's (src/sort/zsortinterface.go and
// zsortfunc.go: pattern-defeating quicksort for Sort and Slice, insertion
// sort plus SymMerge for Stable and SliceStable), so a program sees the same
// final order — equal elements included — and the same sequence of Less and
// Swap calls, which it can observe when they print or count. Less and Swap
// of a sort.Interface are Go methods called through the value's itab
// (`VM.invokeInPlace`); Slice's less is a Go func value and its swap a
// memory swap of the slice's elements, as reflectlite.Swapper does. A panic
// in a callback stops the sort (the `SortAbort` error) and propagates.
// The values a sort works on are never in a goroutine stack (sort.Sort's and
// sort.Slice's parameters leak to the heap in escape analysis), so holding
// their addresses across callbacks that may move the stack is safe.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime
import GoVM

/// A callback did not return normally (a panic, or the program exits).
struct SortAbort: Error {
    let code: Int32
    init(status: RunStatus) { code = status.rawValue }
    var status: RunStatus { RunStatus(rawValue: code) ?? .exit }
}

/// The data a sort works on: Go's lessSwap / sort.Interface.
protocol LessSwap {
    func less(_ i: Int, _ j: Int) throws -> Bool
    func swap(_ i: Int, _ j: Int) throws
}

// MARK: Go's sort algorithms (zsortinterface.go), over any LessSwap

enum GoSort {
    enum Hint { case unknown, increasing, decreasing }

    /// Go's IsSorted: Less(i, i-1) from the end down, stopping at the first true.
    static func isSorted(_ d: some LessSwap, _ n: Int) throws -> Bool {
        var i = n - 1
        while i > 0 {
            if try d.less(i, i - 1) { return false }
            i -= 1
        }
        return true
    }

    /// bits.Len(uint(n)).
    static func bitsLen(_ n: Int) -> Int { n <= 0 ? 0 : Int.bitWidth - n.leadingZeroBitCount }

    static func insertionSort<D: LessSwap>(_ d: D, _ a: Int, _ b: Int) throws {
        var i = a + 1
        while i < b {
            var j = i
            while j > a, try d.less(j, j - 1) {
                try d.swap(j, j - 1)
                j -= 1
            }
            i += 1
        }
    }

    static func siftDown<D: LessSwap>(_ d: D, _ lo: Int, _ hi: Int, _ first: Int) throws {
        var root = lo
        while true {
            var child = 2 * root + 1
            if child >= hi { return }
            if child + 1 < hi, try d.less(first + child, first + child + 1) { child += 1 }
            if !(try d.less(first + root, first + child)) { return }
            try d.swap(first + root, first + child)
            root = child
        }
    }

    static func heapSort<D: LessSwap>(_ d: D, _ a: Int, _ b: Int) throws {
        let first = a, hi = b - a
        var i = (hi - 1) / 2
        while i >= 0 { try siftDown(d, i, hi, first); i -= 1 }
        i = hi - 1
        while i >= 0 {
            try d.swap(first, first + i)
            try siftDown(d, 0, i, first)
            i -= 1
        }
    }

    /// Sorts data[a:b]; `limit` bad pivots are allowed before heapsort.
    static func pdqsort<D: LessSwap>(_ d: D, _ a0: Int, _ b0: Int, _ limit0: Int) throws {
        let maxInsertion = 12
        var a = a0, b = b0, limit = limit0
        var wasBalanced = true, wasPartitioned = true
        while true {
            let length = b - a
            if length <= maxInsertion {
                try insertionSort(d, a, b)
                return
            }
            if limit == 0 {
                try heapSort(d, a, b)
                return
            }
            if !wasBalanced {
                try breakPatterns(d, a, b)
                limit -= 1
            }
            var (pivot, hint) = try choosePivot(d, a, b)
            if hint == .decreasing {
                try reverseRange(d, a, b)
                pivot = (b - 1) - (pivot - a)
                hint = .increasing
            }
            if wasBalanced && wasPartitioned && hint == .increasing {
                if try partialInsertionSort(d, a, b) { return }
            }
            if a > 0, !(try d.less(a - 1, pivot)) {
                a = try partitionEqual(d, a, b, pivot)
                continue
            }
            let (mid, alreadyPartitioned) = try partition(d, a, b, pivot)
            wasPartitioned = alreadyPartitioned
            let leftLen = mid - a, rightLen = b - mid
            let balanceThreshold = length / 8
            if leftLen < rightLen {
                wasBalanced = leftLen >= balanceThreshold
                try pdqsort(d, a, mid, limit)
                a = mid + 1
            } else {
                wasBalanced = rightLen >= balanceThreshold
                try pdqsort(d, mid + 1, b, limit)
                b = mid
            }
        }
    }

    static func partition<D: LessSwap>(_ d: D, _ a: Int, _ b: Int, _ pivot: Int) throws -> (Int, Bool) {
        try d.swap(a, pivot)
        var i = a + 1, j = b - 1
        while i <= j, try d.less(i, a) { i += 1 }
        while i <= j, !(try d.less(j, a)) { j -= 1 }
        if i > j {
            try d.swap(j, a)
            return (j, true)
        }
        try d.swap(i, j)
        i += 1; j -= 1
        while true {
            while i <= j, try d.less(i, a) { i += 1 }
            while i <= j, !(try d.less(j, a)) { j -= 1 }
            if i > j { break }
            try d.swap(i, j)
            i += 1; j -= 1
        }
        try d.swap(j, a)
        return (j, false)
    }

    static func partitionEqual<D: LessSwap>(_ d: D, _ a: Int, _ b: Int, _ pivot: Int) throws -> Int {
        try d.swap(a, pivot)
        var i = a + 1, j = b - 1
        while true {
            while i <= j, !(try d.less(a, i)) { i += 1 }
            while i <= j, try d.less(a, j) { j -= 1 }
            if i > j { break }
            try d.swap(i, j)
            i += 1; j -= 1
        }
        return i
    }

    static func partialInsertionSort<D: LessSwap>(_ d: D, _ a: Int, _ b: Int) throws -> Bool {
        let maxSteps = 5, shortestShifting = 50
        var i = a + 1
        for _ in 0..<maxSteps {
            while i < b, !(try d.less(i, i - 1)) { i += 1 }
            if i == b { return true }
            if b - a < shortestShifting { return false }
            try d.swap(i, i - 1)
            if i - a >= 2 {
                var j = i - 1
                while j >= 1 {
                    if !(try d.less(j, j - 1)) { break }
                    try d.swap(j, j - 1)
                    j -= 1
                }
            }
            if b - i >= 2 {
                var j = i + 1
                while j < b {
                    if !(try d.less(j, j - 1)) { break }
                    try d.swap(j, j - 1)
                    j += 1
                }
            }
        }
        return false
    }

    static func breakPatterns<D: LessSwap>(_ d: D, _ a: Int, _ b: Int) throws {
        let length = b - a
        guard length >= 8 else { return }
        var random = UInt64(length)    // Go's xorshift, seeded with the length
        let modulus = UInt(1) << UInt(bitsLen(length))
        var idx = a + (length / 4) * 2 - 1
        while idx <= a + (length / 4) * 2 + 1 {
            random ^= random << 13
            random ^= random >> 7
            random ^= random << 17
            var other = Int(UInt(random) & (modulus - 1))
            if other >= length { other -= length }
            try d.swap(idx, a + other)
            idx += 1
        }
    }

    static func choosePivot<D: LessSwap>(_ d: D, _ a: Int, _ b: Int) throws -> (Int, Hint) {
        let shortestNinther = 50, maxSwaps = 4 * 3
        let l = b - a
        var swaps = 0
        var i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3
        if l >= 8 {
            if l >= shortestNinther {
                i = try median(d, i - 1, i, i + 1, &swaps)
                j = try median(d, j - 1, j, j + 1, &swaps)
                k = try median(d, k - 1, k, k + 1, &swaps)
            }
            j = try median(d, i, j, k, &swaps)
        }
        switch swaps {
        case 0: return (j, .increasing)
        case maxSwaps: return (j, .decreasing)
        default: return (j, .unknown)
        }
    }

    static func order2<D: LessSwap>(_ d: D, _ a: Int, _ b: Int, _ swaps: inout Int) throws -> (Int, Int) {
        if try d.less(b, a) {
            swaps += 1
            return (b, a)
        }
        return (a, b)
    }

    static func median<D: LessSwap>(_ d: D, _ a0: Int, _ b0: Int, _ c0: Int, _ swaps: inout Int) throws -> Int {
        var a = a0, b = b0, c = c0
        (a, b) = try order2(d, a, b, &swaps)
        (b, c) = try order2(d, b, c, &swaps)
        (a, b) = try order2(d, a, b, &swaps)
        _ = (a, c)
        return b
    }

    static func reverseRange<D: LessSwap>(_ d: D, _ a: Int, _ b: Int) throws {
        var i = a, j = b - 1
        while i < j {
            try d.swap(i, j)
            i += 1; j -= 1
        }
    }

    static func swapRange<D: LessSwap>(_ d: D, _ a: Int, _ b: Int, _ n: Int) throws {
        for i in 0..<max(n, 0) { try d.swap(a + i, b + i) }
    }

    static func stable<D: LessSwap>(_ d: D, _ n: Int) throws {
        var blockSize = 20
        var a = 0, b = blockSize
        while b <= n {
            try insertionSort(d, a, b)
            a = b
            b += blockSize
        }
        try insertionSort(d, a, n)
        while blockSize < n {
            a = 0; b = 2 * blockSize
            while b <= n {
                try symMerge(d, a, a + blockSize, b)
                a = b
                b += 2 * blockSize
            }
            let m = a + blockSize
            if m < n { try symMerge(d, a, m, n) }
            blockSize *= 2
        }
    }

    /// Merges data[a:m] and data[m:b] (SymMerge; a < m < b).
    static func symMerge<D: LessSwap>(_ d: D, _ a: Int, _ m: Int, _ b: Int) throws {
        if m - a == 1 {
            var i = m, j = b
            while i < j {
                let h = Int(UInt(i + j) >> 1)
                if try d.less(h, a) { i = h + 1 } else { j = h }
            }
            var k = a
            while k < i - 1 { try d.swap(k, k + 1); k += 1 }
            return
        }
        if b - m == 1 {
            var i = a, j = m
            while i < j {
                let h = Int(UInt(i + j) >> 1)
                if !(try d.less(m, h)) { i = h + 1 } else { j = h }
            }
            var k = m
            while k > i { try d.swap(k, k - 1); k -= 1 }
            return
        }
        let mid = Int(UInt(a + b) >> 1)
        let n = mid + m
        var start: Int, r: Int
        if m > mid { start = n - b; r = mid } else { start = a; r = m }
        let p = n - 1
        while start < r {
            let c = Int(UInt(start + r) >> 1)
            if !(try d.less(p - c, c)) { start = c + 1 } else { r = c }
        }
        let end = n - start
        if start < m && m < end { try rotate(d, start, m, end) }
        if a < start && start < mid { try symMerge(d, a, start, mid) }
        if mid < end && end < b { try symMerge(d, mid, end, b) }
    }

    /// Rotates data[a:m] and data[m:b] (a < m < b) by block swaps.
    static func rotate<D: LessSwap>(_ d: D, _ a: Int, _ m: Int, _ b: Int) throws {
        var i = m - a, j = b - m
        while i != j {
            if i > j {
                try swapRange(d, m - i, m, j)
                i -= j
            } else {
                try swapRange(d, m - i, m + j - i, i)
                j -= i
            }
        }
        try swapRange(d, m - i, m, i)
    }
}

// MARK: The data: a sort.Interface value, or a slice with a less func

/// A sort.Interface value: Len, Less and Swap called through its itab.
struct InterfaceData: LessSwap {
    let vm: VM
    let data: UInt
    let lessFn: Int, lessRecv: Int
    let swapFn: Int, swapRecv: Int
    let lenFn: Int, lenRecv: Int

    /// nil when the value is a nil interface (the caller panics as Go's
    /// method call on it would).
    init?(_ vm: VM, itab: UInt, data: UInt) {
        guard itab != 0, let it = UnsafeRawPointer(bitPattern: itab),
              let inter = TypeRef(bits: it.load(as: UInt.self)) else { return nil }
        func entry(_ name: String) -> (Int, Int) {
            let j = inter.fields.firstIndex { $0.name.string == name } ?? 0
            return (it.load(fromByteOffset: 24 + 16 * j, as: Int.self), it.load(fromByteOffset: 32 + 16 * j, as: Int.self))
        }
        self.vm = vm
        self.data = data
        (lessFn, lessRecv) = entry("Less")
        (swapFn, swapRecv) = entry("Swap")
        (lenFn, lenRecv) = entry("Len")
    }

    /// Writes the receiver (per the itab's receiver mode) at `p`.
    func putReceiver(_ p: UnsafeMutableRawPointer, _ recvCopy: Int) {
        if recvCopy == 0 {
            p.storeBytes(of: data, as: UInt.self)
        } else if recvCopy < 0 {
            let q = UnsafeRawPointer(bitPattern: data)!
            let v: Int64
            switch -recvCopy {   // Width codes (GoCompiler's Width)
            case 1: v = Int64(q.load(as: Int8.self))
            case 2: v = Int64(q.load(as: Int16.self))
            case 3: v = Int64(q.load(as: Int32.self))
            case 5: v = Int64(q.load(as: UInt8.self))
            case 6: v = Int64(q.load(as: UInt16.self))
            case 7: v = Int64(q.load(as: UInt32.self))
            default: v = q.load(as: Int64.self)
            }
            p.storeBytes(of: v, as: Int64.self)
        } else {
            p.copyMemory(from: UnsafeRawPointer(bitPattern: data)!, byteCount: recvCopy)
        }
    }

    func recvSize(_ recvCopy: Int) -> Int { recvCopy <= 0 ? 8 : (recvCopy + 7) & ~7 }

    func len() throws -> Int {
        var n = 0
        // Len() int: result at 0, receiver at 8.
        let st = vm.invokeInPlace(fn: lenFn, areaSize: 8 + recvSize(lenRecv),
                                  fill: { p in p.storeBytes(of: 0, as: Int.self); putReceiver(p + 8, lenRecv) },
                                  read: { p in n = p.load(as: Int.self) })
        if st != .ok { throw SortAbort(status: st) }
        return n
    }

    func less(_ i: Int, _ j: Int) throws -> Bool {
        var r = false
        // Less(i, j int) bool: i at 0, j at 8, result at 16, receiver at 24.
        let st = vm.invokeInPlace(fn: lessFn, areaSize: 24 + recvSize(lessRecv),
                                  fill: { p in
                                      p.storeBytes(of: i, as: Int.self)
                                      p.storeBytes(of: j, toByteOffset: 8, as: Int.self)
                                      p.storeBytes(of: 0, toByteOffset: 16, as: Int.self)
                                      putReceiver(p + 24, lessRecv)
                                  },
                                  read: { p in r = p.load(fromByteOffset: 16, as: Int.self) & 0xFF != 0 })
        if st != .ok { throw SortAbort(status: st) }
        return r
    }

    func swap(_ i: Int, _ j: Int) throws {
        // Swap(i, j int): i at 0, j at 8, receiver at 16.
        let st = vm.invokeInPlace(fn: swapFn, areaSize: 16 + recvSize(swapRecv),
                                  fill: { p in
                                      p.storeBytes(of: i, as: Int.self)
                                      p.storeBytes(of: j, toByteOffset: 8, as: Int.self)
                                      putReceiver(p + 16, swapRecv)
                                  },
                                  read: { _ in })
        if st != .ok { throw SortAbort(status: st) }
    }
}

/// A slice sorted with a Go less func (sort.Slice): less(i, j) is called
/// in Go, swap exchanges the elements in memory (reflectlite.Swapper).
struct SliceData: LessSwap {
    let vm: VM
    let lessClosure: UInt
    let base: UnsafeMutableRawPointer
    let elemSize: Int
    let scratch: UnsafeMutableRawPointer

    func less(_ i: Int, _ j: Int) throws -> Bool {
        var r = false
        let fn = UnsafeRawPointer(bitPattern: lessClosure)!.load(as: Int.self)
        let st = vm.invokeInPlace(fn: fn, areaSize: 24, context: lessClosure,
                                  fill: { p in
                                      p.storeBytes(of: i, as: Int.self)
                                      p.storeBytes(of: j, toByteOffset: 8, as: Int.self)
                                      p.storeBytes(of: 0, toByteOffset: 16, as: Int.self)
                                  },
                                  read: { p in r = p.load(fromByteOffset: 16, as: Int.self) & 0xFF != 0 })
        if st != .ok { throw SortAbort(status: st) }
        return r
    }

    func swap(_ i: Int, _ j: Int) throws {
        if i == j || elemSize == 0 { return }
        let a = base + i * elemSize, b = base + j * elemSize
        memcpy(scratch, a, elemSize)
        memmove(a, b, elemSize)
        memcpy(b, scratch, elemSize)
    }
}

/// A []float64 sorted by slices.Sort (sort.Float64s): Go's pdqsortOrdered,
/// the same algorithm, comparing with cmp.Less (NaNs first; -0 and +0 are
/// equal, so their order is the algorithm's).
struct Float64Data: LessSwap {
    let base: UnsafeMutablePointer<Double>
    func less(_ i: Int, _ j: Int) -> Bool {
        let x = base[i], y = base[j]
        return (x.isNaN && !y.isNaN) || x < y
    }
    func swap(_ i: Int, _ j: Int) { let t = base[i]; base[i] = base[j]; base[j] = t }
}

// MARK: Natives

/// Runs a sort; a callback's panic or exit becomes the native's status.
private func runSort(_ body: () throws -> Void) -> Int32 {
    do { try body() } catch let e as SortAbort { return e.status.rawValue } catch { return RunStatus.exit.rawValue }
    return 0
}

/// The sort.Interface argument at offset 0, or the status of the nil-method-call panic.
private func interfaceArg(_ v: VM, _ a: UnsafeMutableRawPointer) -> Result<InterfaceData, SortAbort> {
    let A = Args(p: a)
    guard let d = InterfaceData(v, itab: A.word(0), data: A.word(8)) else {
        _ = v.raiseRuntimeError("invalid memory address or nil pointer dereference")
        return .failure(SortAbort(status: .panicking))
    }
    return .success(d)
}

/// The slice behind sort.Slice's `x any` and its less func; nil after
/// raising reflectlite's panic when x is not a slice.
private func sliceArg(_ v: VM, _ a: UnsafeMutableRawPointer, scratch: inout UnsafeMutableRawPointer?) -> Result<(SliceData?, Int), SortAbort> {
    let A = Args(p: a)
    guard let t = TypeRef(bits: A.word(0)), t.kind == .slice, let et = t.elem else {
        let kind = TypeRef(bits: A.word(0)).map { reflectKindName($0.kind) } ?? "zero"
        _ = v.raisePanicString("reflect: call of Swapper on \(kind) Value")
        return .failure(SortAbort(status: .panicking))
    }
    let hdr = UnsafeRawPointer(bitPattern: A.word(8))!
    let n = hdr.load(fromByteOffset: 8, as: Int.self)
    guard n > 1, let base = UnsafeMutableRawPointer(bitPattern: hdr.load(as: UInt.self)) else { return .success((nil, n)) }
    let s = UnsafeMutableRawPointer.allocate(byteCount: max(et.size, 1), alignment: 16)
    scratch = s
    return .success((SliceData(vm: v, lessClosure: A.word(16), base: base, elemSize: et.size, scratch: s), n))
}

/// Go's string order (bytes compared as unsigned, then length).
func goStringLess(_ x: GoString, _ y: GoString) -> Bool {
    let n = min(x.len, y.len)
    let r = n > 0 ? memcmp(UnsafeRawPointer(bitPattern: x.ptr)!, UnsafeRawPointer(bitPattern: y.ptr)!, n) : 0
    return r != 0 ? r < 0 : x.len < y.len
}

/// reflect.Kind's String for the kinds a value of this descriptor has.
func reflectKindName(_ k: Kind) -> String {
    switch k {
    case .interface: return "interface"
    case .pointer: return "ptr"
    case .func: return "func"
    default: return "\(k)"
    }
}

let sortNatives: [(String, NativeFn)] = [
    ("sort.Sort", { vm, a in
        let v = VM.from(vm)
        switch interfaceArg(v, a) {
        case .failure(let e): return e.status.rawValue
        case .success(let d):
            return runSort {
                let n = try d.len()
                if n <= 1 { return }
                try GoSort.pdqsort(d, 0, n, GoSort.bitsLen(n))
            }
        }
    }),
    ("sort.Stable", { vm, a in
        let v = VM.from(vm)
        switch interfaceArg(v, a) {
        case .failure(let e): return e.status.rawValue
        case .success(let d): return runSort { try GoSort.stable(d, try d.len()) }
        }
    }),
    ("sort.IsSorted", { vm, a in
        let v = VM.from(vm)
        switch interfaceArg(v, a) {
        case .failure(let e): return e.status.rawValue
        case .success(let d):
            var sorted = true
            let st = runSort { sorted = try GoSort.isSorted(d, try d.len()) }
            if st == 0 { Args(p: v.nativeArgs()).set(16, sorted) }
            return st
        }
    }),
    ("sort.Slice", { vm, a in
        let v = VM.from(vm)
        var scratch: UnsafeMutableRawPointer?
        defer { scratch?.deallocate() }
        switch sliceArg(v, a, scratch: &scratch) {
        case .failure(let e): return e.status.rawValue
        case .success(let (d, n)):
            guard let d else { return 0 }
            return runSort { try GoSort.pdqsort(d, 0, n, GoSort.bitsLen(n)) }
        }
    }),
    ("sort.SliceStable", { vm, a in
        let v = VM.from(vm)
        var scratch: UnsafeMutableRawPointer?
        defer { scratch?.deallocate() }
        switch sliceArg(v, a, scratch: &scratch) {
        case .failure(let e): return e.status.rawValue
        case .success(let (d, n)):
            guard let d else { return 0 }
            return runSort { try GoSort.stable(d, n) }
        }
    }),
    ("sort.SliceIsSorted", { vm, a in
        let v = VM.from(vm)
        var scratch: UnsafeMutableRawPointer?
        defer { scratch?.deallocate() }
        switch sliceArg(v, a, scratch: &scratch) {
        case .failure(let e): return e.status.rawValue
        case .success(let (d, n)):
            var sorted = true
            let st = runSort { if let d { sorted = try GoSort.isSorted(d, n) } }
            if st == 0 { Args(p: v.nativeArgs()).set(24, sorted) }
            return st
        }
    }),
    ("sort.Ints", { vm, a in
        // Equal ints are indistinguishable: any correct sort gives Go's result.
        let A = Args(p: a)
        guard let base = UnsafeMutablePointer<Int>(bitPattern: A.word(0)) else { return 0 }
        var buf = UnsafeMutableBufferPointer(start: base, count: A.int(8))
        buf.sort()
        return 0
    }),
    ("sort.Strings", { vm, a in
        // Equal strings are indistinguishable: any correct sort gives Go's result.
        let A = Args(p: a)
        guard let base = UnsafeMutablePointer<GoString>(bitPattern: A.word(0)) else { return 0 }
        var buf = UnsafeMutableBufferPointer(start: base, count: A.int(8))
        buf.sort(by: goStringLess)
        return 0
    }),
    ("sort.Float64s", { vm, a in
        let A = Args(p: a)
        guard let base = UnsafeMutablePointer<Double>(bitPattern: A.word(0)) else { return 0 }
        let n = A.int(8)
        return runSort { try GoSort.pdqsort(Float64Data(base: base), 0, n, GoSort.bitsLen(n)) }
    }),
    ("sort.Float64sAreSorted", { vm, a in
        let A = Args(p: a)
        let n = A.int(8)
        var ok = true
        if n > 1, let base = UnsafeMutablePointer<Double>(bitPattern: A.word(0)) {
            let d = Float64Data(base: base)
            for i in 1..<n where d.less(i, i - 1) { ok = false; break }
        }
        A.set(24, ok); return 0
    }),
    ("sort.StringsAreSorted", { vm, a in
        let A = Args(p: a)
        let n = A.int(8)
        var ok = true
        if n > 1, let base = UnsafePointer<GoString>(bitPattern: A.word(0)) {
            for i in 1..<n where goStringLess(base[i], base[i - 1]) { ok = false; break }
        }
        A.set(24, ok); return 0
    }),
    ("sort.SearchFloat64s", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<Double>(bitPattern: A.word(0)), n = A.int(8), x = A.f64(24)
        var lo = 0, hi = n
        while lo < hi { let m = Int(UInt(lo + hi) >> 1); if base![m] < x { lo = m + 1 } else { hi = m } }
        A.set(32, lo); return 0
    }),
    ("sort.SearchStrings", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<GoString>(bitPattern: A.word(0)), n = A.int(8), x = A.str(24)
        var lo = 0, hi = n
        while lo < hi { let m = Int(UInt(lo + hi) >> 1); if goStringLess(base![m], x) { lo = m + 1 } else { hi = m } }
        A.set(40, lo); return 0
    }),
    ("sort.SearchInts", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<Int>(bitPattern: A.word(0)), n = A.int(8), x = A.int(24)
        var lo = 0, hi = n
        while lo < hi { let m = Int(UInt(lo + hi) >> 1); if base![m] < x { lo = m + 1 } else { hi = m } }
        A.set(32, lo); return 0
    }),
    ("sort.IntsAreSorted", { vm, a in
        let A = Args(p: a)
        let base = UnsafePointer<Int>(bitPattern: A.word(0)), n = A.int(8)
        var ok = true
        if n > 1 { for i in 1..<n where base![i] < base![i - 1] { ok = false; break } }
        A.set(24, ok); return 0
    }),
    ("sort.Search", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let n = A.int(0), f = A.word(8)
        let fn = UnsafeRawPointer(bitPattern: f).map { $0.load(as: Int.self) }
        var lo = 0, hi = n
        while lo < hi {
            let m = Int(UInt(lo + hi) >> 1)
            guard let fn else { return v.raiseRuntimeError("invalid memory address or nil pointer dereference") }
            var r = false
            let st = v.invokeInPlace(fn: fn, areaSize: 16, context: f,
                                     fill: { p in p.storeBytes(of: m, as: Int.self); p.storeBytes(of: 0, toByteOffset: 8, as: Int.self) },
                                     read: { p in r = p.load(fromByteOffset: 8, as: Int.self) & 0xFF != 0 })
            if st != .ok { return st.rawValue }
            if !r { lo = m + 1 } else { hi = m }
        }
        Args(p: v.nativeArgs()).set(16, lo); return 0
    }),
]
