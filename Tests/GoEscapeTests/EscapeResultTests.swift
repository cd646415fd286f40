// EscapeResultTests.swift — the decisions as data (EscapeResult), read the
// way the compiler reads them, without going through the -m text.
import Foundation
import GoSyntax
import GoTypes
import Testing
@testable import GoEscape

private func analyze(_ src: String) -> (EscapeResult, Info, File)? {
    let fs = FileSet()
    let idx = fs.add("./t.go")
    let (file, errs) = parseFile(Array(src.utf8), filename: "./t.go", fileIndex: idx)
    guard let file, errs.isEmpty else { return nil }
    let (pkg, info, diags) = checkPackage(files: [file], fileSet: fs, importer: StdImporter())
    guard diags.filter({ !$0.soft }).isEmpty else { return nil }
    return (analyzeEscapes(files: [file], package: pkg, info: info, fileSet: fs, verbose: 1), info, file)
}

/// The local variable `name` declared anywhere in the file.
private func variable(_ name: String, _ info: Info) -> Var? {
    info.defs.values.compactMap { $0 as? Var }.first { $0.name == name && !$0.isField }
}

@Suite struct EscapeResultTests {
    @Test func returnedAddressPutsVariableOnHeap() throws {
        let r = try #require(analyze("""
        package main
        func f() *int {
        \tx := 1
        \ty := 2
        \t_ = &y
        \treturn &x
        }
        func main() { println(*f()) }
        """))
        let x = try #require(variable("x", r.1)), y = try #require(variable("y", r.1))
        #expect(r.0.isHeap(x))
        #expect(!r.0.isHeap(y))
        #expect(r.0.lines.contains("./t.go:3:2: moved to heap: x"))
    }

    @Test func allocationSitesCarryTheirDecision() throws {
        let r = try #require(analyze("""
        package main
        type T struct{ a int }
        var g *T
        func main() {
        \tp := &T{1}
        \tq := &T{2}
        \tg = p
        \tprintln(q.a)
        \ts := make([]int, 4)
        \tprintln(len(s))
        }
        """))
        let sites = r.0.sites
        #expect(sites.count == 3)
        #expect(sites.first { $0.pos.line == 5 }?.escapes == true)
        #expect(sites.first { $0.pos.line == 6 }?.escapes == false)
        let mk = try #require(sites.first { $0.kind == .makeSlice })
        #expect(!mk.escapes)
        #expect(mk.text == "make([]int, 4)")
    }

    @Test func parameterTagsAreRecorded() throws {
        let r = try #require(analyze("""
        package main
        var sink *int
        func keep(p *int) { sink = p }
        func id(p *int) *int { return p }
        func look(p *int) int { return *p }
        func main() { x, y, z := 1, 2, 3; keep(&x); println(*id(&y), look(&z)) }
        """))
        #expect(r.0.paramTags["keep"]?.first?.heap == 0)
        #expect(r.0.paramTags["id"]?.first?.result(0) == 0)
        #expect(r.0.paramTags["look"]?.first?.heap == -1)
        let x = try #require(variable("x", r.1)), y = try #require(variable("y", r.1))
        #expect(r.0.isHeap(x))
        #expect(!r.0.isHeap(y))
    }

    @Test func closureCaptureAndGoroutine() throws {
        let r = try #require(analyze("""
        package main
        func main() {
        \tn := 0
        \tdone := make(chan bool)
        \tgo func() { n++; done <- true }()
        \t<-done
        \tprintln(n)
        }
        """))
        let n = try #require(variable("n", r.1))
        #expect(r.0.isHeap(n))
        #expect(r.0.sites.contains { $0.kind == .closure && $0.escapes })
    }

    @Test func garbageInputDoesNotCrash() {
        // Whatever the checker accepts, analysis must not trap.
        for src in ["package main\nfunc main() { var f func(); defer f(); go f() }",
                    "package main\nfunc main() { for { goto L }; L: }",
                    "package main\nfunc f(...int) {}\nfunc main() { f(); f(1, 2); f([]int{}...) }"] {
            _ = analyze(src)
        }
    }
}
