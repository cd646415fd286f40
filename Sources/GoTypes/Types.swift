// Types.swift — the representation of Go types (types2 type.go, basic.go,
// pointer.go, slice.go, array.go, map.go, chan.go, struct.go, tuple.go,
// signature.go, interface.go, named.go).
//
// Every type is a class so that identity (===) is cheap; structural identity
// is `identical(_:_:)` in Predicates.swift. A Named type's underlying type is
// filled in when its declaration is checked; until then it is nil and
// `underlying` answers Typ.invalid, so that cycles never trap.
//
// Names: the classes carry a `Go` prefix because GoSyntax already uses
// ArrayType, SliceType, StructType ... for the syntax nodes.
import GoSyntax

public class GoType: CustomStringConvertible, @unchecked Sendable {
    /// The underlying type (the type itself except for Named types).
    public var underlying: GoType { self }
    /// Set on the copy of a type made for an alias declaration (`type A = int`,
    /// and the universe's `any`): the alias's name is what messages print, as
    /// types2 does with materialized aliases. The copy is identical to the
    /// aliased type (identity is structural, and by kind for basic types).
    /// Aliases of defined types are the defined type itself (see aliasCopy).
    public internal(set) var alias: TypeName?
    public var description: String { typeString(self, qualifier: nil) }
}

public enum BasicKind: Int, Sendable {
    case invalid
    case bool, int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128, string, unsafePointer
    case untypedBool, untypedInt, untypedRune, untypedFloat, untypedComplex, untypedString, untypedNil
}

public struct BasicInfo: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let isBoolean = BasicInfo(rawValue: 1)
    public static let isInteger = BasicInfo(rawValue: 2)
    public static let isUnsigned = BasicInfo(rawValue: 4)
    public static let isFloat = BasicInfo(rawValue: 8)
    public static let isComplex = BasicInfo(rawValue: 16)
    public static let isString = BasicInfo(rawValue: 32)
    public static let isUntyped = BasicInfo(rawValue: 64)
    public static let isOrdered: BasicInfo = [.isInteger, .isFloat, .isString]
    public static let isNumeric: BasicInfo = [.isInteger, .isFloat, .isComplex]
    public static let isConstType: BasicInfo = [.isBoolean, .isNumeric, .isString]
}

public final class GoBasic: GoType, @unchecked Sendable {
    public let kind: BasicKind
    public let info: BasicInfo
    public let name: String
    init(_ kind: BasicKind, _ info: BasicInfo, _ name: String) {
        self.kind = kind; self.info = info; self.name = name
    }
}

public final class GoPointer: GoType, @unchecked Sendable {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class GoSlice: GoType, @unchecked Sendable {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class GoArray: GoType, @unchecked Sendable {
    /// Number of elements; -1 if unknown (after an error).
    public let len: Int64
    public let elem: GoType
    public init(len: Int64, elem: GoType) { self.len = len; self.elem = elem }
}

public final class GoMap: GoType, @unchecked Sendable {
    public let key: GoType
    public let elem: GoType
    public init(key: GoType, elem: GoType) { self.key = key; self.elem = elem }
}

public final class GoChan: GoType, @unchecked Sendable {
    public let dir: ChanDir
    public let elem: GoType
    public init(dir: ChanDir, elem: GoType) { self.dir = dir; self.elem = elem }
}

public final class GoStruct: GoType, @unchecked Sendable {
    public var fields: [Var]
    public var tags: [String]
    public init(fields: [Var], tags: [String] = []) { self.fields = fields; self.tags = tags }
    public func tag(_ i: Int) -> String { i < tags.count ? tags[i] : "" }
}

/// An ordered list of variables: parameters, results, multiple values.
public final class GoTuple: GoType, @unchecked Sendable {
    public let vars: [Var]
    public init(_ vars: [Var]) { self.vars = vars }
    public var count: Int { vars.count }
}

public final class GoSignature: GoType, @unchecked Sendable {
    public var recv: Var?
    public var params: GoTuple
    public var results: GoTuple
    /// The last parameter has type []T and was declared ...T.
    public var variadic: Bool
    /// Type parameters of a generic function or method (empty otherwise).
    public var typeParams: [GoTypeParam] = []
    /// Type parameters a method declares for its generic receiver
    /// (`func (l *List[T]) ...`); the receiver's type arguments bind them.
    public var recvTypeParams: [GoTypeParam] = []
    public init(recv: Var? = nil, params: GoTuple, results: GoTuple, variadic: Bool) {
        self.recv = recv; self.params = params; self.results = results; self.variadic = variadic
    }
}

public final class GoInterface: GoType, @unchecked Sendable {
    /// Explicitly declared methods, in source order.
    public var methods: [Func]
    /// Embedded types (interfaces, or type terms which gomem rejects).
    public var embeddeds: [GoType]
    /// The interface is (or embeds) `comparable`.
    public var isComparableConstraint = false
    /// The interface has type terms (a constraint interface).
    public var hasTypeTerms = false
    /// Its type-term elements: each is a union (`~int | string`, or one
    /// non-interface type); the type set is their intersection with the
    /// embedded interfaces' (Generics.swift).
    public var unions: [[Term]] = []
    /// Written as a bare type-term constraint (`[T ~int | string]`).
    public var implicit = false
    var computed: [Func]?
    var computing = false
    public init(methods: [Func], embeddeds: [GoType]) { self.methods = methods; self.embeddeds = embeddeds }

