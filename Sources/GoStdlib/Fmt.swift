// Fmt.swift — package fmt's formatting engine (Go's fmt/print.go and
// format.go): reads Go values in memory through their type descriptors.
//
//   1. A call's `...any` arguments arrive as a slice of interface values
//      (type descriptor, data word).
//   2. `printArg` handles %T and %p, %w (Errorf's error operands), then the
//      Error and String methods, or GoString under %#v (handleMethods: called
//      through the VM, on the goroutine's stack), then prints by kind
//      (`printValue`), recursing into structs, arrays, slices, maps and, at
//      depth 0 only, pointers to them (&{...}). %#v writes Go syntax: type
//      names, field names, quoted strings, unsigned integers in hex,
//      `T(nil)` and `(*T)(0x...)` forms.
//   3. Floats go through Ftoa.swift's formatFloat, then Go's fmtFloat rules
//      for signs, the # flag and zero padding.
//   4. Bad verbs, missing and extra arguments print Go's %!verb(...) forms;
//      a bad verb's operand is printed without calling its methods.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoVM

struct FmtFlags {
    var minus = false, plus = false, sharp = false, space = false, zero = false
    var wid: Int? = nil
    var prec: Int? = nil
    var plusV = false, sharpV = false
}

/// An empty-interface value.
struct EFace {
    var type: UInt
    var data: UInt
    var typeRef: TypeRef? { TypeRef(bits: type) }
}

final class Printer {
    let vm: VM
    var buf: [UInt8] = []
    var failed = false
    /// How a failed method call ended: a panic in flight, or an exit (os.Exit, "not supported yet").
    var failStatus = RunStatus.panicking.rawValue
    /// Errorf: %w accepts an error operand; the argument numbers of every %w.
    var wrapErrs = false
    var wrappedErrs: [Int] = []
    /// The format used explicit argument indexes ([n]).
    var reordered = false
    init(vm: VM) { self.vm = vm }

    func write(_ s: String) { buf.append(contentsOf: s.utf8) }
    func write(_ b: UnsafeRawBufferPointer) { buf.append(contentsOf: b) }

    // MARK: Padding

    /// Go's fmt.pad: width counts runes; the 0 flag pads with zeros on the left.
    func pad(_ s: String, _ f: FmtFlags) { padBytes(Array(s.utf8), f, zero: f.zero) }

    // MARK: Arguments

    func printArg(_ a: EFace, verb: Character, _ f: FmtFlags) {
        badFlags = f
        var verb = verb
        guard let t = a.typeRef else {
            switch verb {
            case "T", "v": pad("<nil>", f)
            default: badVerb(verb, a)
            }
            return
        }
        if verb == "T" { pad(t.name, f); return }
        if verb == "p" {
            // Go's fmtPointer: the pointer a reference kind holds (a slice's
            // array, not the interface's box); any other kind is a bad verb.
            switch t.kind {
            case .slice: fmtPointer(t, data: a.data == 0 ? 0 : UnsafeRawPointer(bitPattern: a.data)!.load(as: UInt.self), verb: verb, f)
            case .chan, .func, .map, .pointer, .unsafePointer: fmtPointer(t, data: a.data, verb: verb, f)
            default: badVerb(verb, a)
            }
            return
        }
        if verb == "w" {
            // %w is %v of an error operand, in Errorf only.
            guard wrapErrs, asError(vm, a) != nil else { badVerb(verb, a); return }
            verb = "v"
        }
        if f.sharpV && (verb == "v" || verb == "d") && t.name == "[]uint8" && !handleMethods(t, UnsafeRawPointer(bitPattern: a.data)!, verb: verb, f) {
            // printArg's []byte case: Go names the type as written.
            sharpBytes(UnsafeRawPointer(bitPattern: a.data)!, typeName: "[]byte", f)
            return
        }
        // The value in memory: direct interface types hold it in the data word.
        var word = a.data
        let ptr: UnsafeRawPointer = t.isDirectIface ? withUnsafePointer(to: &word) { UnsafeRawPointer($0) } : UnsafeRawPointer(bitPattern: a.data) ?? UnsafeRawPointer(bitPattern: 8)!
        if t.isDirectIface {
            let box = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
            defer { box.deallocate() }
            box.storeBytes(of: a.data, as: UInt.self)
            printValue(t, box, verb: verb, f, depth: 0, canInterface: true)
            return
        }
        printValue(t, ptr, verb: verb, f, depth: 0, canInterface: true)
    }

