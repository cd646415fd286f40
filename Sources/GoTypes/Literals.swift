// Literals.swift — composite literals (types2 literals.go): struct literals
// keyed and positional, arrays including [...]T, slices, maps with
// duplicate constant keys, and elements whose type is omitted.
import GoSyntax

extension Checker {
    func compositeLit(_ e: CompositeLit, hint: GoType?) -> Operand {
        var typ: GoType
        var base: GoType
        var isElem = false
        if let t = e.type {
            if let at = t as? ArrayType, at.len == nil {
                let a = GoArray(len: -1, elem: varType(at.elem))
                typ = a; base = a
            } else {
                typ = typExpr(t); base = typ
            }
        } else if let hint {
            typ = hint; base = hint
            if let p = hint.underlying as? GoPointer { base = p.elem }
            isElem = true
        } else {
            error(e, "missing type in composite literal")
            typ = Typ.invalid; base = typ
        }
        if !isComplete(base) {
            for el in e.elemList { use([(el as? KeyValueExpr)?.value ?? el]) }
            return .invalid(e)
        }
        switch base.underlying {
        case let s as GoStruct:
            if e.elemList.isEmpty { break }
            let fields = s.fields
            if e.elemList[0] is KeyValueExpr {
                var visited: [([Int], Var)] = []
                for el in e.elemList {
                    guard let kv = el as? KeyValueExpr else {
                        error(el, "mixture of field:value and value elements in struct literal")
                        continue
                    }
                    guard let key = kv.key as? Name else {
                        _ = rawExpr(kv.value, hint: nil)
                        error(kv, "invalid field name \(exprText(kv.key)) in struct literal")
                        continue
                    }
                    let r = lookupFieldOrMethod(s, addressable: false, pkg: pkg, name: key.value)
                    guard let obj = r.obj else {
                        _ = rawExpr(kv.value, hint: nil)
                        let alt = lookupFieldOrMethod(s, addressable: false, pkg: pkg, name: key.value, foldCase: true).obj
                        error(kv.key, lookupError(base, key.value, alt, structLit: true))
                        continue
                    }
                    guard let fld = obj as? Var else {
                        _ = rawExpr(kv.value, hint: nil)
                        error(kv.key, "\(key.value) is not a field")
                        continue
                    }
                    if r.indirect {
                        _ = rawExpr(kv.value, hint: nil)
                        error(kv.key, "invalid implicit pointer indirection to reach \(key.value)")
                        continue
                    }
                    recordUse(key, fld)
                    var x = expr(kv.value)   // no hint: a field's type is never elided
                    assignment(&x, fld.type, context: "struct literal")
                    let path = r.index ?? []
                    var conflict = false
                    for (q, alt) in visited {
                        if q == path {
                            error(kv, "duplicate field name \(fld.name) in struct literal")
                        } else if q.count < path.count && Array(path.prefix(q.count)) == q {
                            error(kv, "cannot specify promoted field \(fld.name) and enclosing embedded field \(alt.name)")
                        } else if path.count < q.count && Array(q.prefix(path.count)) == path {
                            error(kv, "cannot specify embedded field \(fld.name) and enclosed promoted field \(alt.name)")
                        } else { continue }
                        conflict = true
                        break
                    }
                    if !conflict { visited.append((path, fld)) }
                }
            } else {
                for (i, el) in e.elemList.enumerated() {
                    if let kv = el as? KeyValueExpr {
                        error(kv, "mixture of field:value and value elements in struct literal")
                        continue
                    }
                    var x = expr(el)   // no hint: `R{P{1, 2}, {}}` is missing a type
                    if i >= fields.count {
                        error(el, "too many values in struct literal of type \(typeStr(base))")
                        break
                    }
                    let fld = fields[i]
                    if !fld.exported && fld.pkg !== pkg {
                        error(el, "implicit assignment to unexported field \(fld.name) in struct literal of type \(typeStr(base))")
                        continue
                    }
                    assignment(&x, fld.type, context: "struct literal")
                }
                if e.elemList.count < fields.count {
                    var hintText = ""
                    if fields.contains(where: { !$0.exported && $0.pkg !== pkg }) {
                        hintText = " (type has unexported fields - use key:value pairs)"
                    }
                    errorAt(e.rbrace, "too few values in struct literal of type \(typeStr(base))\(hintText)")
                }
            }
        case let a as GoArray:
            let n = indexedElts(e.elemList, a.elem, a.len)
            if a.len < 0 {
                let na = GoArray(len: n, elem: a.elem)
                if typ === a { typ = na }
                if base === a { base = na }
                if let t = e.type { recordType(t, na) }
            }
        case let s as GoSlice:
            _ = indexedElts(e.elemList, s.elem, -1)
        case let m as GoMap:
            let keyIsInterface = isInterface(m.key)
            var visited: [String: [GoType]] = [:]
            for el in e.elemList {
                guard let kv = el as? KeyValueExpr else {
                    error(el, "missing key in map literal")
                    continue
                }
                var x = expr(kv.key, hint: m.key)
                assignment(&x, m.key, context: "map literal")
                if x.mode == .invalid { continue }
                if x.mode == .constant {
                    let k = keyString(x.val)
                    var dup = false
                    if keyIsInterface {
                        dup = visited[k]?.contains { identical($0, x.type) } ?? false
                        visited[k, default: []].append(x.type)
                    } else {
                        dup = visited[k] != nil
                        visited[k] = []
                    }
                    if dup {
                        error(kv.key, "duplicate key \(x.val) in map literal")
                        continue
                    }
                }
                var v = expr(kv.value, hint: m.elem)
                assignment(&v, m.elem, context: "map literal")
            }
        default:
            for el in e.elemList {
                if let kv = el as? KeyValueExpr { use([kv.value]) } else { use([el]) }
            }
            if isValid(base.underlying) {
                let q = isElem ? " element" : ""
                let cause = typ.underlying is GoTypeParam ? " (no common underlying type)" : ""
                error(e, "invalid composite literal\(q) type \(typeStr(typ))\(cause)")
                return .invalid(e)
            }
        }
        return Operand(mode: .value, expr: e, type: typ)
    }

