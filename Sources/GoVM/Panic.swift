// Panic.swift — panics, defers and recover (Go's panic.go): raising a
// panic (a run-time error of Go's kind and message, or panic(v)), running
// deferred calls innermost first while it unwinds (`unwind`,
// `callDeferred`), recover, and the report of an unrecovered panic.
//
// How a panic runs: `startPanic` records it; the loop calls `unwind`, which
// pops defer records of the panicking goroutine and calls each on top of
// the stack with its return pc at the panic stub (`Program.panicStubPC`).
// The stub continues the panic or, if the deferred call recovered, resumes
// the deferring frame at its `rundefers` epilogue (`FuncInfo.pad`). With no
// record left the run returns `.panicking` and the report is printed
// (`printPanics`: Go's `panic: ...` lines with [recovered] and
// [recovered, repanicked], then the goroutine's trace; exit 2).
//
// Invariants: defer records (GoABI's DeferRecord) name their frame by
// offset from the stack base; a record whose frame lies below the current
// nested run's base belongs to an outer run and is left to it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

extension VM {
    /// Raises a runtime error panic with Go's message (without "runtime error: ").
    public func raiseRuntimeError(_ msg: String, plain: Bool = false, type typeName: String? = nil) -> Int32 {
        let full = plain ? msg : "runtime error: " + msg
        var name = typeName ?? "runtime.errorString"
        if typeName == nil {
            if msg.hasPrefix("index out of range") || msg.hasPrefix("slice bounds") { name = "runtime.boundsError" }
            if msg.hasPrefix("interface conversion") { name = "*runtime.TypeAssertionError" }
            if msg.hasPrefix("panic called with nil") { name = "*runtime.PanicNilError" }
        }
        let et = program.namedTypes[name] ?? program.runtimeErrorType
        heap.gcHoldCollections(true)     // s is held only here across the box's allocation
        defer { heap.gcHoldCollections(false) }
        let s = newString(full)
        let box = cache.mallocgc(16, type: program.typeRef(program.stringType).goType, needzero: true)
        box.storeBytes(of: s, as: GoString.self)
        startPanic(type: UInt(bitPattern: program.rodata + et), data: UInt(bitPattern: box))
        return RunStatus.panicking.rawValue
    }

    /// Raises panic(v) for an empty-interface value.
    public func raisePanic(type: UInt, data: UInt) -> Int32 {
        startPanic(type: type, data: data)
        return RunStatus.panicking.rawValue
    }

    /// Removes and returns the innermost panic (fmt recovering a panic in a String method).
    public func takePanic() -> (UInt, UInt)? {
        guard let p = panics.popLast() else { return nil }
        return (p.type, p.data)
    }

    func startPanic(type: UInt, data: UInt) {
        if let last = panics.last, last.recovered, last.type == type, last.data == data {
            panics[panics.count - 1].repanicked = true
            panics[panics.count - 1].recovered = false
            panics[panics.count - 1].firstPC = last.pc
            panics[panics.count - 1].firstFPOff = last.fpOff
            panics[panics.count - 1].pc = -1   // unwind notes the new site
            return
        }
        panics.append(PanicRecord(type: type, data: data))
    }

