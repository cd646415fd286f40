// Atomic.swift — natives of sync/atomic: the functions on *int32, *uint32,
// *int64, *uint64, *uintptr and *unsafe.Pointer, and the methods of the
// types Bool, Int32, Int64, Uint32, Uint64, Uintptr and Value.
//
// Goroutines run on one P and a native runs without interruption, so plain
// loads and stores are atomic. Argument areas (Stdlib.swift's ABI): every
// parameter and result in an 8-byte slot (integers widened, bool 0/1), the
// receiver last:
//
//     function            params from 0            method          params, results, receiver
//     LoadT(addr)         addr 0, val 8            Load()          val 0, recv 8
//     StoreT(addr, v)     addr 0, v 8              Store(v)        v 0, recv 8
//     SwapT(addr, new)    addr 0, new 8, old 16    Swap(new)       new 0, old 8, recv 16
//     CompareAndSwapT     addr 0, old 8, new 16,   CompareAndSwap  old 0, new 8, ok 16, recv 24
//                         ok 24
//     AddT / AndT / OrT   addr 0, x 8, r 16        Add / And / Or  x 0, r 8, recv 16
//
// The typed values keep their value at offset 0 (Go's layout: the noCopy
// and align64 fields are empty); atomic.Bool is a uint32 0 or 1; Value
// holds an interface (type, data) and its stored type may never change.
import GoABI
import GoRuntime
import GoVM

/// Reads a widened parameter slot as T.
@inline(__always) func slot<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ off: Int, _: T.Type) -> T {
    T(truncatingIfNeeded: a.load(fromByteOffset: off, as: UInt64.self))
}

/// Writes v widened (sign- or zero-extended) into a result slot.
@inline(__always) func setSlot<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ off: Int, _ v: T) {
    let w: UInt64 = T.isSigned ? UInt64(bitPattern: Int64(truncatingIfNeeded: v)) : UInt64(truncatingIfNeeded: v)
    a.storeBytes(of: w, toByteOffset: off, as: UInt64.self)
}

/// The deletion half of the write barrier for the pointer at *(a + off):
/// its old value is shaded before an atomic store, swap or CAS replaces it.
func shadeCell(_ vm: UnsafeMutableRawPointer, _ a: UnsafeMutableRawPointer, _ off: Int) {
    VM.from(vm).cache.shade(cell(a, off).load(as: UInt.self))
}

@inline(__always) func cell(_ a: UnsafeMutableRawPointer, _ off: Int) -> UnsafeMutableRawPointer {
    UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: off, as: UInt.self))!
}

/// The operations, given where the address and the operands lie.
enum AtomicOp {
    static func load<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ t: T.Type, addr: Int, result: Int) -> Int32 {
        setSlot(a, result, cell(a, addr).load(as: T.self)); return 0
    }
    static func store<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ t: T.Type, addr: Int, val: Int) -> Int32 {
        cell(a, addr).storeBytes(of: slot(a, val, T.self), as: T.self); return 0
    }
    static func swap<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ t: T.Type, addr: Int, new: Int, result: Int) -> Int32 {
        let p = cell(a, addr)
        let old = p.load(as: T.self)
        p.storeBytes(of: slot(a, new, T.self), as: T.self)
        setSlot(a, result, old); return 0
    }
    static func cas<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ t: T.Type, addr: Int, old: Int, new: Int, result: Int) -> Int32 {
        let p = cell(a, addr)
        let ok = p.load(as: T.self) == slot(a, old, T.self)
        if ok { p.storeBytes(of: slot(a, new, T.self), as: T.self) }
        a.storeBytes(of: ok ? 1 : 0, toByteOffset: result, as: Int.self); return 0
    }
    /// Add returns the new value; And and Or the old one.
    static func add<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ t: T.Type, addr: Int, x: Int, result: Int) -> Int32 {
        let p = cell(a, addr)
        let n = p.load(as: T.self) &+ slot(a, x, T.self)
        p.storeBytes(of: n, as: T.self)
        setSlot(a, result, n); return 0
    }
    static func and<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ t: T.Type, addr: Int, x: Int, result: Int) -> Int32 {
        let p = cell(a, addr)
        let old = p.load(as: T.self)
        p.storeBytes(of: old & slot(a, x, T.self), as: T.self)
        setSlot(a, result, old); return 0
    }
    static func or<T: FixedWidthInteger>(_ a: UnsafeMutableRawPointer, _ t: T.Type, addr: Int, x: Int, result: Int) -> Int32 {
        let p = cell(a, addr)
        let old = p.load(as: T.self)
        p.storeBytes(of: old | slot(a, x, T.self), as: T.self)
        setSlot(a, result, old); return 0
    }
}

