// Lookup.swift — field and method lookup through embedded fields (types2
// lookup.go), method sets, and interface satisfaction with Go's causes
// ("(missing method M)", "(method M has pointer receiver)", ...).
//
// lookupFieldOrMethod searches breadth-first, one embedding depth at a time;
// a name found twice at the same depth is ambiguous (index != nil, obj nil).
import GoSyntax

struct LookupResult {
    var obj: Object?
    var index: [Int]?
    var indirect: Bool
}

extension Checker {
    func lookupFieldOrMethod(_ T: GoType, addressable: Bool, pkg: Package?, name: String, foldCase: Bool = false) -> LookupResult {
        if name == "_" { return LookupResult(obj: nil, index: nil, indirect: false) }
        var r = lookupImpl(T, addressable: addressable, pkg: pkg, name: name, foldCase: foldCase)
        // (*T).f for a defined pointer type: fields only
        if r.obj == nil, let p = T.underlying as? GoPointer, unalias(T) is GoNamed {
            // (*T).f for named pointer types: fields only
            let r2 = lookupImpl(p.elem, addressable: false, pkg: pkg, name: name, foldCase: foldCase)
            if r2.obj is Var { r = LookupResult(obj: r2.obj, index: r2.index, indirect: true) }
        }
        return r
    }

    private func sameName(_ obj: Object, _ pkg: Package?, _ name: String, _ fold: Bool) -> Bool {
        if fold { return obj.name.lowercased() == name.lowercased() }
        if obj.name != name { return false }
        if obj.exported { return true }
        return obj.pkg === pkg || obj.pkg == nil || pkg == nil
    }

    private func lookupImpl(_ T0: GoType, addressable: Bool, pkg: Package?, name: String, foldCase: Bool) -> LookupResult {
        var T = unalias(T0)
        if let tp = T as? GoTypeParam {
            // the methods of its constraint's type set (no fields)
            guard let i = tp.iface else { return LookupResult(obj: nil, index: nil, indirect: false) }
            for (k, m) in i.allMethods.enumerated() where sameName(m, pkg, name, foldCase) {
                return LookupResult(obj: m, index: [k], indirect: false)
            }
            return LookupResult(obj: nil, index: nil, indirect: false)
        }
        var isPtr = false
        if let p = T as? GoPointer {
            T = unalias(p.elem); isPtr = true
            if T.underlying is GoInterface { return LookupResult(obj: nil, index: nil, indirect: false) }
        }
        struct Embedded { var type: GoType; var index: [Int]; var indirect: Bool; var multiples: Bool }
        var current = [Embedded(type: T, index: [], indirect: isPtr, multiples: false)]
        var seen = Set<ObjectIdentifier>()
        var depth = 0
        while !current.isEmpty && depth < 32 {
            depth += 1
            var next: [Embedded] = []
            var foundObj: Object? = nil
            var foundIndex: [Int]? = nil
            var foundIndirect = false
            for e in current {
                var typ = e.type
                if let named = typ as? GoNamed {
                    if seen.contains(ObjectIdentifier(named)) { continue }
                    seen.insert(ObjectIdentifier(named))
                    if let (i, m) = namedMethods(named, resolve: { [self] in objDecl($0) }).enumerated().first(where: { sameName($0.element, pkg, name, foldCase) }).map({ ($0.offset, $0.element) }) {
                        if foundIndex != nil || e.multiples {
                            return LookupResult(obj: nil, index: e.index + [i], indirect: false)
                        }
                        foundObj = m; foundIndex = e.index + [i]; foundIndirect = e.indirect
                        continue
                    }
                    typ = named.underlying
                }
                switch typ.underlying {
                case let s as GoStruct:
                    for (i, f) in s.fields.enumerated() {
                        if sameName(f, pkg, name, foldCase) {
                            if foundIndex != nil || e.multiples {
                                return LookupResult(obj: nil, index: e.index + [i], indirect: false)
                            }
                            foundObj = f; foundIndex = e.index + [i]; foundIndirect = e.indirect
                            continue
                        }
                        if foundObj == nil && f.embedded, let ft = f.type {
                            var t = unalias(ft)
                            var ind = e.indirect
                            if let p = t as? GoPointer { t = unalias(p.elem); ind = true }
                            next.append(Embedded(type: t, index: e.index + [i], indirect: ind, multiples: e.multiples))
                        }
                    }
                case let iface as GoInterface:
                    if let (i, m) = iface.allMethods.enumerated().first(where: { sameName($0.element, pkg, name, foldCase) }).map({ ($0.offset, $0.element) }) {
                        if foundIndex != nil || e.multiples {
                            return LookupResult(obj: nil, index: e.index + [i], indirect: false)
                        }
                        foundObj = m; foundIndex = e.index + [i]; foundIndirect = e.indirect
                    }
                default: break
                }
            }
            if let obj = foundObj {
                if let f = obj as? Func, f.type == nil { objDecl(f) }
                if let f = obj as? Func, f.hasPtrRecv || ((f.signature?.recv?.type) is GoPointer) {
                    if !foundIndirect && !addressable {
                        return LookupResult(obj: nil, index: nil, indirect: true)
                    }
                }
                return LookupResult(obj: obj, index: foundIndex, indirect: foundIndirect)
            }
            // consolidate next: mark types reached more than once
            var counts: [ObjectIdentifier: Int] = [:]
            for n in next { if let nm = n.type as? GoNamed { counts[ObjectIdentifier(nm), default: 0] += 1 } }
            var uniq: [Embedded] = []
            var added = Set<ObjectIdentifier>()
            for var n in next {
                if let nm = n.type as? GoNamed {
                    if added.contains(ObjectIdentifier(nm)) { continue }
                    added.insert(ObjectIdentifier(nm))
                    if (counts[ObjectIdentifier(nm)] ?? 0) > 1 { n.multiples = true }
                }
                uniq.append(n)
            }
            current = uniq
        }
        return LookupResult(obj: nil, index: nil, indirect: false)
    }

