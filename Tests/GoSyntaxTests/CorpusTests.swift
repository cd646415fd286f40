// CorpusTests.swift — the parser over the repository's Go corpora.
//
// Every testdata/programs/*.go must parse without errors. Every
// testdata/errors/syntax_*.go must produce, as its first diagnostic, the
// first line of its .errors golden (written by real Go 1.27), except for
// the few errors that Go reports after parsing (listed in `laterPhase`).

import Foundation
import Testing
@testable import GoSyntax

enum Corpus {
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(_ dir: String, prefix: String = "") -> [URL] {
        let d = root.appendingPathComponent("testdata").appendingPathComponent(dir)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: d.path)) ?? []
        return names.filter { $0.hasSuffix(".go") && $0.hasPrefix(prefix) }.sorted()
            .map { d.appendingPathComponent($0) }
    }

    static func parse(_ url: URL) -> (File?, [Diagnostic]) {
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        return parseFile(bytes, filename: "./" + url.lastPathComponent, fileIndex: 0)
    }
}

/// Golden first errors that come from the type checker, not the parser.
let laterPhase: Set<String> = ["missing function body"]

@Test func programsParseWithoutErrors() {
    let files = Corpus.files("programs")
    var failures: [String] = []
    for f in files {
        let (file, diags) = Corpus.parse(f)
        if file == nil || !diags.isEmpty {
            failures.append("\(f.lastPathComponent): \(diags.prefix(3).map(\.description))")
        }
    }
    #expect(failures.isEmpty, "\(failures.count) of \(files.count) programs failed:\n\(failures.joined(separator: "\n"))")
}

@Test func syntaxErrorGoldens() {
    let files = Corpus.files("errors", prefix: "syntax_")
    var failures: [String] = []
    var checked = 0
    for f in files {
        let golden = f.deletingPathExtension().appendingPathExtension("errors")
        guard let text = try? String(contentsOf: golden, encoding: .utf8),
              let first = text.split(separator: "\n").first else { continue }
        checked += 1
        let (_, diags) = Corpus.parse(f)
        let want = String(first)
        let wantMsg = want.split(separator: ":", maxSplits: 3).dropFirst(3).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard let d = diags.first else {
            if !laterPhase.contains(wantMsg) { failures.append("\(f.lastPathComponent): no error; want \(want)") }
            continue
        }
        let got = "./\(f.lastPathComponent):\(d.pos.line):\(d.pos.col): \(d.message)"
        if got != want { failures.append("got  \(got)\nwant \(want)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of \(checked) goldens differ:\n\(failures.joined(separator: "\n"))")
}

@Test func otherErrorCorpusFilesParse() {
    // The other error programs either parse cleanly (their errors are
    // semantic) or their parser errors appear in the golden. (Lexical errors
    // do not stop Go's type checker, so they may follow type errors there.)
    let files = Corpus.files("errors").filter { !$0.lastPathComponent.hasPrefix("syntax_") }
    var failures: [String] = []
    for f in files {
        let (_, diags) = Corpus.parse(f)
        guard let d = diags.first else { continue }
        let golden = f.deletingPathExtension().appendingPathExtension("errors")
        let lines = (try? String(contentsOf: golden, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        let got = "./\(f.lastPathComponent):\(d.pos.line):\(d.pos.col): \(d.message)"
        if !lines.contains(got) { failures.append("\(got) not in golden") }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
}
