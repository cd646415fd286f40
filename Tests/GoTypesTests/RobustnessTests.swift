// RobustnessTests.swift — the checker must never trap: every corpus program
// is cut short and has lines removed at several places, and whatever the
// parser makes of it is type-checked.
import Foundation
import Testing
@testable import GoSyntax
@testable import GoTypes

@Suite struct RobustnessTests {
    @Test func mutilatedPrograms() {
        let importer = StdImporter()
        var checked = 0
        for dir in ["programs", "errors"] {
            for url in Corpus.files(dir) {
                guard let data = try? Data(contentsOf: url) else { continue }
                let bytes = Array(data)
                let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
                var variants: [[UInt8]] = []
                for k in 1...4 { variants.append(Array(bytes.prefix(bytes.count * k / 5))) }
                for k in stride(from: 2, to: lines.count, by: max(1, lines.count / 6)) {
                    var l = lines
                    l.remove(at: k)
                    variants.append(Array(l.joined(separator: [10])))
                }
                for v in variants {
                    let fset = FileSet()
                    let idx = fset.add("./x.go")
                    let (file, pd) = parseFile(v, filename: "./x.go", fileIndex: idx)
                    guard let file else { continue }
                    let (_, _, d) = checkPackage(files: [file], fileSet: fset, importer: importer)
                    _ = formatErrors(pd + d, fileSet: fset)
                    checked += 1
                }
            }
        }
        #expect(checked > 0)
    }
}
