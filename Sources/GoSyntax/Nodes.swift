// Nodes.swift — the syntax tree of a Go source file.
//
// The node set mirrors cmd/compile/internal/syntax (not go/ast), because the
// type checker reports errors at the positions that package gives:
//   1. A terminal node (Name, BasicLit) is at its first byte.
//   2. A non-terminal node is at the token uniquely associated with it,
//      usually its left-most one: '[' for IndexExpr, 'if' for IfStmt, the
//      operator for a binary Operation, '(' for CallExpr, '.' for
//      SelectorExpr and AssertExpr, '{' for CompositeLit, ':=' / '=' / 'op='
//      for AssignStmt, '<-' for SendStmt. `startPos(_:)` gives the left-most
//      position of any node, which is where most type errors are reported.
// Lists of expressions (a, b = c, d) are ListExpr when there is more than one.
// Nodes are classes so that the checker can key its tables by identity.

public class Node {
    public var pos: Pos
    public init(_ pos: Pos) { self.pos = pos }
}

// MARK: - Files and declarations

public struct Pragma: Sendable {
    /// Directives such as "go:noescape", "go:noinline", "go:nosplit" that
    /// stood on the lines just before the declaration.
    public var directives: [String] = []
    /// Where each directive's "go:" stands (parallel to directives), for
    /// Go's "misplaced compiler directive" on declarations that take none.
    public var positions: [Pos] = []
    public init(_ directives: [String] = [], positions: [Pos] = []) {
        self.directives = directives
        self.positions = positions
    }
    public func has(_ d: String) -> Bool { directives.contains(d) }
}

/// A `//go:linkname local [target]` directive. Go's compiler collects these
/// wherever they stand in a file (not only before a declaration).
public struct LinknameDirective: Sendable {
    /// Where the directive's "go:" stands.
    public var pos: Pos
    public var local: String
    /// nil for the one-argument form (which only marks `local` as linkable).
    public var target: String?
    public init(pos: Pos, local: String, target: String?) { self.pos = pos; self.local = local; self.target = target }
}

public final class File: Node {
    public var pkgName: Name
    public var declList: [Decl]
    public var eof: Pos
    public var filename: String
    /// Every well-formed //go:linkname directive of the file, in order.
    public var linknames: [LinknameDirective] = []
    public init(_ pos: Pos, pkgName: Name, declList: [Decl], eof: Pos, filename: String) {
        self.pkgName = pkgName; self.declList = declList; self.eof = eof; self.filename = filename
        super.init(pos)
    }
}

public class Decl: Node {
    /// Declarations of one parenthesized group share one Group; nil if none.
    public var group: Group?
    public var pragma = Pragma()
}

public final class Group: @unchecked Sendable { public init() {} }

public final class ImportDecl: Decl {
    public var localPkgName: Name?   // including "." and "_"
    public var path: BasicLit?       // nil only after a syntax error
    public init(_ pos: Pos, localPkgName: Name?, path: BasicLit?) {
        self.localPkgName = localPkgName; self.path = path; super.init(pos)
    }
}

public final class ConstDecl: Decl {
    public var nameList: [Name]
    public var type: Expr?
    public var values: Expr?   // nil: repeat the previous spec of the group (iota)
    /// Index of this spec in its group: the value of iota.
    public var iota: Int
    public init(_ pos: Pos, nameList: [Name], type: Expr?, values: Expr?, iota: Int) {
        self.nameList = nameList; self.type = type; self.values = values; self.iota = iota
        super.init(pos)
    }
}

public final class TypeDecl: Decl {
    public var name: Name
    public var tParamList: [Field]?   // nil: not generic
    public var alias: Bool
    public var type: Expr
    public init(_ pos: Pos, name: Name, tParamList: [Field]?, alias: Bool, type: Expr) {
        self.name = name; self.tParamList = tParamList; self.alias = alias; self.type = type
        super.init(pos)
    }
}

public final class VarDecl: Decl {
    public var nameList: [Name]
    public var type: Expr?
    public var values: Expr?
    public init(_ pos: Pos, nameList: [Name], type: Expr?, values: Expr?) {
        self.nameList = nameList; self.type = type; self.values = values; super.init(pos)
    }
}

