// Corpus.swift — where the Go corpora live and how to read their goldens.
//
// testdata/programs/NAME.go: valid programs, with NAME.out / NAME.exit /
// NAME.stderr produced by Go 1.27 (scripts/regen-program-goldens.sh).
// testdata/errors/NAME.go: programs Go rejects, with NAME.errors holding
// `go build`'s output less its header (scripts/regen-error-goldens.sh).
// A corpus name with a slash is a directory from the repository root
// (bench/gc: the collector's benchmarks, with goldens beside them).
import Foundation

enum Corpus {
    /// The repository root, found from this source file's location.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func dir(_ name: String) -> URL {
        root.appendingPathComponent(name.contains("/") ? name : "testdata/\(name)")
    }

    /// The names (without .go) of the programs in a corpus directory, sorted.
    static func programs(_ name: String) -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: dir(name).path)) ?? []
        return items.filter { $0.hasSuffix(".go") }.map { String($0.dropLast(3)) }.sorted()
    }

    static func read(_ name: String, _ file: String) -> String? {
        try? String(contentsOf: dir(name).appendingPathComponent(file), encoding: .utf8)
    }
}
