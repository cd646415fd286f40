// EscapeCorpusTests.swift — gomem's -m and -m -m output against Go 1.27's
// goldens in testdata/escape (NAME.m: -gcflags='-m -l', NAME.mm: '-m -m -l',
// NAME.m-inl: -gcflags=-m with Go's inliner on; scripts/regen-escape-goldens.sh
// regenerates them).
//
// Each file is compared line for line, in order. The test prints the match
// counts and the files that differ; it asserts the floor reached so far.
import Foundation
import Testing
@testable import GoEscape
import GomemDriver

enum EscapeCorpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dir = root.appendingPathComponent("testdata/escape")

    static func programs() -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return items.filter { $0.hasSuffix(".go") }.map { String($0.dropLast(3)) }.sorted()
    }
    static func read(_ file: String) -> String? {
        try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
    }
    /// gomem's escape lines for NAME.go, run as `go build` is run from the
    /// corpus directory (paths print as ./NAME.go).
    static func lines(_ name: String, verbose: Int, inlining: Bool = false) -> [String]? {
        switch Driver.load([name + ".go"], cwd: dir.path) {
        case .failure(let f):
            // A program gomem refuses prints its errors, as `gomem build -m` does.
            return f.result.stderr.split(separator: "\n").map(String.init).filter { $0 != "# command-line-arguments" }
        case .success(let prog): return Driver.escape(prog, verbose: verbose, inlining: inlining).lines
        }
    }
    static func golden(_ file: String) -> [String]? {
        guard let text = read(file) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
}

@Suite struct EscapeCorpusTests {
    @Test func corpusMatchesGo() {
        var mTotal = 0, mSame = 0, mmTotal = 0, mmSame = 0
        var mBad: [String] = [], mmBad: [String] = []
        for name in EscapeCorpus.programs() {
            if let want = EscapeCorpus.golden(name + ".m") {
                mTotal += 1
                if EscapeCorpus.lines(name, verbose: 1) == want { mSame += 1 } else { mBad.append(name) }
            }
            if let want = EscapeCorpus.golden(name + ".mm") {
                mmTotal += 1
                if EscapeCorpus.lines(name, verbose: 2) == want { mmSame += 1 } else { mmBad.append(name) }
            }
        }
        print("escape corpus: -m \(mSame)/\(mTotal) identical; -m -m \(mmSame)/\(mmTotal) identical")
        print("-m mismatches: \(mBad.joined(separator: " "))")
        print("-m -m mismatches: \(mmBad.joined(separator: " "))")
        #expect(mTotal >= 100)
        #expect(Double(mSame) >= 0.95 * Double(mTotal), "only \(mSame) of \(mTotal) .m files identical")
        #expect(mmSame >= 20, "only \(mmSame) .mm files identical")
    }

    /// -m without -l: Go's inliner on (NAME.m-inl). The floor is the count
    /// reached so far; it may only rise.
    @Test func corpusWithInliningMatchesGo() {
        var total = 0, same = 0
        var bad: [String] = []
        for name in EscapeCorpus.programs() {
            guard let want = EscapeCorpus.golden(name + ".m-inl") else { continue }
            total += 1
            if EscapeCorpus.lines(name, verbose: 1, inlining: true) == want { same += 1 } else { bad.append(name) }
        }
        print("escape corpus -m (inlining): \(same)/\(total) files identical")
        print("-m (inlining) mismatches: \(bad.joined(separator: " "))")
        #expect(total >= 180)
        #expect(same >= 131, "only \(same) of \(total) .m-inl files identical")
    }
}
