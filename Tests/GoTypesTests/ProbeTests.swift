// ProbeTests.swift — a development aid: with GOTYPES_PROBE set to a list of
// .go files (colon-separated), prints what gomem's front end reports for each,
// in `go build`'s format, for comparison with real Go. Does nothing otherwise.
import Foundation
import Testing
@testable import GoSyntax
@testable import GoTypes

@Test func probe() {
    guard let list = ProcessInfo.processInfo.environment["GOTYPES_PROBE"] else { return }
    let importer = StdImporter()
    for path in list.split(separator: ":") {
        let url = URL(fileURLWithPath: String(path))
        print("== \(url.lastPathComponent)")
        for l in Corpus.compile(url, importer: importer) { print(l) }
    }
}
