// Sudog.swift — wait records and wait queues (Go's sudog and waitq of
// runtime2.go/chan.go, and the address-keyed table of sema.go), in raw
// memory: no Swift collection or reference count on these paths.
//
// A `Sudog` is one parked goroutine's interest in one object: a channel
// (receive or send: its value and ok slots, by offset from the G's stack
// base, so stack moves never invalidate them) or the address of a sync
// object whose native asked to be retried (Mutex.Lock, WaitGroup.Wait,
// Cond.Wait). Sudogs come from a free list (`acquireSudog`/`releaseSudog`)
// and are carved from malloc'd chunks that are never returned.
//
// A `WaitQ` is a doubly linked FIFO of sudogs (first/last), stored inline
// where its owner keeps it: a channel's recvq at +64 and sendq at +80
// (Chan.swift), a bucket of the sema table for sync objects (keyed by
// address hash; a bucket may hold several addresses).
//
// Invariants:
//   - a sudog is in at most one queue; `g.waiting` lists (via `waitlink`)
//     every sudog of a waiting G — one for a channel op or a retry, one per
//     channel case for a select — and is 0 whenever the G is not waiting on
//     a queue;
//   - enqueue at the tail, dequeue at the head, removal of a given sudog
//     (select withdrawing its other cases): each O(1);
//   - the objects named by waiting sudogs are GC roots (`scanSudogRoots`).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// What a sudog waits for.
enum SudogKind: Int {
    case recv = 1, send = 2
    /// A blocking native (status `.park`) to be run again when woken.
    case retry = 3
}

/// A parked goroutine's interest in one object (Go's sudog).
struct Sudog {
    var g: UnsafeMutablePointer<GState>? = nil
    var next: UnsafeMutablePointer<Sudog>? = nil
    var prev: UnsafeMutablePointer<Sudog>? = nil
    /// The G's next sudog (select's other cases), or nil.
    var waitlink: UnsafeMutablePointer<Sudog>? = nil
    /// The channel or sync object's address.
    var elem: UInt = 0
    var kind: Int = 0
    /// Offset from the waiter's stack base of its value slot (received into / sent from).
    var valOff: Int = 0
    /// Offset of the ok word, or -1.
    var okOff: Int = -1
    /// Select: the case index and the offset of the result word, or -1.
    var selectCase: Int = -1
    var resultOff: Int = -1
}

/// A FIFO of sudogs over a `WaitQHead` (first, last) in raw memory at `base`.
struct WaitQ {
    let head: UnsafeMutablePointer<WaitQHead>
    @inline(__always) init(_ base: UnsafeMutableRawPointer) { head = base.assumingMemoryBound(to: WaitQHead.self) }

    var first: UnsafeMutablePointer<Sudog>? {
        get { UnsafeMutablePointer(bitPattern: head.pointee.first) }
        nonmutating set { head.pointee.first = UInt(bitPattern: newValue) }
    }
    var last: UnsafeMutablePointer<Sudog>? {
        get { UnsafeMutablePointer(bitPattern: head.pointee.last) }
        nonmutating set { head.pointee.last = UInt(bitPattern: newValue) }
    }
    var isEmpty: Bool { head.pointee.first == 0 }

    func enqueue(_ s: UnsafeMutablePointer<Sudog>) {
        s.pointee.next = nil
        s.pointee.prev = last
        if let l = last { l.pointee.next = s } else { first = s }
        last = s
    }

    /// Unlinks s (which is in this queue).
    func remove(_ s: UnsafeMutablePointer<Sudog>) {
        if let p = s.pointee.prev { p.pointee.next = s.pointee.next } else { first = s.pointee.next }
        if let n = s.pointee.next { n.pointee.prev = s.pointee.prev } else { last = s.pointee.prev }
        s.pointee.next = nil; s.pointee.prev = nil
    }
}

/// Buckets of the sema table (Go's semTabSize).
let semTabSize = 251

extension VM {
    // MARK: Sudog cache

    func acquireSudog() -> UnsafeMutablePointer<Sudog> {
        if let s = sched.sudogFree {
            sched.sudogFree = s.pointee.next
            s.initialize(to: Sudog())
            return s
        }
        // A chunk at a time; chunks live as long as the VM.
        let n = 256
        let chunk = UnsafeMutablePointer<Sudog>.allocate(capacity: n)
        for i in 1..<n {
            (chunk + i).initialize(to: Sudog())
            (chunk + i).pointee.next = i + 1 < n ? chunk + i + 1 : sched.sudogFree
        }
        sched.sudogFree = chunk + 1
        chunk.initialize(to: Sudog())
        return chunk
    }