public final class FuncDecl: Decl {
    public var recv: Field?
    public var name: Name
    public var tParamList: [Field]?
    public var type: FuncType
    public var body: BlockStmt?   // nil: declared without a body
    public init(_ pos: Pos, recv: Field?, name: Name, tParamList: [Field]?, type: FuncType, body: BlockStmt?) {
        self.recv = recv; self.name = name; self.tParamList = tParamList; self.type = type; self.body = body
        super.init(pos)
    }
}

// MARK: - Expressions

public class Expr: Node {}

public final class BadExpr: Expr {}

public final class Name: Expr {
    public var value: String
    public init(_ pos: Pos, _ value: String) { self.value = value; super.init(pos) }
}

public final class BasicLit: Expr {
    public var value: String   // source text, quotes included
    public var kind: LitKind
    public var bad: Bool       // the literal has a syntax error (already reported)
    public init(_ pos: Pos, value: String, kind: LitKind, bad: Bool = false) {
        self.value = value; self.kind = kind; self.bad = bad; super.init(pos)
    }
}

public final class CompositeLit: Expr {
    public var type: Expr?
    public var elemList: [Expr]
    public var nKeys: Int
    public var rbrace: Pos
    public init(_ pos: Pos, type: Expr?, elemList: [Expr], nKeys: Int, rbrace: Pos) {
        self.type = type; self.elemList = elemList; self.nKeys = nKeys; self.rbrace = rbrace
        super.init(pos)
    }
}

public final class KeyValueExpr: Expr {
    public var key: Expr
    public var value: Expr
    public init(_ pos: Pos, key: Expr, value: Expr) { self.key = key; self.value = value; super.init(pos) }
}

public final class FuncLit: Expr {
    public var type: FuncType
    public var body: BlockStmt
    public init(_ pos: Pos, type: FuncType, body: BlockStmt) { self.type = type; self.body = body; super.init(pos) }
}

public final class ParenExpr: Expr {
    public var x: Expr
    public init(_ pos: Pos, _ x: Expr) { self.x = x; super.init(pos) }
}

public final class SelectorExpr: Expr {
    public var x: Expr
    public var sel: Name
    public init(_ pos: Pos, x: Expr, sel: Name) { self.x = x; self.sel = sel; super.init(pos) }
}

/// x[i], or x[T1, T2] with index a ListExpr (generic instantiation).
public final class IndexExpr: Expr {
    public var x: Expr
    public var index: Expr
    public init(_ pos: Pos, x: Expr, index: Expr) { self.x = x; self.index = index; super.init(pos) }
}

public final class SliceExpr: Expr {
    public var x: Expr
    public var index: [Expr?]   // always 3 entries: low, high, max
    public var full: Bool       // x[a:b:c]
    public init(_ pos: Pos, x: Expr, index: [Expr?], full: Bool) {
        self.x = x; self.index = index; self.full = full; super.init(pos)
    }
}

public final class AssertExpr: Expr {
    public var x: Expr
    public var type: Expr
    public init(_ pos: Pos, x: Expr, type: Expr) { self.x = x; self.type = type; super.init(pos) }
}

/// `x.(type)` or `lhs := x.(type)` in a type switch header.
public final class TypeSwitchGuard: Expr {
    public var lhs: Name?
    public var x: Expr
    public init(_ pos: Pos, lhs: Name?, x: Expr) { self.lhs = lhs; self.x = x; super.init(pos) }
}

/// Unary (y == nil) or binary operation. `*x` is Operation(.mul, x, nil);
/// `&x` is Operation(.and, x, nil); `<-x` is Operation(.recv, x, nil).
public final class Operation: Expr {
    public var op: Operator
    public var x: Expr
    public var y: Expr?
    public init(_ pos: Pos, op: Operator, x: Expr, y: Expr? = nil) {
        self.op = op; self.x = x; self.y = y; super.init(pos)
    }
}

public final class CallExpr: Expr {
    public var fun: Expr
    public var argList: [Expr]
    public var hasDots: Bool
    public init(_ pos: Pos, fun: Expr, argList: [Expr], hasDots: Bool) {
        self.fun = fun; self.argList = argList; self.hasDots = hasDots; super.init(pos)
    }
}

