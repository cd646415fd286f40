// RuntimeCallers.swift — package runtime's and runtime/debug's introspection
// natives: Caller, Callers, CallersFrames / Frames.Next, FuncForPC and
// *Func's Name / FileLine / Entry, Stack, debug.Stack, debug.PrintStack,
// Goexit and debug.SetMaxStack. The frame walk, the pc encoding and the
// traceback text are GoVM's (Traceback.swift): names, files and lines are
// Go's, pc values are not.
//
// Layouts (gomem's argument areas, receiver last): runtime.Frame is
// {PC, Func, Function string, File string, Line, startLine, Entry,
// funcInfo [2]uintptr} = 88 bytes; a *Frames object keeps the callers
// slice at 0 and the index of the next pc in its nextPC word (24).
import GoABI
import GoRuntime
import GoVM

/// Offsets in runtime.Frame.
private enum FrameOff {
    static let pc = 0, function = 16, file = 32, line = 48, entry = 64, size = 88
    static let fn = 8
}

private func writeFrame(_ v: VM, _ pc: UInt, to a: UnsafeMutableRawPointer) {
    for w in 0..<(FrameOff.size / 8) { a.storeBytes(of: 0, toByteOffset: 8 * w, as: Int.self) }
    guard let info = v.pcInfo(pc, call: true) else { return }
    let name = v.newString(info.name), file = v.newString(info.file)
    let out = v.nativeArgs()
    out.storeBytes(of: pc &- 1, toByteOffset: FrameOff.pc, as: UInt.self)
    out.storeBytes(of: v.funcRecord(info.key), toByteOffset: FrameOff.fn, as: UInt.self)
    out.storeBytes(of: name, toByteOffset: FrameOff.function, as: GoString.self)
    out.storeBytes(of: file, toByteOffset: FrameOff.file, as: GoString.self)
    out.storeBytes(of: info.line, toByteOffset: FrameOff.line, as: Int.self)
    out.storeBytes(of: info.entry, toByteOffset: FrameOff.entry, as: UInt.self)
}

