// IRFormat.swift — printing expressions, statements and types the way the
// Go compiler's ir package prints its nodes in -m lines (ir/fmt.go).
//
// gomem walks the syntax tree, not Go's IR, so this printer shows the syntax
// as the IR would look after Go's rewrites: method calls on concrete types
// as method-expression calls `(*T).M(x, args)`, implicit & and * hidden,
// parentheses recomputed from precedence, unnamed conversion types in
// parentheses `([]byte)(s)`, composite literals abbreviated `T{...}`,
// `func literal`, and `... argument` for the implicit variadic slice.
import GoSyntax
import GoTypes

/// Go compiler spelling of types (types/fmt.go, the -m flavour).
struct GoTypeFormat {
    let pkg: Package?
    func string(_ t: GoType?, depth: Int = 0) -> String {
        guard let t else { return "<nil>" }
        if depth > 20 { return "..." }
        switch t {
        case let n as GoNamed:
            if let p = n.obj.pkg, p !== pkg, p.path != "main" { return "\(p.name).\(n.obj.name)" }
            return n.obj.name
        case let b as GoBasic:
            switch b.kind {
            case .untypedInt: return "untyped int"
            case .unsafePointer: return "unsafe.Pointer"
            default: return b.name
            }
        case let p as GoPointer: return "*" + string(p.elem, depth: depth + 1)
        case let s as GoSlice: return "[]" + string(s.elem, depth: depth + 1)
        case let a as GoArray: return "[\(a.len)]" + string(a.elem, depth: depth + 1)
        case let m as GoMap: return "map[\(string(m.key, depth: depth + 1))]\(string(m.elem, depth: depth + 1))"
        case let c as GoChan:
            switch c.dir {
            case .both: return "chan " + string(c.elem, depth: depth + 1)
            case .sendOnly: return "chan<- " + string(c.elem, depth: depth + 1)
            case .recvOnly: return "<-chan " + string(c.elem, depth: depth + 1)
            }
        case let s as GoSignature: return "func" + sigString(s, depth: depth)
        case let s as GoStruct:
            if s.fields.isEmpty { return "struct {}" }
            let fs = s.fields.map { f in f.embedded ? string(f.type, depth: depth + 1) : "\(f.name) \(string(f.type, depth: depth + 1))" }
            return "struct { " + fs.joined(separator: "; ") + " }"
        case let i as GoInterface:
            if let any = Universe.scope.lookup("any")?.type, any === i { return "any" }
            if i.methods.isEmpty && i.embeddeds.isEmpty { return "interface {}" }
            var parts: [String] = i.embeddeds.map { string($0, depth: depth + 1) }
            parts += i.methods.map { m in m.name + ((m.type as? GoSignature).map { sigString($0, depth: depth) } ?? "()") }
            return "interface { " + parts.joined(separator: "; ") + " }"
        case let tu as GoTuple:
            return "(" + tu.vars.map { string($0.type, depth: depth + 1) }.joined(separator: ", ") + ")"
        default:
            return typeString(t, qualifier: nil)
        }
    }

    func sigString(_ s: GoSignature, depth: Int) -> String {
        var ps: [String] = []
        for (i, v) in s.params.vars.enumerated() {
            if s.variadic && i == s.params.vars.count - 1, let sl = v.type as? GoSlice {
                ps.append("..." + string(sl.elem, depth: depth + 1))
            } else {
                ps.append(string(v.type, depth: depth + 1))
            }
        }
        var out = "(" + ps.joined(separator: ", ") + ")"
        let rs = s.results.vars
        if rs.count == 1 { out += " " + string(rs[0].type, depth: depth + 1) }
        else if rs.count > 1 { out += " (" + rs.map { string($0.type, depth: depth + 1) }.joined(separator: ", ") + ")" }
        return out
    }

    /// Types printed without parentheses in a conversion T(x): those with a name.
    func hasName(_ t: GoType?) -> Bool {
        if t is GoNamed { return true }
        if t is GoBasic { return true }
        if let i = t as? GoInterface, let any = Universe.scope.lookup("any")?.type, any === i { return true }
        return false
    }
}

/// Go's operator precedence in the IR printer (ir.OpPrec).
private func binaryPrec(_ op: Operator) -> Int {
    switch op {
    case .mul, .div, .rem, .shl, .shr, .and, .andNot: return 6
    case .add, .sub, .or, .xor: return 5
    case .eql, .neq, .lss, .leq, .gtr, .geq: return 4
    case .andAnd: return 2
    case .orOr: return 1
    default: return 8
    }
}