    /// Method signature text for causes: "M(x int) string".
    func funcString(_ f: Func) -> String {
        var w = TypeWriter(qf: { [unowned self] in self.qualifier($0) })
        w.out = f.name
        w.paramNames = false
        if let s = f.signature { w.signature(s) }
        return w.out
    }

    /// Reports whether V implements interface T; on failure sets cause as types2 does.
    func implements(_ V: GoType, _ T: GoType, cause: inout String) -> Bool {
        let Vu = V.underlying, Tu = T.underlying
        if !isValid(Vu) || !isValid(Tu) { return true }
        if let p = Vu as? GoPointer, !isValid(p.elem.underlying) { return true }
        guard let Ti = Tu as? GoInterface else {
            var detail: String
            if let p = Tu as? GoPointer, p.elem.underlying is GoInterface {
                detail = "type \(typeStr(T)) is pointer to interface, not interface"
            } else {
                detail = "\(typeStr(T)) is not an interface"
            }
            cause = "\(typeStr(V)) does not implement \(typeStr(T)) (\(detail))"
            return false
        }
        if Ti.isEmpty { return true }
        if let m = missingMethodCause(V, Ti, T, isStatic: true) {
            cause = "\(typeStr(V)) does not implement \(typeStr(T)) \(m)"
            return false
        }
        if Ti.isComparableConstraint && !comparableType(V) {
            cause = "\(typeStr(V)) does not implement comparable"
            return false
        }
        return true
    }

    /// nil if V has all methods of T; otherwise the parenthesized cause.
    func missingMethodCause(_ V: GoType, _ Ti: GoInterface, _ T: GoType, isStatic: Bool) -> String? {
        let methods = Ti.allMethods
        if methods.isEmpty { return nil }
        if let vi = V.underlying as? GoInterface {
            let vm = vi.allMethods
            for m in methods {
                guard let f = vm.first(where: { $0.name == m.name && ($0.exported || $0.pkg === m.pkg) }) else {
                    if !isStatic { continue }
                    return "(missing method \(m.name))"
                }
                if !identical(f.type, m.type) {
                    return wrongSig(f, m)
                }
            }
            return nil
        }
        for m in methods {
            let r = lookupFieldOrMethod(V, addressable: false, pkg: m.pkg, name: m.name)
            guard let obj = r.obj else {
                if r.index != nil { return "(ambiguous selector \(typeStr(V)).\(m.name))" }
                if r.indirect { return "(method \(m.name) has pointer receiver)" }
                let r2 = lookupFieldOrMethod(V, addressable: false, pkg: m.pkg, name: m.name, foldCase: true)
                if let f = r2.obj as? Func {
                    if f.name == m.name { return "(unexported method \(m.name))" }
                    return "(missing method \(m.name))\n\t\thave \(funcString(f))\n\t\twant \(funcString(m))"
                }
                if let p = V.underlying as? GoPointer, p.elem.underlying is GoInterface {
                    return "(type \(typeStr(V)) is pointer to interface, not interface)"
                }
                return "(missing method \(m.name))"
            }
            guard let f = obj as? Func else { return "(\(typeStr(V)).\(m.name) is a field, not a method)" }
            if f.type == nil { objDecl(f) }
            if !identicalIgnoringRecv(f.type, m.type) { return wrongSig(f, m) }
        }
        return nil
    }

    private func wrongSig(_ f: Func, _ m: Func) -> String {
        let fs = funcString(f), ms = funcString(m)
        if fs == ms { return "(wrong type for method \(m.name))" }
        return "(wrong type for method \(m.name))\n\t\thave \(fs)\n\t\twant \(ms)"
    }

    func identicalIgnoringRecv(_ a: GoType?, _ b: GoType?) -> Bool {
        guard let sa = a as? GoSignature, let sb = b as? GoSignature else { return identical(a, b) }
        return sa.variadic == sb.variadic && identical(sa.params, sb.params) && identical(sa.results, sb.results)
    }

    /// Reports whether T has all of interface Ti's methods (for type assertions: static == false).
    func assertableTo(_ V: GoInterface, _ T: GoType) -> String? {
        // No static check when T is an interface — a type parameter included
        // (its underlying type is its constraint's interface, as in types2).
        if T.underlying is GoInterface || T is GoTypeParam { return nil }
        return missingMethodCause(T, V, V, isStatic: true)
    }
}
