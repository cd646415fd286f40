// Stack.swift — goroutine stack memory: stackalloc and stackfree (Go's stack.go,
// the allocation half; growth and copying come with the VM).
//
// Stacks are powers of two, at least 2 KiB (fixedStack), and live in
// mSpanManual spans of the same page heap as objects, so spanOf finds the
// span of any stack address too.
//
//   1. Small stacks (2, 4, 8, 16 KiB: orders 0–3) come from the P's stack
//      cache (mcache.stackcache[order]), a free list of up to 32 KiB.
//   2. An empty cache refills to half of 32 KiB from the global stackpool
//      for that order, under the pool lock; a full one releases half back.
//   3. stackpool[order] holds 32 KiB manual spans (4 pages) cut into stacks
//      of that order, linked through each free stack's first word
//      (span.manualFreeList). A span leaves the pool list when it has no
//      free stack, and goes back to the heap when all its stacks are free
//      (outside a GC cycle, as in Go).
//   4. Stacks of 32 KiB and more are spans of their own (Go's stackLarge):
//      freed to the heap at once outside a GC cycle, kept on
//      stackLarge.free[log2 npages] for reuse during one, and returned by
//      freeStackSpans when the cycle ends.
//
// Invariants: a stack span's elemsize is the stack size of its order (small)
// or the span size (large); allocCount counts stacks handed out from it;
// mcache.stackcache[o].size == 2 KiB << o × (length of its list) ≤ 32 KiB
// after every operation; pool lists are guarded by the pool lock, large
// lists by the large lock (lock order: pool or large lock, then heap lock).
// Stack memory is not zeroed: frames initialise what they use.

/// Smallest stack (`fixedStack` on Linux).
public let fixedStack = 2048
/// Orders served from pools: 2, 4, 8, 16 KiB (`_NumStackOrders`).
public let numStackOrders = 4
/// Bytes per stack cache and per stackpool span (`_StackCacheSize`).
public let stackCacheSize = 32 << 10
/// log2 of the largest stackLarge bucket.
let stackLargeBuckets = 48 - 13

/// A goroutine stack: [lo, hi).
public struct GoStack: Equatable, Sendable {
    public var lo: UInt
    public var hi: UInt
    public init(lo: UInt, hi: UInt) { self.lo = lo; self.hi = hi }
    public var size: Int { Int(hi &- lo) }
}

/// The global stack pools (Go's stackpool and stackLarge), in runtime memory.
struct StackPoolData {
    var poolLock: UnsafeMutablePointer<RuntimeLockStorage>
    var pool: UnsafeMutablePointer<MSpanListData>        // numStackOrders lists
    var largeLock: UnsafeMutablePointer<RuntimeLockStorage>
    var large: UnsafeMutablePointer<MSpanListData>       // stackLargeBuckets lists
}

extension MCache {
    /// The P's free list of stacks of `order`.
    func stackcache(_ order: Int) -> UnsafeMutablePointer<StackFreeListData> {
        (UnsafeMutableRawPointer(raw) + MemoryLayout<MCacheData>.offset(of: \.stackcache)!)
            .assumingMemoryBound(to: StackFreeListData.self) + order
    }
}

@inline(__always) private func loadLink(_ x: UInt) -> UInt {
    UnsafeMutableRawPointer(bitPattern: x).unsafelyUnwrapped.load(as: UInt.self)
}
@inline(__always) private func storeLink(_ x: UInt, _ next: UInt) {
    UnsafeMutableRawPointer(bitPattern: x).unsafelyUnwrapped.storeBytes(of: next, as: UInt.self)
}

extension MHeap {
    var stackPools: StackPoolData { raw.pointee.stacks.pointee }

    /// Whether a collection is in progress (Go's gcphase != _GCoff). Freed
    /// stack spans are kept for reuse while it is set.
    var gcRunning: Bool {
        get { raw.pointee.gcRunning }
        nonmutating set { raw.pointee.gcRunning = newValue }
    }

    /// Allocates a stack of `n` bytes (a power of two ≥ 2 KiB), from the P's
    /// cache `c` if given, else from the global pools (Go's stackalloc).
    public func stackalloc(_ n: Int, cache c: MCache?) -> GoStack {
        if n < fixedStack || n & (n - 1) != 0 { runtimeThrow("stack size not a power of 2") }
        var v: UInt
        if n < fixedStack << numStackOrders && n < stackCacheSize {
            var order = 0
            var n2 = n
            while n2 > fixedStack { order += 1; n2 >>= 1 }
            if let c {
                let sc = c.stackcache(order)
                if sc.pointee.list == 0 { stackcacherefill(c, order) }
                v = sc.pointee.list
                sc.pointee.list = loadLink(v)
                sc.pointee.size &-= n
            } else {
                let p = stackPools
                p.poolLock.lock()
                v = stackpoolalloc(order)
                p.poolLock.unlock()
            }
        } else {
            let npage = n >> pageShift
            let log2npage = Int.bitWidth - 1 - npage.leadingZeroBitCount
            let p = stackPools
            p.largeLock.lock()
            let s = (p.large + log2npage).pop()
            p.largeLock.unlock()
            if let s {
                v = s.pointee.startAddr
            } else {
                guard let s = allocSpan(npage, type: .stack, spanclass: SpanClass(raw: 0)) else {
                    runtimeThrow("out of memory allocating stack")
                }
                s.raw.pointee.elemsize = n
                v = s.base
            }
        }
        return GoStack(lo: v, hi: v &+ UInt(n))
    }

