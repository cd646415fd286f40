// Predicates.swift — classification of types and type identity
// (types2 predicates.go): isInteger, isUntyped, comparable, hasNil,
// identical, and the default type of an untyped constant.
import GoSyntax

func basicInfo(_ t: GoType?) -> BasicInfo {
    (t?.underlying as? GoBasic)?.info ?? []
}
/// For a type parameter, whether every type of its type set passes (types2's
/// allBoolean, allNumeric...: false for a type set without terms); for any
/// other type, whether its basic info passes.
func allBasic(_ t: GoType?, _ ok: (BasicInfo) -> Bool) -> Bool {
    if let p = t?.underlying as? GoTypeParam {
        guard let terms = p.typeSetTerms, !terms.isEmpty else { return false }
        return terms.allSatisfy { ok(basicInfo($0.type)) }
    }
    return ok(basicInfo(t))
}
func isBoolean(_ t: GoType?) -> Bool { allBasic(t) { $0.contains(.isBoolean) } }
func isInteger(_ t: GoType?) -> Bool { allBasic(t) { $0.contains(.isInteger) } }
func isUnsigned(_ t: GoType?) -> Bool { allBasic(t) { $0.contains(.isUnsigned) } }
func isFloat(_ t: GoType?) -> Bool { allBasic(t) { $0.contains(.isFloat) } }
func isComplex(_ t: GoType?) -> Bool { allBasic(t) { $0.contains(.isComplex) } }
func isNumeric(_ t: GoType?) -> Bool { allBasic(t) { !$0.isDisjoint(with: .isNumeric) } }
func isString(_ t: GoType?) -> Bool { allBasic(t) { $0.contains(.isString) } }
/// Every type of t's type set is numeric or a string (types2's allNumericOrString: `+`).
func isNumericOrString(_ t: GoType?) -> Bool { allBasic(t) { !$0.isDisjoint(with: .isNumeric) || $0.contains(.isString) } }
func isIntegerOrFloat(_ t: GoType?) -> Bool { allBasic(t) { !$0.isDisjoint(with: [.isInteger, .isFloat]) } }
func isConstType(_ t: GoType?) -> Bool { !basicInfo(t).isDisjoint(with: .isConstType) }
func isOrdered(_ t: GoType?) -> Bool { allBasic(t) { !$0.isDisjoint(with: .isOrdered) } }
func isTypeParam(_ t: GoType?) -> Bool { t is GoTypeParam }
/// Untyped basic types (only basic types are ever untyped).
func isUntyped(_ t: GoType?) -> Bool { (t as? GoBasic)?.info.contains(.isUntyped) ?? false }
func isTyped(_ t: GoType?) -> Bool { !isUntyped(t) }
func isUntypedNumeric(_ t: GoType?) -> Bool {
    guard let b = t as? GoBasic else { return false }
    return b.info.contains(.isUntyped) && !b.info.isDisjoint(with: .isNumeric)
}
func isValid(_ t: GoType?) -> Bool {
    guard let t else { return false }
    if let b = t as? GoBasic { return b.kind != .invalid }
    return true
}
func isInvalidType(_ t: GoType?) -> Bool { !isValid(t) }
func isInterface(_ t: GoType?) -> Bool { t?.underlying is GoInterface }
func isUnsafePointer(_ t: GoType?) -> Bool { (t?.underlying as? GoBasic)?.kind == .unsafePointer }
func isPointer(_ t: GoType?) -> Bool { t?.underlying is GoPointer }
func isNamed(_ t: GoType?) -> Bool { t is GoNamed || t is GoTypeParam || (t as? GoBasic).map { $0.kind != .invalid } ?? false }

func hasNil(_ t: GoType?) -> Bool {
    if t is GoTypeParam && !(t?.underlying is GoTypeParam) {
        // a core type is not enough: every type of the set must have nil
        guard let terms = (t as? GoTypeParam)?.typeSetTerms else { return false }
        return terms.allSatisfy { !$0.tilde || hasNil($0.type) } && hasNil(t?.underlying)
    }
    switch t?.underlying {
    case let b as GoBasic: return b.kind == .unsafePointer
    case is GoSlice, is GoPointer, is GoSignature, is GoMap, is GoChan: return true
    case let i as GoInterface: return i.isBasicInterface
    default: return false
    }
}

/// Reports whether values of type t can be compared with ==.
func comparableType(_ t: GoType?, depth: Int = 0) -> Bool {
    incomparableCause(t, depth: depth) == nil
}

/// nil if t is comparable; otherwise the reason as types2 phrases it.
func incomparableCause(_ t: GoType?, depth: Int = 0) -> String? {
    guard let t, depth < 64 else { return nil }
    if let p = t as? GoTypeParam {
        if p.isComparableSet { return nil }
        return "incomparable types in type set"
    }
    switch t.underlying {
    case let b as GoBasic: return b.kind == .untypedNil ? "" : nil
    case is GoPointer, is GoChan, is GoInterface: return nil
    case let s as GoStruct:
        for f in s.fields {
            if incomparableCause(f.type, depth: depth + 1) != nil {
                return "struct containing \(typeString(f.type, qualifier: nil)) cannot be compared"
            }
        }
        return nil
    case let a as GoArray:
        if incomparableCause(a.elem, depth: depth + 1) != nil {
            return "\(typeString(t, qualifier: nil)) cannot be compared"
        }
        return nil
    case is GoSlice: return "slice can only be compared to nil"
    case is GoMap: return "map can only be compared to nil"
    case is GoSignature: return "func can only be compared to nil"
    default: return ""
    }
}

