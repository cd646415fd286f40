// CorpusTests.swift — runs the type checker over testdata/programs (valid
// programs: zero errors) and testdata/errors (Go's first error for each
// program, from real Go 1.27, in NAME.errors) and reports how many first
// errors match Go in position and in text.
import Foundation
import Testing
@testable import GoSyntax
@testable import GoTypes

enum Corpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(_ dir: String) -> [URL] {
        let d = root.appendingPathComponent("testdata").appendingPathComponent(dir)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: d.path)) ?? []
        return names.filter { $0.hasSuffix(".go") }.sorted().map { d.appendingPathComponent($0) }
    }

    /// Compiles one file as `go build` would and returns the printed error lines.
    static func compile(_ url: URL, importer: StdImporter) -> [String] {
        let fset = FileSet()
        let name = "./" + url.lastPathComponent
        let idx = fset.add(name)
        guard let data = try? Data(contentsOf: url) else { return ["<unreadable>"] }
        let (file, pdiags) = parseFile(Array(data), filename: name, fileIndex: idx)
        if pdiags.contains(where: { $0.message.hasPrefix("syntax error") }) || file == nil {
            return formatErrors(pdiags, fileSet: fset)
        }
        guard let file else { return [] }
        let (_, _, diags) = checkPackage(files: [file], fileSet: fset, importer: importer)
        return formatErrors(pdiags + diags, fileSet: fset)
    }
}

@Suite struct CorpusTests {
    @Test func validPrograms() {
        let importer = StdImporter()
        var failures: [String] = []
        let files = Corpus.files("programs")
        for f in files {
            let out = Corpus.compile(f, importer: importer)
            if !out.isEmpty { failures.append("\(f.lastPathComponent):\n  " + out.joined(separator: "\n  ")) }
        }
        print("valid programs: \(files.count - failures.count)/\(files.count) check without errors")
        for f in failures { print("FAIL " + f) }
        for (p, d) in importer.surfaceDiagnostics.sorted(by: { $0.key < $1.key }) {
            print("surface \(p): \(d.prefix(3).joined(separator: " | "))")
        }
        #expect(failures.isEmpty)
    }

    @Test func errorPrograms() {
        let importer = StdImporter()
        var posOK = 0, textOK = 0, total = 0
        var report: [String] = []
        for f in Corpus.files("errors") {
            let golden = f.deletingPathExtension().appendingPathExtension("errors")
            guard let g = try? String(contentsOf: golden, encoding: .utf8),
                  let want = g.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) else { continue }
            total += 1
            let out = Corpus.compile(f, importer: importer)
            let got = (out.first ?? "<no error>").split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            func split(_ s: String) -> (String, String) {
                // ./name.go:L:C: msg
                let parts = s.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
                guard parts.count == 4 else { return (s, "") }
                return ("\(parts[1]):\(parts[2])", String(parts[3].dropFirst()))
            }
            let (wp, wm) = split(want), (gp, gm) = split(got)
            let pOK = wp == gp, tOK = wm == gm
            if pOK { posOK += 1 }
            if tOK { textOK += 1 }
            if !pOK || !tOK { report.append("\(f.lastPathComponent)\n    want: \(want)\n    got:  \(got)") }
        }
        let pct = { (n: Int) in total == 0 ? 0 : n * 100 / total }
        print("errors corpus: \(total) programs; first error position matches \(posOK) (\(pct(posOK))%), text matches \(textOK) (\(pct(textOK))%)")
        for r in report { print("MISMATCH " + r) }
        #expect(total == 0 || posOK * 100 >= total * 90)
        #expect(total == 0 || textOK * 100 >= total * 70)
    }
}
