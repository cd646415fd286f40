// Linkname.swift — runtime internals that a body-less function may be bound
// to with `//go:linkname local runtime.name` (GoCompiler/Linkname.swift
// lists them with their signatures and only binds identical ones). Each
// native reads its arguments in slot form as every native does: parameters
// from offset 0, 8-aligned, then results.
//
// memmove and memclrNoHeapPointers write raw memory exactly as Go's do: no
// write barrier is needed while the collector runs stop-the-world, and the
// destination may be anywhere (stack, heap, globals).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoVM

let linknameNatives: [(String, NativeFn)] = [
    // func memmove(to, from unsafe.Pointer, n uintptr)
    ("runtime.memmove", { _, a in
        let n = a.load(fromByteOffset: 16, as: Int.self)
        if n > 0, let to = UnsafeMutableRawPointer(bitPattern: a.load(as: UInt.self)),
           let from = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 8, as: UInt.self)) {
            memmove(to, from, n)
        }
        return 0
    }),
    // func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)
    ("runtime.memclrNoHeapPointers", { _, a in
        let n = a.load(fromByteOffset: 8, as: Int.self)
        if n > 0, let p = UnsafeMutableRawPointer(bitPattern: a.load(as: UInt.self)) { memset(p, 0, n) }
        return 0
    }),
    // func nanotime() int64: the monotonic clock.
    ("runtime.nanotime", { _, a in
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        a.storeBytes(of: Int64(ts.tv_sec) &* 1_000_000_000 &+ Int64(ts.tv_nsec), as: Int64.self)
        return 0
    }),
    // func cheaprand() uint32 / fastrand() uint32 (zero-extended in the slot).
    ("runtime.cheaprand", { _, a in a.storeBytes(of: UInt64(UInt32.random(in: .min ... .max)), as: UInt64.self); return 0 }),
    ("runtime.fastrand", { _, a in a.storeBytes(of: UInt64(UInt32.random(in: .min ... .max)), as: UInt64.self); return 0 }),
]