// MARK: - Identity

public func identical(_ x: GoType?, _ y: GoType?) -> Bool {
    var seen: [(ObjectIdentifier, ObjectIdentifier)] = []
    return identical(x, y, &seen, depth: 0)
}

private func identical(_ x0: GoType?, _ y0: GoType?, _ seen: inout [(ObjectIdentifier, ObjectIdentifier)], depth: Int) -> Bool {
    guard let x0, let y0 else { return x0 == nil && y0 == nil }
    let x = unalias(x0), y = unalias(y0)
    if x === y { return true }
    if depth > 100 { return true }
    switch (x, y) {
    case let (a as GoBasic, b as GoBasic): return a.kind == b.kind
    case let (a as GoArray, b as GoArray): return a.len == b.len && identical(a.elem, b.elem, &seen, depth: depth + 1)
    case let (a as GoSlice, b as GoSlice): return identical(a.elem, b.elem, &seen, depth: depth + 1)
    case let (a as GoPointer, b as GoPointer): return identical(a.elem, b.elem, &seen, depth: depth + 1)
    case let (a as GoMap, b as GoMap):
        return identical(a.key, b.key, &seen, depth: depth + 1) && identical(a.elem, b.elem, &seen, depth: depth + 1)
    case let (a as GoChan, b as GoChan): return a.dir == b.dir && identical(a.elem, b.elem, &seen, depth: depth + 1)
    case let (a as GoStruct, b as GoStruct):
        guard a.fields.count == b.fields.count else { return false }
        for (i, f) in a.fields.enumerated() {
            let g = b.fields[i]
            if f.embedded != g.embedded || a.tag(i) != b.tag(i) || f.name != g.name { return false }
            if !f.exported && f.pkg !== g.pkg { return false }
            if !identical(f.type, g.type, &seen, depth: depth + 1) { return false }
        }
        return true
    case let (a as GoTuple, b as GoTuple):
        guard a.count == b.count else { return false }
        for (i, v) in a.vars.enumerated() where !identical(v.type, b.vars[i].type, &seen, depth: depth + 1) { return false }
        return true
    case let (a as GoSignature, b as GoSignature):
        return a.variadic == b.variadic && identical(a.params, b.params, &seen, depth: depth + 1)
            && identical(a.results, b.results, &seen, depth: depth + 1)
    case let (a as GoInterface, b as GoInterface):
        if a.isComparableConstraint != b.isComparableConstraint { return false }
        let am = a.allMethods, bm = b.allMethods
        guard am.count == bm.count else { return false }
        let key = (ObjectIdentifier(a), ObjectIdentifier(b))
        if seen.contains(where: { $0 == key }) { return true }
        seen.append(key)
        for (i, m) in am.enumerated() {
            let n = bm[i]
            if m.name != n.name { return false }
            if !m.exported && m.pkg !== n.pkg { return false }
            if !identical(m.type, n.type, &seen, depth: depth + 1) { return false }
        }
        return true
    case let (a as GoNamed, b as GoNamed):
        guard let ao = a.origin, ao === b.origin, a.typeArgs.count == b.typeArgs.count else { return false }
        for (i, t) in a.typeArgs.enumerated() where !identical(t, b.typeArgs[i], &seen, depth: depth + 1) { return false }
        return true
    default: return false
    }
}

/// The default type of an untyped constant type (int for untyped int, ...).
func defaultType(_ t: GoType) -> GoType {
    guard let b = t as? GoBasic else { return t }
    switch b.kind {
    case .untypedBool: return Typ.bool
    case .untypedInt: return Typ.int
    case .untypedRune: return Universe.runeType
    case .untypedFloat: return Typ.float64
    case .untypedComplex: return Typ.complex128
    case .untypedString: return Typ.string
    default: return t
    }
}

extension Universe {
    static var runeType: GoBasic { Typ.rune }
    static var byteType: GoBasic { Typ.byte }
}

/// Describes the structure of a named type for operand descriptions:
/// "struct", "slice", ... or "" for basic types (types2 compositeKind).
func compositeKind(_ t: GoType) -> String {
    switch t.underlying {
    case is GoBasic: return ""
    case is GoArray: return "array"
    case is GoSlice: return "slice"
    case is GoStruct: return "struct"
    case is GoPointer: return "pointer"
    case is GoSignature: return "func"
    case is GoInterface: return "interface"
    case is GoMap: return "map"
    case is GoChan: return "chan"
    case is GoTuple: return "tuple"
    default: return ""
    }
}