public final class ListExpr: Expr {
    public var elemList: [Expr]
    public init(_ pos: Pos, _ elemList: [Expr]) { self.elemList = elemList; super.init(pos) }
}

/// [Len]Elem; len == nil means [...]Elem.
public final class ArrayType: Expr {
    public var len: Expr?
    public var elem: Expr
    public init(_ pos: Pos, len: Expr?, elem: Expr) { self.len = len; self.elem = elem; super.init(pos) }
}

public final class SliceType: Expr {
    public var elem: Expr
    public init(_ pos: Pos, elem: Expr) { self.elem = elem; super.init(pos) }
}

/// ...Elem, the type of a final variadic parameter.
public final class DotsType: Expr {
    public var elem: Expr
    public init(_ pos: Pos, elem: Expr) { self.elem = elem; super.init(pos) }
}

public final class StructType: Expr {
    public var fieldList: [Field]
    public var tagList: [BasicLit?]   // parallel to fieldList (may be shorter)
    public init(_ pos: Pos, fieldList: [Field], tagList: [BasicLit?]) {
        self.fieldList = fieldList; self.tagList = tagList; super.init(pos)
    }
}

/// A field, parameter, result or interface element. Names declared in one
/// list (a, b int) share the identical `type` object.
public final class Field: Node {
    public var name: Name?   // nil: anonymous/embedded field or embedded interface element
    public var type: Expr
    public init(_ pos: Pos, name: Name?, type: Expr) { self.name = name; self.type = type; super.init(pos) }
}

public final class InterfaceType: Expr {
    /// Methods (name != nil, type is FuncType) and embedded elements
    /// (name == nil; type may be a union Operation(.or) or ~T Operation(.tilde)).
    public var methodList: [Field]
    public init(_ pos: Pos, methodList: [Field]) { self.methodList = methodList; super.init(pos) }
}

public final class FuncType: Expr {
    public var paramList: [Field]
    public var resultList: [Field]
    public init(_ pos: Pos, paramList: [Field], resultList: [Field]) {
        self.paramList = paramList; self.resultList = resultList; super.init(pos)
    }
}

public final class MapType: Expr {
    public var key: Expr
    public var value: Expr
    public init(_ pos: Pos, key: Expr, value: Expr) { self.key = key; self.value = value; super.init(pos) }
}

public enum ChanDir: UInt8, Sendable { case both, sendOnly, recvOnly }

public final class ChanType: Expr {
    public var dir: ChanDir
    public var elem: Expr
    public init(_ pos: Pos, dir: ChanDir, elem: Expr) { self.dir = dir; self.elem = elem; super.init(pos) }
}

// MARK: - Statements

public class Stmt: Node {}
/// Statements allowed in if/for/switch headers.
public class SimpleStmt: Stmt {}

public final class EmptyStmt: SimpleStmt {}

public final class LabeledStmt: Stmt {
    public var label: Name
    public var stmt: Stmt
    public init(_ pos: Pos, label: Name, stmt: Stmt) { self.label = label; self.stmt = stmt; super.init(pos) }
}

public final class BlockStmt: Stmt {
    public var list: [Stmt]
    public var rbrace: Pos
    public init(_ pos: Pos, list: [Stmt], rbrace: Pos) { self.list = list; self.rbrace = rbrace; super.init(pos) }
}

public final class ExprStmt: SimpleStmt {
    public var x: Expr
    public init(_ pos: Pos, _ x: Expr) { self.x = x; super.init(pos) }
}

public final class SendStmt: SimpleStmt {
    public var chan: Expr
    public var value: Expr
    public init(_ pos: Pos, chan: Expr, value: Expr) { self.chan = chan; self.value = value; super.init(pos) }
}

public final class DeclStmt: Stmt {
    public var declList: [Decl]
    public init(_ pos: Pos, declList: [Decl]) { self.declList = declList; super.init(pos) }
}

/// `lhs = rhs` (op == .none), `lhs := rhs` (op == .def), `lhs op= rhs`,
/// and `lhs++` / `lhs--` (rhs == nil, op == .add / .sub).
public final class AssignStmt: SimpleStmt {
    public var op: Operator
    public var lhs: Expr
    public var rhs: Expr?
    public init(_ pos: Pos, op: Operator, lhs: Expr, rhs: Expr?) {
        self.op = op; self.lhs = lhs; self.rhs = rhs; super.init(pos)
    }
}