extension Batch {
    var typeFmt: GoTypeFormat { GoTypeFormat(pkg: program.pkg) }
    func typeStr(_ t: GoType?) -> String { typeFmt.string(t) }

    /// A constant as Go prints an OLITERAL (ir/fmt.go): a rune as 'x';
    /// a value of its kind's default type (or untyped) as the value; any
    /// other type as T(v).
    func constString(_ c: Constant, _ t: GoType?) -> String {
        let b = t as? GoBasic
        if let b, b.name == "rune" || b.kind == .untypedRune, let v = c.int64Value, v >= 0, v <= 0x10FFFF {
            return quoteRune(UInt32(v))
        }
        var val = c.description
        switch c {
        case .float, .rat:
            // go/constant falls back to %g (shortest) when %.6g hides the fraction
            let d = c.doubleValue
            if d.isFinite, d != 0, d != d.rounded(.towardZero), !formatG6(d).contains(".") { val = goShortestG(d) }
        default: break
        }
        guard let t, !isUntypedType(t) else { return val }
        var isDefault = false
        if let b {
            switch c {
            case .int: isDefault = b.kind == .int && b.name == "int"
            case .float, .rat: isDefault = b.kind == .float64
            case .complex: isDefault = b.kind == .complex128
            case .bool: isDefault = b.kind == .bool
            case .string: isDefault = b.kind == .string
            default: isDefault = true
            }
        }
        return isDefault ? val : "\(typeStr(t))(\(val))"
    }

