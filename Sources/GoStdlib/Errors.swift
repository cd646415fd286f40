// Errors.swift — package errors (New, Is, As, Unwrap, Join) and the error
// values natives make. Those are synthetic pointer types (GoCompiler's
// `syntheticPointer`) whose Error and Unwrap methods are the natives here,
// laid out as Go lays out their structs:
//
//     *errors.errorString  {s string}                   Error
//     *errors.joinError    {errs []error}               Error, Unwrap() []error
//     *fmt.wrapError       {msg string; err error}      Error, Unwrap() error
//     *fmt.wrapErrors      {msg string; errs []error}   Error, Unwrap() []error
//
// Is and As walk an error's tree as Go's errors package does: the error
// itself (== when the target's type is comparable; assignability for As),
// then its Is/As method, then Unwrap() error (a chain) or Unwrap() []error
// (depth first). The walk calls Go methods while error values sit in Swift
// locals, so collections are held (`gcHoldCollections`) until it ends.
// A native that allocates several objects holds collections likewise.
import GoABI
import GoRuntime
import GoVM

let errorsNatives: [(String, NativeFn)] = [
    ("errors.New", { vm, a in
        let A = Args(p: a)
        A.set(16, VM.from(vm).newErrorString(A.str(0)))
        return 0
    }),
    ("errors.errorString.Error", { _, a in stringField(a, resultOff: 0, recvOff: 16, fieldOff: 0) }),
    ("fmt.wrapError.Error", { _, a in stringField(a, resultOff: 0, recvOff: 16, fieldOff: 0) }),
    ("fmt.wrapErrors.Error", { _, a in stringField(a, resultOff: 0, recvOff: 16, fieldOff: 0) }),
    ("fmt.wrapError.Unwrap", { _, a in
        let p = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self))!
        a.storeBytes(of: p.load(fromByteOffset: 16, as: (UInt, UInt).self), as: (UInt, UInt).self)
        return 0
    }),
    ("fmt.wrapErrors.Unwrap", { _, a in
        let p = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 24, as: UInt.self))!
        a.storeBytes(of: p.load(fromByteOffset: 16, as: (UInt, Int, Int).self), as: (UInt, Int, Int).self)
        return 0
    }),
    ("errors.joinError.Unwrap", { _, a in
        let p = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 24, as: UInt.self))!
        a.storeBytes(of: p.load(as: (UInt, Int, Int).self), as: (UInt, Int, Int).self)
        return 0
    }),
    ("errors.joinError.Error", { vm, a in joinErrorText(VM.from(vm), a) }),
    ("errors.Join", { vm, a in errorsJoin(VM.from(vm), a) }),
    ("errors.Unwrap", { vm, a in
        let v = VM.from(vm), A = Args(p: a)
        let (st, u) = unwrapError(v, (A.word(0), A.word(8)), multi: false)
        if st != .ok { return st.rawValue }
        var next: (UInt, UInt) = (0, 0)
        if case .one(let e) = u { next = e }
        Args(p: v.nativeArgs()).set(16, next)
        return 0
    }),
    ("errors.Is", { vm, a in errorsIs(VM.from(vm), a) }),
    ("errors.As", { vm, a in errorsAs(VM.from(vm), a) }),
]

/// A method returning a string field of the receiver's struct.
func stringField(_ a: UnsafeMutableRawPointer, resultOff: Int, recvOff: Int, fieldOff: Int) -> Int32 {
    let p = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: recvOff, as: UInt.self))!
    a.storeBytes(of: p.load(fromByteOffset: fieldOff, as: GoString.self), toByteOffset: resultOff, as: GoString.self)
    return 0
}

extension VM {
    /// A new error value of type *errors.errorString holding s (s must be rooted elsewhere).
    public func newErrorString(_ s: GoString) -> (UInt, UInt) {
        let t = program.namedType("*errors.errorString")!
        let box = mallocgc(16, type: program.typeRef(program.stringType))
        box.storeBytes(of: s, as: GoString.self)
        return errorValue(t, UInt(bitPattern: box))
    }

