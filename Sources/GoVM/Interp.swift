// Interp.swift — the interpreter loop: one function whose locals hold the hot
// state (pc, fp, the code, constant and segment bases), a `switch` over the
// opcode of each 20-byte instruction (Bytecode.swift gives one line of
// semantics per opcode), wrapping arithmetic, and every slow or rare path
// (panics, stack growth, strings, interfaces) in @inline(never) methods.
//
// Calls: the caller has written the arguments at fp + b + 32; `call` writes
// the callee's header (saved fp, return pc, function index, context) and jumps
// to its entry, whose first instruction is `morestack`: if the frame would
// pass the stack's end the stack is copied to one twice as large
// (VM.growStack), then the frame's locals are zeroed (the GC will read them
// through the stack map). `ret` goes back through the saved fp and return pc;
// a return pc of -1 leaves this loop (the entry frame of a run).
//
// Panics: `unwind` runs deferred calls innermost first, each on top of the
// stack with its return pc at the panic stub; the stub either continues the
// panic or, if the deferred call recovered, resumes the deferring frame at
// its epilogue (the `rundefers` instruction, FuncInfo.pad).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoCompiler
import GoRuntime

/// F[off] and F[off] = v: a frame word (Bytecode.swift's notation), for the
/// loop and the slow ops.
@inline(__always) func F(_ fp: UnsafeMutableRawPointer, _ off: Int32) -> Int64 {
    fp.load(fromByteOffset: Int(off), as: Int64.self)
}
@inline(__always) func setF(_ fp: UnsafeMutableRawPointer, _ off: Int32, _ v: Int64) {
    fp.storeBytes(of: v, toByteOffset: Int(off), as: Int64.self)
}
@inline(__always) private func P(_ v: Int64) -> UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: Int(v)) }
@inline(__always) private func dbl(_ v: Int64, _ w: UInt16) -> Double {
    w == 1 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: v))) : Double(bitPattern: UInt64(bitPattern: v))
}
@inline(__always) private func fromDbl(_ d: Double, _ w: UInt16) -> Int64 {
    w == 1 ? Int64(Float(d).bitPattern) : Int64(bitPattern: d.bitPattern)
}