public final class BranchStmt: Stmt {
    public var tok: Token   // .break, .continue, .fallthrough or .goto
    public var label: Name?
    /// The statement this branch leaves or continues (ForStmt, SwitchStmt,
    /// SelectStmt) or, for goto, the LabeledStmt it jumps to. Set by the
    /// parser's branch check (Branches.swift); nil if the branch is invalid
    /// or the function had syntax errors. Weak: the target encloses the branch.
    public weak var target: Stmt?
    public init(_ pos: Pos, tok: Token, label: Name?) { self.tok = tok; self.label = label; super.init(pos) }
}

/// `go call` or `defer call`.
public final class CallStmt: Stmt {
    public var tok: Token   // .go or .defer
    public var call: Expr
    public init(_ pos: Pos, tok: Token, call: Expr) { self.tok = tok; self.call = call; super.init(pos) }
}

public final class ReturnStmt: Stmt {
    public var results: Expr?
    public init(_ pos: Pos, results: Expr?) { self.results = results; super.init(pos) }
}

public final class IfStmt: Stmt {
    public var initStmt: SimpleStmt?
    public var cond: Expr?   // nil only after a syntax error
    public var then: BlockStmt
    public var elseStmt: Stmt?   // nil, IfStmt or BlockStmt
    public init(_ pos: Pos, initStmt: SimpleStmt?, cond: Expr?, then: BlockStmt, elseStmt: Stmt?) {
        self.initStmt = initStmt; self.cond = cond; self.then = then; self.elseStmt = elseStmt; super.init(pos)
    }
}

public final class ForStmt: Stmt {
    public var initStmt: SimpleStmt?   // a RangeClause for `for ... range`
    public var cond: Expr?
    public var post: SimpleStmt?
    public var body: BlockStmt
    public init(_ pos: Pos, initStmt: SimpleStmt?, cond: Expr?, post: SimpleStmt?, body: BlockStmt) {
        self.initStmt = initStmt; self.cond = cond; self.post = post; self.body = body; super.init(pos)
    }
}

public final class SwitchStmt: Stmt {
    public var initStmt: SimpleStmt?
    public var tag: Expr?   // a TypeSwitchGuard for type switches
    public var body: [CaseClause]
    public var rbrace: Pos
    public init(_ pos: Pos, initStmt: SimpleStmt?, tag: Expr?, body: [CaseClause], rbrace: Pos) {
        self.initStmt = initStmt; self.tag = tag; self.body = body; self.rbrace = rbrace; super.init(pos)
    }
}

public final class SelectStmt: Stmt {
    public var body: [CommClause]
    public var rbrace: Pos
    public init(_ pos: Pos, body: [CommClause], rbrace: Pos) { self.body = body; self.rbrace = rbrace; super.init(pos) }
}

/// `lhs := range x`, `lhs = range x` or `range x` (lhs == nil).
public final class RangeClause: SimpleStmt {
    public var lhs: Expr?
    public var def: Bool
    public var x: Expr
    public init(_ pos: Pos, lhs: Expr?, def: Bool, x: Expr) { self.lhs = lhs; self.def = def; self.x = x; super.init(pos) }
}

public final class CaseClause: Node {
    public var cases: Expr?   // nil: default
    public var body: [Stmt]
    public var colon: Pos
    public init(_ pos: Pos, cases: Expr?, body: [Stmt], colon: Pos) {
        self.cases = cases; self.body = body; self.colon = colon; super.init(pos)
    }
}

public final class CommClause: Node {
    public var comm: SimpleStmt?   // SendStmt, ExprStmt(<-c) or AssignStmt(v, ok := <-c); nil: default
    public var body: [Stmt]
    public var colon: Pos
    public init(_ pos: Pos, comm: SimpleStmt?, body: [Stmt], colon: Pos) {
        self.comm = comm; self.body = body; self.colon = colon; super.init(pos)
    }
}

// MARK: - Helpers

/// The elements of an expression that may be a ListExpr.
public func unpackList(_ x: Expr?) -> [Expr] {
    guard let x else { return [] }
    if let l = x as? ListExpr { return l.elemList }
    return [x]
}