    /// errors.New(text) made by a native: the text and its box under one hold.
    public func newError(_ text: String) -> (UInt, UInt) {
        heap.gcHoldCollections(true)
        defer { heap.gcHoldCollections(false) }
        return newErrorString(newString(text))
    }

    /// An `error` interface value (itab, data) for a value of type t.
    public func errorValue(_ t: TypeRef, _ data: UInt) -> (UInt, UInt) {
        let e = program.namedType("error")!
        return (itab(type: t.bits, inter: e.bits), data)
    }

    /// fmt.Errorf's *fmt.wrapError{msg, err}.
    func newWrapError(_ msg: [UInt8], _ err: (UInt, UInt)) -> (UInt, UInt) {
        heap.gcHoldCollections(true)
        defer { heap.gcHoldCollections(false) }
        let s = msg.withUnsafeBytes { newString($0) }
        let box = mallocgcPointerWords(32)
        box.storeBytes(of: s, as: GoString.self)
        box.storeBytes(of: err, toByteOffset: 16, as: (UInt, UInt).self)
        return errorValue(program.namedType("*fmt.wrapError")!, UInt(bitPattern: box))
    }

    /// fmt.Errorf's *fmt.wrapErrors{msg, errs}.
    func newWrapErrors(_ msg: [UInt8], _ errs: [(UInt, UInt)]) -> (UInt, UInt) {
        heap.gcHoldCollections(true)
        defer { heap.gcHoldCollections(false) }
        let s = msg.withUnsafeBytes { newString($0) }
        let box = mallocgcPointerWords(40)
        box.storeBytes(of: s, as: GoString.self)
        box.storeBytes(of: newErrorSlice(errs), toByteOffset: 16, as: (UInt, Int, Int).self)
        return errorValue(program.namedType("*fmt.wrapErrors")!, UInt(bitPattern: box))
    }

    /// A new []error holding errs (len = cap = count; nil when empty).
    func newErrorSlice(_ errs: [(UInt, UInt)]) -> (UInt, Int, Int) {
        if errs.isEmpty { return (0, 0, 0) }
        let arr = mallocgc(16 * errs.count, type: program.namedType("error")!)
        for (i, e) in errs.enumerated() { arr.storeBytes(of: e, toByteOffset: 16 * i, as: (UInt, UInt).self) }
        return (UInt(bitPattern: arr), errs.count, errs.count)
    }

    /// The dynamic type of a non-empty interface value, or nil.
    func errorType(_ e: (UInt, UInt)) -> TypeRef? {
        e.0 == 0 ? nil : TypeRef(bits: dynType(e.0, nonEmpty: true))
    }
}

/// The value of an empty interface as an `error`, if its type has Error() string.
func asError(_ v: VM, _ a: EFace) -> (UInt, UInt)? {
    guard a.type != 0 else { return nil }
    let (tab, missing) = v.getitab(type: a.type, inter: v.program.namedType("error")!.bits)
    return missing == nil && tab != 0 ? (tab, a.data) : nil
}

/// The signature text of method m ("func() error").
func signature(_ m: MethodDescriptor) -> String { m.type.map { TypeRef($0).name } ?? "" }

/// Calls method m of a value (data word of an interface) of type t with the
/// parameter bytes `params`; returns `resultBytes` bytes of results.
func callMethod(_ v: VM, _ data: UInt, _ m: MethodDescriptor, params: [UInt8], resultBytes: Int) -> (RunStatus, [UInt8]) {
    var area = params + [UInt8](repeating: 0, count: (resultBytes + 7) & ~7)
    v.appendReceiver(&area, data: data, recvCopy: m.recvCopy)
    return v.invoke(fn: m.fn, area: area, resultOff: params.count, resultBytes: resultBytes)
}

func bytes(of e: (UInt, UInt)) -> [UInt8] { withUnsafeBytes(of: e) { Array($0) } }

enum Unwrapped { case leaf, one((UInt, UInt)), many([(UInt, UInt)]) }

