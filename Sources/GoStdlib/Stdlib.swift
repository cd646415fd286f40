// Stdlib.swift — the native functions of gomem's standard library, bound by
// "pkg.Name" (methods: "pkg.Type.Method"). Each is a C-convention function
// (VM, argument area) → status, laid out by Go's ABI0 as gomem's frames are:
// parameters from offset 0, each 8-aligned, then results (see
// GoCompiler/Bytecode.swift). A native reads its arguments, may call back
// into Go (String/Error methods), and then writes its results through
// `vm.nativeArgs()` (the stack may have moved in between).
import GoABI
import GoRuntime
import GoVM

public enum Stdlib {
    /// Every native, by name.
    public static let natives: [(String, NativeFn)] = [
        ("fmt.Println", { vm, a in fmtPrint(vm, a, argOff: 0, mode: .ln, to: 1, resultOff: 24) }),
        ("fmt.Print", { vm, a in fmtPrint(vm, a, argOff: 0, mode: .plain, to: 1, resultOff: 24) }),
        ("fmt.Printf", { vm, a in fmtPrint(vm, a, argOff: 16, mode: .format, to: 1, resultOff: 40) }),
        ("fmt.Sprintf", { vm, a in fmtPrint(vm, a, argOff: 16, mode: .format, to: 0, resultOff: 40) }),
        ("fmt.Sprint", { vm, a in fmtPrint(vm, a, argOff: 0, mode: .plain, to: 0, resultOff: 24) }),
        ("fmt.Sprintln", { vm, a in fmtPrint(vm, a, argOff: 0, mode: .ln, to: 0, resultOff: 24) }),
        ("fmt.Errorf", { vm, a in fmtErrorf(vm, a) }),
        ("fmt.Fprintln", { vm, a in fmtFprint(vm, a, argOff: 16, mode: .ln, resultOff: 40) }),
        ("fmt.Fprint", { vm, a in fmtFprint(vm, a, argOff: 16, mode: .plain, resultOff: 40) }),
        ("fmt.Fprintf", { vm, a in fmtFprint(vm, a, argOff: 32, mode: .format, resultOff: 56) }),
        ("runtime.Error.Error", { vm, a in
            a.storeBytes(of: a.load(fromByteOffset: 16, as: GoString.self), toByteOffset: 0, as: GoString.self)
            return 0
        }),
        ("runtime.Error.RuntimeError", { _, _ in 0 }),
    ]

    public static var nativeNames: [String] { all.map { $0.0 } }
    public static var table: [String: NativeFn] {
        var t: [String: NativeFn] = [:]
        for (n, f) in all { t[n] = f }
        return t
    }
    static var all: [(String, NativeFn)] {
        natives + stringNatives + utf8Natives + sortNatives + syncNatives + errorsNatives + osNatives + atomicNatives
            + strconvNatives + mathNatives + poolNatives + unicodeNatives + linknameNatives + timeNatives
            + timeClockNatives + timeTimerNatives + timeTextNatives + runtimeCallersNatives
    }
}

extension VM {
    /// panic(errors.New-like string) from a native: a plain string value.
    public func raisePanicString(_ s: String) -> Int32 {
        heap.gcHoldCollections(true)     // gs is held only here across the box's allocation
        defer { heap.gcHoldCollections(false) }
        let gs = newString(s)
        let t = program.typeRef(program.stringType)
        let box = mallocgc(16, type: t)
        box.storeBytes(of: gs, as: GoString.self)
        return raisePanic(type: t.bits, data: UInt(bitPattern: box))
    }
}

enum PrintMode { case plain, ln, format }

/// The interface values of a `...any` slice at a + off.
func efaces(_ a: UnsafeMutableRawPointer, _ off: Int) -> [EFace] {
    let p = a.load(fromByteOffset: off, as: UInt.self)
    let n = a.load(fromByteOffset: off + 8, as: Int.self)
    guard let base = UnsafeRawPointer(bitPattern: p) else { return [] }
    return (0..<n).map { EFace(type: base.load(fromByteOffset: 16 * $0, as: UInt.self), data: base.load(fromByteOffset: 16 * $0 + 8, as: UInt.self)) }
}