    /// Go's %g with the shortest precision (strconv 'g', -1).
    func goShortestG(_ d: Double) -> String {
        var s = "\(abs(d))"          // Swift prints the shortest round-trip digits
        let neg = d < 0
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(s[s.index(after: e)...]) ?? 0
            s = String(s[..<e])
        }
        // digits and decimal point position
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        var intPart = String(parts.first ?? "0")
        var frac = parts.count > 1 ? String(parts[1]) : ""
        if frac == "0" { frac = "" }
        var digits = intPart + frac
        var dp = intPart.count + exp
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); dp -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        intPart = ""
        let x = dp - 1
        var out: String
        if x < -4 || x >= 6 {
            var m = String(digits.prefix(1))
            if digits.count > 1 { m += "." + digits.dropFirst() }
            let es = abs(x) < 10 ? "0\(abs(x))" : "\(abs(x))"
            out = m + "e" + (x < 0 ? "-" : "+") + es
        } else if dp <= 0 {
            out = "0." + String(repeating: "0", count: -dp) + digits
        } else if dp >= digits.count {
            out = digits + String(repeating: "0", count: dp - digits.count)
        } else {
            out = String(digits.prefix(dp)) + "." + String(digits.dropFirst(dp))
        }
        return neg ? "-" + out : out
    }

    /// Go's %q of a rune.
    func quoteRune(_ v: UInt32) -> String {
        switch v {
        case 7: return "'\\a'"
        case 8: return "'\\b'"
        case 12: return "'\\f'"
        case 10: return "'\\n'"
        case 13: return "'\\r'"
        case 9: return "'\\t'"
        case 11: return "'\\v'"
        case 0x5c: return "'\\\\'"
        case 0x27: return "'\\''"
        default: break
        }
        if v < 0x20 || v == 0x7f { return "'\\x" + hexDigits(v, 2) + "'" }
        if let u = Unicode.Scalar(v), !(0x80..<0xa0).contains(v), u.properties.generalCategory != .format,
           u.properties.generalCategory != .unassigned, u.properties.generalCategory != .surrogate,
           u.properties.generalCategory != .privateUse, u.properties.generalCategory != .control,
           u.properties.generalCategory != .lineSeparator, u.properties.generalCategory != .paragraphSeparator,
           !(u.properties.generalCategory == .spaceSeparator && v != 0x20) {
            return "'\(Character(u))'"
        }
        if v < 0x10000 { return "'\\u" + hexDigits(v, 4) + "'" }
        return "'\\U" + hexDigits(v, 8) + "'"
    }

    func goQuote(_ bytes: [UInt8]) -> String {
        var out = "\""
        for ch in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if ch.value < 0x20 || ch.value == 0x7f { out += "\\x" + hexDigits(ch.value, 2) } else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }

    /// The expression as Go's -m prints it.
    func fmt(_ e: Expr?, _ prec: Int = 0) -> String {
        guard let e else { return "" }
        let (s, p) = fmtPrec(e)
        return p < prec ? "(\(s))" : s
    }

    private func fmtPrec(_ e: Expr) -> (String, Int) {
        if !(e is FuncLit), !(e is CompositeLit), let c = info.types[ObjectIdentifier(e)]?.value {
            return (constString(c, info.typeOf(e)), 8)
        }
        switch e {
        case let p as ParenExpr: return fmtPrec(p.x)
        case let n as Name: return (n.value, 8)
        case let b as BasicLit:
            if let c = info.types[ObjectIdentifier(b)]?.value, let t = info.typeOf(b), !isUntypedType(t) {
                let s = constString(c, t)
                if s.hasSuffix(")") { return (s, 8) }
            }
            if let c = info.types[ObjectIdentifier(b)]?.value {
                if case .string = c { return (constString(c, nil), 8) }
                if b.kind == .rune || b.value.hasPrefix("0x") || b.value.hasPrefix("0X") || b.value.hasPrefix("0o") || b.value.hasPrefix("0b") || b.value.contains("_") {
                    return (c.description, 8)
                }
            }
            return (b.value, 8)
        case is FuncLit: return ("func literal", 0)   // OCLOSURE has no precedence in Go's table
        case let c as CompositeLit:
            let t = typeStr(info.typeOf(c))
            return (c.elemList.isEmpty ? "\(t){}" : "\(t){...}", 8)
        case let s as SelectorExpr:
            var path = ""
            if let sel = info.selections[ObjectIdentifier(s)], sel.index.count > 1 {
                var t = info.typeOf(s.x)
                for i in sel.index.dropLast() {
                    if let p = t?.underlying as? GoPointer { t = p.elem }
                    guard let st = t?.underlying as? GoStruct, i >= 0, i < st.fields.count else { break }
                    path += "." + st.fields[i].name
                    t = st.fields[i].type
                }
            }
            return ("\(fmt(s.x, 8))\(path).\(s.sel.value)", 8)
        case let i as IndexExpr:
            return ("\(fmt(i.x, 8))[\(fmt(i.index))]", 8)
        case let s as SliceExpr:
            var out = "\(fmt(s.x, 8))["
            if let lo = s.index[0] { out += fmt(lo) }
            out += ":"
            if s.index.count > 1, let hi = s.index[1] { out += fmt(hi) }
            if s.full, s.index.count > 2, let mx = s.index[2] { out += ":" + fmt(mx) }
            return (out + "]", 8)
        case let a as AssertExpr:
            return ("\(fmt(a.x, 8)).(\(typeStr(info.typeOf(a.type))))", 8)
        case let o as Operation:
            if let y = o.y {
                let p = binaryPrec(o.op)
                var ys = fmt(y, p + 1)
                // an untyped constant shift count is converted to uint
                if o.op == .shl || o.op == .shr, let c = info.types[ObjectIdentifier(y)]?.value, isUntypedType(info.typeOf(y)) || info.typeOf(y) == nil {
                    ys = constString(c, Typ.uint)
                }
                return ("\(fmt(o.x, p)) \(o.op) \(ys)", p)
            }
            let opText = o.op == .mul ? "*" : o.op == .and ? "&" : o.op == .recv ? "<-" : o.op == .xor ? "^" : o.op.description
            var operand = fmt(o.x, 8)
            if let inner = unparen(o.x) as? Operation, inner.y == nil, inner.op == o.op, o.op != .mul { operand = " " + operand }
            return ("\(opText)\(operand)", 7)
        case let c as CallExpr:
            if let b = builtinOf(c.fun), [.real, .imag, .complex, .recover].contains(b.id) { return (fmtCall(c), 0) }
            return (fmtCall(c), 8)
        case let k as KeyValueExpr:
            return ("\(fmt(k.key)):\(fmt(k.value))", 8)
        default:
            return ("?", 8)
        }
    }

    func fmtCall(_ c: CallExpr) -> String {
        let fun = unparen(c.fun)
        if info.types[ObjectIdentifier(fun)]?.isType == true, let t = info.typeOf(fun) {
            let ts = typeStr(t)
            if let a = c.argList.first, info.types[ObjectIdentifier(a)]?.value != nil,
               let sl = t.underlying as? GoSlice, (sl.elem.underlying as? GoBasic)?.kind == .int32 {
                return "\(ts){...}"   // []rune("const") is a slice literal
            }
            let arg = c.argList.first.map { fmt($0) } ?? ""
            return typeFmt.hasName(t) ? "\(ts)(\(arg))" : "(\(ts))(\(arg))"
        }
        var args = c.argList.map { fmt($0) }
        if let b = builtinOf(fun) {
            if b.id == .sliceData || b.id == .stringData { return "<node unsafe.\(b.name)>" }
            if b.id == .make || b.id == .new, let first = c.argList.first, let t = info.typeOf(first) {
                args[0] = typeStr(t)
            }
            return "\(b.name)(\(args.joined(separator: ", "))\(c.hasDots ? "..." : ""))"
        }
        var head = fmt(fun, 8)
        var nrecv = 0
        if let T = program.devirt[ObjectIdentifier(c)], let sel = fun as? SelectorExpr,
           let m = lookupFieldOrMethod(T, addressable: false, pkg: program.pkg, name: sel.sel.value).obj as? Func {
            let r = lookupFieldOrMethod(T, addressable: false, pkg: program.pkg, name: sel.sel.value)
            head = methodExprName(m)
            var path = ""
            var t: GoType? = T
            for i in (r.index ?? []).dropLast() {
                if let p = t?.underlying as? GoPointer { t = p.elem }
                guard let st = t?.underlying as? GoStruct, i >= 0, i < st.fields.count else { break }
                path += "." + st.fields[i].name
                t = st.fields[i].type
            }
            args.insert("\(fmt(sel.x, 8)).(\(typeStr(T)))" + path, at: 0)
            nrecv = 1
        } else if let sel = fun as? SelectorExpr, let s = info.selections[ObjectIdentifier(sel)], s.kind == .methodVal,
           let f = s.obj as? Func, !f.isInterfaceMethod, !isInterfaceType(s.recv) {
            head = methodExprName(f)
            args.insert(fmt(sel.x) + embeddedPath(sel.x, s.index), at: 0)
            nrecv = 1
        }
        if let sig = typeOf(fun)?.underlying as? GoSignature, sig.variadic, !c.hasDots {
            let nfixed = max(0, sig.params.count - 1)
            let extra = args.count - nrecv - nfixed
            args = Array(args.prefix(nrecv + nfixed)) + [extra > 0 ? "... argument..." : "nil..."]
            return "\(head)(\(args.joined(separator: ", ")))"
        }
        return "\(head)(\(args.joined(separator: ", "))\(c.hasDots ? "..." : ""))"
    }

    /// ".A.B" for the embedded fields a promoted method or field goes through.
    func embeddedPath(_ x: Expr, _ index: [Int]) -> String {
        var path = ""
        var t = info.typeOf(x)
        for i in index.dropLast() {
            if let p = t?.underlying as? GoPointer { t = p.elem }
            guard let st = t?.underlying as? GoStruct, i >= 0, i < st.fields.count else { break }
            path += "." + st.fields[i].name
            t = st.fields[i].type
        }
        return path
    }

    func methodExprName(_ f: Func) -> String {
        guard let sig = f.signature, let r = sig.recv, let rt = r.type else { return f.name }
        if let p = rt as? GoPointer { return "(*\(typeStr(p.elem))).\(f.name)" }
        return "\(typeStr(rt)).\(f.name)"
    }

    // MARK: statements (for -m -m notes)

    func fmtStmt(_ s: Node) -> String {
        switch s {
        case let a as AssignStmt:
            if a.rhs == nil { return "\(fmt(a.lhs))\(a.op == .add ? "++" : "--")" }
            let lhs = unpackList(a.lhs).map { fmt($0) }.joined(separator: ", ")
            let rhs = unpackList(a.rhs).map { fmt($0) }.joined(separator: ", ")
            switch a.op {
            case .def: return "\(lhs) := \(rhs)"
            case .none: return "\(lhs) = \(rhs)"
            default: return "\(lhs) \(a.op)= \(rhs)"
            }
        case let r as ReturnStmt:
            let rs = unpackList(r.results).map { fmt($0) }.joined(separator: ", ")
            return rs.isEmpty ? "return" : "return \(rs)"
        case let v as VarDecl:
            let names = v.nameList.map { $0.value }.joined(separator: ", ")
            let rhs = unpackList(v.values).map { fmt($0) }.joined(separator: ", ")
            let global = v.nameList.first.flatMap { (info.defs[ObjectIdentifier($0)] as? Var)?.isPackageLevel } ?? false
            if rhs.isEmpty { return "var \(names)" }
            return global ? "\(names) = \(rhs)" : "\(names) := \(rhs)"
        case let ss as SendStmt:
            return "\(fmt(ss.chan)) <- \(fmt(ss.value))"
        case let r as RangeClause:
            let lhs = unpackList(r.lhs).map { fmt($0) }.joined(separator: ", ")
            return lhs.isEmpty ? "for range \(fmt(r.x))" : "for \(lhs) := range \(fmt(r.x))"
        case let c as CaseClause:
            return "case \(unpackList(c.cases).map { fmt($0) }.joined(separator: ", ")):"
        case let e as Expr:
            return fmt(e)
        default:
            return "?"
        }
    }
}
