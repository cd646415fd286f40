// InfoCompletenessTests.swift — every value expression in the bodies of the
// valid corpus programs must have a recorded type (the compiler relies on
// Info.types), and every name must resolve through defs or uses.
import Foundation
import Testing
@testable import GoSyntax
@testable import GoTypes

private struct Walker {
    let info: Info
    var missing: [String] = []
    var unresolved: [String] = []

    mutating func need(_ e: Expr) {
        if info.types[ObjectIdentifier(e)] == nil {
            missing.append("\(e.pos) \(type(of: e)) \(GoTypes.exprText(e))")
        }
    }

    mutating func expr(_ e: Expr?) {
        guard let e else { return }
        switch e {
        case let n as Name:
            if n.value == "_" { return }
            if info.uses[ObjectIdentifier(n)] == nil && info.defs[ObjectIdentifier(n)] == nil {
                unresolved.append("\(n.pos) \(n.value)")
            }
            if info.uses[ObjectIdentifier(n)] is PkgName { return }   // as in types2: no type
            need(n)
        case let x as SelectorExpr:
            need(x); expr(x.x)
            if info.uses[ObjectIdentifier(x.sel)] == nil { unresolved.append("\(x.sel.pos) .\(x.sel.value)") }
        case let x as CompositeLit:
            need(x)
            for el in x.elemList {
                if let kv = el as? KeyValueExpr {
                    var t = info.types[ObjectIdentifier(x)]?.type.underlying
                    if let p = t as? GoPointer { t = p.elem.underlying }
                    if !(kv.key is Name) || !(t is GoStruct) { expr(kv.key) }
                    expr(kv.value)
                } else { expr(el) }
            }
        case let x as FuncLit: need(x); block(x.body.list)
        case let x as ParenExpr: need(x); expr(x.x)
        case let x as IndexExpr: need(x); expr(x.x); expr(x.index)
        case let x as SliceExpr: need(x); expr(x.x); for i in x.index { expr(i) }
        case let x as AssertExpr: need(x); expr(x.x)
        case let x as CallExpr: need(x); expr(x.fun); for a in x.argList { expr(a) }
        case let x as GoSyntax.Operation: need(x); expr(x.x); expr(x.y)
        case let x as ListExpr: for el in x.elemList { expr(el) }
        case is BasicLit: need(e)
        default: break   // type expressions
        }
    }

    mutating func stmt(_ s: Stmt?) {
        guard let s else { return }
        switch s {
        case let x as ExprStmt: expr(x.x)
        case let x as SendStmt: expr(x.chan); expr(x.value)
        case let x as AssignStmt:
            if x.op != .def { expr(x.lhs) }
            expr(x.rhs)
        case let x as CallStmt: expr(x.call)
        case let x as ReturnStmt: expr(x.results)
        case let x as BlockStmt: block(x.list)
        case let x as IfStmt: stmt(x.initStmt); expr(x.cond); block(x.then.list); stmt(x.elseStmt)
        case let x as ForStmt:
            if let r = x.initStmt as? RangeClause {
                if !r.def { expr(r.lhs) }
                expr(r.x)
            } else { stmt(x.initStmt); expr(x.cond); stmt(x.post) }
            block(x.body.list)
        case let x as SwitchStmt:
            stmt(x.initStmt)
            if let g = x.tag as? TypeSwitchGuard { expr(g.x) } else {
                expr(x.tag)
                for c in x.body { expr(c.cases) }
            }
            for c in x.body { block(c.body) }
        case let x as SelectStmt: for c in x.body { stmt(c.comm); block(c.body) }
        case let x as LabeledStmt: stmt(x.stmt)
        case let x as DeclStmt:
            for d in x.declList { if let v = d as? VarDecl { expr(v.values) } }
        default: break
        }
    }

    mutating func block(_ l: [Stmt]) { for s in l { stmt(s) } }
}

@Test func everyExpressionHasAType() {
    let importer = StdImporter()
    var missing = 0, unresolved = 0, samples: [String] = []
    for url in Corpus.files("programs") {
        guard let data = try? Data(contentsOf: url) else { continue }
        let fset = FileSet()
        let idx = fset.add(url.lastPathComponent)
        let (file, _) = parseFile(Array(data), filename: url.lastPathComponent, fileIndex: idx)
        guard let file else { continue }
        let (_, info, diags) = checkPackage(files: [file], fileSet: fset, importer: importer)
        if !diags.isEmpty { continue }
        var w = Walker(info: info)
        for d in file.declList {
            if let f = d as? FuncDecl, let b = f.body { w.block(b.list) }
            if let v = d as? VarDecl { w.expr(v.values) }
        }
        missing += w.missing.count
        unresolved += w.unresolved.count
        samples += (w.missing + w.unresolved).prefix(3).map { "\(url.lastPathComponent): \($0)" }
    }
    for s in samples.prefix(30) { print("INFO GAP " + s) }
    #expect(missing == 0)
    #expect(unresolved == 0)
}
