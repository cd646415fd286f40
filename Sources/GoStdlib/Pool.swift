// Pool.swift — sync.Pool as Go runs it on one P, with Go's victim cache.
//
// A Pool is {local, localSize, victim, victimSize, New} (Go's layout).
// `local` and `victim` point to a poolLocal in the Go heap, made here:
//
//     +0  private any      (Put fills it first; Get takes it first)
//     +16 shared []any     (array, len, cap: pushed and popped at the head)
//
// so a pool's objects are reachable from the pool itself. Get looks at the
// local private, the local shared (newest first), the victim private, then
// the victim shared (oldest first), and calls New last. At the start of
// every GC cycle (GoRuntime's cycle-start hook, Go's poolCleanup) each pool
// drops its victim and its local becomes the victim; so an object put in a
// pool survives one collection and is freed by the second. Pools with a
// local cache are registered, each held by a root slot as Go's allPools
// and oldPools hold them.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime
import GoVM

/// A registered pool and the root slot that holds it.
struct PoolEntry { var pool: UInt; var slot: UnsafeMutablePointer<UInt>; var token: Int }

/// Registered pools (per run): `current` have a local cache (Go's
/// allPools), `old` a victim cache (Go's oldPools).
final class PoolRegistry {
    var current: [PoolEntry] = []
    var old: [PoolEntry] = []
}

extension VM {
    var poolRegistry: PoolRegistry {
        let st = std
        if let r = st.poolRegistry { return r }
        let r = PoolRegistry()
        st.poolRegistry = r
        heap.gcSetCycleStartHook(poolCleanup, context: opaque)
        return r
    }

    func rootPool(_ p: UInt) -> PoolEntry {
        let slot = UnsafeMutablePointer<UInt>.allocate(capacity: 1)
        slot.initialize(to: p)
        return PoolEntry(pool: p, slot: slot, token: heap.gcAddRoot(slot))
    }

    func unrootPool(_ e: PoolEntry) {
        heap.gcRemoveRoot(e.token)
        e.slot.deallocate()
    }
}

/// Go's poolCleanup, at the start of a cycle with the world stopped.
let poolCleanup: GCWorldFunc = { ctx in
    let v = VM.from(ctx!)
    guard let reg = v.std.poolRegistry else { return }
    for e in reg.old {
        let p = UnsafeMutableRawPointer(bitPattern: e.pool)!
        p.storeBytes(of: (UInt(0), UInt(0)), toByteOffset: 16, as: (UInt, UInt).self)
        v.unrootPool(e)
    }
    for e in reg.current {
        let p = UnsafeMutableRawPointer(bitPattern: e.pool)!
        p.storeBytes(of: p.load(as: (UInt, UInt).self), toByteOffset: 16, as: (UInt, UInt).self)
        p.storeBytes(of: (UInt(0), UInt(0)), as: (UInt, UInt).self)
    }
    reg.old = reg.current
    reg.current = []
}

/// The pool's local poolLocal, made (and the pool registered) if it has none.
func poolLocal(_ v: VM, _ pool: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
    if let l = UnsafeMutableRawPointer(bitPattern: pool.load(as: UInt.self)) { return l }
    let reg = v.poolRegistry
    let l = v.mallocgcPointerWords(40)
    pool.storeBytes(of: (UInt(bitPattern: l), UInt(1)), as: (UInt, UInt).self)
    reg.current.append(v.rootPool(UInt(bitPattern: pool)))
    return l
}

/// Takes an object from a poolLocal: private first, then shared from the head (or the tail).
func poolTake(_ l: UnsafeMutableRawPointer, fromTail: Bool) -> (UInt, UInt)? {
    let priv = l.load(as: (UInt, UInt).self)
    if priv.0 != 0 {
        l.storeBytes(of: (UInt(0), UInt(0)), as: (UInt, UInt).self)
        return priv
    }
    let (arr, n, _) = l.load(fromByteOffset: 16, as: (UInt, Int, Int).self)
    guard n > 0, let base = UnsafeMutableRawPointer(bitPattern: arr) else { return nil }
    let x: (UInt, UInt)
    if fromTail {
        x = base.load(as: (UInt, UInt).self)
        memmove(base, base + 16, 16 * (n - 1))
    } else {
        x = base.load(fromByteOffset: 16 * (n - 1), as: (UInt, UInt).self)
    }
    (base + 16 * (n - 1)).storeBytes(of: (UInt(0), UInt(0)), as: (UInt, UInt).self)
    l.storeBytes(of: n - 1, toByteOffset: 24, as: Int.self)
    return x
}

let poolNatives: [(String, NativeFn)] = [
    // Put(x any): x 0, receiver 16.
    ("sync.Pool.Put", { vm, a in
        let v = VM.from(vm)
        let x = a.load(as: (UInt, UInt).self)
        if x.0 == 0 { return 0 }
        let pool = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self))!
        v.heap.gcHoldCollections(true)
        defer { v.heap.gcHoldCollections(false) }
        let l = poolLocal(v, pool)
        if l.load(as: UInt.self) == 0 { l.storeBytes(of: x, as: (UInt, UInt).self); return 0 }
        var (arr, n, cap) = l.load(fromByteOffset: 16, as: (UInt, Int, Int).self)
        if n == cap {
            let ncap = max(8, 2 * cap)
            let na = v.mallocgc(16 * ncap, type: v.program.namedType("[]interface {}")!.elem!)
            if n > 0 {
                // The old array is dropped: shade what moves out of it.
                let et = v.program.namedType("[]interface {}")!.elem!
                v.cache.bulkBarrierPreWrite(dst: na, src: UnsafeRawPointer(bitPattern: arr)!, size: 16 * n, type: et.goType)
                na.copyMemory(from: UnsafeRawPointer(bitPattern: arr)!, byteCount: 16 * n)
            }
            arr = UInt(bitPattern: na)
            cap = ncap
        }
        UnsafeMutableRawPointer(bitPattern: arr)!.storeBytes(of: x, toByteOffset: 16 * n, as: (UInt, UInt).self)
        l.storeBytes(of: (arr, n + 1, cap), toByteOffset: 16, as: (UInt, Int, Int).self)
        return 0
    }),
    // Get() any: result 0, receiver 16.
    ("sync.Pool.Get", { vm, a in
        let v = VM.from(vm)
        let pool = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self))!
        var x: (UInt, UInt)? = nil
        if let l = UnsafeMutableRawPointer(bitPattern: pool.load(as: UInt.self)) { x = poolTake(l, fromTail: false) }
        if x == nil, let vl = UnsafeMutableRawPointer(bitPattern: pool.load(fromByteOffset: 16, as: UInt.self)) {
            x = poolTake(vl, fromTail: true)
        }
        if let x {
            // Taken out of the heap onto the (already scanned) stack: the
            // deletion half of the write barrier.
            v.cache.shade(x.1)
            a.storeBytes(of: x, as: (UInt, UInt).self); return 0
        }
        let new = pool.load(fromByteOffset: 32, as: UInt.self)
        if new == 0 { a.storeBytes(of: (UInt(0), UInt(0)), as: (UInt, UInt).self); return 0 }
        let (st, r) = v.invokeClosure(new, area: [UInt8](repeating: 0, count: 16), resultOff: 0, resultBytes: 16)
        if st != .ok { return st.rawValue }
        v.nativeArgs().storeBytes(of: r.withUnsafeBytes { $0.load(as: (UInt, UInt).self) }, as: (UInt, UInt).self)
        return 0
    }),
]
