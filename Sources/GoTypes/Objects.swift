// Objects.swift — named language entities (types2 object.go, scope.go,
// package.go): constants, variables, type names, functions, package names,
// labels, builtins and nil, the scopes that hold them and packages.
//
// Invariants: an Object's `type` is nil only while its declaration is being
// checked (package-level objects are checked on demand, see Decl.swift);
// `parent` is the scope that declares it (nil for fields and methods).
import GoSyntax

public class Object: CustomStringConvertible, @unchecked Sendable {
    public let name: String
    public internal(set) var type: GoType?
    public let pkg: Package?
    public let pos: Pos
    public internal(set) weak var parent: Scope?
    /// Declaration order key, used to order package-level objects.
    var order: Int = 0
    /// Color for cycle detection while checking package-level objects.
    var color: ObjColor = .white
    /// Position from which a local object is visible; .none for others.
    var scopePos: Pos = .none
    init(name: String, type: GoType?, pkg: Package?, pos: Pos) {
        self.name = name; self.type = type; self.pkg = pkg; self.pos = pos
    }
    public var exported: Bool { isExported(name) }
    public var description: String { "\(Swift.type(of: self)) \(name)" }
    /// The package-level qualified id (for unexported names, unique per package).
    var qualifiedId: String { exported || pkg == nil ? name : "\(pkg!.path).\(name)" }
}

enum ObjColor { case white, grey, black }

public func isExported(_ name: String) -> Bool {
    guard let c = name.unicodeScalars.first else { return false }
    return c.properties.isUppercase
}

public final class Var: Object, @unchecked Sendable {
    public let isField: Bool
    public let embedded: Bool
    public internal(set) var used = false
    /// A package-level variable.
    public internal(set) var isPackageLevel = false
    /// The parameter or result belongs to a function signature.
    public internal(set) var isParam = false
    init(name: String, type: GoType?, pkg: Package?, pos: Pos, isField: Bool = false, embedded: Bool = false) {
        self.isField = isField; self.embedded = embedded
        super.init(name: name, type: type, pkg: pkg, pos: pos)
    }

    /// A parameter or result for a signature made outside the checker (the
    /// compiler's methods of standard-library types that natives create).
    public static func synthetic(_ name: String, _ type: GoType) -> Var {
        Var(name: name, type: type, pkg: nil, pos: .none)
    }
}

public final class Const: Object, @unchecked Sendable {
    public internal(set) var value: Constant
    init(name: String, type: GoType?, pkg: Package?, pos: Pos, value: Constant) {
        self.value = value
        super.init(name: name, type: type, pkg: pkg, pos: pos)
    }
}

public final class TypeName: Object, @unchecked Sendable {
    /// Declared with `type A = B`.
    public internal(set) var isAlias = false
}

public final class Func: Object, @unchecked Sendable {
    /// The method has a pointer receiver.
    public internal(set) var hasPtrRecv = false
    /// The syntax of the declaration (nil for imported or interface methods).
    public internal(set) weak var decl: FuncDecl?
    /// The function is a method of an interface type.
    public internal(set) var isInterfaceMethod = false
    public var signature: GoSignature? { type as? GoSignature }
    public var fullName: String {
        if let sig = signature, let r = sig.recv, let rt = r.type {
            var t = rt
            var ptr = false
            if let p = t as? GoPointer { t = p.elem; ptr = true }
            let tn = typeString(t, qualifier: nil)
            return ptr ? "(*\(tn)).\(name)" : "\(tn).\(name)"
        }
        if let p = pkg { return "\(p.name).\(name)" }
        return name
    }
}

public final class PkgName: Object, @unchecked Sendable {
    public let imported: Package
    public internal(set) var used = false
    init(name: String, pkg: Package?, pos: Pos, imported: Package) {
        self.imported = imported
        super.init(name: name, type: Typ.invalid, pkg: pkg, pos: pos)
    }
}

public final class Label: Object, @unchecked Sendable {
    public internal(set) var used = false
}

public enum BuiltinId: Int, Sendable {
    case append, cap, clear, close, complex, copy, delete, imag, len, make, max, min, new, panic
    case print, println, real, recover
    // unsafe
    case add, alignof, offsetof, sizeof, slice, sliceData, string, stringData
}

public final class Builtin: Object, @unchecked Sendable {
    public let id: BuiltinId
    init(name: String, id: BuiltinId, pkg: Package? = nil) {
        self.id = id
        super.init(name: name, type: Typ.invalid, pkg: pkg, pos: .none)
    }
}

public final class NilObj: Object, @unchecked Sendable {}

// MARK: - Scope

public final class Scope: @unchecked Sendable {
    public private(set) weak var parent: Scope?
    public private(set) var children: [Scope] = []
    public private(set) var elems: [String: Object] = [:]
    /// Names in insertion order.
    public private(set) var names: [String] = []
    public let isFunc: Bool
    /// Position range of the scope (for position-sensitive lookups).
    public var start: Pos, end: Pos
    let comment: String
    init(parent: Scope?, start: Pos = .none, end: Pos = .none, isFunc: Bool = false, comment: String) {
        self.parent = parent; self.start = start; self.end = end; self.isFunc = isFunc; self.comment = comment
        parent?.children.append(self)
    }
    public func lookup(_ name: String) -> Object? { elems[name] }
    /// Inserts obj, or returns the object already declared under that name.
    @discardableResult
    func insert(_ obj: Object) -> Object? {
        if let alt = elems[obj.name] { return alt }
        elems[obj.name] = obj
        names.append(obj.name)
        if obj.parent == nil { obj.parent = self }
        return nil
    }
    /// Looks up name in this scope and its parents; objects declared after
    /// `pos` in function scopes are not yet visible.
    func lookupParent(_ name: String, pos: Pos) -> (Scope, Object)? {
        var s: Scope? = self
        while let sc = s {
            if let o = sc.elems[name] {
                if !pos.isKnown || !o.scopePos.isKnown || o.scopePos <= pos { return (sc, o) }
            }
            s = sc.parent
        }
        return nil
    }
}


// MARK: - Package

public final class Package: CustomStringConvertible, @unchecked Sendable {
    public let path: String
    public internal(set) var name: String
    public let scope: Scope
    public internal(set) var imports: [Package] = []
    public internal(set) var complete = false
    init(path: String, name: String) {
        self.path = path; self.name = name
        self.scope = Scope(parent: Universe.scope, comment: "package \(path)")
    }
    public var description: String { "package \(name) (\"\(path)\")" }
}