    /// Go's badVerb: %!verb(type=value), the value printed with %v and no
    /// Error/String methods (`erroring`), keeping the verb's flags.
    func badVerb(_ verb: Character, _ a: EFace) {
        write("%!\(verb)(")
        if let t = a.typeRef {
            write(t.name + "=")
            let was = erroring
            erroring = true
            printArg(a, verb: "v", badFlags)
            erroring = was
        } else {
            write("<nil>")
        }
        write(")")
    }

    /// The flags of the argument being printed (badVerb keeps them).
    var badFlags = FmtFlags()
    /// Printing a bad verb's operand: methods are not called.
    var erroring = false

    func badVerbValue(_ verb: Character, _ t: TypeRef, _ p: UnsafeRawPointer) {
        write("%!\(verb)(\(t.name)=")
        var ff = badFlags
        ff.plusV = false; ff.sharpV = false
        let was = erroring
        erroring = true
        printValue(t, p, verb: "v", ff, depth: 0, canInterface: false)
        erroring = was
        write(")")
    }
    /// Set when the value needs a feature the first slice lacks (%#v).
    var unsupported: String? = nil

    /// Calls Error() or String() if the type has it (Go's handleMethods).
    func handleMethods(_ t: TypeRef, _ p: UnsafeRawPointer, verb: Character, _ f: FmtFlags) -> Bool {
        if erroring { return false }
        if f.sharpV {
            // Go syntax: only GoString counts, printed unadorned (%s rules).
            guard let m = t.method(named: "GoString"), signature(m) == "func() string" else { return false }
            if t.kind == .pointer && p.load(as: UInt.self) == 0 && m.recvCopy != 0 { pad("<nil>", f); return true }
            let data: UInt = m.recvCopy == 0 || t.kind == .pointer ? p.load(as: UInt.self) : UInt(bitPattern: p)
            let (st, s) = vm.callStringMethod(type: t, data: data, method: m)
            if st == .panicking, let pv = vm.takePanic() {
                if t.kind == .pointer && p.load(as: UInt.self) == 0 { pad("<nil>", f); return true }
                write("%!\(verb)(PANIC=GoString method: \(vm.panicValueString(type: pv.0, data: pv.1)))")
                return true
            }
            if st != .ok { failed = true; failStatus = st.rawValue; return true }
            var ff = f
            ff.sharpV = false
            fmtString(s.string, verb: "s", ff, raw: s)
            return true
        }
        switch verb { case "v", "s", "x", "X", "q": break; default: return false }
        for name in ["Error", "String"] {
            guard let m = t.method(named: name), signature(m) == "func() string" else { continue }
            let data: UInt = m.recvCopy == 0 || t.kind == .pointer ? p.load(as: UInt.self) : UInt(bitPattern: p)
            if t.kind == .pointer && p.load(as: UInt.self) == 0 && m.recvCopy != 0 {
                // a nil pointer whose method has a value receiver: Go prints <nil>
                pad("<nil>", f)
                return true
            }
            let (st, s) = vm.callStringMethod(type: t, data: data, method: m)
            if st == .panicking, let pv = vm.takePanic() {
                if t.kind == .pointer && p.load(as: UInt.self) == 0 { pad("<nil>", f); return true }
                write("%!\(verb)(PANIC=\(name) method: \(vm.panicValueString(type: pv.0, data: pv.1)))")
                return true
            }
            if st != .ok { failed = true; failStatus = st.rawValue; return true }
            let str = s.string
            fmtString(str, verb: verb, f)
            return true
        }
        return false
    }

    // MARK: Values

