// ParserTests.swift — the trees and positions the parser builds.

import Testing
@testable import GoSyntax

func parseOK(_ src: String, sourceLocation: SourceLocation = #_sourceLocation) -> File? {
    let (f, diags) = parseFile(Array(src.utf8), filename: "t.go", fileIndex: 1)
    #expect(diags.isEmpty, "\(diags)", sourceLocation: sourceLocation)
    #expect(f != nil, sourceLocation: sourceLocation)
    return f
}

/// The body of func main in a file made of `package p; func main() { <body> }`.
func body(_ stmts: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Stmt] {
    let f = parseOK("package p\nfunc main() {\n\(stmts)\n}\n", sourceLocation: sourceLocation)
    return (f?.declList.last as? FuncDecl)?.body?.list ?? []
}

func expr(_ src: String, sourceLocation: SourceLocation = #_sourceLocation) -> Expr? {
    let f = parseOK("package p\nvar _ = \(src)\n", sourceLocation: sourceLocation)
    return (f?.declList.first as? VarDecl)?.values
}

@Test func packageAndImports() throws {
    let f = try #require(parseOK("""
        package main

        import "fmt"
        import (
        \tstr "strings"
        \t. "math"
        \t_ "embed"
        )
        """))
    #expect(f.pkgName.value == "main")
    #expect(f.pos == Pos(file: 1, line: 1, col: 1))
    let imps = f.declList.compactMap { $0 as? ImportDecl }
    #expect(imps.map { $0.path?.value ?? "" } == ["\"fmt\"", "\"strings\"", "\"math\"", "\"embed\""])
    #expect(imps.map { $0.localPkgName?.value ?? "" } == ["", "str", ".", "_"])
    #expect(imps[0].group == nil)
    #expect(imps[1].group != nil && imps[1].group === imps[3].group)
}

@Test func constGroupsAndIota() throws {
    let f = try #require(parseOK("""
        package p
        const (
        \tA = iota
        \tB
        \tC, D int = 1, 2
        \tE
        )
        const X = 1
        """))
    let cs = f.declList.compactMap { $0 as? ConstDecl }
    #expect(cs.map(\.iota) == [0, 1, 2, 3, 0])
    #expect(cs[1].values == nil && cs[1].type == nil)
    #expect(cs[2].nameList.map(\.value) == ["C", "D"])
    #expect((cs[2].type as? Name)?.value == "int")
    #expect(unpackList(cs[2].values).count == 2)
    #expect(cs[3].values == nil)
}

@Test func typeDeclarations() throws {
    let f = try #require(parseOK("""
        package p
        type A [N]int
        type B [N * 2]int
        type L[T any] struct{ next *L[T]; v T }
        type P[K comparable, V any] map[K]V
        type C[P *int,] struct{}
        type D[P *Q] struct{}
        type U[T ~int | ~string | float64] []T
        type Al = int
        type GA[T any] = L[T]
        type S []byte
        type I interface {
        \tM(x int) (int, error)
        \tfmt.Stringer
        \t~int | string
        \tEmbedded[int]
        }
        """))
    let ts = f.declList.compactMap { $0 as? TypeDecl }
    #expect(ts[0].tParamList == nil && ts[0].type is ArrayType)
    #expect(ts[1].tParamList == nil && (ts[1].type as? ArrayType)?.len is Operation)
    #expect(ts[2].tParamList?.map { $0.name?.value ?? "" } == ["T"])
    #expect(ts[3].tParamList?.count == 2)
    #expect((ts[4].tParamList?.first?.type as? Operation)?.op == .mul)
    #expect(ts[5].tParamList == nil && ts[5].type is ArrayType)   // [P*Q]: an array length
    let u = try #require(ts[6].tParamList?.first?.type as? Operation)
    #expect(u.op == .or)
    #expect(ts[7].alias && ts[7].tParamList == nil)
    #expect(ts[8].alias && ts[8].tParamList?.count == 1 && ts[8].type is IndexExpr)
    #expect(ts[9].type is SliceType)
    let i = try #require(ts[10].type as? InterfaceType)
    #expect(i.methodList.count == 4)
    #expect(i.methodList[0].name?.value == "M" && i.methodList[0].type is FuncType)
    #expect(i.methodList[1].name == nil && i.methodList[1].type is SelectorExpr)
    #expect((i.methodList[2].type as? Operation)?.op == .or)
    #expect(i.methodList[3].type is IndexExpr)
}

@Test func functionsAndMethods() throws {
    let f = try #require(parseOK("""
        package p
        //go:noinline
        func F[T any, U ~int](a, b int, c ...T) (r int, err error) { return }
        func (l *List[T]) Push(v T) {}
        func (List) M() int { return 0 }
        //go:noescape
        //go:nosplit
        func asm(x *byte)
        func g() {}
        """))
    let fs = f.declList.compactMap { $0 as? FuncDecl }
    #expect(fs[0].pragma.has("go:noinline"))
    #expect(fs[0].tParamList?.count == 2)
    #expect(fs[0].type.paramList.map { $0.name?.value ?? "" } == ["a", "b", "c"])
    #expect(fs[0].type.paramList[0].type === fs[0].type.paramList[1].type)
    #expect(fs[0].type.paramList[2].type is DotsType)
    #expect(fs[0].type.resultList.count == 2)
    #expect(fs[1].recv?.name?.value == "l")
    #expect(((fs[1].recv?.type as? Operation)?.x as? IndexExpr) != nil)
    #expect(fs[2].recv?.name == nil && fs[2].type.resultList.count == 1)
    #expect(fs[3].body == nil && fs[3].pragma.directives == ["go:noescape", "go:nosplit"])
    #expect(fs[4].pragma.directives.isEmpty)
}

@Test func expressions() throws {
    // precedence: a + b*c == d || e && f
    let x = try #require(expr("a + b*c == d || e && f") as? Operation)
    #expect(x.op == .orOr)
    #expect((x.x as? Operation)?.op == .eql)
    #expect(((x.x as? Operation)?.x as? Operation)?.op == .add)
    #expect((x.y as? Operation)?.op == .andAnd)
    #expect(exprString(x) == "a + b * c == d || e && f")

    #expect(expr("f[int](x)") is CallExpr)
    #expect((expr("m[K, V]") as? IndexExpr)?.index is ListExpr)
    let s = try #require(expr("s[1:2:3]") as? SliceExpr)
    #expect(s.full && s.index.count == 3)
    #expect((expr("s[:]") as? SliceExpr)?.index.allSatisfy { $0 == nil } == true)
    #expect(expr("x.(T)") is AssertExpr)
    #expect(expr("func(x int) int { return x }") is FuncLit)
    #expect(expr("[]int{1, 2}") is CompositeLit)
    let m = try #require(expr("map[string]int{\"a\": 1, \"b\": 2}") as? CompositeLit)
    #expect(m.nKeys == 2 && m.type is MapType)
    #expect((expr("[...]T{{1}, {2}}") as? CompositeLit).map { ($0.type as? ArrayType)?.len == nil } == true)
    #expect((expr("<-c") as? Operation)?.op == .recv)
    // <-chan int(c) is <-(chan int(c)); a type needs parentheses: (<-chan int)(c)
    #expect(((expr("<-chan int(nil)") as? Operation)?.x as? CallExpr)?.fun is ChanType)
    #expect(((expr("(<-chan int)(nil)") as? CallExpr).map { unparen($0.fun) } as? ChanType)?.dir == .recvOnly)
    #expect((expr("&T{}") as? Operation)?.x is CompositeLit)
    #expect((expr("*p") as? Operation).map { $0.op == .mul && $0.y == nil } == true)
    #expect(expr("struct{ a, b int `tag` }{}") is CompositeLit)
    #expect(expr("1.5i") is BasicLit)
}

@Test func compositeLiteralAmbiguity() {
    // In headers, `T {` starts the block unless parenthesized
    let st = body("""
        if x == (T{}) {}
        for _, v := range []int{1} { _ = v }
        switch s := (S{1}); s.a {}
        if f(T{}) {}
        """)
    #expect(st.count == 4)
    #expect(st[0] is IfStmt && st[1] is ForStmt && st[2] is SwitchStmt && st[3] is IfStmt)
}

@Test func statements() throws {
    let st = body("""
        x := 1
        x++
        x += 2
        a, b = b, a
        c <- 1
        L:
        \tfor i := 0; i < 10; i++ {
        \t\tif i == 5 { continue L } else if i == 6 { break L } else { goto L }
        \t}
        for range c {}
        for i := range 10 { _ = i }
        for k, v = range m {}
        for {}
        for x < 3 {}
        switch { case x > 1: fallthrough; default: }
        switch y := v.(type) { case int, string: _ = y }
        switch v.(type) {}
        select { case c <- 1: case v := <-c: _ = v; case v, ok = <-c: case <-c: default: }
        go f()
        defer func() {}()
        var z, w int
        const k = 1
        type T struct{}
        return
        {}
        ;
        """)
    #expect((st[0] as? AssignStmt)?.op == .def)
    #expect((st[1] as? AssignStmt).map { $0.op == .add && $0.rhs == nil } == true)
    #expect((st[2] as? AssignStmt)?.op == .add)
    #expect((st[3] as? AssignStmt)?.lhs is ListExpr)
    #expect(st[4] is SendStmt)
    let l = try #require(st[5] as? LabeledStmt)
    #expect(l.label.value == "L" && l.stmt is ForStmt)
    #expect(((st[6] as? ForStmt)?.initStmt as? RangeClause).map { $0.lhs == nil } == true)
    #expect(((st[7] as? ForStmt)?.initStmt as? RangeClause)?.def == true)
    #expect(((st[8] as? ForStmt)?.initStmt as? RangeClause)?.def == false)
    #expect((st[9] as? ForStmt).map { $0.initStmt == nil && $0.cond == nil && $0.post == nil } == true)
    #expect((st[10] as? ForStmt)?.cond is Operation)
    let sw = try #require(st[11] as? SwitchStmt)
    #expect(sw.tag == nil && sw.body.count == 2 && sw.body[1].cases == nil)
    #expect((sw.body[0].body.first as? BranchStmt)?.tok == .fallthrough)
    let ts = try #require(st[12] as? SwitchStmt)
    #expect((ts.tag as? TypeSwitchGuard)?.lhs?.value == "y")
    #expect(unpackList(ts.body[0].cases).count == 2)
    #expect((st[13] as? SwitchStmt)?.tag is TypeSwitchGuard)
    let sel = try #require(st[14] as? SelectStmt)
    #expect(sel.body.count == 5)
    #expect(sel.body[0].comm is SendStmt)
    #expect((sel.body[1].comm as? AssignStmt)?.op == .def)
    #expect((sel.body[2].comm as? AssignStmt)?.op == Operator.none)
    #expect(sel.body[3].comm is ExprStmt)
    #expect(sel.body[4].comm == nil)
    #expect((st[15] as? CallStmt)?.tok == .go)
    #expect((st[16] as? CallStmt)?.tok == .defer)
    #expect(((st[17] as? DeclStmt)?.declList.first as? VarDecl)?.nameList.count == 2)
    #expect((st[18] as? DeclStmt)?.declList.first is ConstDecl)
    #expect((st[19] as? DeclStmt)?.declList.first is TypeDecl)
    #expect(st[20] is ReturnStmt)
    #expect(st[21] is BlockStmt)
    #expect(st[22] is EmptyStmt)
}

@Test func nodePositions() throws {
    let f = try #require(parseOK("package p\nfunc f() {\n\tif a := g(x, y); a+b > 0 {\n\t\tm[k] = s.f\n\t}\n}\n"))
    let fd = try #require(f.declList.first as? FuncDecl)
    #expect(fd.pos == Pos(file: 1, line: 2, col: 6))   // Go: after "func"
    #expect(fd.name.pos == Pos(file: 1, line: 2, col: 6))
    let ifs = try #require(fd.body?.list.first as? IfStmt)
    #expect(ifs.pos.description == "3:2")
    let initS = try #require(ifs.initStmt as? AssignStmt)
    #expect(initS.pos.description == "3:7")            // at :=
    #expect(startPos(initS).description == "3:5")      // at a
    let call = try #require(initS.rhs as? CallExpr)
    #expect(call.pos.description == "3:11")            // at (
    let cond = try #require(ifs.cond as? Operation)
    #expect(cond.pos.description == "3:23")            // at >
    #expect(startPos(cond).description == "3:19")
    let asg = try #require(ifs.then.list.first as? AssignStmt)
    #expect((asg.lhs as? IndexExpr)?.pos.description == "4:4")   // at [
    #expect((asg.rhs as? SelectorExpr)?.pos.description == "4:11") // at .
    #expect(ifs.then.rbrace.description == "5:2")
    #expect(f.eof.description == "7:1")
}

@Test func deepNestingIsAnErrorNotACrash() {
    // Trees this deep also need a large stack to be released.
    withLargeStack { deepNesting() }
}

@Test func nestingJustBelowTheLimitParses() {
    withLargeStack {
        let n = 490
        let cases = [
            "var v = " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n),
            "var v = T" + String(repeating: "{", count: n) + String(repeating: "}", count: n),
            "func f() {\n" + String(repeating: "{", count: n) + String(repeating: "}", count: n) + "\n}",
            "func f() {\n" + String(repeating: "if a {\n", count: n / 2) + String(repeating: "}\n", count: n / 2) + "}",
            "var v = " + String(repeating: "func() {\n_ = ", count: n / 2) + "1" + String(repeating: "\n}", count: n / 2),
            "var v " + String(repeating: "[]map[int]", count: n / 2) + "int",
            "var v " + String(repeating: "struct{ f ", count: n) + "int" + String(repeating: "}", count: n),
            "type I " + String(repeating: "interface{ m(func(", count: n / 2) + "int" + String(repeating: "))}", count: n / 2),
        ]
        for c in cases {
            let (f, d) = parseFile(Array(("package p\n" + c + "\n").utf8), filename: "d.go", fileIndex: 0)
            #expect(f != nil && d.isEmpty, "\(c.prefix(30)): \(d.first?.description ?? "")")
        }
    }
}

func deepNesting() {
    for (open, close) in [("(", ")"), ("[]", ""), ("*", ""), ("{", "}"), ("func() {", "}"), ("!", ""), ("<-", "")] {
        let n = 100_000
        var src = "package p\nfunc f() {\n_ = "
        if open == "{" { src = "package p\nfunc f() {\n" }
        src += String(repeating: open, count: n) + "x" + String(repeating: close, count: n) + "\n}\n"
        if open == "[]" || open == "*" { src = "package p\nvar v " + String(repeating: open, count: n) + "int\n" }
        let (_, diags) = parseFile(Array(src.utf8), filename: "deep.go", fileIndex: 0)
        #expect(diags.first?.message == "syntax error: nesting too deep", "\(open)")
    }
    // composite literal elements and else-if chains nest too
    let lits = "package p\nvar v = " + String(repeating: "T{", count: 50_000) + String(repeating: "}", count: 50_000) + "\n"
    #expect(parseFile(Array(lits.utf8), filename: "d.go", fileIndex: 0).1.first?.message == "syntax error: nesting too deep")
    let elses = "package p\nfunc f() {\nif a {}" + String(repeating: " else if a {}", count: 50_000) + "\n}\n"
    #expect(parseFile(Array(elses.utf8), filename: "d.go", fileIndex: 0).1.first?.message == "syntax error: nesting too deep")
    // moderate nesting is fine
    let ok = "package p\nvar v = " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300) + "\n"
    #expect(parseFile(Array(ok.utf8), filename: "d.go", fileIndex: 0).1.isEmpty)
}

@Test func exprStringMatchesGo() {
    #expect(exprString(expr("x.(T)")!) == "x.(T)")
    #expect(exprString(expr("s[1:2]")!) == "s[1:2]")
    #expect(exprString(expr("f(a, b...)")!) == "f(a, b...)")
    #expect(exprString(expr("[]int{1}")!) == "[]int{…}")
    #expect(exprString(expr("func(a, b int) (int, error) { return }")!) == "func(a, b int) (int, error) {…}")
    #expect(exprString(expr("map[string]chan<- int(nil)")!) == "map[string]chan<- int(nil)")
    #expect(exprString(expr("-x + *p")!) == "-x + *p")
}
