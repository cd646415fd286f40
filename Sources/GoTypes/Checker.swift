// Checker.swift — the public entry point of the type checker and the state
// it keeps while checking one package (types2 check.go, api.go, errors.go).
//
// How a package is checked (as types2 does it):
//   1. collectObjects (Resolver.swift): every package-level declaration of
//      every file becomes an Object in the package scope, with a DeclInfo that
//      remembers its syntax; imports become PkgNames in the file scopes.
//   2. packageObjects (Decl.swift): each object is type-checked on demand
//      (objDecl), so declarations may come in any order; a grey/black
//      coloring detects cycles ("invalid recursive type", "initialization
//      cycle").
//   3. Function bodies are queued and checked after all package-level
//      declarations (Stmt.swift), then unused imports are reported.
//   4. initOrder (InitOrder.swift) orders package-level variable
//      initialization by dependencies, as types2's initorder.go.
// Errors are collected with their positions; `checkPackage` returns them
// sorted, and `formatErrors` applies the compiler's reporting policy.
import GoSyntax

public struct TypeAndValue: Sendable {
    public var mode: OperandMode
    public var type: GoType
    public var value: Constant?
    public var isVoid: Bool { mode == .novalue }
    public var isType: Bool { mode == .typexpr }
    public var isBuiltin: Bool { mode == .builtin }
    public var isValue: Bool {
        switch mode { case .constant, .variable, .mapindex, .value, .nilvalue, .commaok, .commaerr: return true; default: return false }
    }
    public var addressable: Bool { mode == .variable }
    public var hasOk: Bool { mode == .commaok || mode == .mapindex }
}

public enum SelectionKind: Sendable { case fieldVal, methodVal, methodExpr }

/// A resolved selector x.f (types2 selection.go).
public final class Selection: @unchecked Sendable {
    public let kind: SelectionKind
    public let recv: GoType
    public let obj: Object
    /// Path of field indices through embedded fields; the last entry is the
    /// index of the field or method itself.
    public let index: [Int]
    /// A pointer indirection was needed to reach the field or method.
    public let indirect: Bool
    public let type: GoType
    init(kind: SelectionKind, recv: GoType, obj: Object, index: [Int], indirect: Bool, type: GoType) {
        self.kind = kind; self.recv = recv; self.obj = obj; self.index = index; self.indirect = indirect; self.type = type
    }
}

/// One package-level variable initialization `lhs = rhs` in execution order.
public struct Initializer: @unchecked Sendable {
    public var lhs: [Var]
    public var rhs: Expr
}

public final class Info: @unchecked Sendable {
    /// Every checked expression (keyed by the Expr node).
    public var types: [ObjectIdentifier: TypeAndValue] = [:]
    /// Name → the object it declares.
    public var defs: [ObjectIdentifier: Object] = [:]
    /// Name → the object it refers to.
    public var uses: [ObjectIdentifier: Object] = [:]
    /// Implicit objects: ImportDecl → PkgName, CaseClause → type switch var, Field (embedded/anonymous) → Var.
    public var implicits: [ObjectIdentifier: Object] = [:]
    public var selections: [ObjectIdentifier: Selection] = [:]
    /// Node (File, FuncType, BlockStmt, IfStmt, ForStmt, SwitchStmt, CaseClause, CommClause, ...) → its scope.
    public var scopes: [ObjectIdentifier: Scope] = [:]
    public var initOrder: [Initializer] = []
    /// Function literal or declaration node → the outer local variables it captures.
    public var captures: [ObjectIdentifier: [Var]] = [:]
    /// Name of a generic function, method or type (the Name, or the Sel of
    /// a qualified or method selector) → the instance its use denotes: the
    /// type arguments (explicit and inferred) and the instantiated type
    /// (the call's signature, or the instance GoNamed). See ARCHITECTURE.md.
    public var instances: [ObjectIdentifier: Instance] = [:]
    public init() {}

    public func typeOf(_ e: Expr) -> GoType? { types[ObjectIdentifier(e)]?.type }
    public func objectOf(_ n: Name) -> Object? { defs[ObjectIdentifier(n)] ?? uses[ObjectIdentifier(n)] }
}

/// Resolves an import path to a type-checked package.
public protocol Importer: AnyObject {
    func importPackage(_ path: String) throws -> Package
}