/// What err's Unwrap method gives: nothing (no method), one error (Unwrap() error),
/// or a list (Unwrap() []error, only when `multi`).
func unwrapError(_ v: VM, _ err: (UInt, UInt), multi: Bool) -> (RunStatus, Unwrapped) {
    guard let t = v.errorType(err), let m = t.method(named: "Unwrap") else { return (.ok, .leaf) }
    switch signature(m) {
    case "func() error":
        let (st, r) = callMethod(v, err.1, m, params: [], resultBytes: 16)
        if st != .ok { return (st, .leaf) }
        return (.ok, .one(r.withUnsafeBytes { $0.load(as: (UInt, UInt).self) }))
    case "func() []error" where multi:
        let (st, r) = callMethod(v, err.1, m, params: [], resultBytes: 24)
        if st != .ok { return (st, .leaf) }
        let (p, n) = r.withUnsafeBytes { ($0.load(as: UInt.self), $0.load(fromByteOffset: 8, as: Int.self)) }
        guard let base = UnsafeRawPointer(bitPattern: p) else { return (.ok, .many([])) }
        return (.ok, .many((0..<n).map { base.load(fromByteOffset: 16 * $0, as: (UInt, UInt).self) }))
    default:
        return (.ok, .leaf)
    }
}

func errorsIs(_ v: VM, _ a: UnsafeMutableRawPointer) -> Int32 {
    let A = Args(p: a)
    let err = (A.word(0), A.word(8)), target = (A.word(16), A.word(24))
    if err.0 == 0 || target.0 == 0 { A.set(32, err.0 == target.0); return 0 }
    let comparable = v.errorType(target)?.flags.contains(.comparable) ?? false
    v.heap.gcHoldCollections(true)
    defer { v.heap.gcHoldCollections(false) }
    let (st, found) = walkErrorTree(v, err, target: target, method: "Is", signature: "func(error) bool") { e in
        guard comparable else { return false }
        var pair = [e.0, e.1, target.0, target.1]
        return pair.withUnsafeMutableBytes({ v.ifaceEqual($0.baseAddress!, $0.baseAddress! + 16, nonEmpty: true) }) == true
    }
    if st != .ok { return st.rawValue }
    Args(p: v.nativeArgs()).set(32, found)
    return 0
}

/// Go's errors.Is / errors.As walk: depth first through Unwrap() error and
/// Unwrap() []error; at each error, `matches` first, then the error's own
/// `method` (Is or As, when it has Go's signature `sig`) called with `target`.
func walkErrorTree(_ v: VM, _ start: (UInt, UInt), target: (UInt, UInt), method: String, signature sig: String,
                   matches: ((UInt, UInt)) -> Bool) -> (RunStatus, Bool) {
    var err = start
    while err.0 != 0 {
        if matches(err) { return (.ok, true) }
        if let t = v.errorType(err), let m = t.method(named: method), signature(m) == sig {
            let (st, r) = callMethod(v, err.1, m, params: bytes(of: target), resultBytes: 8)
            if st != .ok { return (st, false) }
            if r.withUnsafeBytes({ $0.load(as: UInt8.self) }) != 0 { return (.ok, true) }
        }
        let (st, u) = unwrapError(v, err, multi: true)
        if st != .ok { return (st, false) }
        switch u {
        case .leaf: return (.ok, false)
        case .one(let next): err = next
        case .many(let list):
            for e in list {
                let r = walkErrorTree(v, e, target: target, method: method, signature: sig, matches: matches)
                if r.0 != .ok || r.1 { return r }
            }
            return (.ok, false)
        }
    }
    return (.ok, false)
}

func errorsAs(_ v: VM, _ a: UnsafeMutableRawPointer) -> Int32 {
    let A = Args(p: a)
    let err = (A.word(0), A.word(8))
    if err.0 == 0 { A.set(32, false); return 0 }
    if A.word(16) == 0 { return v.raisePanicString("errors: target cannot be nil") }
    guard let tt = TypeRef(bits: A.word(16)), tt.kind == .pointer, let want = tt.elem, A.word(24) != 0 else {
        return v.raisePanicString("errors: target must be a non-nil pointer")
    }
    if want.kind != .interface && v.getitab(type: want.bits, inter: v.program.namedType("error")!.bits).1 != nil {
        return v.raisePanicString("errors: *target must be interface or implement error")
    }
    v.heap.gcHoldCollections(true)
    defer { v.heap.gcHoldCollections(false) }
    let target = (A.word(16), A.word(24))
    let (st, found) = walkErrorTree(v, err, target: target, method: "As", signature: "func(interface {}) bool") { e in
        asMatch(v, e, target, want)
    }
    if st != .ok { return st.rawValue }
    Args(p: v.nativeArgs()).set(32, found)
    return 0
}