    func printValue(_ t: TypeRef, _ p: UnsafeRawPointer, verb: Character, _ f: FmtFlags, depth: Int, canInterface: Bool) {
        if failed { return }
        if canInterface && handleMethods(t, p, verb: verb, f) { return }
        switch t.kind {
        case .bool:
            if verb == "v" || verb == "t" { pad(p.load(as: UInt8.self) != 0 ? "true" : "false", f) } else { badVerbValue(verb, t, p) }
        case .int, .int64: fmtInteger(p.load(as: Int64.self), signed: true, t, p, verb: verb, f)
        case .int8: fmtInteger(Int64(p.load(as: Int8.self)), signed: true, t, p, verb: verb, f)
        case .int16: fmtInteger(Int64(p.load(as: Int16.self)), signed: true, t, p, verb: verb, f)
        case .int32: fmtInteger(Int64(p.load(as: Int32.self)), signed: true, t, p, verb: verb, f)
        case .uint, .uint64, .uintptr: fmtInteger(Int64(bitPattern: p.load(as: UInt64.self)), signed: false, t, p, verb: verb, f)
        case .uint8: fmtInteger(Int64(p.load(as: UInt8.self)), signed: false, t, p, verb: verb, f)
        case .uint16: fmtInteger(Int64(p.load(as: UInt16.self)), signed: false, t, p, verb: verb, f)
        case .uint32: fmtInteger(Int64(p.load(as: UInt32.self)), signed: false, t, p, verb: verb, f)
        case .float64: fmtFloat(p.load(as: Double.self), bits: 64, t, p, verb: verb, f)
        case .float32: fmtFloat(Double(p.load(as: Float.self)), bits: 32, t, p, verb: verb, f)
        case .complex128:
            fmtComplex(p.load(as: Double.self), p.load(fromByteOffset: 8, as: Double.self), bits: 64, t, p, verb: verb, f)
        case .complex64:
            fmtComplex(Double(p.load(as: Float.self)), Double(p.load(fromByteOffset: 4, as: Float.self)), bits: 32, t, p, verb: verb, f)
        case .string:
            let s = p.load(as: GoString.self)
            switch verb {
            case "v" where f.sharpV: fmtString(s.string, verb: "q", f, raw: s)
            case "v", "s", "q", "x", "X": fmtString(s.string, verb: verb, f, raw: s)
            default: badVerbValue(verb, t, p)
            }
        case .pointer:
            let v = p.load(as: UInt.self)
            // A pointer to a composite prints as &{...} at the top level only (no loops).
            if depth == 0, v != 0, let e = t.elem, [.struct, .array, .slice, .map].contains(e.kind) {
                write("&")
                printValue(e, UnsafeRawPointer(bitPattern: v)!, verb: verb, f, depth: depth + 1, canInterface: canInterface)
                return
            }
            if depth == 0, v != 0, t.elem == nil, let fields = syntheticFields[t.name] {
                // The standard library's error structs natives make (Errors.swift).
                write(f.sharpV ? "&" + t.name.dropFirst() + "{" : "&{")
                let sp = UnsafeRawPointer(bitPattern: v)!
                for (i, (name, off, ft)) in fields.enumerated() {
                    if i > 0 { write(f.sharpV ? ", " : " ") }
                    if f.plusV || f.sharpV { write(name + ":") }
                    guard let ftr = vm.program.namedType(ft) else { continue }
                    printValue(ftr, sp + off, verb: verb, f, depth: depth + 1, canInterface: false)
                }
                write("}")
                return
            }
            if "bodxX".contains(verb) { unsupported = "fmt verb %\(verb) on pointers"; failed = true; return }
            if verb != "v" && verb != "p" { badVerbValue(verb, t, p); return }
            fmtPointer(t, data: v, verb: verb, f)
        case .struct:
            if f.sharpV { write(t.name) }
            write("{")
            for (i, fd) in t.fields.enumerated() {
                if i > 0 { write(f.sharpV ? ", " : " ") }
                if f.plusV || f.sharpV { write(fd.name.string + ":") }
                guard let ft = fd.type.map(TypeRef.init) else { continue }
                let exported = fd.name.string.first.map { $0.isUppercase } ?? false
                printValue(ft, p + fd.offset, verb: verb, f, depth: depth + 1, canInterface: canInterface && exported)
            }
            write("}")
        case .array, .slice:
            let et: TypeRef? = t.elem
            var base = p
            var n = t.len
            if t.kind == .slice {
                n = p.load(fromByteOffset: 8, as: Int.self)
                base = UnsafeRawPointer(bitPattern: p.load(as: UInt.self)) ?? UnsafeRawPointer(bitPattern: 8)!
            }
            if let et, et.kind == .uint8, verb == "s" || verb == "q" || verb == "x" || verb == "X" {
                let bytes = UnsafeRawBufferPointer(start: n > 0 ? base : nil, count: n)
                let gs = GoString(ptr: UInt(bitPattern: bytes.baseAddress), len: n)
                fmtString(String(decoding: bytes, as: UTF8.self), verb: verb, f, raw: gs)
                return
            }
            if verb == "p" && t.kind == .slice { fmtPointer(t, data: p.load(as: UInt.self), verb: verb, f); return }
            if f.sharpV {
                write(t.name)
                if t.kind == .slice && p.load(as: UInt.self) == 0 { write("(nil)"); return }
                write("{")
            } else {
                write("[")
            }
            if let et {
                for i in 0..<n {
                    if i > 0 { write(f.sharpV ? ", " : " ") }
                    printValue(et, base + i * et.size, verb: verb, f, depth: depth + 1, canInterface: canInterface)
                }
            }
            write(f.sharpV ? "}" : "]")
        case .interface:
            let tab = p.load(as: UInt.self)
            let data = p.load(fromByteOffset: 8, as: UInt.self)
            let nonEmpty = t.raw.pointee.nfields > 0
            let dyn = tab == 0 ? 0 : (nonEmpty ? UnsafeRawPointer(bitPattern: tab)!.load(fromByteOffset: 8, as: UInt.self) : tab)
            if dyn == 0 {
                write(f.sharpV ? t.name + "(nil)" : "<nil>")
                return
            }
            let dt = TypeRef(bits: dyn)!
            if dt.isDirectIface {
                let box = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
                defer { box.deallocate() }
                box.storeBytes(of: data, as: UInt.self)
                printValue(dt, box, verb: verb, f, depth: depth + 1, canInterface: canInterface)
            } else {
                printValue(dt, UnsafeRawPointer(bitPattern: data)!, verb: verb, f, depth: depth + 1, canInterface: canInterface)
            }
        case .map:
            if verb == "p" { fmtPointer(t, data: p.load(as: UInt.self), verb: verb, f); return }
            guard let kt = t.key, let et = t.elem else { return }
            var entries: [(UnsafeRawPointer, UnsafeRawPointer)] = []
            if let m = UnsafeRawPointer(bitPattern: p.load(as: UInt.self)) {
                let cap = m.load(fromByteOffset: 8, as: Int.self)
                let slots = UnsafeRawPointer(bitPattern: m.load(fromByteOffset: 16, as: UInt.self))!
                let ss = m.load(fromByteOffset: 32, as: Int.self)
                let eo = m.load(fromByteOffset: 40, as: Int.self)
                for i in 0..<cap where (slots + i * ss).load(as: Int.self) == 1 {
                    entries.append((slots + i * ss + 8, slots + i * ss + eo))
                }
            } else if f.sharpV {
                write(t.name + "(nil)")
                return
            }
            entries.sort { compareKeys(kt, $0.0, $1.0) < 0 }
            write(f.sharpV ? t.name + "{" : "map[")
            for (i, (k, v)) in entries.enumerated() {
                if i > 0 { write(f.sharpV ? ", " : " ") }
                printValue(kt, k, verb: verb, f, depth: depth + 1, canInterface: canInterface)
                write(":")
                printValue(et, v, verb: verb, f, depth: depth + 1, canInterface: canInterface)
            }
            write(f.sharpV ? "}" : "]")
        case .func, .chan, .unsafePointer:
            fmtPointer(t, data: p.load(as: UInt.self), verb: verb, f)
        default:
            write("?")
        }
    }