public struct ImportError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Type-checks the files of one package.
///
/// The diagnostics come in the order the checker reports them, which is the
/// order the Go compiler sees them: its "too many errors" cut-off applies to
/// the first ten reported, which are then printed sorted by position. Pass
/// them (after the parser's own diagnostics) to `formatErrors`, or sort them
/// with `sortedByPosition` for other uses.
public func checkPackage(files: [File], fileSet: FileSet, importer: Importer?, path: String = "main") -> (Package, Info, [Diagnostic]) {
    let name = files.first?.pkgName.value ?? "main"
    let pkg = Package(path: path, name: name)
    let info = Info()
    let c = Checker(pkg: pkg, info: info, fileSet: fileSet, importer: importer)
    // Checking nests as deeply as the source; run it on a large stack.
    GoSyntax.withLargeStack(size: 256 << 20) { c.checkFiles(files) }
    pkg.complete = true
    return (pkg, info, c.diagnostics)
}

/// Diagnostics sorted by position (stable).
public func sortedByPosition(_ diags: [Diagnostic]) -> [Diagnostic] {
    diags.enumerated().sorted { a, b in
        a.element.pos != b.element.pos ? a.element.pos < b.element.pos : a.offset < b.offset
    }.map { $0.element }
}

/// The compiler's error report (cmd/compile/internal/base/print.go): given
/// diagnostics in the order they were reported, a repeated message on the
/// same line and a second syntax error on one line are dropped; after the
/// tenth error the report stops with "too many errors" at that error's
/// position; the kept errors are printed sorted by position.
/// When gomem refused a construct ("not supported yet"), only those
/// refusals are reported: other errors may follow from the refusal (a use
/// of a generic type gomem did not declare reads as an invalid type).
public func formatErrors(_ diags: [Diagnostic], fileSet: FileSet) -> [String] {
    let refused = diags.filter { $0.message.hasSuffix("not supported yet") }
    let diags = refused.isEmpty ? diags : refused
    var kept: [Diagnostic] = []
    var lastSyntax: Pos? = nil
    var lastOther: (Pos, String)? = nil
    var tooMany: Pos? = nil
    for d in diags {
        if d.message.hasPrefix("syntax error") {
            if let l = lastSyntax, l.file == d.pos.file, l.line == d.pos.line { continue }
            lastSyntax = d.pos
        } else {
            if let (p, m) = lastOther, p.file == d.pos.file, p.line == d.pos.line, m == d.message { continue }
            lastOther = (d.pos, d.message)
        }
        kept.append(d)
        if kept.count >= 10 { tooMany = d.pos; break }
    }
    kept = kept.enumerated().sorted { a, b in
        a.element.pos != b.element.pos ? a.element.pos < b.element.pos : a.offset < b.offset
    }.map { $0.element }
    var out: [String] = []
    var seen = Set<String>()
    for d in kept {
        var where_ = fileSet.format(d.pos)
        // the go command (not the compiler) reports unknown imports, with the
        // path as given on the command line
        if d.message.hasPrefix("package "), d.message.contains(" is not in std ("), where_.hasPrefix("./") {
            where_.removeFirst(2)
        }
        let line = "\(where_): \(d.message)"
        if seen.insert(line).inserted { out.append(line) }
    }
    if let p = tooMany { out.append("\(fileSet.format(p)): too many errors") }
    return out
}

// MARK: - Checker state

/// What the checker knows about a package-level declaration.
final class DeclInfo {
    let fileScope: Scope
    var lhs: [Var]? = nil         // all variables of a n:1 var declaration
    var vtype: Expr? = nil
    var initExpr: Expr? = nil
    var inherited = false         // constant initializer inherited from a previous spec
    var iota: Int = 0
    var tdecl: TypeDecl? = nil
    var fdecl: FuncDecl? = nil
    var cdecl: ConstDecl? = nil
    /// Package-level objects this declaration depends on (for init order).
    var deps: [ObjectIdentifier: Object] = [:]
    var depOrder: [Object] = []
    init(fileScope: Scope) { self.fileScope = fileScope }
    func addDep(_ o: Object) {
        if deps[ObjectIdentifier(o)] == nil { deps[ObjectIdentifier(o)] = o; depOrder.append(o) }
    }
}

/// Per-function (or per-declaration) checking context.
struct Context {
    var decl: DeclInfo?
    var scope: Scope?
    var iota: Constant? = nil
    var errpos: Pos? = nil
    var sig: GoSignature? = nil
    var funcLit: FuncLit? = nil
    /// Scope of the function being checked (to compute closure captures).
    var funcScope: Scope? = nil
    var hasLabel = false
    var hasCallOrRecv = false
    var inTypeSwitchCase = false
}

