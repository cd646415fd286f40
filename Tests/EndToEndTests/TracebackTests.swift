// TracebackTests.swift — whole goroutine traces against Go 1.27's.
//
// Each testdata/traceback/NAME.go runs through the built gomem binary with
// GOTRACEBACK from its first line (`// GOTRACEBACK=all`) and one P, and is
// compared with the goldens of scripts/regen-traceback-goldens.sh (real Go,
// GOMAXPROCS=1, no -trimpath): stdout and exit status exactly, and standard
// error in full after normalising what gomem cannot share with Go — the
// program's directory ($DIR) and GOROOT/src ($GOROOT/src), pc offsets
// (` +0x..`, Go omits them for inlined frames), argument lists (Go prints
// values or `...` for inlined frames; gomem always `(...)`) and other hex
// addresses. Function names, files, lines, goroutine ids, statuses and
// `created by` lines must match Go's.
import Foundation
import Testing

@Suite struct TracebackTests {
    static let fakeGoroot = "/gomem-test-goroot"

    /// The comparable shape of a traceback.
    static func normalise(_ text: String, dir: String, goroot: String) -> String {
        var lines: [String] = []
        for var l in text.replacingOccurrences(of: dir, with: "$DIR").replacingOccurrences(of: goroot, with: "$GOROOT/src")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if l.hasPrefix("\t"), let r = l.range(of: " +0x") { l = String(l[..<r.lowerBound]) }
            let header = ["goroutine ", "created by ", "panic: ", "fatal error: ", "[signal ", "\tpanic: ", "runtime: "]
            if !l.hasPrefix("\t"), l.hasSuffix(")"), !header.contains(where: { l.hasPrefix($0) }),
               let open = l.lastIndex(of: "(") {
                l = String(l[..<open]) + "(...)"
            }
            if let re = try? NSRegularExpression(pattern: "0x[0-9a-f]+") {
                l = re.stringByReplacingMatches(in: l, range: NSRange(l.startIndex..., in: l), withTemplate: "0x?")
            }
            lines.append(l)
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: Corpus.programs("traceback"))
    func traceMatchesGo(_ name: String) throws {
        try #require(RunTests.binary != nil, "needs the built gomem binary (swift build)")
        let src = Corpus.read("traceback", name + ".go") ?? ""
        var env = ["GOROOT": Self.fakeGoroot, "GOMAXPROCS": "1", "GOTRACEBACK": "single"]
        if let first = src.split(separator: "\n").first, first.hasPrefix("// GOTRACEBACK=") {
            env["GOTRACEBACK"] = String(first.dropFirst("// GOTRACEBACK=".count))
        }
        let o = RunTests.run(name, in: "traceback", env: env)
        let wantOut = Corpus.read("traceback", name + ".out") ?? ""
        let wantExit = Int32((Corpus.read("traceback", name + ".exit") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -99
        let wantErr = Corpus.read("traceback", name + ".stderr") ?? ""
        #expect(o.stdout == wantOut)
        #expect(o.code == wantExit)
        let dir = Corpus.dir("traceback").path
        let got = Self.normalise(o.stderr, dir: dir, goroot: Self.fakeGoroot + "/src")
        let want = Self.normalise(wantErr, dir: "$DIR", goroot: "$GOROOT/src")
        #expect(got == want, "\(name): gomem's trace\n\(got)\n--- Go's\n\(want)")
    }
}