/// errors.As at one error: if its dynamic type is the target's element
/// type (or implements that interface), store it through the target.
func asMatch(_ v: VM, _ err: (UInt, UInt), _ target: (UInt, UInt), _ want: TypeRef) -> Bool {
    let dyn = v.dynType(err.0, nonEmpty: true)
    let dst = UnsafeMutableRawPointer(bitPattern: target.1)!
    if want.kind == .interface {
        let (tab, missing) = v.getitab(type: dyn, inter: want.bits)
        guard missing == nil else { return false }
        v.cache.shade(dst.load(fromByteOffset: 8, as: UInt.self))    // the target's old value (write barrier)
        dst.storeBytes(of: want.raw.pointee.nfields > 0 ? tab : dyn, as: UInt.self)
        dst.storeBytes(of: err.1, toByteOffset: 8, as: UInt.self)
        return true
    }
    guard dyn == want.bits else { return false }
    v.cache.bulkBarrierPreWrite(dst: dst, src: nil, size: want.size, type: want.goType)   // the target's old value
    if want.isDirectIface { dst.storeBytes(of: err.1, as: UInt.self) }
    else { dst.copyMemory(from: UnsafeRawPointer(bitPattern: err.1)!, byteCount: want.size) }
    return true
}

/// errors.Join(errs ...error): nil when every error is nil.
func errorsJoin(_ v: VM, _ a: UnsafeMutableRawPointer) -> Int32 {
    let A = Args(p: a)
    let n = A.int(8)
    var errs: [(UInt, UInt)] = []
    if let base = UnsafeRawPointer(bitPattern: A.word(0)) {
        for i in 0..<n {
            let e = base.load(fromByteOffset: 16 * i, as: (UInt, UInt).self)
            if e.0 != 0 { errs.append(e) }
        }
    }
    if errs.isEmpty { A.set(24, (UInt(0), UInt(0))); return 0 }
    v.heap.gcHoldCollections(true)
    defer { v.heap.gcHoldCollections(false) }
    let box = v.mallocgcPointerWords(24)
    box.storeBytes(of: v.newErrorSlice(errs), as: (UInt, Int, Int).self)
    Args(p: v.nativeArgs()).set(24, v.errorValue(v.program.namedType("*errors.joinError")!, UInt(bitPattern: box)))
    return 0
}

/// (*errors.joinError).Error: the Error texts of its errors, one per line.
func joinErrorText(_ v: VM, _ a: UnsafeMutableRawPointer) -> Int32 {
    let p = UnsafeRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self))!
    let (base, n, _) = p.load(as: (UInt, Int, Int).self)
    let errs = (0..<n).map { UnsafeRawPointer(bitPattern: base)!.load(fromByteOffset: 16 * $0, as: (UInt, UInt).self) }
    if errs.count == 1 {
        // Go returns the one error's text itself.
        guard let t = v.errorType(errs[0]), let m = t.method(named: "Error") else {
            return v.raiseRuntimeError("invalid memory address or nil pointer dereference")
        }
        let (st, s) = v.callStringMethod(type: t, data: errs[0].1, method: m)
        if st != .ok { return st.rawValue }
        v.nativeArgs().storeBytes(of: s, as: GoString.self)
        return 0
    }
    var text: [UInt8] = []
    for (i, e) in errs.enumerated() {
        if i > 0 { text.append(10) }
        guard let t = v.errorType(e), let m = t.method(named: "Error") else {
            return v.raiseRuntimeError("invalid memory address or nil pointer dereference")
        }
        let (st, s) = v.callStringMethod(type: t, data: e.1, method: m)
        if st != .ok { return st.rawValue }
        text += Array(s.bytes)
    }
    v.nativeArgs().storeBytes(of: text.withUnsafeBytes { v.newString($0) }, as: GoString.self)
    return 0
}
