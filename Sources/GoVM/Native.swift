// Native.swift — calls between interpreted Go and the natives written in
// Swift (GoStdlib), in both directions (Go's cgocall.go has the same job for
// C): `callNative` runs a native on its argument area; `invoke`,
// `invokeInPlace`, `invokeClosure` and `callStringMethod` let a native call
// back into Go on the same goroutine stack (a nested `interpret` that
// returns when its entry frame returns); and the services natives use
// (allocation, strings, exit, "not supported yet").
//
// Invariants:
//   - A native called from Go receives its argument area; after it calls
//     back into Go the stack may have moved, so it must re-fetch the area
//     with `nativeArgs()` before writing results.
//   - Natives run with collections held (GCRoots.swift): their Swift locals
//     are not roots.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// A native function: (VM as an opaque pointer, argument area) → status.
/// Status 0: returned; 1: a panic was raised (vm.raise...); 2: the program exits.
public typealias NativeFn = @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int32

extension VM {
    // MARK: Services for natives


    @inline(__always) public func mallocgc(_ size: Int, type: TypeRef?) -> UnsafeMutableRawPointer {
        cache.mallocgc(size, type: type?.goType, needzero: true)
    }

    /// A new Go string holding `bytes` (noscan heap memory).
    public func newString(_ bytes: UnsafeRawBufferPointer) -> GoString {
        if bytes.count == 0 { return GoString(ptr: 0, len: 0) }
        let p = cache.mallocgc(bytes.count, type: nil, needzero: false)
        p.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        return GoString(ptr: UInt(bitPattern: p), len: bytes.count)
    }

    public func newString(_ s: String) -> GoString {
        var s = s
        return s.withUTF8 { newString(UnsafeRawBufferPointer($0)) }
    }

