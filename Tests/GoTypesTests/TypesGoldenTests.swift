// TypesGoldenTests.swift — testdata/types: programs written to exercise the
// type checker, with everything `go build` printed for them (Go 1.27,
// scripts/regen-types-goldens.sh) in NAME.out. All lines must match.
import Foundation
import Testing
@testable import GoSyntax
@testable import GoTypes

@Test func typesGoldens() {
    let importer = StdImporter()
    var failures: [String] = []
    let files = Corpus.files("types")
    for url in files {
        let golden = url.deletingPathExtension().appendingPathExtension("out")
        guard let want = try? String(contentsOf: golden, encoding: .utf8) else { continue }
        let got = Corpus.compile(url, importer: importer).joined(separator: "\n")
        let w = want.trimmingCharacters(in: .whitespacesAndNewlines)
        if got != w { failures.append("\(url.lastPathComponent)\n--- want\n\(w)\n--- got\n\(got)") }
    }
    for f in failures { print("GOLDEN MISMATCH " + f) }
    #expect(!files.isEmpty)
    #expect(failures.isEmpty)
}