public final class Checker {
    let pkg: Package
    let info: Info
    let fileSet: FileSet
    let importer: Importer?
    var diagnostics: [Diagnostic] = []
    var objMap: [ObjectIdentifier: DeclInfo] = [:]
    var objList: [Object] = []
    var methodDecls: [(FuncDecl, DeclInfo)] = []
    var ctx = Context()
    var delayed: [() -> Void] = []
    var fileScopes: [Scope] = []
    var imports: [PkgName] = []
    var dotImports: [(Scope, Package, ImportDecl)] = []
    var untyped: [ObjectIdentifier: (Expr, Bool, GoType, OperandMode, Constant)] = [:]
    /// Stack of objects whose declarations are being checked (cycle reporting).
    var objPath: [Object] = []
    var usedVars: Set<ObjectIdentifier> = []
    var exprDepth = 0
    var pkgPathMap: [String: Set<String>]? = nil
    /// All function-local variables that must be used, with their declaring scope.
    var localVars: [Var] = []
    var captureStack: [(Scope, [ObjectIdentifier: Var], [Var])] = []
    var _pendingMethods: [ObjectIdentifier: [FuncDecl]] = [:]
    var missingBodies: [FuncDecl] = []
    var importErrors: [Diagnostic] = []
    /// Labels of the function body being checked.
    var labels: [String: Label] = [:]
    /// An unsupported feature was met: usage information is incomplete, so
    /// unused imports are not reported.
    var hadUnsupported = false
    /// A generic type may stand uninstantiated (the X of X[...]).
    var allowGeneric = false
    /// Partially instantiated generic functions (f[int] before a call):
    /// the IndexExpr → its explicit type arguments.
    var partialInstances: [ObjectIdentifier: [GoType]] = [:]
    /// Receiver instantiations already reported (wrong type parameter count).
    var badReceivers = Set<ObjectIdentifier>()
    /// While a call's arguments are assigned: the call's '(' (where a generic
    /// function argument's instantiation failure is reported).
    var argCallPos: Pos?
    /// inferFromTarget reported why it failed (no second error).
    var reportedGenericValue = false
    /// Checking a standard package surface: functions may lack bodies.
    var isStdSurface = false

    init(pkg: Package, info: Info, fileSet: FileSet, importer: Importer?) {
        self.pkg = pkg; self.info = info; self.fileSet = fileSet; self.importer = importer
    }

    // MARK: errors

    func errorAt(_ pos: Pos, _ msg: String, soft: Bool = false) {
        var p = pos
        if let e = ctx.errpos, e.isKnown { p = e }
        diagnostics.append(Diagnostic(p, msg, soft: soft))
    }
    func error(_ n: Node, _ msg: String, soft: Bool = false) {
        errorAt(startPos(n), msg, soft: soft)
    }
    func softError(_ n: Node, _ msg: String) { error(n, msg, soft: true) }

    func notSupported(_ n: Node, _ what: String) {
        hadUnsupported = true
        errorAt(n.pos, "\(what) not supported yet")
    }

    // MARK: printing with the package qualifier

    func qualifier(_ p: Package) -> String {
        if p === pkg { return "" }
        if pkgPathMap == nil {
            var m: [String: Set<String>] = [:]
            var seen = Set<ObjectIdentifier>()
            func mark(_ q: Package) {
                for i in q.imports where seen.insert(ObjectIdentifier(i)).inserted {
                    m[i.name, default: []].insert(i.path)
                    mark(i)
                }
            }
            mark(pkg)
            for (name, extra) in knownStdNameClashes where m[name] != nil {
                m[name]!.insert(extra)
            }
            pkgPathMap = m
        }
        if let s = pkgPathMap?[p.name], s.count > 1 { return goQuote(Array(p.path.utf8)) }
        return p.name
    }
    func typeStr(_ t: GoType?) -> String { typeString(t, qualifier: { [unowned self] in self.qualifier($0) }) }
    func objStr(_ o: Object) -> String {
        if let p = o.pkg, p !== pkg { return qualifier(p) + "." + o.name }
        return o.name
    }

    // MARK: recording

