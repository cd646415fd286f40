// BuildTests.swift — `gomem build` against Go 1.27's own verdicts.
//
// Every valid program must type-check with no output; every erroneous one
// must fail, and its first error must match Go's: position for at least 90%
// of the corpus and message text for at least 70% (the foundation issue's
// bar). The per-program mismatches are printed so a regression is visible.
import Foundation
import Testing
@testable import GomemDriver

@Suite struct BuildTests {
    @Test func validProgramsTypeCheck() {
        let names = Corpus.programs("programs")
        #expect(names.count >= 120, "the valid corpus has \(names.count) programs")
        var failures: [String] = []
        for name in names {
            let r = Driver.build([name + ".go"], cwd: Corpus.dir("programs").path)
            if r.exitCode != 0 { failures.append("\(name): \(r.stderr)") }
        }
        #expect(failures.isEmpty, "\(failures.count) valid programs rejected:\n\(failures.joined())")
    }

    @Test func erroneousProgramsMatchGo() {
        let names = Corpus.programs("errors")
        #expect(names.count >= 60, "the error corpus has \(names.count) programs")
        var posMatch = 0, textMatch = 0, total = 0
        var report: [String] = []
        for name in names {
            guard let golden = Corpus.read("errors", name + ".errors") else { continue }
            total += 1
            let want = golden.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
            let r = Driver.build([name + ".go"], cwd: Corpus.dir("errors").path)
            let lines = r.stderr.split(separator: "\n").map(String.init)
            #expect(r.exitCode == 1, "\(name): exit \(r.exitCode)")
            #expect(lines.first == "# command-line-arguments", "\(name): no header")
            let got = lines.dropFirst().first ?? ""
            let (wp, wm) = splitError(want), (gp, gm) = splitError(got)
            if wp == gp { posMatch += 1 }
            if wm == gm { textMatch += 1 }
            if wp != gp || wm != gm { report.append("  \(name):\n    go:    \(want)\n    gomem: \(got)") }
        }
        let posRate = Double(posMatch) / Double(max(total, 1))
        let textRate = Double(textMatch) / Double(max(total, 1))
        print("error corpus: \(total) programs; first error position matches \(posMatch) (\(Int(posRate * 100))%), text matches \(textMatch) (\(Int(textRate * 100))%)")
        print(report.joined(separator: "\n"))
        #expect(posRate >= 0.90)
        #expect(textRate >= 0.70)
    }

    @Test func fullOutputOfManyErrorsMatchesGo() {
        // Whole-output equality, including the 10-error limit and "too many errors".
        var same = 0, total = 0
        for name in Corpus.programs("errors") {
            guard let golden = Corpus.read("errors", name + ".errors") else { continue }
            total += 1
            let r = Driver.build([name + ".go"], cwd: Corpus.dir("errors").path)
            if r.stderr == "# command-line-arguments\n" + golden { same += 1 }
        }
        print("error corpus: whole output identical to Go for \(same) of \(total)")
        #expect(same * 2 >= total)
    }

    @Test func displayPathFollowsTheGoCommand() {
        #expect(Driver.displayPath("p.go", cwd: "/tmp/a") == "./p.go")
        #expect(Driver.displayPath("/tmp/a/p.go", cwd: "/tmp/a") == "./p.go")
        #expect(Driver.displayPath("b/p.go", cwd: "/tmp/a") == "b/p.go")
        #expect(Driver.displayPath("../a/b/p.go", cwd: "/tmp/a") == "b/p.go")
    }

    @Test func missingFileIsACommandError() {
        let r = Driver.build(["no_such_file.go"], cwd: "/tmp")
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("no_such_file.go"))
    }

    /// "./x.go:7:2: msg" → ("./x.go:7:2", "msg").
    func splitError(_ line: String) -> (String, String) {
        // The path holds no ": " so the first ": " ends the position.
        guard let r = line.range(of: ": ") else { return (line, "") }
        return (String(line[..<r.lowerBound]), String(line[r.upperBound...]))
    }
}
