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
import GoABI
import GoRuntime

@inline(__always) func F(_ fp: UnsafeMutableRawPointer, _ off: Int32) -> Int64 {
    fp.load(fromByteOffset: Int(off), as: Int64.self)
}
@inline(__always) func setF(_ fp: UnsafeMutableRawPointer, _ off: Int32, _ v: Int64) {
    fp.storeBytes(of: v, toByteOffset: Int(off), as: Int64.self)
}
/// Writes a callee's frame header (GoABI's FrameLayout) at nfp.
@inline(__always) func pushFrame(_ nfp: UnsafeMutableRawPointer, caller fp: UnsafeMutableRawPointer, retPC: Int, fn: Int, context: UInt) {
    nfp.storeBytes(of: fp, toByteOffset: FrameLayout.savedFP, as: UnsafeMutableRawPointer.self)
    nfp.storeBytes(of: retPC, toByteOffset: FrameLayout.retPC, as: Int.self)
    nfp.storeBytes(of: fn, toByteOffset: FrameLayout.funcIndex, as: Int.self)
    nfp.storeBytes(of: context, toByteOffset: FrameLayout.context, as: UInt.self)
}

/// A frame word as an address.
@inline(__always) func U(_ v: Int64) -> UInt { UInt(bitPattern: Int(v)) }
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
        // The running G; every path that may switch goroutines (a park, a
        // yield, a goroutine's exit, a trap's deferred calls) reloads it.
        var gp = g
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
                setF(fp, ins.a &+ GoString.lenWord, Int64(ins.c))
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
                    if let st = trap(.divideByZero, &fp, &pc) { return st }
                    gp = g; continue
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
                    if let st = trap(.negativeShift, &fp, &pc) { return st }
                    gp = g; continue
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
                        gp = g; continue
                    }
                }
                pc = t
            case .jumpif: if F(fp, ins.b) != 0 { pc = Int(ins.a) }
            case .jumpifnot: if F(fp, ins.b) == 0 { pc = Int(ins.a) }
            case .call:
                let nfp = fp + Int(ins.b)
                pushFrame(nfp, caller: fp, retPC: pc, fn: Int(ins.a), context: 0)
                fp = nfp
                pc = Int(funcs[Int(ins.a)].entry)
            case .callv, .calli:
                let nfp = fp + Int(ins.b)
                var fn: Int
                var ctx: Int64 = 0
                if ins.op == .callv {
                    ctx = F(fp, ins.a)
                    if ctx == 0 {
                        if let st = trap(.nilDeref, &fp, &pc) { return st }
                        gp = g; continue
                    }
                    fn = P(ctx)!.load(as: Int.self)
                } else {
                    let tab = F(fp, ins.a)
                    if tab == 0 {
                        if let st = trap(.nilDeref, &fp, &pc) { return st }
                        gp = g; continue
                    }
                    let e = ItabRef(P(tab)!).entry(Int(ins.c)).pointee
                    fn = e.fn
                    let rc = e.recvCopy
                    let dataw = F(fp, ins.a &+ EFace.dataWord)
                    let ro = Int(ins.d)
                    if rc != 0 && dataw == 0 {
                        if let st = trap(.panicwrap(tab: U(tab), method: Int(ins.c)), &fp, &pc) { return st }
                        gp = g; continue
                    }
                    if rc == 0 { nfp.storeBytes(of: dataw, toByteOffset: ro, as: Int64.self) }
                    else if rc < 0 { nfp.storeBytes(of: loadWidth(UnsafeRawPointer(P(dataw)!), UInt16(-rc)), toByteOffset: ro, as: Int64.self) }
                    else { memmove(nfp + ro, P(dataw)!, rc) }
                }
                let info = funcs[fn]
                if info.entry < 0 {
                    let argEnd = ins.op == .callv ? Int(ins.c) : Int(ins.d) + FrameLayout.nativeSlack
                    let st = callNative(Int(info.native), fp: &fp, argBase: Int(ins.b), argEnd: argEnd, pc: pc)
                    if st != 0 {
                        if let s = afterNative(st, &fp, &pc) { return s }
                        gp = g
                    }
                    continue
                }
                pushFrame(nfp, caller: fp, retPC: pc, fn: fn, context: UInt(bitPattern: Int(ctx)))
                fp = nfp
                pc = Int(info.entry)
            case .calln:
                let st = callNative(Int(ins.a), fp: &fp, argBase: Int(ins.b), argEnd: Int(ins.c), pc: pc)
                if st != 0 {
                    if let s = afterNative(st, &fp, &pc) { return s }
                    gp = g
                }
            case .ret:
                let r = fp.load(fromByteOffset: FrameLayout.retPC, as: Int.self)
                if r < 0 {
                    if r == -2 { if let s = goexit(&fp, &pc) { return s }; gp = g; continue }
                    return .ok
                }
                fp = fp.load(fromByteOffset: FrameLayout.savedFP, as: UnsafeMutableRawPointer.self)
                pc = r
            case .morestack:
                if UInt(bitPattern: fp) &+ UInt(ins.a) > gp.pointee.hi {
                    let off = UInt(bitPattern: fp) &- gp.pointee.lo
                    if !growStack(used: Int(off) + Int(ins.c), minFree: Int(ins.a), topFP: UInt(bitPattern: fp)) { return .exit }
                    fp = UnsafeMutableRawPointer(bitPattern: gp.pointee.lo &+ off)!
                }
                if ins.c > ins.b { memset(fp + Int(ins.b), 0, Int(ins.c &- ins.b)) }
            case .load:
                guard let p = P(F(fp, ins.b)) else {
                    if let st = trap(.nilDeref, &fp, &pc) { return st }
                    gp = g; continue
                }
                setF(fp, ins.a, loadWidth(p + Int(ins.c), ins.w))
            case .store:
                guard let p = P(F(fp, ins.a)) else {
                    if let st = trap(.nilDeref, &fp, &pc) { return st }
                    gp = g; continue
                }
                storeWidth(p + Int(ins.c), F(fp, ins.b), ins.w)
            case .loadm:
                guard let p = P(F(fp, ins.b)) else {
                    if let st = trap(.nilDeref, &fp, &pc) { return st }
                    gp = g; continue
                }
                memmove(fp + Int(ins.a), p + Int(ins.c), Int(ins.d))
            case .storem:
                guard let p = P(F(fp, ins.a)) else {
                    if let st = trap(.nilDeref, &fp, &pc) { return st }
                    gp = g; continue
                }
                memmove(p + Int(ins.c), fp + Int(ins.b), Int(ins.d))
            case .storep:
                guard let p = P(F(fp, ins.a)) else {
                    if let st = trap(.nilDeref, &fp, &pc) { return st }
                    gp = g; continue
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
                    if let st = trap(.nilDeref, &fp, &pc) { return st }
                    gp = g; continue
                }
                setF(fp, ins.a, v &+ Int64(ins.c))
            case .nilchk:
                if F(fp, ins.a) == 0 {
                    if let st = trap(.nilDeref, &fp, &pc) { return st }
                    gp = g; continue
                }
            case .new:
                let t = TypeRef((ro + Int(ins.b)).assumingMemoryBound(to: TypeDescriptor.self))
                savestate(gp, fp, pc)   // a safepoint: the GC walks from here
                let p = cache.mallocgc(t.size, type: t.goType, needzero: true)
                setF(fp, ins.a, Int64(Int(bitPattern: p)))
            case .bchk:
                let i = F(fp, ins.a), n = F(fp, ins.b)
                if UInt64(bitPattern: i) >= UInt64(bitPattern: n) {
                    if let st = trap(.index(i, n), &fp, &pc) { return st }
                    gp = g; continue
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
                switch st {
                case .next, .switched: break    // switched: another goroutine runs now (fp, pc)
                case .panicking: if let s = unwind(&fp, &pc) { return s }
                case .exit: return .exit
                case .leave: return .panicking
                }
                gp = g    // a slow op may have switched goroutines (a park, gostart's yield)
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

    /// Instructions off the fast path, by family: each family's file
    /// returns 0 (go on), 1 (a panic was raised: unwind), 2 (exit),
    /// 3 (a panic left this run) or 4 (the goroutine parked: fp and pc switched).
    @inline(never)
    func slowOp(_ ins: Instr, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> SlowStatus {
        // Every slow op may allocate: it is a safepoint, the GC walks the stack from this frame.
        savestate(g, fp, pc)
        switch ins.op {
        case .makeslice, .growslice, .reslice, .copy, .move2heap, .sliceclear, .slice2arr, .unsafeslice:
            return sliceOp(ins, fp, pc)
        case .concat, .strcmp, .streq, .runestr, .bytes2str, .str2bytes, .str2runes, .runes2str, .decoderune:
            return stringOp(ins, fp, pc)
        case .mkiface, .iface2e, .assert, .asserti, .typeof:
            return ifaceOp(ins, fp, pc)
        case .ifaceeq, .valeq:
            return algOp(ins, fp, pc)
        case .deferproc, .rundefers, .panic, .recover, .panicstub, .rangepanic:
            return panicOp(ins, &fp, &pc)
        case .makechan, .chansend, .chanrecv, .chanclose, .chanlen:
            return chanOp(ins, &fp, &pc)
        case .selectgo:
            return selectgo(ins, &fp, &pc)
        case .makemap, .maplen, .mapaccess, .mapassign, .mapdelete, .mapclear, .mapnext:
            return mapOp(ins, fp)
        case .cadd, .csub, .cmul, .cdiv, .cneg, .ceq:
            complexOp(ins, fp)
        case .mkclosure:
            makeClosure(ins, fp)
        case .gostart:
            if !newproc(UInt(bitPattern: Int(F(fp, ins.a))), args: fp + Int(ins.b), size: Int(ins.c)) {
                return stop(unsupported("go statement calling a standard library function"))
            }
            noteCreator(fp, pc: pc)
            if runnableCount > maxRunnable, let r = yield(&fp, &pc) { return afterSwitch(r) }
        default:
            return unknownInstruction(ins)
        }
        return .next
    }

    /// The run-time errors the loop raises itself (Go's panicmem,
    /// panicdivide, panicshift, panicIndex, panicwrap).
    enum Trap {
        case nilDeref, divideByZero, negativeShift
        case index(Int64, Int64)
        case panicwrap(tab: UInt, method: Int)
    }

    /// Raises `t` and unwinds: nil to continue at (fp, pc) (a deferred
    /// call's entry, or a recovering frame), else the run's status. The one
    /// slow path of every check in the loop.
    @inline(never)
    func trap(_ t: Trap, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        savestate(g, fp, pc)
        switch t {
        case .nilDeref: _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
        case .divideByZero: _ = raiseRuntimeError("integer divide by zero")
        case .negativeShift: _ = raiseRuntimeError("negative shift amount")
        case .index(let i, let n): _ = raiseRuntimeError(i < 0 ? "index out of range [\(i)]" : "index out of range [\(i)] with length \(n)")
        case .panicwrap(let tab, let j): _ = panicwrap(tab: tab, method: j)
        }
        return unwind(&fp, &pc)
    }

    /// Writes the running G's pc and fp back (Lua's savepc): before anything
    /// that may allocate (the collector walks its stack from fp), panic,
    /// grow the stack or park.
    @inline(__always) func savestate(_ gp: UnsafeMutablePointer<GState>, _ fp: UnsafeMutableRawPointer, _ pc: Int) {
        gp.pointee.savedFPOff = Int(UInt(bitPattern: fp) &- gp.pointee.lo)
        gp.pointee.savedPC = pc
    }

    /// A run-time error panic raised by a slow op (Go's message and type).
    func raise(_ msg: String, plain: Bool = false) -> SlowStatus {
        _ = raiseRuntimeError(msg, plain: plain)
        return .panicking
    }

    /// A slow op's status after a switch that did not continue normally
    /// (`park`, `yield`): exit, or let the loop unwind what is in flight.
    @inline(__always) func afterSwitch(_ r: RunStatus) -> SlowStatus { r == .exit ? .exit : .panicking }

    /// A slow op's status for a native-style status (`unsupported`, `exit`: .exit).
    @inline(__always) func stop(_ st: Int32) -> SlowStatus { SlowStatus(rawValue: st) ?? .exit }

    func unknownInstruction(_ ins: Instr) -> SlowStatus {
        out.write(2, "fatal error: unknown instruction \(ins.op)\n")
        exitCode = 2
        return .exit
    }

    func typeAt(_ off: Int32) -> TypeRef {
        TypeRef((program.rodata + Int(off)).assumingMemoryBound(to: TypeDescriptor.self))
    }

}

@inline(__always) func loadWidth(_ p: UnsafeRawPointer, _ w: UInt16) -> Int64 {
    switch w {
    case 1: return Int64(p.load(as: Int8.self))
    case 2: return Int64(p.loadUnaligned(as: Int16.self))
    case 3: return Int64(p.loadUnaligned(as: Int32.self))
    case 5: return Int64(p.load(as: UInt8.self))
    case 6: return Int64(p.loadUnaligned(as: UInt16.self))
    case 7: return Int64(p.loadUnaligned(as: UInt32.self))
    default: return p.loadUnaligned(as: Int64.self)
    }
}

@inline(__always) func storeWidth(_ p: UnsafeMutableRawPointer, _ v: Int64, _ w: UInt16) {
    switch w {
    case 1, 5: p.storeBytes(of: UInt8(truncatingIfNeeded: v), as: UInt8.self)
    case 2, 6: p.storeBytes(of: UInt16(truncatingIfNeeded: v), as: UInt16.self)
    case 3, 7: p.storeBytes(of: UInt32(truncatingIfNeeded: v), as: UInt32.self)
    default: p.storeBytes(of: v, as: Int64.self)
    }
}

@inline(__always) func extend(_ v: Int64, _ w: UInt16) -> Int64 {
    switch w {
    case 1: return Int64(Int8(truncatingIfNeeded: v))
    case 2: return Int64(Int16(truncatingIfNeeded: v))
    case 3: return Int64(Int32(truncatingIfNeeded: v))
    case 5: return Int64(UInt8(truncatingIfNeeded: v))
    case 6: return Int64(UInt16(truncatingIfNeeded: v))
    case 7: return Int64(UInt32(truncatingIfNeeded: v))
    default: return v
    }
}