    func releaseSudog(_ s: UnsafeMutablePointer<Sudog>) {
        s.pointee.g = nil
        s.pointee.waitlink = nil
        s.pointee.prev = nil
        s.pointee.next = sched.sudogFree
        sched.sudogFree = s
    }

    // MARK: Sync objects (sema table)

    func semaRoot(_ key: UInt) -> WaitQ {
        WaitQ(sched.semTable + MemoryLayout<WaitQHead>.stride * Int((key >> 3) % UInt(semTabSize)))
    }

    /// Parks-to-be: registers the running G as waiting on `key` to retry its
    /// blocking native (the caller then parks it).
    func enqueueRetry(_ key: UInt) {
        let s = acquireSudog()
        s.pointee.g = g
        s.pointee.elem = key
        s.pointee.kind = SudogKind.retry.rawValue
        g.pointee.waiting = UInt(bitPattern: s)
        semaRoot(key).enqueue(s)
    }

    /// Makes every goroutine waiting on `key` runnable (they retry their call).
    public func wakeAll(_ key: UInt) {
        let q = semaRoot(key)
        var s = q.first
        while let cur = s {
            s = cur.pointee.next
            if cur.pointee.elem == key { wakeRetry(q, cur) }
        }
    }

    /// Makes the longest-waiting goroutine on `key` runnable; false if none waits.
    @discardableResult
    public func wakeOne(_ key: UInt) -> Bool {
        let q = semaRoot(key)
        var s = q.first
        while let cur = s {
            if cur.pointee.elem == key { wakeRetry(q, cur); return true }
            s = cur.pointee.next
        }
        return false
    }

    /// Makes the waiter on `key` whose G satisfies `pick` runnable (sync.Cond.Signal
    /// picks the holder of the next ticket); false if none.
    public func wakeFirst(_ key: UInt, where pick: (UnsafeMutablePointer<GState>) -> Bool) -> Bool {
        let q = semaRoot(key)
        var s = q.first
        while let cur = s {
            if cur.pointee.elem == key, let gp = cur.pointee.g, pick(gp) { wakeRetry(q, cur); return true }
            s = cur.pointee.next
        }
        return false
    }

    private func wakeRetry(_ q: WaitQ, _ s: UnsafeMutablePointer<Sudog>) {
        q.remove(s)
        let gp = s.pointee.g!
        gp.pointee.waiting = 0
        releaseSudog(s)
        readyG(gp)
    }

    // MARK: Calls from blocking natives

    /// Calls method `name` (no parameters, no results) of the interface value
    /// (itab, data) from a native (sync.Cond.Wait calling c.L.Lock): a
    /// native method (sync.Mutex) runs directly and its status is returned
    /// as is — `.park` included, with parkKey set, so the caller can ask to
    /// be retried; a Go method runs as a nested call (which cannot park).
    public func callMethodFromNative(itab: UInt, data: UInt, name: String) -> Int32 {
        guard let tab = ItabRef(bits: itab) else {
            return raiseRuntimeError("invalid memory address or nil pointer dereference")
        }
        let inter = TypeRef(bits: tab.inter)!
        guard let j = inter.fields.firstIndex(where: { $0.name.string == name }) else { return unsupported("a Locker without \(name)") }
        let fn = tab.entry(j).pointee.fn
        let recvCopy = tab.entry(j).pointee.recvCopy
        var area: [UInt8] = []
        appendReceiver(&area, data: data, recvCopy: recvCopy)
        let info = program.funcs[fn]
        if info.entry < 0, let f = natives[Int(info.native)] {
            area += [UInt8](repeating: 0, count: FrameLayout.nativeSlack)
            return area.withUnsafeMutableBytes { f(opaque, $0.baseAddress!) }
        }
        return invoke(fn: fn, area: area, resultOff: 0, resultBytes: 0).0.rawValue
    }

    // MARK: GC

    /// The objects waiting goroutines' sudogs name are roots (a channel only
    /// parked goroutines refer to must not be freed while its queue links them).
    func scanSudogRoots(_ gp: UnsafeMutablePointer<GState>, _ sc: GCRootScanner) {
        var s = UnsafeMutablePointer<Sudog>(bitPattern: gp.pointee.waiting)
        while let cur = s {
            sc.scanPointer(cur.pointee.elem)
            s = cur.pointee.waitlink
        }
    }
}