    /// %#v of a byte slice: typeName{0x1, 0x2} or typeName(nil).
    func sharpBytes(_ p: UnsafeRawPointer, typeName: String, _ f: FmtFlags) {
        write(typeName)
        guard let base = UnsafeRawPointer(bitPattern: p.load(as: UInt.self)) else { write("(nil)"); return }
        let n = p.load(fromByteOffset: 8, as: Int.self)
        write("{")
        for i in 0..<n {
            if i > 0 { write(", ") }
            write("0x" + String(base.load(fromByteOffset: i, as: UInt8.self), radix: 16))
        }
        write("}")
    }

    func fmtPointer(_ t: TypeRef, data: UInt, verb: Character, _ f: FmtFlags) {
        switch verb {
        case "v" where f.sharpV:
            write("(" + t.name + ")(" + (data == 0 ? "nil" : "0x" + String(data, radix: 16)) + ")")
        case "v", "p":
            if data == 0 && verb == "v" { pad("<nil>", f); return }
            // Go's fmt0x64: hex with 0x unless the # flag asks for none.
            var ff = f
            ff.sharp = !f.sharp
            fmtIntegerBase(UInt64(data), base: 16, signed: false, verb: "x", ff)
        case "b", "o", "d", "x", "X":
            // The address as an unsigned integer.
            var word = data
            withUnsafePointer(to: &word) {
                fmtInteger(Int64(bitPattern: UInt64(data)), signed: false, t, UnsafeRawPointer($0), verb: verb, f)
            }
        default:
            write("%!\(verb)(\(t.name)=" + (data == 0 ? "<nil>" : "0x" + String(data, radix: 16)) + ")")
        }
    }

