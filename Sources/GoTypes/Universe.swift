// Universe.swift — the universe scope (all predeclared identifiers) and the
// built-in package unsafe (types2 universe.go).
import GoSyntax

public enum Universe {
    public static let scope: Scope = makeUniverse()
    public static let unsafePackage: Package = makeUnsafe()

    public static let errorType: GoNamed = scope.lookup("error")!.type as! GoNamed
    public static let comparableType: GoNamed = scope.lookup("comparable")!.type as! GoNamed
    public static let anyType: GoInterface = scope.lookup("any")!.type as! GoInterface
    static let iota: Const = scope.lookup("iota") as! Const
    static let nilObj: NilObj = scope.lookup("nil") as! NilObj

    static let builtinNames: [(String, BuiltinId)] = [
        ("append", .append), ("cap", .cap), ("clear", .clear), ("close", .close), ("complex", .complex),
        ("copy", .copy), ("delete", .delete), ("imag", .imag), ("len", .len), ("make", .make),
        ("max", .max), ("min", .min), ("new", .new), ("panic", .panic), ("print", .print),
        ("println", .println), ("real", .real), ("recover", .recover),
    ]

    private static func makeUniverse() -> Scope {
        let s = Scope(parent: nil, comment: "universe")
        for t in Typ.all where t.kind != .invalid && !t.info.contains(.isUntyped) && t.kind != .unsafePointer {
            s.insert(TypeName(name: t.name, type: t, pkg: nil, pos: .none))
        }
        s.insert(TypeName(name: "byte", type: Typ.byte, pkg: nil, pos: .none))
        s.insert(TypeName(name: "rune", type: Typ.rune, pkg: nil, pos: .none))
        // any = interface{}
        let anyI = GoInterface(methods: [], embeddeds: [])
        _ = anyI.allMethods
        let anyObj = TypeName(name: "any", type: anyI, pkg: nil, pos: .none)
        anyI.alias = anyObj
        anyObj.isAlias = true
        s.insert(anyObj)
        // type error interface{ Error() string }
        let errObj = TypeName(name: "error", type: nil, pkg: nil, pos: .none)
        let errNamed = GoNamed(obj: errObj, underlying: nil)
        errObj.type = errNamed
        let errMethod = Func(name: "Error", type: nil, pkg: nil, pos: .none)
        let recv = Var(name: "", type: errNamed, pkg: nil, pos: .none)
        errMethod.type = GoSignature(recv: recv, params: emptyTuple,
                                     results: GoTuple([Var(name: "", type: Typ.string, pkg: nil, pos: .none)]), variadic: false)
        errMethod.isInterfaceMethod = true
        let errI = GoInterface(methods: [errMethod], embeddeds: [])
        _ = errI.allMethods   // computed now: universe objects are shared and never mutated later
        errNamed.resolved = errI
        s.insert(errObj)
        // type comparable interface{ comparable }
        let cmpObj = TypeName(name: "comparable", type: nil, pkg: nil, pos: .none)
        let cmpI = GoInterface(methods: [], embeddeds: [])
        cmpI.isComparableConstraint = true
        _ = cmpI.allMethods
        let cmpNamed = GoNamed(obj: cmpObj, underlying: cmpI)
        cmpObj.type = cmpNamed
        s.insert(cmpObj)
        // constants
        s.insert(Const(name: "true", type: Typ.untypedBool, pkg: nil, pos: .none, value: .bool(true)))
        s.insert(Const(name: "false", type: Typ.untypedBool, pkg: nil, pos: .none, value: .bool(false)))
        let io = Const(name: "iota", type: Typ.untypedInt, pkg: nil, pos: .none, value: .int(0))
        s.insert(io)
        let n = NilObj(name: "nil", type: Typ.untypedNil, pkg: nil, pos: .none)
        s.insert(n)
        for (name, id) in builtinNames { s.insert(Builtin(name: name, id: id)) }
        return s
    }

    private static func makeUnsafe() -> Package {
        _ = scope
        let p = Package(path: "unsafe", name: "unsafe")
        p.scope.insert(TypeName(name: "Pointer", type: Typ.unsafePointer, pkg: p, pos: .none))
        let fs: [(String, BuiltinId)] = [("Add", .add), ("Alignof", .alignof), ("Offsetof", .offsetof),
                                        ("Sizeof", .sizeof), ("Slice", .slice), ("SliceData", .sliceData),
                                        ("String", .string), ("StringData", .stringData)]
        for (name, id) in fs { p.scope.insert(Builtin(name: name, id: id, pkg: p)) }
        p.complete = true
        return p
    }
}