/// The Print / Println / Printf engines: the arguments into `pr` (Println
/// separates every pair with a space, Print only pairs where neither is a
/// string).
func formatArgs(_ pr: Printer, mode: PrintMode, format: GoString?, _ args: [EFace]) {
    switch mode {
    case .format: doPrintf(pr, Array(format?.bytes ?? GoString(ptr: 0, len: 0).bytes), args)
    case .ln, .plain:
        var prevString = false
        for (i, e) in args.enumerated() {
            let isString = e.typeRef?.kind == .string
            if i > 0 && (mode == .ln || (!isString && !prevString)) { pr.write(" ") }
            pr.printArg(e, verb: "v", FmtFlags())
            prevString = isString
        }
        if mode == .ln { pr.write("\n") }
    }
}

func fmtPrint(_ vmp: UnsafeMutableRawPointer, _ a: UnsafeMutableRawPointer, argOff: Int, mode: PrintMode, to: Int32, resultOff: Int) -> Int32 {
    let vm = VM.from(vmp)
    let pr = Printer(vm: vm)
    formatArgs(pr, mode: mode, format: mode == .format ? a.load(as: GoString.self) : nil, efaces(a, argOff))
    if let u = pr.unsupported { return vm.unsupported(u) }
    if pr.failed { return pr.failStatus }
    let out = vm.nativeArgs()
    if to == 0 {
        let s = pr.buf.withUnsafeBytes { vm.newString($0) }
        out.storeBytes(of: s, toByteOffset: resultOff, as: GoString.self)
    } else {
        pr.buf.withUnsafeBytes { vm.out.write(to, $0) }
        out.storeBytes(of: pr.buf.count, toByteOffset: resultOff, as: Int.self)
        out.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: resultOff + 8, as: (UInt, UInt).self)
    }
    return 0
}

func fmtErrorf(_ vmp: UnsafeMutableRawPointer, _ a: UnsafeMutableRawPointer) -> Int32 {
    let vm = VM.from(vmp)
    let args = efaces(a, 16)
    let f = Array(a.load(as: GoString.self).bytes)
    let pr = Printer(vm: vm)
    pr.wrapErrs = true
    doPrintf(pr, f, args)
    if let u = pr.unsupported { return vm.unsupported(u) }
    if pr.failed { return pr.failStatus }
    // Go's errorf: no %w → *errors.errorString; one → *fmt.wrapError; more →
    // *fmt.wrapErrors with the distinct operands that are errors, in argument order.
    var idx = pr.wrappedErrs
    if pr.reordered { idx.sort() }
    var operands: [(UInt, UInt)] = []
    for (i, n) in idx.enumerated() where i == 0 || idx[i - 1] != n {
        operands.append(asError(vm, args[n]) ?? (0, 0))
    }
    let err: (UInt, UInt)
    switch idx.count {
    case 0: err = vm.newErrorString(pr.buf.withUnsafeBytes { vm.newString($0) })
    case 1: err = vm.newWrapError(pr.buf, operands[0])
    default: err = vm.newWrapErrors(pr.buf, operands.filter { $0.0 != 0 })
    }
    vm.nativeArgs().storeBytes(of: err, toByteOffset: 40, as: (UInt, UInt).self)
    return 0
}

// MARK: - Printf