    // MARK: Integers

    func fmtInteger(_ v: Int64, signed: Bool, _ t: TypeRef, _ p: UnsafeRawPointer, verb: Character, _ f: FmtFlags) {
        let u = UInt64(bitPattern: v)
        switch verb {
        case "v" where f.sharpV && !signed:
            var ff = f
            ff.sharp = true    // Go's fmt0x64: 0x and hex
            fmtIntegerBase(u, base: 16, signed: false, verb: "x", ff)
        case "v", "d": fmtIntegerBase(u, base: 10, signed: signed, verb: verb, f)
        case "b": fmtIntegerBase(u, base: 2, signed: signed, verb: verb, f)
        case "o", "O": fmtIntegerBase(u, base: 8, signed: signed, verb: verb, f)
        case "x", "X": fmtIntegerBase(u, base: 16, signed: signed, verb: verb, f)
        case "c":
            // Go's fmtC: an invalid rune prints as U+FFFD.
            pad(String(decoding: utf8Bytes(signed ? v : (u > 0x10FFFF ? -1 : v)), as: UTF8.self), f)
        case "q":
            pad(quoteRune(!signed && u > 0x10FFFF ? -1 : v, ascii: f.plus), f)
        case "U":
            // U+ and at least four (or the precision's) hex digits; never zero padded.
            var h = String(u, radix: 16).uppercased()
            let prec = max(f.prec ?? 4, 4)
            if h.count < prec { h = String(repeating: "0", count: prec - h.count) + h }
            var text = "U+" + h
            if f.sharp, u <= 0x10FFFF, isPrint(Int32(u)) { text += " '" + String(decoding: utf8Bytes(Int64(u)), as: UTF8.self) + "'" }
            var ff = f
            ff.zero = false
            pad(text, ff)
        default:
            badVerbValue(verb, t, p)
        }
    }