    /// All methods including those of embedded interfaces, sorted by name
    /// (the order of the method table, as in types2's typeset).
    public var allMethods: [Func] {
        if let c = computed { return c }
        if computing { return methods }
        computing = true
        defer { computing = false }
        var byName: [String: Func] = [:]
        for m in methods { byName[m.name] = m }
        for e in embeddeds {
            if let i = e.underlying as? GoInterface {
                for m in i.allMethods where byName[m.name] == nil { byName[m.name] = m }
                if i.isComparableConstraint { isComparableConstraint = true }
                if i.hasTypeTerms { hasTypeTerms = true }
            }
        }
        let r = byName.values.sorted { methodLess($0, $1) }
        computed = r
        return r
    }
    public var isEmpty: Bool { allMethods.isEmpty && !isComparableConstraint && !hasTypeTerms }
    /// Usable as the type of a value (not a constraint-only interface).
    public var isBasicInterface: Bool { _ = allMethods; return !isComparableConstraint && !hasTypeTerms }
}

/// Go sorts methods by name, exported ones first compared by name and
/// unexported ones by (package path, name); gomem compares by name, with
/// exported names first, which gives the same order within a package.
func methodLess(_ a: Func, _ b: Func) -> Bool {
    let ae = isExported(a.name), be = isExported(b.name)
    if ae != be { return ae }
    return a.name < b.name
}

public final class GoNamed: GoType, @unchecked Sendable {
    public let obj: TypeName
    /// nil while the declaration is being resolved.
    public var resolved: GoType?
    public var methods: [Func] = []
    /// For the copy made for an alias of a defined type (`type R = io.Reader`):
    /// the defined type. Such a copy prints as the alias and is otherwise
    /// replaced by its target (`unalias`) wherever identity matters.
    public private(set) var aliasTarget: GoNamed?
    /// A generic type's type parameters (the origin's; empty otherwise).
    public var typeParams: [GoTypeParam] = []
    /// An instance (`List[int]`): its generic type and its type arguments.
    public internal(set) var origin: GoNamed?
    public internal(set) var typeArgs: [GoType] = []
    /// A generic type's instances, made once per distinct argument list.
    var instances: [GoNamed] = []
    /// An instance's methods, substituted on demand (by name).
    var instanceMethods: [String: Func] = [:]
    public var isGeneric: Bool { !typeParams.isEmpty && origin == nil }
    /// A generic alias (`type A[P any] = T`): `resolved` is T, not an
    /// underlying type, and instantiating yields T substituted.
    public internal(set) var isGenericAlias = false
    public init(obj: TypeName, underlying: GoType?) { self.obj = obj; self.resolved = underlying }
    init(aliasOf target: GoNamed, obj: TypeName) {
        self.obj = obj
        super.init()
        self.aliasTarget = target
        self.alias = obj
    }
    public override var underlying: GoType {
        if let t = aliasTarget { return t.underlying }
        if resolved == nil, let o = origin { instantiateUnderlying(self, o) }
        // Follow chains of named types (type A B) defensively.
        var u = resolved
        var n = 0
        while let x = u as? GoNamed, n < 100 { u = x.resolved; n += 1 }
        return u ?? Typ.invalid
    }
    public func method(named name: String) -> Func? { methods.first { $0.name == name } }
}

/// Predeclared basic types, indexed by kind.
public enum Typ {
    public static let invalid = GoBasic(.invalid, [], "invalid type")
    public static let bool = GoBasic(.bool, .isBoolean, "bool")
    public static let int = GoBasic(.int, .isInteger, "int")
    public static let int8 = GoBasic(.int8, .isInteger, "int8")
    public static let int16 = GoBasic(.int16, .isInteger, "int16")
    public static let int32 = GoBasic(.int32, .isInteger, "int32")
    public static let int64 = GoBasic(.int64, .isInteger, "int64")
    public static let uint = GoBasic(.uint, [.isInteger, .isUnsigned], "uint")
    public static let uint8 = GoBasic(.uint8, [.isInteger, .isUnsigned], "uint8")
    public static let uint16 = GoBasic(.uint16, [.isInteger, .isUnsigned], "uint16")
    public static let uint32 = GoBasic(.uint32, [.isInteger, .isUnsigned], "uint32")
    public static let uint64 = GoBasic(.uint64, [.isInteger, .isUnsigned], "uint64")
    public static let uintptr = GoBasic(.uintptr, [.isInteger, .isUnsigned], "uintptr")
    public static let float32 = GoBasic(.float32, .isFloat, "float32")
    public static let float64 = GoBasic(.float64, .isFloat, "float64")
    public static let complex64 = GoBasic(.complex64, .isComplex, "complex64")
    public static let complex128 = GoBasic(.complex128, .isComplex, "complex128")
    public static let string = GoBasic(.string, .isString, "string")
    public static let unsafePointer = GoBasic(.unsafePointer, [], "Pointer")
    public static let untypedBool = GoBasic(.untypedBool, [.isBoolean, .isUntyped], "untyped bool")
    public static let untypedInt = GoBasic(.untypedInt, [.isInteger, .isUntyped], "untyped int")
    public static let untypedRune = GoBasic(.untypedRune, [.isInteger, .isUntyped], "untyped rune")
    public static let untypedFloat = GoBasic(.untypedFloat, [.isFloat, .isUntyped], "untyped float")
    public static let untypedComplex = GoBasic(.untypedComplex, [.isComplex, .isUntyped], "untyped complex")
    public static let untypedString = GoBasic(.untypedString, [.isString, .isUntyped], "untyped string")
    public static let untypedNil = GoBasic(.untypedNil, .isUntyped, "untyped nil")
    /// Aliases with their own printed names.
    public static let byte = GoBasic(.uint8, [.isInteger, .isUnsigned], "byte")
    public static let rune = GoBasic(.int32, .isInteger, "rune")