extension VM {
    @inline(never)
    func interpret(fp fp0: UnsafeMutableRawPointer, pc pc0: Int) -> RunStatus {
        var fp = fp0
        var pc = pc0
        let code = program.code
        let ro = program.rodata
        let bss = program.bss
        let data = program.data
        let K = program.consts
        let funcs = program.funcs
        var budget = self.budget
        // The per-instruction trace costs 10-15% of a compute loop: compiled
        // in only with -Xswiftc -DGOMEM_TRACE (scripts/bench-run.sh measures).
        #if GOMEM_TRACE
        let trace = self.trace
        #endif

        while true {
            let ins = code[pc]
            #if GOMEM_TRACE
            if trace { out.write(2, "TRACE pc=\(pc) \(ins.op) \(ins.a) \(ins.b) \(ins.c) \(ins.d) fp=0x\(String(UInt(bitPattern: fp), radix: 16))\n") }
            #endif
            pc &+= 1
            switch ins.op {
            case .nop: break
            case .iconst: setF(fp, ins.a, Int64(ins.b))
            case .kconst: setF(fp, ins.a, K[Int(ins.b)])
            case .mov8: setF(fp, ins.a, F(fp, ins.b))
            case .move: memmove(fp + Int(ins.a), fp + Int(ins.b), Int(ins.c))
            case .zero: memset(fp + Int(ins.a), 0, Int(ins.c))
            case .strlit:
                setF(fp, ins.a, Int64(Int(bitPattern: ro + Int(ins.b))))
                setF(fp, ins.a &+ 8, Int64(ins.c))
            case .roaddr: setF(fp, ins.a, Int64(Int(bitPattern: ro + Int(ins.b))))
            case .dataaddr: setF(fp, ins.a, Int64(Int(bitPattern: data + Int(ins.b))))
            case .bssaddr: setF(fp, ins.a, Int64(Int(bitPattern: bss + Int(ins.b))))
            case .frameaddr: setF(fp, ins.a, Int64(Int(bitPattern: fp + Int(ins.b))))
            case .add: setF(fp, ins.a, F(fp, ins.b) &+ F(fp, ins.c))
            case .sub: setF(fp, ins.a, F(fp, ins.b) &- F(fp, ins.c))
            case .mul: setF(fp, ins.a, F(fp, ins.b) &* F(fp, ins.c))
            case .and: setF(fp, ins.a, F(fp, ins.b) & F(fp, ins.c))
            case .or: setF(fp, ins.a, F(fp, ins.b) | F(fp, ins.c))
            case .xor: setF(fp, ins.a, F(fp, ins.b) ^ F(fp, ins.c))
            case .andnot: setF(fp, ins.a, F(fp, ins.b) & ~F(fp, ins.c))
            case .addi: setF(fp, ins.a, F(fp, ins.b) &+ Int64(ins.c))
            case .divs, .divu, .rems, .remu:
                let x = F(fp, ins.b), y = F(fp, ins.c)
                if y == 0 {
                    _ = raiseRuntimeError("integer divide by zero")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                var r: Int64
                switch ins.op {
                case .divs: r = y == -1 ? 0 &- x : x / y
                case .rems: r = y == -1 ? 0 : x % y
                case .divu: r = Int64(bitPattern: UInt64(bitPattern: x) / UInt64(bitPattern: y))
                default: r = Int64(bitPattern: UInt64(bitPattern: x) % UInt64(bitPattern: y))
                }
                setF(fp, ins.a, r)
            case .shl, .shrs, .shru:
                let x = F(fp, ins.b), n = F(fp, ins.c)
                if ins.w == 1 && n < 0 {
                    _ = raiseRuntimeError("negative shift amount")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                let big = UInt64(bitPattern: n) >= 64
                let r: Int64
                switch ins.op {
                case .shl: r = big ? 0 : x << n
                case .shrs: r = big ? (x >> 63) : x >> n
                default: r = big ? 0 : Int64(bitPattern: UInt64(bitPattern: x) >> UInt64(n))
                }
                setF(fp, ins.a, r)
            case .neg: setF(fp, ins.a, 0 &- F(fp, ins.b))
            case .com: setF(fp, ins.a, ~F(fp, ins.b))
            case .not: setF(fp, ins.a, F(fp, ins.b) == 0 ? 1 : 0)
            case .ext: setF(fp, ins.a, extend(F(fp, ins.b), ins.w))
            case .eq: setF(fp, ins.a, F(fp, ins.b) == F(fp, ins.c) ? 1 : 0)
            case .ne: setF(fp, ins.a, F(fp, ins.b) != F(fp, ins.c) ? 1 : 0)
            case .lts: setF(fp, ins.a, F(fp, ins.b) < F(fp, ins.c) ? 1 : 0)
            case .les: setF(fp, ins.a, F(fp, ins.b) <= F(fp, ins.c) ? 1 : 0)
            case .ltu: setF(fp, ins.a, UInt64(bitPattern: F(fp, ins.b)) < UInt64(bitPattern: F(fp, ins.c)) ? 1 : 0)
            case .leu: setF(fp, ins.a, UInt64(bitPattern: F(fp, ins.b)) <= UInt64(bitPattern: F(fp, ins.c)) ? 1 : 0)
            case .fadd: setF(fp, ins.a, fromDbl(dbl(F(fp, ins.b), ins.w) + dbl(F(fp, ins.c), ins.w), ins.w))
            case .fsub: setF(fp, ins.a, fromDbl(dbl(F(fp, ins.b), ins.w) - dbl(F(fp, ins.c), ins.w), ins.w))
            case .fmul: setF(fp, ins.a, fromDbl(dbl(F(fp, ins.b), ins.w) * dbl(F(fp, ins.c), ins.w), ins.w))
            case .fdiv: setF(fp, ins.a, fromDbl(dbl(F(fp, ins.b), ins.w) / dbl(F(fp, ins.c), ins.w), ins.w))
            case .fneg: setF(fp, ins.a, fromDbl(-dbl(F(fp, ins.b), ins.w), ins.w))
            case .feq: setF(fp, ins.a, dbl(F(fp, ins.b), ins.w) == dbl(F(fp, ins.c), ins.w) ? 1 : 0)
            case .fne: setF(fp, ins.a, dbl(F(fp, ins.b), ins.w) != dbl(F(fp, ins.c), ins.w) ? 1 : 0)
            case .flt: setF(fp, ins.a, dbl(F(fp, ins.b), ins.w) < dbl(F(fp, ins.c), ins.w) ? 1 : 0)
            case .fle: setF(fp, ins.a, dbl(F(fp, ins.b), ins.w) <= dbl(F(fp, ins.c), ins.w) ? 1 : 0)
            case .i2f:
                let v = F(fp, ins.b)
                let d = ins.w & 2 != 0 ? Double(UInt64(bitPattern: v)) : Double(v)
                if ins.w & 1 != 0 {
                    let f = ins.w & 2 != 0 ? Float(UInt64(bitPattern: v)) : Float(v)
                    setF(fp, ins.a, Int64(f.bitPattern))
                } else { setF(fp, ins.a, Int64(bitPattern: d.bitPattern)) }
            case .f2i:
                let d = dbl(F(fp, ins.b), ins.w & 1)
                setF(fp, ins.a, floatToInt(d, unsigned: ins.w & 2 != 0))
            case .f2f:
                if ins.w == 0 { setF(fp, ins.a, Int64(bitPattern: Double(Float(bitPattern: UInt32(truncatingIfNeeded: F(fp, ins.b)))).bitPattern)) }
                else { setF(fp, ins.a, Int64(Float(Double(bitPattern: UInt64(bitPattern: F(fp, ins.b)))).bitPattern)) }
            case .jump:
                let t = Int(ins.a)
                if t < pc {
                    budget &-= 1
                    if budget <= 0 {
                        if outOfTime() { return .exit }
                        pc = t
                        gcBackgroundWork(fp)
                        budget = self.budget
                        if let s = yield(&fp, &pc) { return s }
                        continue
                    }
                }
                pc = t
            case .jumpif: if F(fp, ins.b) != 0 { pc = Int(ins.a) }
            case .jumpifnot: if F(fp, ins.b) == 0 { pc = Int(ins.a) }
            case .call:
                let nfp = fp + Int(ins.b)
                nfp.storeBytes(of: fp, toByteOffset: FrameLayout.savedFP, as: UnsafeMutableRawPointer.self)
                nfp.storeBytes(of: pc, toByteOffset: FrameLayout.retPC, as: Int.self)
                nfp.storeBytes(of: Int(ins.a), toByteOffset: FrameLayout.funcIndex, as: Int.self)
                nfp.storeBytes(of: 0, toByteOffset: FrameLayout.context, as: Int.self)
                fp = nfp
                pc = Int(funcs[Int(ins.a)].entry)
            case .callv, .calli:
                let nfp = fp + Int(ins.b)
                var fn: Int
                var ctx: Int64 = 0
                if ins.op == .callv {
                    ctx = F(fp, ins.a)
                    if ctx == 0 {
                        _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                        if let st = unwind(&fp, &pc) { return st }
                        continue
                    }
                    fn = P(ctx)!.load(as: Int.self)
                } else {
                    let tab = F(fp, ins.a)
                    if tab == 0 {
                        _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                        if let st = unwind(&fp, &pc) { return st }
                        continue
                    }
                    let e = P(tab)! + 24 + 16 * Int(ins.c)
                    fn = e.load(as: Int.self)
                    let rc = e.load(fromByteOffset: 8, as: Int.self)
                    let dataw = F(fp, ins.a &+ 8)
                    let ro = Int(ins.d)
                    if rc == 0 { nfp.storeBytes(of: dataw, toByteOffset: ro, as: Int64.self) }
                    else if dataw == 0 {
                        // A value method through a nil *T: Go's panicwrap error.
                        _ = raiseRuntimeError(nilValueMethodMessage(fn, tab), plain: true)
                        if let st = unwind(&fp, &pc) { return st }
                        continue
                    }
                    else if rc < 0 { nfp.storeBytes(of: loadWidth(UnsafeRawPointer(P(dataw)!), UInt16(-rc)), toByteOffset: ro, as: Int64.self) }
                    else { memmove(nfp + ro, P(dataw)!, rc) }
                }
                let info = funcs[fn]
                if info.entry < 0 {
                    let argEnd = ins.op == .callv ? Int(ins.c) : Int(ins.d) + 64
                    let st = callNative(Int(info.native), fp: &fp, argBase: Int(ins.b), argEnd: argEnd)
                    if st == 1 { if let s = unwind(&fp, &pc) { return s }; continue }
                    if st == 2 { return .exit }
                    if st == 6 { if let s = park(&fp, &pc, reason: 9) { return s } }
                    continue
                }
                nfp.storeBytes(of: fp, toByteOffset: FrameLayout.savedFP, as: UnsafeMutableRawPointer.self)
                nfp.storeBytes(of: pc, toByteOffset: FrameLayout.retPC, as: Int.self)
                nfp.storeBytes(of: fn, toByteOffset: FrameLayout.funcIndex, as: Int.self)
                nfp.storeBytes(of: ctx, toByteOffset: FrameLayout.context, as: Int64.self)
                fp = nfp
                pc = Int(info.entry)
            case .calln:
                let st = callNative(Int(ins.a), fp: &fp, argBase: Int(ins.b), argEnd: Int(ins.c))
                if st == 0 { continue }
                if st == 1 { if let s = unwind(&fp, &pc) { return s }; continue }
                if st == 2 { return .exit }
                if st == 3 {
                    // blocked (WaitGroup.Wait, Mutex.Lock): park, then run the call again
                    pc &-= 1
                    waiters[parkKey, default: []].append(Waiter(gid: g.pointee.id, kind: 3))
                    if let s = park(&fp, &pc, reason: parkReason) { return s }
                    continue
                }
                if st == 5 { if let s = yield(&fp, &pc) { return s } }
                // time.Sleep: its timer readies the goroutine, which continues after the call
                if st == 6 { if let s = park(&fp, &pc, reason: 9) { return s } }
            case .ret:
                let r = fp.load(fromByteOffset: FrameLayout.retPC, as: Int.self)
                if r < 0 {
                    if r == -2 { if let s = goexit(&fp, &pc) { return s }; continue }
                    return .ok
                }
                fp = fp.load(fromByteOffset: FrameLayout.savedFP, as: UnsafeMutableRawPointer.self)
                pc = r
            case .morestack:
                if UInt(bitPattern: fp) &+ UInt(ins.a) > g.pointee.hi {
                    let off = UInt(bitPattern: fp) &- g.pointee.lo
                    if !growStack(used: Int(off) + Int(ins.c), minFree: Int(ins.a), topFP: UInt(bitPattern: fp)) { return .exit }
                    fp = UnsafeMutableRawPointer(bitPattern: g.pointee.lo &+ off)!
                }
                if ins.c > ins.b { memset(fp + Int(ins.b), 0, Int(ins.c &- ins.b)) }
            case .load:
                guard let p = P(F(fp, ins.b)) else {
                    _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                setF(fp, ins.a, loadWidth(p + Int(ins.c), ins.w))
            case .store:
                guard let p = P(F(fp, ins.a)) else {
                    _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                storeWidth(p + Int(ins.c), F(fp, ins.b), ins.w)
            case .loadm:
                guard let p = P(F(fp, ins.b)) else {
                    _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                memmove(fp + Int(ins.a), p + Int(ins.c), Int(ins.d))
            case .storem:
                guard let p = P(F(fp, ins.a)) else {
                    _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                memmove(p + Int(ins.c), fp + Int(ins.b), Int(ins.d))
            case .storep:
                guard let p = P(F(fp, ins.a)) else {
                    _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                let slot = (p + Int(ins.c)).assumingMemoryBound(to: UInt.self)
                let v = UInt(bitPattern: Int(F(fp, ins.b)))
                if cache.writeBarrierEnabled { cache.gcWriteBarrier(slot, v) }
                slot.pointee = v
            case .wbmem:
                if cache.writeBarrierEnabled, let p = P(F(fp, ins.a)) {
                    let t = TypeRef((ro + Int(ins.d)).assumingMemoryBound(to: TypeDescriptor.self))
                    cache.bulkBarrierPreWrite(dst: p + Int(ins.c), src: fp + Int(ins.b), size: t.size, type: t.goType)
                }
            case .ldf: setF(fp, ins.a, loadWidth(fp + Int(ins.b), ins.w))
            case .stf: storeWidth(fp + Int(ins.a), F(fp, ins.b), ins.w)
            case .lea:
                let v = F(fp, ins.b)
                if v == 0 {
                    _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
                setF(fp, ins.a, v &+ Int64(ins.c))
            case .nilchk:
                if F(fp, ins.a) == 0 {
                    _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
            case .new:
                let t = TypeRef((ro + Int(ins.b)).assumingMemoryBound(to: TypeDescriptor.self))
                g.pointee.savedFPOff = Int(UInt(bitPattern: fp) &- g.pointee.lo)   // a safepoint: the GC walks from here
                let p = cache.mallocgc(t.size, type: t.goType, needzero: true)
                setF(fp, ins.a, Int64(Int(bitPattern: p)))
            case .bchk:
                let i = F(fp, ins.a), n = F(fp, ins.b)
                if UInt64(bitPattern: i) >= UInt64(bitPattern: n) {
                    _ = raiseRuntimeError("index out of range [\(i)] with length \(n)")
                    if let st = unwind(&fp, &pc) { return st }
                    continue
                }
            case .elemaddr: setF(fp, ins.a, F(fp, ins.b) &+ F(fp, ins.c) &* Int64(ins.d))
            case .printv: printBuiltin(fp + Int(ins.a), ins.w)
            case .exit: return .ok
            case .fatal:
                out.write(2, "fatal error: unsupported operation\n")
                exitCode = 2
                return .exit
            default:
                // Less frequent instructions: strings, slices, interfaces, defer, panic.
                let st = slowOp(ins, &fp, &pc)
                if st == 1 { if let s = unwind(&fp, &pc) { return s }; continue }
                if st == 2 { return .exit }
                if st == 3 { return .panicking }
                // st == 4: the goroutine parked and another one runs now (fp, pc switched)
            }
        }
    }

    func floatToInt(_ d: Double, unsigned: Bool) -> Int64 {
        if d.isNaN { return Int64.min }
        if unsigned {
            if d >= 0 && d < 18446744073709551616.0 { return Int64(bitPattern: UInt64(d)) }
            if d < 0 && d > -9223372036854775808.0 { return Int64(d) }
            return Int64.min
        }
        if d >= -9223372036854775808.0 && d < 9223372036854775808.0 { return Int64(d) }
        return Int64.min
    }

    @inline(never)
    func outOfTime() -> Bool {
        guard deadline > 0 else { return false }
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let now = UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
        if now > deadline {
            timedOut = true
            out.write(2, "gomem: program ran out of time\n")
            exitCode = 124
            return true
        }
        return false
    }

    /// Calls native `idx` with its arguments at fp + argBase + 32. Returns the native's status.
    @inline(never)
    func callNative(_ idx: Int, fp: inout UnsafeMutableRawPointer, argBase: Int, argEnd: Int) -> Int32 {
        let lo = g.pointee.lo
        let fpOff = Int(UInt(bitPattern: fp) &- lo)
        let savedCaller = g.pointee.nativeCallerOff, savedArgs = g.pointee.nativeArgsOff, savedSp = g.pointee.spOff
        g.pointee.nativeCallerOff = fpOff
        g.pointee.nativeArgsOff = fpOff + argBase + FrameLayout.headerSize
        g.pointee.spOff = fpOff + argBase + max(argEnd, FrameLayout.headerSize) + 64
        // The slack above the arguments is zeroed (the collector may scan it
        // conservatively), and the unused callee header names the native for
        // the collector (GCRoots.swift, `nativeFrameMarker`).
        memset(fp + argBase + max(argEnd, FrameLayout.headerSize), 0, 64)
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
        return st
    }

    // MARK: Panics and defers

    /// Runs deferred calls for the innermost panic. Returns nil when the
    /// interpreter should continue at (fp, pc) (a deferred call's entry), or
    /// the status to return from this run.
    @inline(never)
    func unwind(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        while true {
            let d = g.pointee.deferTop
            if d == 0 { return .panicking }
            let rec = UnsafeMutableRawPointer(bitPattern: d)!
            let dfpOff = rec.load(fromByteOffset: 8, as: Int.self)
            if dfpOff < g.pointee.nestBaseOff { return .panicking }
            g.pointee.deferTop = rec.load(as: UInt.self)
            if !panics.isEmpty { panics[panics.count - 1].deferFPOff = dfpOff }
            switch callDeferred(rec, &fp, &pc, retPC: program.panicStubPC) {
            case 0: return nil
            case 1: continue   // a native ran (or raised a new panic): keep unwinding
            default: return .exit
            }
        }
    }

    /// "value method main.T.M called using nil *T pointer" for the itab's
    /// method function fn (slow path of calli).
    func nilValueMethodMessage(_ fn: Int, _ tab: Int64) -> String {
        let header = P(tab)!.load(as: ItabHeader.self)
        var short = TypeRef(header.type).name
        if short.hasPrefix("*") { short.removeFirst() }
        if let dot = short.lastIndex(of: ".") { short = String(short[short.index(after: dot)...]) }
        return "value method \(program.funcNames[fn]) called using nil *\(short) pointer"
    }

    /// Calls a deferred record's function on top of the frame at fp.
    /// 0: a Go function was entered (fp, pc set); 1: a native ran; 2: exit.
    func callDeferred(_ rec: UnsafeMutableRawPointer, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int, retPC: Int) -> Int {
        let closure = rec.load(fromByteOffset: 16, as: UInt.self)
        let argSize = rec.load(fromByteOffset: 24, as: Int.self)
        let fn = UnsafeRawPointer(bitPattern: closure)!.load(as: Int.self)
        let curFn = fp.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
        var out = Int(program.funcs[curFn].outArea)
        let need = out + FrameLayout.headerSize + argSize + FrameLayout.stackGuard
        if UInt(bitPattern: fp) &+ UInt(need) > g.pointee.hi {
            let off = UInt(bitPattern: fp) &- g.pointee.lo
            if !growStack(used: Int(off) + out, minFree: need, topFP: UInt(bitPattern: fp)) { return 2 }
            fp = UnsafeMutableRawPointer(bitPattern: g.pointee.lo &+ off)!
        }
        // The record's arguments may hold pointers into nothing on the stack; copy them.
        let recNow = rec
        out = Int(program.funcs[curFn].outArea)
        let nfp = fp + out
        if argSize > 0 { memmove(nfp + FrameLayout.headerSize, recNow + 32, argSize) }
        let info = program.funcs[fn]
        if info.entry < 0 {
            let st = callNative(Int(info.native), fp: &fp, argBase: out, argEnd: FrameLayout.headerSize + argSize)
            if st == 2 { return 2 }
            if retPC != program.panicStubPC { pc = retPC }
            return 1
        }
        nfp.storeBytes(of: fp, toByteOffset: FrameLayout.savedFP, as: UnsafeMutableRawPointer.self)
        nfp.storeBytes(of: retPC, toByteOffset: FrameLayout.retPC, as: Int.self)
        nfp.storeBytes(of: fn, toByteOffset: FrameLayout.funcIndex, as: Int.self)
        nfp.storeBytes(of: closure, toByteOffset: FrameLayout.context, as: UInt.self)
        fp = nfp
        pc = Int(info.entry)
        return 0
    }
}