typealias A = AtomicOp

let atomicNatives: [(String, NativeFn)] = [
    // Functions on addresses.
    ("sync/atomic.LoadInt32", { _, a in A.load(a, Int32.self, addr: 0, result: 8) }),
    ("sync/atomic.LoadInt64", { _, a in A.load(a, Int64.self, addr: 0, result: 8) }),
    ("sync/atomic.LoadUint32", { _, a in A.load(a, UInt32.self, addr: 0, result: 8) }),
    ("sync/atomic.LoadUint64", { _, a in A.load(a, UInt64.self, addr: 0, result: 8) }),
    ("sync/atomic.LoadUintptr", { _, a in A.load(a, UInt64.self, addr: 0, result: 8) }),
    ("sync/atomic.LoadPointer", { _, a in A.load(a, UInt64.self, addr: 0, result: 8) }),
    ("sync/atomic.StoreInt32", { _, a in A.store(a, Int32.self, addr: 0, val: 8) }),
    ("sync/atomic.StoreInt64", { _, a in A.store(a, Int64.self, addr: 0, val: 8) }),
    ("sync/atomic.StoreUint32", { _, a in A.store(a, UInt32.self, addr: 0, val: 8) }),
    ("sync/atomic.StoreUint64", { _, a in A.store(a, UInt64.self, addr: 0, val: 8) }),
    ("sync/atomic.StoreUintptr", { _, a in A.store(a, UInt64.self, addr: 0, val: 8) }),
    ("sync/atomic.StorePointer", { vm, a in shadeCell(vm, a, 0); return A.store(a, UInt64.self, addr: 0, val: 8) }),
    ("sync/atomic.SwapInt32", { _, a in A.swap(a, Int32.self, addr: 0, new: 8, result: 16) }),
    ("sync/atomic.SwapInt64", { _, a in A.swap(a, Int64.self, addr: 0, new: 8, result: 16) }),
    ("sync/atomic.SwapUint32", { _, a in A.swap(a, UInt32.self, addr: 0, new: 8, result: 16) }),
    ("sync/atomic.SwapUint64", { _, a in A.swap(a, UInt64.self, addr: 0, new: 8, result: 16) }),
    ("sync/atomic.SwapUintptr", { _, a in A.swap(a, UInt64.self, addr: 0, new: 8, result: 16) }),
    ("sync/atomic.SwapPointer", { vm, a in shadeCell(vm, a, 0); return A.swap(a, UInt64.self, addr: 0, new: 8, result: 16) }),
    ("sync/atomic.CompareAndSwapInt32", { _, a in A.cas(a, Int32.self, addr: 0, old: 8, new: 16, result: 24) }),
    ("sync/atomic.CompareAndSwapInt64", { _, a in A.cas(a, Int64.self, addr: 0, old: 8, new: 16, result: 24) }),
    ("sync/atomic.CompareAndSwapUint32", { _, a in A.cas(a, UInt32.self, addr: 0, old: 8, new: 16, result: 24) }),
    ("sync/atomic.CompareAndSwapUint64", { _, a in A.cas(a, UInt64.self, addr: 0, old: 8, new: 16, result: 24) }),
    ("sync/atomic.CompareAndSwapUintptr", { _, a in A.cas(a, UInt64.self, addr: 0, old: 8, new: 16, result: 24) }),
    ("sync/atomic.CompareAndSwapPointer", { vm, a in shadeCell(vm, a, 0); return A.cas(a, UInt64.self, addr: 0, old: 8, new: 16, result: 24) }),
    ("sync/atomic.AddInt32", { _, a in A.add(a, Int32.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AddInt64", { _, a in A.add(a, Int64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AddUint32", { _, a in A.add(a, UInt32.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AddUint64", { _, a in A.add(a, UInt64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AddUintptr", { _, a in A.add(a, UInt64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AndInt32", { _, a in A.and(a, Int32.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AndInt64", { _, a in A.and(a, Int64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AndUint32", { _, a in A.and(a, UInt32.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AndUint64", { _, a in A.and(a, UInt64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.AndUintptr", { _, a in A.and(a, UInt64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.OrInt32", { _, a in A.or(a, Int32.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.OrInt64", { _, a in A.or(a, Int64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.OrUint32", { _, a in A.or(a, UInt32.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.OrUint64", { _, a in A.or(a, UInt64.self, addr: 0, x: 8, result: 16) }),
    ("sync/atomic.OrUintptr", { _, a in A.or(a, UInt64.self, addr: 0, x: 8, result: 16) }),
    // Methods of the typed values.
    ("sync/atomic.Int32.Load", { _, a in A.load(a, Int32.self, addr: 8, result: 0) }),
    ("sync/atomic.Int32.Store", { _, a in A.store(a, Int32.self, addr: 8, val: 0) }),
    ("sync/atomic.Int32.Swap", { _, a in A.swap(a, Int32.self, addr: 16, new: 0, result: 8) }),
    ("sync/atomic.Int32.CompareAndSwap", { _, a in A.cas(a, Int32.self, addr: 24, old: 0, new: 8, result: 16) }),
    ("sync/atomic.Int32.Add", { _, a in A.add(a, Int32.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Int32.And", { _, a in A.and(a, Int32.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Int32.Or", { _, a in A.or(a, Int32.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Int64.Load", { _, a in A.load(a, Int64.self, addr: 8, result: 0) }),
    ("sync/atomic.Int64.Store", { _, a in A.store(a, Int64.self, addr: 8, val: 0) }),
    ("sync/atomic.Int64.Swap", { _, a in A.swap(a, Int64.self, addr: 16, new: 0, result: 8) }),
    ("sync/atomic.Int64.CompareAndSwap", { _, a in A.cas(a, Int64.self, addr: 24, old: 0, new: 8, result: 16) }),
    ("sync/atomic.Int64.Add", { _, a in A.add(a, Int64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Int64.And", { _, a in A.and(a, Int64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Int64.Or", { _, a in A.or(a, Int64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uint32.Load", { _, a in A.load(a, UInt32.self, addr: 8, result: 0) }),
    ("sync/atomic.Uint32.Store", { _, a in A.store(a, UInt32.self, addr: 8, val: 0) }),
    ("sync/atomic.Uint32.Swap", { _, a in A.swap(a, UInt32.self, addr: 16, new: 0, result: 8) }),
    ("sync/atomic.Uint32.CompareAndSwap", { _, a in A.cas(a, UInt32.self, addr: 24, old: 0, new: 8, result: 16) }),
    ("sync/atomic.Uint32.Add", { _, a in A.add(a, UInt32.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uint32.And", { _, a in A.and(a, UInt32.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uint32.Or", { _, a in A.or(a, UInt32.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uint64.Load", { _, a in A.load(a, UInt64.self, addr: 8, result: 0) }),
    ("sync/atomic.Uint64.Store", { _, a in A.store(a, UInt64.self, addr: 8, val: 0) }),
    ("sync/atomic.Uint64.Swap", { _, a in A.swap(a, UInt64.self, addr: 16, new: 0, result: 8) }),
    ("sync/atomic.Uint64.CompareAndSwap", { _, a in A.cas(a, UInt64.self, addr: 24, old: 0, new: 8, result: 16) }),
    ("sync/atomic.Uint64.Add", { _, a in A.add(a, UInt64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uint64.And", { _, a in A.and(a, UInt64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uint64.Or", { _, a in A.or(a, UInt64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uintptr.Load", { _, a in A.load(a, UInt64.self, addr: 8, result: 0) }),
    ("sync/atomic.Uintptr.Store", { _, a in A.store(a, UInt64.self, addr: 8, val: 0) }),
    ("sync/atomic.Uintptr.Swap", { _, a in A.swap(a, UInt64.self, addr: 16, new: 0, result: 8) }),
    ("sync/atomic.Uintptr.CompareAndSwap", { _, a in A.cas(a, UInt64.self, addr: 24, old: 0, new: 8, result: 16) }),
    ("sync/atomic.Uintptr.Add", { _, a in A.add(a, UInt64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uintptr.And", { _, a in A.and(a, UInt64.self, addr: 16, x: 0, result: 8) }),
    ("sync/atomic.Uintptr.Or", { _, a in A.or(a, UInt64.self, addr: 16, x: 0, result: 8) }),
    // Bool: a uint32 holding 0 or 1; the bool operands are 0/1 words.
    ("sync/atomic.Bool.Load", { _, a in A.load(a, UInt32.self, addr: 8, result: 0) }),
    ("sync/atomic.Bool.Store", { _, a in A.store(a, UInt32.self, addr: 8, val: 0) }),
    ("sync/atomic.Bool.Swap", { _, a in A.swap(a, UInt32.self, addr: 16, new: 0, result: 8) }),
    ("sync/atomic.Bool.CompareAndSwap", { _, a in A.cas(a, UInt32.self, addr: 24, old: 0, new: 8, result: 16) }),
    // Value: an interface whose dynamic type is fixed by the first Store.
    ("sync/atomic.Value.Load", { _, a in
        a.storeBytes(of: cell(a, 16).load(as: (UInt, UInt).self), as: (UInt, UInt).self); return 0
    }),
    ("sync/atomic.Value.Store", { vm, a in
        let new = a.load(as: (UInt, UInt).self), p = cell(a, 16)
        if new.0 == 0 { return VM.from(vm).raisePanicString("sync/atomic: store of nil value into Value") }
        let cur = p.load(as: UInt.self)
        if cur != 0 && cur != new.0 { return VM.from(vm).raisePanicString("sync/atomic: store of inconsistently typed value into Value") }
        VM.from(vm).cache.shade(p.load(fromByteOffset: 8, as: UInt.self))
        p.storeBytes(of: new, as: (UInt, UInt).self); return 0
    }),
    ("sync/atomic.Value.Swap", { vm, a in
        let new = a.load(as: (UInt, UInt).self), p = cell(a, 32)
        if new.0 == 0 { return VM.from(vm).raisePanicString("sync/atomic: swap of nil value into Value") }
        let old = p.load(as: (UInt, UInt).self)
        if old.0 != 0 && old.0 != new.0 { return VM.from(vm).raisePanicString("sync/atomic: swap of inconsistently typed value into Value") }
        VM.from(vm).cache.shade(old.1)
        p.storeBytes(of: new, as: (UInt, UInt).self)
        a.storeBytes(of: old, toByteOffset: 16, as: (UInt, UInt).self); return 0
    }),
    ("sync/atomic.Value.CompareAndSwap", { vm, a in valueCompareAndSwap(VM.from(vm), a) }),
]

/// Value.CompareAndSwap(old, new any) (swapped bool): old 0, new 16, result 32, receiver 40.
func valueCompareAndSwap(_ v: VM, _ a: UnsafeMutableRawPointer) -> Int32 {
    let old = a.load(as: (UInt, UInt).self), new = a.load(fromByteOffset: 16, as: (UInt, UInt).self)
    let p = cell(a, 40)
    if new.0 == 0 { return v.raisePanicString("sync/atomic: compare and swap of nil value into Value") }
    if old.0 != 0 && old.0 != new.0 { return v.raisePanicString("sync/atomic: compare and swap of inconsistently typed values") }
    let cur = p.load(as: (UInt, UInt).self)
    if cur.0 == 0 {
        if old.0 != 0 { a.storeBytes(of: 0, toByteOffset: 32, as: Int.self); return 0 }
        p.storeBytes(of: new, as: (UInt, UInt).self)
        a.storeBytes(of: 1, toByteOffset: 32, as: Int.self); return 0
    }
    if cur.0 != new.0 { return v.raisePanicString("sync/atomic: compare and swap of inconsistently typed value into Value") }
    var pair = [cur.0, cur.1, old.0, old.1]
    guard let eq = pair.withUnsafeMutableBytes({ v.ifaceEqual($0.baseAddress!, $0.baseAddress! + 16, nonEmpty: false) }) else {
        return v.raiseRuntimeError("comparing uncomparable type " + (TypeRef(bits: cur.0)?.name ?? "?"))
    }
    if eq { v.cache.shade(cur.1); p.storeBytes(of: new, as: (UInt, UInt).self) }
    a.storeBytes(of: eq ? 1 : 0, toByteOffset: 32, as: Int.self)
    return 0
}
