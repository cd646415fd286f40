// OS.swift — natives of package os: Exit, the command line (os.Args) and
// the standard files (os.Stdout, os.Stderr) as package variables, and
// *os.File writes.
//
// Package variables: the compiler gives each one the program uses a global
// and sets it, before any other initialisation, from the native of the same
// name ("os.Args"), which returns the value like a function without
// parameters (result at offset 0). An *os.File is an 8-byte object holding
// its file descriptor (an int).
import GoABI
import GoRuntime
import GoVM

let osNatives: [(String, NativeFn)] = [
    ("os.Exit", { vm, a in VM.from(vm).exit(Int32(truncatingIfNeeded: a.load(as: Int.self))) }),
    ("os.Args", { vm, a in
        let v = VM.from(vm)
        let r = v.stringSlice(v.args.map { Array($0.utf8) })
        v.nativeArgs().storeBytes(of: r, as: (UInt, Int, Int).self)
        return 0
    }),
    ("os.Stdin", { vm, a in newFile(VM.from(vm), fd: 0) }),
    ("os.Stdout", { vm, a in newFile(VM.from(vm), fd: 1) }),
    ("os.Stderr", { vm, a in newFile(VM.from(vm), fd: 2) }),
    ("os.File.Write", { vm, a in
        let v = VM.from(vm)
        let fd = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 48, as: UInt.self))!.load(as: Int32.self)
        let n = a.load(fromByteOffset: 8, as: Int.self)
        v.out.write(fd, UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: a.load(as: UInt.self)), count: n))
        a.storeBytes(of: n, toByteOffset: 24, as: Int.self)
        a.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: 32, as: (UInt, UInt).self)
        return 0
    }),
    ("os.File.WriteString", { vm, a in
        let v = VM.from(vm)
        let fd = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 40, as: UInt.self))!.load(as: Int32.self)
        let s = a.load(as: GoString.self)
        v.out.write(fd, UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: s.ptr), count: s.len))
        a.storeBytes(of: s.len, toByteOffset: 16, as: Int.self)
        a.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: 24, as: (UInt, UInt).self)
        return 0
    }),
]

/// A new *os.File for descriptor fd, stored as the native's result.
func newFile(_ v: VM, fd: Int) -> Int32 {
    let f = v.mallocgc(8, type: v.program.namedType("int"))
    f.storeBytes(of: fd, as: Int.self)
    v.nativeArgs().storeBytes(of: UInt(bitPattern: f), as: UInt.self)
    return 0
}
