// OS.swift — natives of package os: Exit, the command line (os.Args) and
// the standard files (os.Stdout, os.Stderr) as package variables, *os.File
// writes, and the environment (Getenv, LookupEnv, Setenv, Unsetenv,
// Clearenv, Environ).
//
// The environment is Go's syscall copy: taken from the process's environ
// on first use and kept per run in GoStdlib's state (`StdlibState.env`), so
// Setenv changes what this program sees and never the host process (nor a
// later run in the same process). As in syscall/env_unix.go, the first of
// duplicate keys wins, Setenv of a known key replaces it in place, a new
// key goes last, Unsetenv removes it, Environ lists the rest in order. An
// invalid Setenv (empty key, '=' or NUL in the key, NUL in the value) would
// return Go's *os.SyscallError, which is not modelled: it stops the program
// as `not supported yet`.
//
// Package variables: the compiler gives each one the program uses a global
// and sets it, before any other initialisation, from the native of the same
// name ("os.Args"), which returns the value like a function without
// parameters (result at offset 0). An *os.File is an 8-byte object holding
// its file descriptor (an int).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    ("os.Getenv", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let val = v.envLookup(A.bytes(0))
        A.set(16, v.str(val ?? []))
        return 0
    }),
    ("os.LookupEnv", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let val = v.envLookup(A.bytes(0))
        A.set(16, v.str(val ?? []))
        A.set(32, val != nil)
        return 0
    }),
    ("os.Setenv", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let key = A.bytes(0), val = A.bytes(16)
        if key.isEmpty || key.contains(UInt8(ascii: "=")) || key.contains(0) || val.contains(0) {
            return v.unsupported("os.Setenv with an invalid key or value")
        }
        var env = v.environment
        if let i = env.firstIndex(where: { $0.key == key }) { env[i].value = val } else { env.append((key, val)) }
        v.std.env = env
        A.set(32, (0, 0) as (UInt, UInt))
        return 0
    }),
    ("os.Unsetenv", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let key = A.bytes(0)
        v.std.env = v.environment.filter { $0.key != key }
        A.set(16, (0, 0) as (UInt, UInt))
        return 0
    }),
    ("os.Clearenv", { vm, a in
        VM.from(vm).std.env = []
        return 0
    }),
    ("os.Environ", { vm, a in
        let v = VM.from(vm)
        let r = v.stringSlice(v.environment.map { $0.key + [UInt8(ascii: "=")] + $0.value })
        v.nativeArgs().storeBytes(of: r, as: (UInt, Int, Int).self)
        return 0
    }),
]

extension VM {
    /// The program's environment (key, value) in order; read from the
    /// process's environ the first time.
    var environment: [(key: [UInt8], value: [UInt8])] {
        if let e = std.env { return e }
        var env: [(key: [UInt8], value: [UInt8])] = []
        var p = environ
        while let c = p.pointee {
            let kv = Array(UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c)))
            if let eq = kv.firstIndex(of: UInt8(ascii: "=")) {
                let key = Array(kv[..<eq])
                if !env.contains(where: { $0.key == key }) { env.append((key, Array(kv[(eq + 1)...]))) }
            }
            p += 1
        }
        std.env = env
        return env
    }

    func envLookup(_ key: [UInt8]) -> [UInt8]? {
        environment.first(where: { $0.key == key })?.value
    }
}

/// A new *os.File for descriptor fd, stored as the native's result.
func newFile(_ v: VM, fd: Int) -> Int32 {
    let f = v.mallocgc(8, type: v.program.namedType("int"))
    f.storeBytes(of: fd, as: Int.self)
    v.nativeArgs().storeBytes(of: UInt(bitPattern: f), as: UInt.self)
    return 0
}