    /// Frees a stack from stackalloc, to the P's cache `c` if given (Go's stackfree).
    public func stackfree(_ stk: GoStack, cache c: MCache?) {
        let n = stk.size
        let v = stk.lo
        if n < fixedStack || n & (n - 1) != 0 { runtimeThrow("stack not a power of 2") }
        if n < fixedStack << numStackOrders && n < stackCacheSize {
            var order = 0
            var n2 = n
            while n2 > fixedStack { order += 1; n2 >>= 1 }
            if let c {
                let sc = c.stackcache(order)
                if sc.pointee.size >= stackCacheSize { stackcacherelease(c, order) }
                storeLink(v, sc.pointee.list)
                sc.pointee.list = v
                sc.pointee.size &+= n
            } else {
                let p = stackPools
                p.poolLock.lock()
                stackpoolfree(v, order)
                p.poolLock.unlock()
            }
        } else {
            guard let s = spanOf(v), s.state == .manual else { runtimeThrow("bad span state") }
            if !gcRunning {
                freeSpan(s)
            } else {
                // A collection may be scanning this stack's span: keep it until it ends.
                let log2npage = Int.bitWidth - 1 - s.npages.leadingZeroBitCount
                let p = stackPools
                p.largeLock.lock()
                (p.large + log2npage).insert(s.raw)
                p.largeLock.unlock()
            }
        }
    }

    /// A stack of `order` from the global pool. Pool lock held (Go's stackpoolalloc).
    func stackpoolalloc(_ order: Int) -> UInt {
        let list = stackPools.pool + order
        var s = list.pointee.first
        if s == nil {
            guard let span = allocSpan(stackCacheSize >> pageShift, type: .stack, spanclass: SpanClass(raw: 0)) else {
                runtimeThrow("out of memory")
            }
            let sp = span.raw
            if sp.pointee.allocCount != 0 { runtimeThrow("bad allocCount") }
            if sp.pointee.manualFreeList != 0 { runtimeThrow("bad manualFreeList") }
            sp.pointee.elemsize = fixedStack << order
            var i = 0
            while i < stackCacheSize {
                let x = sp.pointee.startAddr &+ UInt(i)
                storeLink(x, sp.pointee.manualFreeList)
                sp.pointee.manualFreeList = x
                i += sp.pointee.elemsize
            }
            list.insert(sp)
            s = sp
        }
        let sp = s!
        let x = sp.pointee.manualFreeList
        if x == 0 { runtimeThrow("span has no free stacks") }
        sp.pointee.manualFreeList = loadLink(x)
        sp.pointee.allocCount &+= 1
        if sp.pointee.manualFreeList == 0 { list.remove(sp) }
        return x
    }

    /// Returns a stack to its pool span. Pool lock held (Go's stackpoolfree).
    func stackpoolfree(_ x: UInt, _ order: Int) {
        guard let s = spanOf(x), s.state == .manual else { runtimeThrow("freeing stack not in a stack span") }
        let sp = s.raw
        let list = stackPools.pool + order
        if sp.pointee.manualFreeList == 0 { list.insert(sp) }
        storeLink(x, sp.pointee.manualFreeList)
        sp.pointee.manualFreeList = x
        sp.pointee.allocCount &-= 1
        if !gcRunning && sp.pointee.allocCount == 0 {
            // Every stack in the span is free: give it back to the heap.
            list.remove(sp)
            sp.pointee.manualFreeList = 0
            freeSpan(s)
        }
    }

    /// Fills the P's cache for `order` to half of stackCacheSize (Go's stackcacherefill).
    func stackcacherefill(_ c: MCache, _ order: Int) {
        var list: UInt = 0
        var size = 0
        let p = stackPools
        p.poolLock.lock()
        while size < stackCacheSize / 2 {
            let x = stackpoolalloc(order)
            storeLink(x, list)
            list = x
            size += fixedStack << order
        }
        p.poolLock.unlock()
        c.stackcache(order).pointee = StackFreeListData(list: list, size: size)
    }

    /// Returns stacks from the P's cache until it holds half of
    /// stackCacheSize (Go's stackcacherelease).
    func stackcacherelease(_ c: MCache, _ order: Int) {
        let sc = c.stackcache(order)
        var x = sc.pointee.list
        var size = sc.pointee.size
        let p = stackPools
        p.poolLock.lock()
        while size > stackCacheSize / 2 {
            let y = loadLink(x)
            stackpoolfree(x, order)
            x = y
            size -= fixedStack << order
        }
        p.poolLock.unlock()
        sc.pointee = StackFreeListData(list: x, size: size)
    }

    /// Empties the P's stack cache into the pools (Go's stackcache_clear).
    func stackcacheReleaseAll(_ c: MCache) {
        let p = stackPools
        p.poolLock.lock()
        for order in 0..<numStackOrders {
            let sc = c.stackcache(order)
            var x = sc.pointee.list
            while x != 0 {
                let y = loadLink(x)
                stackpoolfree(x, order)
                x = y
            }
            sc.pointee = StackFreeListData()
        }
        p.poolLock.unlock()
    }

    /// At the end of a collection: returns empty pool spans and every kept
    /// large stack span to the heap (Go's freeStackSpans).
    public func freeStackSpans() {
        let p = stackPools
        p.poolLock.lock()
        for order in 0..<numStackOrders {
            let list = p.pool + order
            var s = list.pointee.first
            while let sp = s {
                let next = sp.pointee.next
                if sp.pointee.allocCount == 0 {
                    list.remove(sp)
                    sp.pointee.manualFreeList = 0
                    freeSpan(MSpan(sp))
                }
                s = next
            }
        }
        p.poolLock.unlock()
        p.largeLock.lock()
        for i in 0..<stackLargeBuckets {
            while let sp = (p.large + i).pop() { freeSpan(MSpan(sp)) }
        }
        p.largeLock.unlock()
    }
}
