// CheckerTests.swift — type-checking small programs: assignability, Info
// contents, init order, and error messages. Every expected message was
// produced by real Go 1.27 (`go build`) on the same source.
import Testing
@testable import GoSyntax
@testable import GoTypes

func check(_ src: String, importer: StdImporter = StdImporter()) -> (Package, Info, [String]) {
    let fset = FileSet()
    let idx = fset.add("./x.go")
    let (file, pd) = parseFile(Array(src.utf8), filename: "./x.go", fileIndex: idx)
    guard let file else { return (Package(path: "main", name: "main"), Info(), formatErrors(pd, fileSet: fset)) }
    let (p, info, d) = checkPackage(files: [file], fileSet: fset, importer: importer)
    return (p, info, formatErrors(pd + d, fileSet: fset))
}

@Suite struct CheckerTests {
    @Test func errorMessages() {
        let cases: [(String, String)] = [
            ("package main\n\nfunc main() {\n\tx := 1\n}\n", "./x.go:4:2: declared and not used: x"),
            ("package main\n\nimport \"os\"\n\nfunc main() {}\n", "./x.go:3:8: \"os\" imported and not used"),
            ("package main\n\nfunc main() {\n\tvar b byte = 300\n\t_ = b\n}\n",
             "./x.go:4:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)"),
            ("package main\n\nfunc main() {\n\tx := 10 / 0\n\t_ = x\n}\n", "./x.go:4:12: invalid operation: division by zero"),
            ("package main\n\nfunc main() {\n\tvar a int\n\tvar s string\n\t_ = a + s\n}\n",
             "./x.go:6:6: invalid operation: a + s (mismatched types int and string)"),
            ("package main\n\ntype S struct{}\n\nfunc (s *S) Set(v int) {}\n\nfunc main() {\n\tS{}.Set(1)\n}\n",
             "./x.go:8:6: cannot call pointer method Set on S"),
            ("package main\n\nfunc f() (int, error) { return 0, nil }\nfunc g(a, b int) int  { return a + b }\n\nfunc main() {\n\t_ = g(f())\n}\n",
             "./x.go:7:8: cannot use f() (value of interface type error) as int value in argument to g"),
            ("package main\n\nfunc main() {\n\tx, y := 1\n\t_, _ = x, y\n}\n", "./x.go:4:10: assignment mismatch: 2 variables but 1 value"),
            ("package main\n\nfunc h(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() {}\n", "./x.go:7:1: missing return"),
        ]
        let imp = StdImporter()
        for (src, want) in cases {
            let (_, _, errs) = check(src, importer: imp)
            #expect(errs.first == want)
        }
    }

    @Test func notEnoughArgumentsDetail() {
        let (_, _, errs) = check("package main\n\nfunc two(a, b int) {}\n\nfunc main() {\n\ttwo(1)\n}\n")
        #expect(errs.first == "./x.go:6:6: not enough arguments in call to two\n\thave (number)\n\twant (int, int)")
    }

    @Test func tooManyErrors() {
        var src = "package main\n\nfunc main() {\n"
        for i in 0..<12 { src += "\tvar v\(i) int = \"s\"\n\t_ = v\(i)\n" }
        src += "}\n"
        let (_, _, errs) = check(src)
        #expect(errs.count == 11)
        #expect(errs.last == "./x.go:22:15: too many errors")
    }

    @Test func initOrder() {
        let (_, info, errs) = check("package main\n\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d, e = g()\n\nfunc f() int { return c }\nfunc g() (int, int) { return 1, 2 }\n\nfunc main() { _, _, _ = a, d, e }\n")
        #expect(errs.isEmpty)
        let names = info.initOrder.map { $0.lhs.map(\.name).joined(separator: ",") }
        #expect(names == ["c", "b", "a", "d,e"])
    }

    @Test func infoRecordsTypesAndSelections() {
        let src = "package main\n\ntype T struct{ X int }\n\nfunc (t *T) M() {}\n\nfunc main() {\n\tvar t T\n\tt.M()\n\t_ = t.X + 1\n\tn := 0\n\tf := func() { n++ }\n\tf()\n}\n"
        let (_, info, errs) = check(src)
        #expect(errs.isEmpty)
        let sels = Array(info.selections.values)
        #expect(sels.contains { $0.kind == .methodVal && $0.obj.name == "M" })
        #expect(sels.contains { $0.kind == .fieldVal && $0.obj.name == "X" && $0.index == [0] })
        #expect(info.captures.values.contains { $0.map(\.name) == ["n"] })
        #expect(info.types.values.contains { $0.value == .int(1) && ($0.type as? GoBasic)?.kind == .int })
    }