    public static let all: [GoBasic] = [
        invalid, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr,
        float32, float64, complex64, complex128, string, unsafePointer,
        untypedBool, untypedInt, untypedRune, untypedFloat, untypedComplex, untypedString, untypedNil,
    ]
    public static func basic(_ k: BasicKind) -> GoBasic { all[k.rawValue] }
}

let emptyTuple = GoTuple([])

/// The type an alias copy of a defined type stands for (t itself otherwise).
public func unalias(_ t: GoType) -> GoType {
    var t = t
    var n = 0
    while let a = (t as? GoNamed)?.aliasTarget, n < 100 { t = a; n += 1 }
    return t
}

/// A copy of t that prints as the alias obj (see GoType.alias).
func aliasCopy(_ t: GoType, _ obj: TypeName) -> GoType {
    let c: GoType
    switch t {
    case is GoNamed:
        // An alias of a defined type is the defined type itself: later phases
        // key defined types by identity. (Go would print the alias name; the
        // GoNamed(aliasOf:) copy that does so is kept for when they unalias.)
        return t
    case let b as GoBasic:
        if b.kind == .invalid { return t }
        c = GoBasic(b.kind, b.info, b.name)
    case let p as GoPointer: c = GoPointer(p.elem)
    case let s as GoSlice: c = GoSlice(s.elem)
    case let a as GoArray: c = GoArray(len: a.len, elem: a.elem)
    case let m as GoMap: c = GoMap(key: m.key, elem: m.elem)
    case let ch as GoChan: c = GoChan(dir: ch.dir, elem: ch.elem)
    case let s as GoStruct: c = GoStruct(fields: s.fields, tags: s.tags)
    case let s as GoSignature: c = GoSignature(recv: s.recv, params: s.params, results: s.results, variadic: s.variadic)
    case let i as GoInterface:
        let ci = GoInterface(methods: i.methods, embeddeds: i.embeddeds)
        ci.isComparableConstraint = i.isComparableConstraint
        ci.hasTypeTerms = i.hasTypeTerms
        c = ci
    default: return t
    }
    c.alias = obj
    return c
}