    /// defer, rundefers, panic, recover and the panic stub.
    @inline(never)
    func panicOp(_ ins: Instr, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> SlowStatus {
        switch ins.op {
        case .deferproc:
            let size = Int(ins.c)
            // Scanned as all pointer words: the argument bytes have no type.
            let rec = DeferRef(cache.mallocgc(DeferRef.size(argSize: size), type: gcWordType, needzero: true))
            rec.raw.pointee = DeferRecord(link: g.pointee.deferTop, frameOff: Int(UInt(bitPattern: fp) &- g.pointee.lo),
                                          fn: U(F(fp, ins.a)), argSize: size)
            if size > 0 { memcpy(rec.args, fp + Int(ins.b), size) }
            g.pointee.deferTop = rec.bits
        case .rundefers:
            let d = g.pointee.deferTop
            if d == 0 { return .next }
            let rec = DeferRef(bits: d)!
            if rec.raw.pointee.frameOff != Int(UInt(bitPattern: fp) &- g.pointee.lo) { return .next }
            g.pointee.deferTop = rec.raw.pointee.link
            let here = pc - 1
            switch callDeferred(UnsafeMutableRawPointer(rec.raw), &fp, &pc, retPC: here) {
            case 0: return .next
            case 1:
                pc = here
                return panics.isEmpty || panics.last!.recovered ? .next : .panicking
            case 2: return .exit
            case let st:
                // a blocking native (defer mu.Lock(), defer wg.Wait()): park, then run rundefers again
                guard let r = deferBlocked(NativeStatus(rawValue: Int32(st))!, UnsafeMutableRawPointer(rec.raw), &fp, &pc,
                                           here: here) else { return .switched }
                return afterSwitch(r)
            }
        case .rangepanic:
            _ = raiseRuntimeError((RangeFuncState(rawValue: F(fp, ins.a)) ?? .done).message)
            return .panicking
        case .panic:
            var t = U(F(fp, ins.a)), d = U(F(fp, ins.a &+ EFace.dataWord))
            if t == 0 {
                // panic(nil) is a *runtime.PanicNilError since Go 1.21.
                _ = raiseRuntimeError("panic called with nil argument")
                _ = (t, d)
                return .panicking
            }
            startPanic(type: t, data: d)
            t = 0; d = 0
            return .panicking
        case .recover:
            let retpc = fp.load(fromByteOffset: FrameLayout.retPC, as: Int.self)
            // recover works in a function a panic called as a deferred call.
            var direct = retpc == program.panicStubPC
            if ins.w == 1 {
                // `defer recover()`: the thunk runs at its deferring function's
                // return (not called by the panic), on behalf of that function.
                let caller = fp.load(fromByteOffset: FrameLayout.savedFP, as: UnsafeRawPointer.self)
                direct = !direct && caller.load(fromByteOffset: FrameLayout.retPC, as: Int.self) == program.panicStubPC
            }
            if direct, let last = panics.last, !last.recovered, !last.goexit {
                panics[panics.count - 1].recovered = true
                setF(fp, ins.a, Int64(Int(bitPattern: last.type)))
                setF(fp, ins.a &+ EFace.dataWord, Int64(Int(bitPattern: last.data)))
            } else {
                setF(fp, ins.a, 0); setF(fp, ins.a &+ EFace.dataWord, 0)
            }
        case .panicstub:
            guard let last = panics.last else { return .next }
            if last.recovered {
                // The recovered panic ends, and so does every panic whose
                // deferred call ran at or above the frame that resumes (an
                // earlier panic whose deferred call is still below goes on
                // when that call returns: Go's recovery of a nested panic).
                panics.removeAll { $0.deferFPOff >= last.deferFPOff }
                let nfp = UnsafeMutableRawPointer(bitPattern: g.pointee.lo &+ UInt(last.deferFPOff))!
                fp = nfp
                let fn = fp.load(fromByteOffset: FrameLayout.funcIndex, as: Int.self)
                pc = Int(program.funcs[fn].pad)
                return .next
            }
            return .panicking
        default: return unknownInstruction(ins)
        }
        return .next
    }

    /// Runs deferred calls for the innermost panic. Returns nil when the
    /// interpreter should continue at (fp, pc) (a deferred call's entry), or
    /// the status to return from this run.
    @inline(never)
    func unwind(_ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> RunStatus? {
        notePanicSite(fp, pc)
        while true {
            let d = g.pointee.deferTop
            if d == 0 { return unwindDone(&fp, &pc) }
            let rec = DeferRef(bits: d)!
            let dfpOff = rec.raw.pointee.frameOff
            if dfpOff < g.pointee.nestBaseOff { return .panicking }
            g.pointee.deferTop = rec.raw.pointee.link
            if !panics.isEmpty { panics[panics.count - 1].deferFPOff = dfpOff }
            switch callDeferred(UnsafeMutableRawPointer(rec.raw), &fp, &pc, retPC: program.panicStubPC) {
            case 0: return nil
            case 1: continue   // a native ran (or raised a new panic): keep unwinding
            case 2: return .exit
            case let st:
                // the panic stub continues unwinding when the G runs again
                return deferBlocked(NativeStatus(rawValue: Int32(st))!, UnsafeMutableRawPointer(rec.raw), &fp, &pc,
                                    here: program.panicStubPC)
            }
        }
    }

    /// A deferred native (`callDeferred` returned .park, .yield or .sleep)
    /// run by `rundefers` at `here` or by `unwind` (here: the panic stub).
    /// Park: the record goes back on the defer chain and the G resumes at
    /// `here`, which calls it again with the record's arguments. Yield and
    /// sleep: the call is done; the G resumes at `here` (the next record).
    func deferBlocked(_ st: NativeStatus, _ rec: UnsafeMutableRawPointer, _ fp: inout UnsafeMutableRawPointer,
                      _ pc: inout Int, here: Int) -> RunStatus? {
        pc = here
        switch st {
        case .park:
            g.pointee.deferTop = UInt(bitPattern: rec)
            enqueueRetry(parkKey)
            return park(&fp, &pc, reason: parkReason)
        case .yield: return yield(&fp, &pc)
        default: return park(&fp, &pc, reason: .sleep)
        }
    }

    /// Calls a deferred record's function on top of the frame at fp.
    /// 0: a Go function was entered (fp, pc set); 1: a native ran; 2: exit;
    /// 3, 5, 6: a native asked to park and be called again, to yield, or
    /// to sleep (`NativeStatus`; the caller calls `deferBlocked`).
    func callDeferred(_ rec: UnsafeMutableRawPointer, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int, retPC: Int) -> Int {
        let closure = DeferRef(rec).raw.pointee.fn
        let argSize = DeferRef(rec).raw.pointee.argSize
        guard let fv = UnsafeRawPointer(bitPattern: closure) else {
            // `defer f()` with a nil f: Go panics when the call runs, not at the defer.
            _ = raiseRuntimeError("invalid memory address or nil pointer dereference")
            if retPC != program.panicStubPC { pc = retPC }
            return 1
        }
        let fn = FuncVal.fn(fv)
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
        if argSize > 0 { memmove(nfp + FrameLayout.headerSize, DeferRef(recNow).args, argSize) }
        let info = program.funcs[fn]
        if info.entry < 0 {
            let st = callNative(Int(info.native), fp: &fp, argBase: out, argEnd: FrameLayout.headerSize + argSize)
            if st == 2 { return 2 }
            if retPC != program.panicStubPC { pc = retPC }
            if st == NativeStatus.park.rawValue || st == NativeStatus.yield.rawValue || st == NativeStatus.sleep.rawValue {
                return Int(st)
            }
            return 1
        }
        pushFrame(nfp, caller: fp, retPC: retPC, fn: fn, context: closure)
        fp = nfp
        pc = Int(info.entry)
        return 0
    }

    func printPanics() {
        if g.pointee.exitHook != nil, !panics.isEmpty { panics[panics.count - 1].repanicked = true }
        // The trace is taken first: printing a value may call its Error or
        // String method, whose frame may lie over the panicking frames.
        let trace = panicTraceback()
        var text = ""
        for (i, p) in panics.filter({ !$0.goexit }).enumerated() {
            if i > 0 { text += "\t" }
            text += "panic: " + panicValueString(type: p.type, data: p.data)
            if p.repanicked { text += " [recovered, repanicked]" } else if p.recovered { text += " [recovered]" }
            if let t = TypeRef(bits: p.type), t.flags.contains(.runtimeError),
               panicValueString(type: p.type, data: p.data).hasSuffix("nil pointer dereference") {
                text += "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"
            }
            text += "\n"
        }
        out.write(2, text)
        out.write(2, trace)
    }

    /// Go's printpanicval.
    public func panicValueString(type: UInt, data: UInt) -> String {
        guard let t = TypeRef(bits: type) else { return "nil" }
        if t.flags.contains(.runtimeError) {
            return UnsafeRawPointer(bitPattern: data)!.load(as: GoString.self).string
        }
        for name in ["Error", "String"] {
            if let m = t.method(named: name) {
                let (st, s) = callStringMethod(type: t, data: data, method: m)
                if st == .ok { return s.string }
                return "(panic in \(name) method)"
            }
        }
        let named = t.flags.contains(.named)
        let v = printValue(t, data: data)
        switch t.kind {
        case .bool, .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr,
             .float32, .float64:
            return named ? "\(t.name)(\(v))" : v
        case .complex64, .complex128:
            return named ? t.name + v : v
        case .string:
            return named ? "\(t.name)(\"\(v)\")" : v
        default:
            return "(\(t.name)) 0x\(String(data, radix: 16))"
        }
    }

}