    func record(_ x: Operand) {
        guard let e = x.expr else { return }
        var t = x.type
        if x.mode == .invalid { return }
        if x.mode == .novalue { t = emptyTuple }
        info.types[ObjectIdentifier(e)] = TypeAndValue(mode: x.mode, type: t, value: x.mode == .constant ? x.val : nil)
    }
    func recordType(_ e: Expr, _ t: GoType) {
        info.types[ObjectIdentifier(e)] = TypeAndValue(mode: .typexpr, type: t, value: nil)
    }
    func recordDef(_ n: Name, _ o: Object?) { if let o { info.defs[ObjectIdentifier(n)] = o } }
    func recordUse(_ n: Name, _ o: Object) { info.uses[ObjectIdentifier(n)] = o }
    func recordImplicit(_ n: Node, _ o: Object) { info.implicits[ObjectIdentifier(n)] = o }
    func recordScope(_ n: Node, _ s: Scope) { info.scopes[ObjectIdentifier(n)] = s }
    func recordSelection(_ e: SelectorExpr, _ s: Selection) { info.selections[ObjectIdentifier(e)] = s }

    // MARK: driving

    func checkFiles(_ files: [File]) {
        collectObjects(files)
        if !importErrors.isEmpty {
            // The go command resolves imports before compiling: an unknown
            // import is the only thing reported.
            diagnostics = importErrors
            return
        }
        packageObjects()
        processDelayed()
        if !hadUnsupported { unusedImports() }
        initOrder()
        recordUntypedLeftovers()
        // The compiler's back end reports linkname misuse and bodiless
        // functions only when the type check succeeded.
        if diagnostics.isEmpty {
            let linked = linknamed(files)
            for fd in missingBodies {
                if let obj = info.defs[ObjectIdentifier(fd.name)], linked.contains(ObjectIdentifier(obj)) { continue }
                errorAt(fd.pos, "missing function body")
            }
        }
    }

    /// The package-level functions and variables named by a //go:linkname
    /// (a body-less function so named is not missing its body), reporting
    /// the directives Go's noder rejects.
    func linknamed(_ files: [File]) -> Set<ObjectIdentifier> {
        var linked = Set<ObjectIdentifier>()
        for f in files {
            let importsUnsafe = f.declList.contains {
                guard let lit = ($0 as? ImportDecl)?.path else { return false }
                return unquote(lit.value).flatMap { String(validating: $0, as: UTF8.self) } == "unsafe"
            }
            for l in f.linknames {
                if !importsUnsafe {
                    errorAt(l.pos, "//go:linkname only allowed in Go files that import \"unsafe\"")
                    continue
                }
                switch pkg.scope.lookup(l.local) {
                case let obj as Func where obj.signature?.recv == nil:
                    if !linked.insert(ObjectIdentifier(obj)).inserted { errorAt(l.pos, "duplicate //go:linkname for \(l.local)") }
                case let obj as Var:
                    if !linked.insert(ObjectIdentifier(obj)).inserted { errorAt(l.pos, "duplicate //go:linkname for \(l.local)") }
                default:
                    errorAt(l.pos, "//go:linkname must refer to declared function or variable")
                }
            }
        }
        return linked
    }

    /// Runs the actions queued since index `top` (and those they queue), as
    /// types2's processDelayed: at the end of each statement, and at the end
    /// of package-level checking for everything else.
    func processDelayed(_ top: Int = 0) {
        var i = top
        while i < delayed.count {
            let f = delayed[i]
            f()
            i += 1
        }
        if delayed.count > top { delayed.removeSubrange(top...) }
    }

    func later(_ f: @escaping () -> Void) { delayed.append(f) }

    func recordUntypedLeftovers() {
        for (_, (e, _, t, mode, val)) in untyped {
            info.types[ObjectIdentifier(e)] = TypeAndValue(mode: mode, type: t, value: mode == .constant ? val : nil)
        }
    }
}

/// Real Go's standard library has several packages with the same name (the
/// qualifier then prints the path): gomem's surfaces may omit the internal
/// ones, so the clashes that show up in real Go's messages are listed here.
let knownStdNameClashes: [(String, String)] = [
    ("sync", "internal/sync"), ("atomic", "internal/runtime/atomic"), ("strconv", "internal/strconv"),
    ("math", "internal/runtime/math"), ("maps", "internal/runtime/maps"), ("syscall", "internal/runtime/syscall"),
]

extension Checker {
    /// Reports an error at the start of operand x's expression.
    func errorOp(_ x: Operand, _ msg: String, soft: Bool = false) {
        if let e = x.expr { error(e, msg, soft: soft) } else { errorAt(ctx.scope?.start ?? .none, msg, soft: soft) }
    }
}

extension Checker {
    /// The current scope (the package scope outside of functions).
    var curScope: Scope { ctx.scope ?? pkg.scope }
}