    /// A canonical text of a constant for duplicate-key detection (1 == 1.0).
    func keyString(_ v: Constant) -> String {
        switch v {
        case .int(let i): return "n:\(i)"
        case .rat(let n, let d): return d == 1 ? "n:\(n)" : "n:\(n)/\(d)"
        case .float(let f): return "n:\(f.mant)p\(f.exp)"
        case .complex(let r, let i):
            if i.sign == 0 { return keyString(r) }
            return "c:\(keyString(r)),\(keyString(i))"
        case .string(let s): return "s:" + s.map { String($0) }.joined(separator: ",")
        case .bool(let b): return "b:\(b)"
        case .unknown: return "?"
        }
    }

    func indexedElts(_ elts: [Expr], _ typ: GoType, _ length: Int64) -> Int64 {
        var visited = Set<Int64>()
        var index: Int64 = 0, maxI: Int64 = 0
        for e in elts {
            var validIndex = false
            var eval = e
            if let kv = e as? KeyValueExpr {
                let i = checkIndexTyped(kv.key, length)
                if i.valid {
                    if i.value >= 0 {
                        index = i.value
                        validIndex = true
                    } else {
                        error(e, "index \(exprText(kv.key)) must be integer constant")
                    }
                }
                eval = kv.value
            } else if length >= 0 && index >= length {
                error(e, "index \(index) is out of bounds (>= \(length))")
            } else {
                validIndex = true
            }
            if validIndex {
                if visited.contains(index) {
                    error(e, "duplicate index \(index) in array or slice literal")
                }
                visited.insert(index)
            }
            index &+= 1
            if index > maxI { maxI = index }
            var x = expr(eval, hint: typ)
            assignment(&x, typ, context: "array or slice literal")
        }
        return maxI
    }

    private func checkIndexTyped(_ e: Expr, _ max: Int64) -> (valid: Bool, value: Int64) {
        var x = expr(e)
        if !isValidIndex(&x, what: "index", allowNegative: false) { return (false, -1) }
        if x.mode != .constant { return (true, -1) }
        guard let v = x.val.int64Value else { return (false, -1) }
        if max >= 0 && v >= max {
            error(e, invalidArg + "index \(x.val) out of bounds [0:\(max)]")
            return (false, -1)
        }
        return (true, v)
    }
}