    /// The argument area of the innermost native (re-fetch after invoke).
    public func nativeArgs() -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: g.pointee.lo &+ UInt(g.pointee.nativeArgsOff))!
    }

    public func exit(_ code: Int32) -> Int32 {
        exitCode = code
        return RunStatus.exit.rawValue
    }

    /// Stops the program at run time for a construct the first slice lacks
    /// (a format verb, ...): Go never sees a wrong answer, and the driver
    /// reports it as `not supported yet` with exit status 1.
    public func unsupported(_ what: String) -> Int32 {
        out.write(2, "gomem: \(what) not supported yet\n")
        exitCode = 1
        return RunStatus.exit.rawValue
    }

    // MARK: Calls

    /// Calls native `idx` with its arguments at fp + argBase + 32. Returns the native's status.
    @inline(never)
    /// `pc`: the pc after the call instruction (-1: a deferred call), for
    /// runtime.Caller and tracebacks (Traceback.swift).
    func callNative(_ idx: Int, fp: inout UnsafeMutableRawPointer, argBase: Int, argEnd: Int, pc: Int = -1) -> Int32 {
        let lo = g.pointee.lo
        let fpOff = Int(UInt(bitPattern: fp) &- lo)
        let savedCaller = g.pointee.nativeCallerOff, savedArgs = g.pointee.nativeArgsOff, savedSp = g.pointee.spOff
        let savedPC = g.pointee.nativePC
        g.pointee.nativeCallerOff = fpOff
        g.pointee.nativePC = pc
        g.pointee.nativeArgsOff = fpOff + argBase + FrameLayout.headerSize
        g.pointee.spOff = fpOff + argBase + max(argEnd, FrameLayout.headerSize) + FrameLayout.nativeSlack
        // The slack above the arguments is zeroed (the collector may scan it
        // conservatively), and the unused callee header names the native for
        // the collector (GCRoots.swift, `nativeFrameMarker`).
        memset(fp + argBase + max(argEnd, FrameLayout.headerSize), 0, FrameLayout.nativeSlack)
        let hdr = fp + argBase
        hdr.storeBytes(of: fp, toByteOffset: FrameLayout.savedFP, as: UnsafeMutableRawPointer.self)
        hdr.storeBytes(of: nativeFrameMarker, toByteOffset: FrameLayout.retPC, as: Int.self)
        hdr.storeBytes(of: idx < nativeFuncs.count ? nativeFuncs[idx] : -1, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        hdr.storeBytes(of: 0, toByteOffset: FrameLayout.context, as: Int.self)
        guard let f = natives[idx] else {
            out.write(2, "fatal error: native \(program.nativeNames[idx]) missing\n")
            exitCode = 2
            return 2
        }
        // A native's Swift locals are not roots: no collection starts
        // inside it (GCRoots.swift); runtime.GC itself holds nothing.
        heap.gcHoldCollections(true)
        let savedIn = g.pointee.inNative
        g.pointee.inNative = 1
        let st = f(opaque, fp + argBase + FrameLayout.headerSize)
        g.pointee.inNative = savedIn
        heap.gcHoldCollections(false)
        fp = UnsafeMutableRawPointer(bitPattern: g.pointee.lo &+ UInt(fpOff))!
        g.pointee.nativeCallerOff = savedCaller; g.pointee.nativeArgsOff = savedArgs; g.pointee.spOff = savedSp
        g.pointee.nativePC = savedPC
        return st
    }

    /// Calls function `fn` from a native. `area` is the callee's whole
    /// argument area (parameters, result space, receiver last; see
    /// FunctionCompiler.argLayout); returns the status and `resultBytes`
    /// bytes from `resultOff` of the area after the call.
    /// What a native's status (not `.ok`) asks of the loop, for every call
    /// path that ran it as the instruction before pc (calln, callv, calli):
    /// unwind a panic, exit, park and run the same instruction again (its
    /// operands and argument area are intact: the parked G's stack is its
    /// own, and a stack move adjusts them), yield, or sleep. Returns nil to
    /// continue at (fp, pc), else the run's status.
    @inline(never)
    func afterNative(_ st: Int32, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        switch NativeStatus(rawValue: st) {
        case .panicking: return unwind(&fp, &pc)
        case .park:
            pc &-= 1
            enqueueRetry(parkKey)
            return park(&fp, &pc, reason: parkReason)
        case .yield: return yield(&fp, &pc)
        // time.Sleep: its timer readies the goroutine, which continues after the call
        case .sleep: return park(&fp, &pc, reason: .sleep)
        case .ok: return nil
        case .exit, nil: return .exit
        }
    }

    public func invoke(fn: Int, area: [UInt8], resultOff: Int, resultBytes: Int, context: UInt = 0) -> (RunStatus, [UInt8]) {
        var res: [UInt8] = []
        let st = area.withUnsafeBytes { src in
            invokeInPlace(fn: fn, areaSize: area.count, context: context,
                          fill: { if area.count > 0 { $0.copyMemory(from: src.baseAddress!, byteCount: area.count) } },
                          read: { res = [UInt8](UnsafeRawBufferPointer(start: $0 + resultOff, count: resultBytes)) })
        }
        return (st, res)
    }

    /// Calls function `fn` from a native with its argument area (`areaSize`
    /// bytes: parameters, result space, receiver last) written in place on
    /// the goroutine stack by `fill`; `read` sees the area after the call
    /// (results at their offsets), unless the call did not return normally.
    /// No Swift allocation. The pointers passed to `fill` and `read` are
    /// valid only during those calls: the stack may move in between.
    public func invokeInPlace(fn: Int, areaSize: Int, context: UInt = 0,
                              fill: (UnsafeMutableRawPointer) -> Void,
                              read: (UnsafeRawPointer) -> Void) -> RunStatus {
        let info = program.funcs[fn]
        let hs = FrameLayout.headerSize
        if info.entry < 0 {
            // A native calling a native: run it on a scratch area above the current args.
            if (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15 &+ UInt(hs + areaSize + 512) > g.pointee.hi {
                if !growStack(used: g.pointee.spOff + FrameLayout.frameAlign, minFree: hs + areaSize + 512,
                              topFP: g.pointee.lo &+ UInt(g.pointee.nativeCallerOff)) {
                    return .exit
                }
            }
            let base = (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15
            let p = UnsafeMutableRawPointer(bitPattern: base)!
            let need = base &+ UInt(hs + areaSize + 512)
            fill(p + hs)
            let savedArgs = g.pointee.nativeArgsOff, savedSp = g.pointee.spOff
            g.pointee.nativeArgsOff = Int(base &- g.pointee.lo) + hs
            g.pointee.spOff = Int(need &- g.pointee.lo)
            let st = RunStatus(rawValue: natives[Int(info.native)]!(opaque, p + hs)) ?? .ok
            if st == .ok { read(UnsafeRawPointer(bitPattern: g.pointee.lo &+ UInt(g.pointee.nativeArgsOff))!) }
            g.pointee.nativeArgsOff = savedArgs; g.pointee.spOff = savedSp
            return st
        }
        let base = (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15
        // Room for the header and arguments; the callee's morestack does the rest.
        if base &+ UInt(hs + areaSize + FrameLayout.stackGuard) > g.pointee.hi {
            if !growStack(used: g.pointee.spOff + FrameLayout.frameAlign, minFree: hs + areaSize + FrameLayout.stackGuard,
                          topFP: g.pointee.lo &+ UInt(g.pointee.nativeCallerOff)) {
                return .exit
            }
        }
        let nb = (g.pointee.lo &+ UInt(g.pointee.spOff) &+ 15) & ~15
        let fp = UnsafeMutableRawPointer(bitPattern: nb)!
        fp.storeBytes(of: Int(g.pointee.lo) &+ g.pointee.nativeCallerOff, toByteOffset: FrameLayout.savedFP, as: Int.self)
        fp.storeBytes(of: nestedReturnPC, toByteOffset: FrameLayout.retPC, as: Int.self)
        fp.storeBytes(of: fn, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        fp.storeBytes(of: context, toByteOffset: FrameLayout.context, as: UInt.self)
        fill(fp + hs)
        let fpOff = Int(nb &- g.pointee.lo)
        let savedNest = g.pointee.nestBaseOff
        let savedCaller = g.pointee.nativeCallerOff, savedArgs = g.pointee.nativeArgsOff, savedSp = g.pointee.spOff
        g.pointee.nestBaseOff = fpOff
        let savedIn = g.pointee.inNative
        g.pointee.inNative = 0
        g.pointee.savedFPOff = fpOff
        let st = interpret(fp: fp, pc: Int(info.entry))
        g.pointee.inNative = savedIn
        g.pointee.nestBaseOff = savedNest
        g.pointee.nativeCallerOff = savedCaller; g.pointee.nativeArgsOff = savedArgs; g.pointee.spOff = savedSp
        if st == .ok { read(UnsafeRawPointer(bitPattern: g.pointee.lo &+ UInt(fpOff) &+ UInt(hs))!) }
        return st
    }

    /// Calls method `m` (no parameters, one string result: Error, String) of
    /// the value (type, data) of an interface.
    public func callStringMethod(type: TypeRef, data: UInt, method: MethodDescriptor) -> (RunStatus, GoString) {
        var area = [UInt8](repeating: 0, count: 16)
        appendReceiver(&area, data: data, recvCopy: method.recvCopy)
        let (st, res) = invoke(fn: method.fn, area: area, resultOff: 0, resultBytes: 16)
        if st != .ok { return (st, GoString(ptr: 0, len: 0)) }
        let s = res.withUnsafeBytes { $0.load(as: GoString.self) }
        return (.ok, s)
    }

    /// Calls the func value `closure` (a closure object's address).
    public func invokeClosure(_ closure: UInt, area: [UInt8], resultOff: Int, resultBytes: Int) -> (RunStatus, [UInt8]) {
        let fn = UnsafeRawPointer(bitPattern: closure)!.load(as: Int.self)
        return invoke(fn: fn, area: area, resultOff: resultOff, resultBytes: resultBytes, context: closure)
    }

    public func appendReceiver(_ args: inout [UInt8], data: UInt, recvCopy: Int) {
        if recvCopy == 0 {
            withUnsafeBytes(of: data) { args.append(contentsOf: $0) }
        } else if recvCopy < 0 {
            let v = loadWidth(UnsafeRawPointer(bitPattern: data)!, UInt16(-recvCopy))
            withUnsafeBytes(of: v) { args.append(contentsOf: $0) }
        } else {
            let n = (recvCopy + 7) & ~7
            var b = [UInt8](repeating: 0, count: n)
            b.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: UnsafeRawPointer(bitPattern: data)!, byteCount: recvCopy) }
            args += b
        }
    }

}