let runtimeCallersNatives: [(String, NativeFn)] = [
    // Caller(skip int) (pc uintptr, file string, line int, ok bool)
    ("runtime.Caller", { vm, a in
        let v = VM.from(vm)
        if v.refuseLineDirectives() { return 2 }
        let skip = a.load(as: Int.self)
        let frames = v.callerFrames()
        guard skip >= 0, skip < frames.count, let info = v.pcInfo(v.encodedPC(frames[skip]), call: true) else {
            for o in stride(from: 8, to: 48, by: 8) { a.storeBytes(of: 0, toByteOffset: o, as: Int.self) }
            return 0
        }
        let pc = v.encodedPC(frames[skip])
        let file = v.newString(info.file)
        let out = v.nativeArgs()
        out.storeBytes(of: pc, toByteOffset: 8, as: UInt.self)
        out.storeBytes(of: file, toByteOffset: 16, as: GoString.self)
        out.storeBytes(of: info.line, toByteOffset: 32, as: Int.self)
        out.storeBytes(of: 1, toByteOffset: 40, as: Int.self)
        return 0
    }),
    // Callers(skip int, pc []uintptr) int: skip 0 is Callers itself.
    ("runtime.Callers", { vm, a in
        let v = VM.from(vm)
        if v.refuseLineDirectives() { return 2 }
        let skip = a.load(as: Int.self)
        let dst = a.load(fromByteOffset: 8, as: UInt.self), n = a.load(fromByteOffset: 16, as: Int.self)
        let pcs = [v.encodedPC(RuntimeFunc.callers.frame)] + v.callerFrames().map(v.encodedPC)
        var count = 0
        if skip >= 0 && dst != 0 {
            let p = UnsafeMutableRawPointer(bitPattern: dst)!
            for pc in pcs.dropFirst(min(skip, pcs.count)) where count < n {
                p.storeBytes(of: pc, toByteOffset: 8 * count, as: UInt.self)
                count += 1
            }
        }
        a.storeBytes(of: count, toByteOffset: 32, as: Int.self)
        return 0
    }),
    // CallersFrames(callers []uintptr) *Frames
    ("runtime.CallersFrames", { vm, a in
        let v = VM.from(vm)
        let obj = v.mallocgcPointerWords(232)
        let args = v.nativeArgs()
        for w in 0..<3 { obj.storeBytes(of: args.load(fromByteOffset: 8 * w, as: UInt.self), toByteOffset: 8 * w, as: UInt.self) }
        obj.storeBytes(of: 0, toByteOffset: 24, as: Int.self)
        args.storeBytes(of: UInt(bitPattern: obj), toByteOffset: 24, as: UInt.self)
        return 0
    }),
    // (*Frames).Next() (frame Frame, more bool)
    ("runtime.Frames.Next", { vm, a in
        let v = VM.from(vm)
        if v.refuseLineDirectives() { return 2 }
        let fr = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: FrameOff.size + 8, as: UInt.self))!
        let base = fr.load(as: UInt.self), n = fr.load(fromByteOffset: 8, as: Int.self)
        let i = fr.load(fromByteOffset: 24, as: Int.self)
        if i >= n || base == 0 {
            for w in 0...(FrameOff.size / 8) { a.storeBytes(of: 0, toByteOffset: 8 * w, as: Int.self) }
            return 0
        }
        fr.storeBytes(of: i + 1, toByteOffset: 24, as: Int.self)
        let pc = UnsafeRawPointer(bitPattern: base)!.load(fromByteOffset: 8 * i, as: UInt.self)
        writeFrame(v, pc, to: a)
        v.nativeArgs().storeBytes(of: i + 1 < n ? 1 : 0, toByteOffset: FrameOff.size, as: Int.self)
        return 0
    }),
    // FuncForPC(pc uintptr) *Func
    ("runtime.FuncForPC", { vm, a in
        let v = VM.from(vm)
        let info = v.pcInfo(a.load(as: UInt.self), call: false)
        a.storeBytes(of: info.map { v.funcRecord($0.key) } ?? 0, toByteOffset: 8, as: UInt.self)
        return 0
    }),
    // (*Func).Name() string
    ("runtime.Func.Name", { vm, a in
        let v = VM.from(vm)
        guard let k = v.funcKey(a.load(fromByteOffset: 16, as: UInt.self)) else {
            a.storeBytes(of: GoString(ptr: 0, len: 0), as: GoString.self)
            return 0
        }
        let s = v.newString(v.funcKeyInfo(k).name)
        v.nativeArgs().storeBytes(of: s, as: GoString.self)
        return 0
    }),
    // (*Func).Entry() uintptr
    ("runtime.Func.Entry", { vm, a in
        let v = VM.from(vm)
        let k = v.funcKey(a.load(fromByteOffset: 8, as: UInt.self))
        a.storeBytes(of: k.map { v.funcKeyInfo($0).entry } ?? 0, as: UInt.self)
        return 0
    }),
    // (*Func).FileLine(pc uintptr) (file string, line int)
    ("runtime.Func.FileLine", { vm, a in
        let v = VM.from(vm)
        if v.refuseLineDirectives() { return 2 }
        guard v.funcKey(a.load(fromByteOffset: 32, as: UInt.self)) != nil,
              let info = v.pcInfo(a.load(as: UInt.self), call: false) else {
            for o in [8, 16, 24] { a.storeBytes(of: 0, toByteOffset: o, as: Int.self) }
            return 0
        }
        let s = v.newString(info.file)
        let out = v.nativeArgs()
        out.storeBytes(of: s, toByteOffset: 8, as: GoString.self)
        out.storeBytes(of: info.line, toByteOffset: 24, as: Int.self)
        return 0
    }),
    // Stack(buf []byte, all bool) int
    ("runtime.Stack", { vm, a in
        let v = VM.from(vm)
        if v.refuseLineDirectives() { return 2 }
        let text = Array(v.stackText(all: a.load(fromByteOffset: 24, as: UInt8.self) != 0).utf8)
        let dst = a.load(as: UInt.self), n = min(a.load(fromByteOffset: 8, as: Int.self), text.count)
        if n > 0 { text.withUnsafeBytes { UnsafeMutableRawPointer(bitPattern: dst)!.copyMemory(from: $0.baseAddress!, byteCount: n) } }
        a.storeBytes(of: max(n, 0), toByteOffset: 32, as: Int.self)
        return 0
    }),
    // debug.Stack() []byte
    ("runtime/debug.Stack", { vm, a in
        let v = VM.from(vm)
        if v.refuseLineDirectives() { return 2 }
        let text = Array(v.stackText(all: false, top: [.debugStack]).utf8)
        let p = text.isEmpty ? nil : Optional(v.cache.mallocgc(text.count, type: nil, needzero: false))
        if let p { text.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: text.count) } }
        let out = v.nativeArgs()
        out.storeBytes(of: p.map { UInt(bitPattern: $0) } ?? 0, as: UInt.self)
        out.storeBytes(of: text.count, toByteOffset: 8, as: Int.self)
        out.storeBytes(of: text.count, toByteOffset: 16, as: Int.self)
        return 0
    }),
    // debug.PrintStack(): the same text on standard error.
    ("runtime/debug.PrintStack", { vm, _ in
        let v = VM.from(vm)
        if v.refuseLineDirectives() { return 2 }
        v.out.write(2, v.stackText(all: false, top: [.debugStack, .debugPrintStack]))
        return 0
    }),
    ("runtime.Goexit", { vm, _ in VM.from(vm).startGoexit() }),
    ("runtime.Breakpoint", { vm, _ in VM.from(vm).breakpoint() }),
    // debug.SetTraceback(level string)
    ("runtime/debug.SetTraceback", { vm, a in
        VM.from(vm).setTraceback(a.load(as: GoString.self).string)
        return 0
    }),
    // debug.SetMaxStack(bytes int) int
    ("runtime/debug.SetMaxStack", { vm, a in
        a.storeBytes(of: VM.from(vm).setMaxStack(a.load(as: Int.self)), toByteOffset: 8, as: Int.self)
        return 0
    }),
]