    @Test func assignability() {
        let src = """
        package main

        type MyInt int
        type I interface{ M() }
        type T struct{}

        func (T) M() {}

        func main() {
        \tvar i I = T{}
        \tvar e interface{} = 1
        \tvar c chan int
        \tvar r <-chan int = c
        \tvar f func(int) = func(int) {}
        \tvar s []MyInt = []MyInt{1}
        \t_, _, _, _, _ = i, e, r, f, s
        }
        """
        let (_, _, errs) = check(src)
        #expect(errs.isEmpty)
        let (_, _, errs2) = check("package main\n\ntype MyInt int\n\nfunc main() {\n\tvar a int = 1\n\tvar b MyInt = a\n\t_ = b\n}\n")
        #expect(errs2.first == "./x.go:7:16: cannot use a (variable of type int) as MyInt value in variable declaration")
    }

    /// Generic code checks; every instantiation is recorded in Info.instances
    /// (the type arguments after inference) for the compiler.
    @Test func genericInstancesRecorded() {
        let src = """
        package main

        type List[T any] struct{ v T }

        func (l *List[T]) Get() T { return l.v }

        func Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }

        func main() {
        	var l List[string]
        	_ = l.Get()
        	_ = Map([]int{1}, func(int) bool { return true })
        }
        """
        let (_, info, errs) = check(src)
        #expect(errs.isEmpty)
        let insts = info.instances.values.map { i in i.typeArgs.map { "\($0)" }.joined(separator: ",") }.sorted()
        // the receiver List[T] of Get is a use too (with Get's receiver type parameter)
        #expect(insts == ["T", "[]int,int,bool", "string"])
        let (_, _, errs2) = check("package main\n\nfunc F[T int | string](x T) {}\n\nfunc main() { F(1.5) }\n")
        #expect(errs2.first == "./x.go:5:16: float64 does not satisfy int | string (float64 missing in int | string)")
    }

    @Test func deepNestingDoesNotCrash() {
        let depth = 900
        let src = "package main\n\nvar x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + "\n\nfunc main() { _ = x }\n"
        let (_, _, errs) = check(src)
        #expect(errs.isEmpty)
    }
}

@Suite struct APITests {
    @Test func methodSetsAndLookup() {
        let src = "package main\n\ntype T struct{ E }\ntype E struct{}\n\nfunc (E) A()  {}\nfunc (*E) B() {}\nfunc (T) C()  {}\n\nfunc main() {}\n"
        let (pkg, _, errs) = check(src)
        #expect(errs.isEmpty)
        guard let t = pkg.scope.lookup("T")?.type else { Issue.record("no T"); return }
        #expect(methodSet(of: t).map(\.name) == ["A", "C"])
        #expect(methodSet(of: GoPointer(t)).map(\.name) == ["A", "B", "C"])
        let r = lookupFieldOrMethod(t, addressable: true, pkg: pkg, name: "B")
        #expect(r.obj?.name == "B" && r.index == [0, 1])
        #expect(implements(GoPointer(t), Universe.anyType))
    }
}

@Suite struct MultiFileTests {
    @Test func declarationsAcrossFiles() {
        let fset = FileSet()
        let a = "package main\n\nimport \"fmt\"\n\nvar x = y + 1\n\nfunc main() { fmt.Println(x, helper()) }\n"
        let b = "package main\n\nimport \"strings\"\n\nvar y = 2\n\nfunc helper() string { return strings.ToUpper(\"a\") }\n"
        var files: [File] = []
        for (name, src) in [("./a.go", a), ("./b.go", b)] {
            let idx = fset.add(name)
            let (f, d) = parseFile(Array(src.utf8), filename: name, fileIndex: idx)
            #expect(d.isEmpty)
            if let f { files.append(f) }
        }
        let (_, info, diags) = checkPackage(files: files, fileSet: fset, importer: StdImporter())
        #expect(diags.isEmpty)
        #expect(info.initOrder.map { $0.lhs[0].name } == ["y", "x"])
    }
}