/// Go's doPrintf; records the argument numbers of %w verbs in `p.wrappedErrs`.
func doPrintf(_ p: Printer, _ format: [UInt8], _ args: [EFace]) {
    var argNum = 0
    var reordered = false
    var i = 0
    let end = format.count
    defer { p.reordered = reordered }
    func num(_ i: inout Int) -> Int? {
        var n = 0
        var any = false
        while i < end, format[i] >= 48, format[i] <= 57 { n = n * 10 + Int(format[i] - 48); i += 1; any = true }
        return any ? n : nil
    }
    while i < end {
        let lasti = i
        while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
        if i > lasti { p.buf.append(contentsOf: format[lasti..<i]) }
        if i >= end { break }
        i += 1
        var f = FmtFlags()
        flags: while i < end {
            switch format[i] {
            case UInt8(ascii: "#"): f.sharp = true
            case UInt8(ascii: "0"): f.zero = true
            case UInt8(ascii: "+"): f.plus = true
            case UInt8(ascii: "-"): f.minus = true
            case UInt8(ascii: " "): f.space = true
            default: break flags
            }
            i += 1
        }
        var badIndex = false
        func argIndex() {
            if i < end && format[i] == UInt8(ascii: "[") {
                reordered = true
                var j = i + 1
                var n = 0
                var any = false
                while j < end, format[j] >= 48, format[j] <= 57 { n = n * 10 + Int(format[j] - 48); j += 1; any = true }
                if j < end && format[j] == UInt8(ascii: "]") && any && n >= 1 && n <= args.count {
                    argNum = n - 1
                    reordered = true
                } else {
                    badIndex = true
                    while j < end && format[j] != UInt8(ascii: "]") { j += 1 }
                }
                i = min(j + 1, end)
            }
        }
        argIndex()
        if i < end && format[i] == UInt8(ascii: "*") {
            i += 1
            if argNum < args.count, args[argNum].typeRef?.kind == .int {
                var w = UnsafeRawPointer(bitPattern: args[argNum].data)!.load(as: Int.self)
                if w < 0 { f.minus = true; w = -w }
                f.wid = w
            } else { p.write("%!(BADWIDTH)") }
            argNum += 1
        } else { f.wid = num(&i) }
        if i < end && format[i] == UInt8(ascii: ".") {
            i += 1
            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                if argNum < args.count, args[argNum].typeRef?.kind == .int {
                    f.prec = UnsafeRawPointer(bitPattern: args[argNum].data)!.load(as: Int.self)
                } else { p.write("%!(BADPREC)") }
                argNum += 1
            } else { f.prec = num(&i) ?? 0 }
        }
        if f.minus { f.zero = false }
        argIndex()
        if i >= end { p.write("%!(NOVERB)"); break }
        // the verb (a rune)
        let (r, w) = format.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, end - i) }
        i += w
        let verb = Character(Unicode.Scalar(UInt32(r)) ?? "?")
        if verb == "%" { p.write("%"); continue }
        if badIndex { p.write("%!\(verb)(BADINDEX)"); continue }
        if argNum >= args.count { p.write("%!\(verb)(MISSING)"); continue }
        let arg = args[argNum]
        if verb == "w" { p.wrappedErrs.append(argNum) }
        argNum += 1
        if verb == "v" || verb == "w" {
            if f.sharp { f.sharp = false; f.sharpV = true }
            if f.plus { f.plus = false; f.plusV = true }
        }
        p.printArg(arg, verb: verb, f)
        if p.failed { return }
    }
    if !reordered && argNum < args.count {
        p.write("%!(EXTRA ")
        for (k, a) in args[argNum...].enumerated() {
            if k > 0 { p.write(", ") }
            if let t = a.typeRef { p.write(t.name + "="); p.printArg(a, verb: "v", FmtFlags()) } else { p.write("<nil>") }
        }
        p.write(")")
    }
}

/// Fprint*: formats like Print*, then writes to an *os.File or *strings.Builder.
func fmtFprint(_ vmp: UnsafeMutableRawPointer, _ a: UnsafeMutableRawPointer, argOff: Int, mode: PrintMode, resultOff: Int) -> Int32 {
    let v = VM.from(vmp)
    let tab = a.load(as: UInt.self), data = a.load(fromByteOffset: 8, as: UInt.self)
    guard let t = TypeRef(bits: v.dynType(tab, nonEmpty: true)) else {
        return v.raiseRuntimeError("invalid memory address or nil pointer dereference")
    }
    let pr = Printer(vm: v)
    formatArgs(pr, mode: mode, format: mode == .format ? a.load(fromByteOffset: 16, as: GoString.self) : nil, efaces(a, argOff))
    if let u = pr.unsupported { return v.unsupported(u) }
    if pr.failed { return pr.failStatus }
    switch t.name {
    case "*os.File":
        let fd = UnsafeRawPointer(bitPattern: data)!.load(as: Int32.self)
        pr.buf.withUnsafeBytes { v.out.write(fd, $0) }
    case "*strings.Builder":
        pr.buf.withUnsafeBytes { builderAppend(v, data, $0) }
    default:
        return v.unsupported("fmt.Fprint to a \(t.name)")
    }
    let out = v.nativeArgs()
    out.storeBytes(of: pr.buf.count, toByteOffset: resultOff, as: Int.self)
    out.storeBytes(of: (0, 0) as (UInt, UInt), toByteOffset: resultOff + 8, as: (UInt, UInt).self)
    return 0
}
