// SyntaxErrorTests.swift — scanner and parser errors against real Go 1.27.
//
// The cases and their expected output live in SyntaxErrorTable.swift,
// generated from Go's own output (see gen_table.py beside it).

import Testing
@testable import GoSyntax

@Test(arguments: syntaxCases)
func syntaxErrorsMatchGo(_ c: SyntaxCase) {
    let (_, diags) = parseFile(c.source, filename: "./" + c.name + ".go", fileIndex: 3)
    let got = diags.map { "\($0.pos.line):\($0.pos.col): \($0.message)" }
    #expect(got == c.errors)
    #expect(diags.allSatisfy { $0.pos.file == 3 })
}

@Test func firstErrorOnlyPerLine() {
    // Go reports one syntax error per line; lexical errors are not limited.
    let src = "package main\nfunc main() { a b c d }\n"
    let (_, diags) = parseFile(Array(src.utf8), filename: "x.go", fileIndex: 0)
    #expect(diags.count == 1)
}

@Test func packageClauseErrorGivesNoFile() {
    let (f, d) = parseFile(Array("func main() {}\n".utf8), filename: "x.go", fileIndex: 0)
    #expect(f == nil)
    #expect(d.first?.message == "syntax error: package statement must be first")
}
