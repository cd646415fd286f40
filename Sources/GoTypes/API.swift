// API.swift — queries for later phases (escape analysis, the compiler) on
// types that have been checked: lookup, method sets, interface
// satisfaction, comparability, default types. These wrap the checker's
// own algorithms with a throwaway Checker (every object already has its
// type once checkPackage has returned).
import GoSyntax

private func scratchChecker(_ pkg: Package?) -> Checker {
    Checker(pkg: pkg ?? Package(path: "main", name: "main"), info: Info(), fileSet: FileSet(), importer: nil)
}

/// Finds field or method `name` of T as seen from package `pkg`
/// (types2 LookupFieldOrMethod): the object, the path of embedded field
/// indices ending with the index of the field or method, and whether a
/// pointer was followed. obj is nil if not found (index non-nil: ambiguous;
/// indirect true: a pointer method on a non-addressable value).
public func lookupFieldOrMethod(_ T: GoType, addressable: Bool, pkg: Package?, name: String) -> (obj: Object?, index: [Int]?, indirect: Bool) {
    let r = scratchChecker(pkg).lookupFieldOrMethod(T, addressable: addressable, pkg: pkg, name: name)
    return (r.obj, r.index, r.indirect)
}

/// Reports whether type V implements interface type T.
public func implements(_ V: GoType, _ T: GoType) -> Bool {
    var cause = ""
    return scratchChecker(nil).implements(V, T, cause: &cause)
}

/// Reports whether values of type T can be compared with == (strictly).
public func isComparable(_ T: GoType) -> Bool { comparableType(T) }

/// The type an untyped constant type defaults to (int for untyped int, ...).
public func defaultTypeOf(_ t: GoType) -> GoType { defaultType(t) }

/// The methods in the method set of T (for *N: the methods of N with value
/// and pointer receivers; for N: those with value receivers; for interfaces:
/// all), including promoted methods, sorted by name; ambiguous names omitted.
public func methodSet(of T: GoType) -> [Func] {
    let c = scratchChecker(nil)
    var names = Set<String>()
    let T = unalias(T)
    var base = T
    if let p = T as? GoPointer { base = unalias(p.elem) }
    if let i = base.underlying as? GoInterface {
        return T is GoPointer ? [] : i.allMethods
    }
    // collect candidate names through embedding
    var seen = Set<ObjectIdentifier>()
    func collect(_ t: GoType, _ depth: Int) {
        guard depth < 32 else { return }
        var t = unalias(t)
        if let p = t as? GoPointer { t = unalias(p.elem) }
        if let n = t as? GoNamed {
            if !seen.insert(ObjectIdentifier(n)).inserted { return }
            for m in n.origin?.methods ?? n.methods { names.insert(m.name) }
        }
        if let s = t.underlying as? GoStruct {
            for f in s.fields where f.embedded { if let ft = f.type { collect(ft, depth + 1) } }
        } else if let i = t.underlying as? GoInterface {
            for m in i.allMethods { names.insert(m.name) }
        }
    }
    collect(base, 0)
    var result: [Func] = []
    for n in names {
        let r = c.lookupFieldOrMethod(T, addressable: false, pkg: nil, name: n)
        if let f = r.obj as? Func { result.append(f) }
    }
    return result.sorted { methodLess($0, $1) }
}

/// The linker's complaint when package main has no func main, as `go build`
/// prints it (it comes after a successful type check): nil if main is there.
public func missingMainMessage(_ pkg: Package) -> String? {
    guard pkg.name == "main" else { return nil }
    if pkg.scope.lookup("main") is Func { return nil }
    return "runtime.main_main·f: function main is undeclared in the main package"
}