    /// Go's fmtInteger: precision (or the 0 flag's width) as leading zeros,
    /// then the # prefix (0b, 0, 0x) or %O's 0o, then the sign, then padding.
    func fmtIntegerBase(_ u0: UInt64, base: Int, signed: Bool, verb: Character, _ f: FmtFlags) {
        let negative = signed && Int64(bitPattern: u0) < 0
        let u = negative ? 0 &- u0 : u0
        var prec = 0
        if let p = f.prec {
            prec = p
            if prec == 0 && u == 0 {
                var ff = f
                ff.zero = false
                padBytes([], ff, zero: false)
                return
            }
        } else if f.zero && !f.minus, let w = f.wid {
            prec = w
            if negative || f.plus || f.space { prec -= 1 }
        }
        var digits = Array(String(u, radix: base, uppercase: verb == "X").utf8)
        if digits.count < prec { digits = [UInt8](repeating: 48, count: prec - digits.count) + digits }
        if f.sharp {
            switch base {
            case 2: digits = Array("0b".utf8) + digits
            case 8: if digits.first != 48 { digits.insert(48, at: 0) }
            case 16: digits = [48, verb == "X" ? UInt8(ascii: "X") : UInt8(ascii: "x")] + digits
            default: break
            }
        }
        if verb == "O" { digits = Array("0o".utf8) + digits }
        if negative { digits.insert(UInt8(ascii: "-"), at: 0) }
        else if f.plus { digits.insert(UInt8(ascii: "+"), at: 0) }
        else if f.space { digits.insert(UInt8(ascii: " "), at: 0) }
        padBytes(digits, f, zero: false)
    }

    // MARK: Floats

    /// A complex number: (real+imagi), each part formatted as a float with
    /// the verb, flags, width and precision; the imaginary part always signed.
    func fmtComplex(_ re: Double, _ im: Double, bits: Int, _ t: TypeRef, _ p: UnsafeRawPointer, verb: Character, _ f: FmtFlags) {
        guard "vbgGxXfFeE".contains(verb) else { badVerbValue(verb, t, p); return }
        write("(")
        fmtFloat(re, bits: bits, t, p, verb: verb, f)
        if failed { return }
        var fi = f
        fi.plus = true
        fmtFloat(im, bits: bits, t, p, verb: verb, fi)
        write("i)")
    }

