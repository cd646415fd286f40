// Escape.swift — `gomem build -m`: escape analysis of a type-checked program,
// printed as `go build -gcflags=-m` prints it.
//
// After a successful type check the output is the header line
// `# command-line-arguments` and then the escape lines on stderr, exit 0.
// Without -l, -m runs Go's inliner first (GoEscape's Inliner.swift) and
// prints what `go build -gcflags=-m` prints; with -l, what -gcflags='-m -l'
// prints. `gomem run` always places variables by the analysis without
// inlining. A program with errors prints them exactly as `build` does.
// Debug: GOMEM_ESCAPE_TIMING=1 reports how long the analysis itself took;
// GOMEM_STORES=report prints the append store decisions (as `run` does).
import GoCompiler
import GoEscape
import GoSyntax
import GoTypes

extension Driver {
    /// Runs escape analysis on a loaded program.
    public static func escape(_ prog: LoadedProgram, verbose: Int, inlining: Bool = false) -> EscapeResult {
        analyzeEscapes(files: prog.files, package: prog.package, info: prog.info, fileSet: prog.fileSet, verbose: verbose,
                       inlining: inlining)
    }

    /// `gomem build -m[ -m] FILES`.
    public static func buildEscape(_ args: [String], verbose: Int, inlining: Bool = false,
                                   cwd: String = System.currentDirectory()) -> CommandResult {
        switch load(args, cwd: cwd) {
        case .failure(let f):
            return f.result
        case .success(let prog):
            if let u = Compiler.refuseGenerics(files: prog.files) {   // generic code: not analyzed yet
                return CommandResult(exitCode: 1, stdout: "",
                                     stderr: "# command-line-arguments\n\(prog.fileSet.format(u.pos)): \(u.feature) not supported yet\n")
            }
            let start = System.monotonicNanoseconds()
            let r = escape(prog, verbose: max(1, verbose), inlining: inlining)
            if System.env("GOMEM_STORES") == "report" {
                System.writeStderr(r.storeNotes.map { "gomem: stores: \($0)\n" }.joined())
            }
            if System.env("GOMEM_ESCAPE_TIMING") != nil {
                let ms = Double(System.monotonicNanoseconds() - start) / 1e6
                System.writeStderr("gomem: escape analysis took \(ms) ms\n")
            }
            if r.lines.isEmpty { return CommandResult(exitCode: 0, stdout: "", stderr: "") }
            let text = (["# command-line-arguments"] + r.lines).map { $0 + "\n" }.joined()
            return CommandResult(exitCode: 0, stdout: "", stderr: text)
        }
    }
}