    /// Go's fmtFloat: strconv's digits (Ftoa.swift), then sign, the # flag's
    /// decimal point and zeros, and padding (zeros after the sign).
    func fmtFloat(_ v: Double, bits: Int, _ t: TypeRef, _ p: UnsafeRawPointer, verb: Character, _ f: FmtFlags) {
        var conv: UInt8
        var prec: Int
        switch verb {
        case "v": conv = UInt8(ascii: "g"); prec = -1
        case "b", "g", "G", "x", "X": conv = verb.asciiValue!; prec = -1
        case "f", "e", "E": conv = verb.asciiValue!; prec = 6
        case "F": conv = UInt8(ascii: "f"); prec = 6
        default: badVerbValue(verb, t, p); return
        }
        if let pr = f.prec { prec = pr }
        var num: [UInt8] = formatFloat(v, fmt: conv, prec: prec, bitSize: bits)
        if num[0] != UInt8(ascii: "-") && num[0] != UInt8(ascii: "+") { num.insert(UInt8(ascii: "+"), at: 0) }
        if f.space && num[0] == UInt8(ascii: "+") && !f.plus { num[0] = UInt8(ascii: " ") }
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            // Infinities and NaN are never zero padded; NaN shows a sign only when asked.
            if num[1] == UInt8(ascii: "N") && !f.space && !f.plus { num.removeFirst() }
            padBytes(num, f, zero: false)
            return
        }
        if f.sharp && conv != UInt8(ascii: "b") {
            var digits = 0
            if verb == "v" || conv == UInt8(ascii: "g") || conv == UInt8(ascii: "G") || conv == UInt8(ascii: "x") {
                digits = prec == -1 ? 6 : prec
            }
            var tail: [UInt8] = []
            var hasPoint = false, sawNonzero = false
            var i = 1
            scan: while i < num.count {
                switch num[i] {
                case UInt8(ascii: "."): hasPoint = true
                case UInt8(ascii: "p"), UInt8(ascii: "P"):
                    tail = Array(num[i...]); num.removeSubrange(i...); break scan
                case UInt8(ascii: "e") where conv != UInt8(ascii: "x") && conv != UInt8(ascii: "X"),
                     UInt8(ascii: "E") where conv != UInt8(ascii: "x") && conv != UInt8(ascii: "X"):
                    tail = Array(num[i...]); num.removeSubrange(i...); break scan
                default:
                    if num[i] != UInt8(ascii: "0") { sawNonzero = true }
                    if sawNonzero { digits -= 1 }
                }
                i += 1
            }
            if !hasPoint {
                if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }
                num.append(UInt8(ascii: "."))
            }
            while digits > 0 { num.append(UInt8(ascii: "0")); digits -= 1 }
            num += tail
        }
        if f.plus || num[0] != UInt8(ascii: "+") {
            if f.zero && !f.minus, let w = f.wid, w > num.count {
                buf.append(num[0])
                buf.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: w - num.count))
                buf.append(contentsOf: num[1...])
                return
            }
            padBytes(num, f, zero: f.zero)
            return
        }
        padBytes(Array(num[1...]), f, zero: f.zero)
    }

    /// Go's fmt.pad over bytes: width counts runes; zeros only on the left.
    func padBytes(_ b: [UInt8], _ f: FmtFlags, zero: Bool) {
        guard let w = f.wid, w > 0 else { buf.append(contentsOf: b); return }
        let n = runeCount(b)
        let fill = repeatElement(zero && !f.minus ? UInt8(ascii: "0") : UInt8(ascii: " "), count: max(w - n, 0))
        if f.minus { buf.append(contentsOf: b); buf.append(contentsOf: fill) } else { buf.append(contentsOf: fill); buf.append(contentsOf: b) }
    }

    // MARK: Strings

    /// Strings and byte slices: %s %v (truncated to the precision in runes),
    /// %q (backquoted with #), %x %X (Go's fmtSbx: # adds 0x, space separates).
    func fmtString(_ s: String, verb: Character, _ f: FmtFlags, raw: GoString? = nil) {
        if verb != "q" && verb != "x" && verb != "X", let raw, f.prec == nil, f.wid == nil {
            write(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: raw.ptr), count: raw.len))
            return
        }
        var b: [UInt8] = raw.map { Array($0.bytes) } ?? Array(s.utf8)
        switch verb {
        case "q":
            if let prec = f.prec { b = truncateRunes(b, prec) }
            if f.sharp && canBackquote(b) { padBytes([0x60] + b + [0x60], f, zero: f.zero); return }
            padBytes(Array(quoteBytes(b, ascii: f.plus).utf8), f, zero: f.zero)
        case "x", "X":
            let n = min(b.count, f.prec ?? b.count)
            guard n > 0 else { padBytes([], f, zero: f.zero); return }
            let hex = Array((verb == "X" ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
            let x = verb == "X" ? UInt8(ascii: "X") : UInt8(ascii: "x")
            var out: [UInt8] = f.sharp ? [48, x] : []
            for i in 0..<n {
                if f.space && i > 0 {
                    out.append(32)
                    if f.sharp { out += [48, x] }
                }
                out += [hex[Int(b[i] >> 4)], hex[Int(b[i] & 15)]]
            }
            padBytes(out, f, zero: f.zero)
        default:
            if let prec = f.prec { b = truncateRunes(b, prec) }
            padBytes(b, f, zero: f.zero)
        }
    }
}

/// Fields of the synthetic error structs (name, offset, type name) for %v of the pointer.
let syntheticFields: [String: [(String, Int, String)]] = [
    "*errors.errorString": [("s", 0, "string")],
    "*fmt.wrapError": [("msg", 0, "string"), ("err", 16, "error")],
    "*fmt.wrapErrors": [("msg", 0, "string"), ("errs", 16, "[]error")],
    "*errors.joinError": [("errs", 0, "[]error")],
]

/// fmtsort's float order: NaN first, then by value.
func cmpFloat(_ x: Double, _ y: Double) -> Int {
    if x.isNaN || y.isNaN { return x.isNaN && !y.isNaN ? -1 : (!x.isNaN && y.isNaN ? 1 : 0) }
    return x < y ? -1 : (x > y ? 1 : 0)
}

/// Go's internal/fmtsort order for map keys.
func compareKeys(_ t: TypeRef, _ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Int {
    func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
    switch t.kind {
    case .int, .int64: return cmp(a.load(as: Int64.self), b.load(as: Int64.self))
    case .int32: return cmp(a.load(as: Int32.self), b.load(as: Int32.self))
    case .int16: return cmp(a.load(as: Int16.self), b.load(as: Int16.self))
    case .int8: return cmp(a.load(as: Int8.self), b.load(as: Int8.self))
    case .uint, .uint64, .uintptr, .pointer, .chan, .unsafePointer: return cmp(a.load(as: UInt64.self), b.load(as: UInt64.self))
    case .uint32: return cmp(a.load(as: UInt32.self), b.load(as: UInt32.self))
    case .uint16: return cmp(a.load(as: UInt16.self), b.load(as: UInt16.self))
    case .uint8, .bool: return cmp(a.load(as: UInt8.self), b.load(as: UInt8.self))
    case .float64: return cmp(a.load(as: Double.self), b.load(as: Double.self))
    case .float32: return cmp(a.load(as: Float.self), b.load(as: Float.self))
    case .complex128:
        let c = cmpFloat(a.load(as: Double.self), b.load(as: Double.self))
        return c != 0 ? c : cmpFloat(a.load(fromByteOffset: 8, as: Double.self), b.load(fromByteOffset: 8, as: Double.self))
    case .complex64:
        let c = cmpFloat(Double(a.load(as: Float.self)), Double(b.load(as: Float.self)))
        return c != 0 ? c : cmpFloat(Double(a.load(fromByteOffset: 4, as: Float.self)), Double(b.load(fromByteOffset: 4, as: Float.self)))
    case .string:
        let x = a.load(as: GoString.self), y = b.load(as: GoString.self)
        let n = min(x.len, y.len)
        let r = n > 0 ? memcmp(UnsafeRawPointer(bitPattern: x.ptr)!, UnsafeRawPointer(bitPattern: y.ptr)!, n) : 0
        if r != 0 { return r < 0 ? -1 : 1 }
        return cmp(x.len, y.len)
    case .struct:
        for f in t.fields {
            guard let ft = f.type.map(TypeRef.init) else { continue }
            let c = compareKeys(ft, a + f.offset, b + f.offset)
            if c != 0 { return c }
        }
        return 0
    case .array:
        guard let et = t.elem else { return 0 }
        for i in 0..<t.len {
            let c = compareKeys(et, a + i * et.size, b + i * et.size)
            if c != 0 { return c }
        }
        return 0
    case .interface:
        // nil first, then by type (gomem: descriptor address), then value
        let ta = a.load(as: UInt.self), tb = b.load(as: UInt.self)
        if ta == 0 || tb == 0 { return cmp(ta == 0 ? 0 : 1, tb == 0 ? 0 : 1) }
        if ta != tb { return cmp(ta, tb) }
        let dt = TypeRef(bits: t.raw.pointee.nfields > 0 ? UnsafeRawPointer(bitPattern: ta)!.load(fromByteOffset: 8, as: UInt.self) : ta)!
        var da = a.load(fromByteOffset: 8, as: UInt.self), db = b.load(fromByteOffset: 8, as: UInt.self)
        if dt.isDirectIface {
            return withUnsafePointer(to: &da) { pa in withUnsafePointer(to: &db) { pb in compareKeys(dt, UnsafeRawPointer(pa), UnsafeRawPointer(pb)) } }
        }
        return compareKeys(dt, UnsafeRawPointer(bitPattern: da)!, UnsafeRawPointer(bitPattern: db)!)
    default: return 0
    }
}

/// The first n runes of b (Go's truncate for a precision).
func truncateRunes(_ b: [UInt8], _ n: Int) -> [UInt8] {
    var i = 0, k = 0
    while i < b.count && k < n {
        i += b.withUnsafeBufferPointer { decodeRune($0.baseAddress! + i, b.count - i).1 }
        k += 1
    }
    return Array(b[0..<i])
}
