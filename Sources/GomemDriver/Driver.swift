// Driver.swift — what the gomem command does, as a library the tests call.
//
// `build` loads the Go files named on the command line (or every .go file of
// a directory, in name order, skipping _test.go files), parses them, and
// type-checks package main. Its output copies `go build`:
//   1. a header line `# command-line-arguments` when there are errors;
//   2. then errors as `path:LINE:COL: message`, sorted by position, with the
//      path shortened as the go command does (`./prog.go` for a file in the
//      current directory);
//   3. at most 10 errors, then `too many errors`.
// Syntax errors stop before type checking, as in Go. Exit status 1 on errors.
// `run` (below) also compiles and runs the program; see ARCHITECTURE.md.
// Files, directories, paths and the environment come from System.swift (libc).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GoSyntax
import GoTypes
import GoABI
import GoCompiler
import GoVM
import GoStdlib

public struct CommandResult: Sendable, Equatable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
    public init(exitCode: Int32, stdout: String, stderr: String) {
        self.exitCode = exitCode; self.stdout = stdout; self.stderr = stderr
    }
}

/// A loaded, parsed and type-checked package main.
public struct LoadedProgram {
    public var fileSet: FileSet
    public var files: [File]
    public var package: Package
    public var info: Info
}

public enum Driver {
    /// Expands the command line's arguments into the list of Go source files.
    static func sourceFiles(_ args: [String], cwd: String) throws -> [String] {
        var out: [String] = []
        for arg in args {
            let a = arg.hasPrefix("/") ? arg : System.joinPath(cwd, arg)
            let kind = System.fileKind(a)
            guard kind != .missing else {
                throw DriverError.message("stat \(arg): no such file or directory")
            }
            if kind == .directory {
                let names = try System.directoryEntries(a)
                    .filter { $0.hasSuffix(".go") && !$0.hasSuffix("_test.go") }
                    .sorted()
                if names.isEmpty { throw DriverError.message("no Go files in \(arg)") }
                out += names.map { System.joinPath(a, $0) }
            } else {
                guard a.hasSuffix(".go") else {
                    throw DriverError.message("\(arg): not a .go file")
                }
                out.append(a)
            }
        }
        return out
    }

    /// The path as the go command shows it: relative to the working directory
    /// when that is shorter, with "./" before a file of the directory itself.
    public static func displayPath(_ path: String, cwd: String = System.currentDirectory()) -> String {
        let abs = System.absolutePath(path, base: cwd)
        let base = System.absolutePath(cwd, base: "/")
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if abs.hasPrefix(prefix) {
            let rel = String(abs.dropFirst(prefix.count))
            return rel.contains("/") ? rel : "./" + rel
        }
        return abs
    }

    /// Parses and type-checks; on success returns the program, on failure the
    /// Go-formatted error lines.
    public static func load(_ args: [String], cwd: String = System.currentDirectory())
        -> Result<LoadedProgram, LoadFailure>
    {
        let paths: [String]
        do { paths = try sourceFiles(args, cwd: cwd) } catch let e as DriverError {
            return .failure(LoadFailure(lines: [e.text], commandError: true))
        } catch {
            return .failure(LoadFailure(lines: ["\(error)"], commandError: true))
        }
        let fileSet = FileSet()
        var files: [File] = []
        var diags: [Diagnostic] = []
        for p in paths {
            guard let data = System.readFile(p) else {
                return .failure(LoadFailure(lines: ["open \(p): cannot read file"], commandError: true))
            }
            let index = fileSet.add(displayPath(p, cwd: cwd))
            let (file, errs) = parseFile(data, filename: fileSet.names[Int(index)], fileIndex: index)
            diags += errs
            if let file { files.append(file) }
        }
        // As in cmd/compile, a syntax error stops before type checking; the
        // scanner's lexical errors (bad literals, unterminated strings) do not.
        if diags.contains(where: { $0.message.hasPrefix("syntax error") }) {
            return .failure(LoadFailure(lines: formatErrors(diags, fileSet: fileSet), commandError: false))
        }
        let (package, info, typeErrs) = checkPackage(files: files, fileSet: fileSet, importer: StdImporter())
        diags += typeErrs
        if !diags.isEmpty {
            return .failure(LoadFailure(lines: formatErrors(diags, fileSet: fileSet), commandError: false))
        }
        return .success(LoadedProgram(fileSet: fileSet, files: files, package: package, info: info))
    }

    /// `gomem build`: exit 0 and no output when the program type-checks.
    public static func build(_ args: [String], cwd: String = System.currentDirectory()) -> CommandResult {
        switch load(args, cwd: cwd) {
        case .success:
            return CommandResult(exitCode: 0, stdout: "", stderr: "")
        case .failure(let f):
            return f.result
        }
    }
}

public struct LoadFailure: Error {
    /// Error lines without the header.
    public var lines: [String]
    /// True for a problem with the command line itself (no such file, ...).
    public var commandError: Bool

    public var result: CommandResult {
        if commandError {
            return CommandResult(exitCode: 1, stdout: "", stderr: lines.map { "gomem: " + $0 + "\n" }.joined())
        }
        let text = (["# command-line-arguments"] + lines).map { $0 + "\n" }.joined()
        return CommandResult(exitCode: 1, stdout: "", stderr: text)
    }
}

enum DriverError: Error {
    case message(String)
    var text: String { if case .message(let m) = self { return m }; return "" }
}

extension Driver {
    /// `gomem run`: parse, type-check, compile (GoCompiler), run (GoVM with
    /// GoStdlib's natives). A construct outside the supported subset is a
    /// compile error `file:line:col: <feature> not supported yet` (exit 1),
    /// never a wrong answer.
    /// - Parameter timeLimit: seconds of run time before the program is
    ///   stopped (0: no limit); tests use it so that nothing hangs.
    /// - Parameter placementMode: overrides GOMEM_PLACEMENT (`conservative`,
    ///   `report`); `inspect` sees the VM after main returns (tests).
    /// - Parameter streamOutput: the program's writes go straight to file
    ///   descriptors 1 and 2, unbuffered, as Go's os.Stdout and os.Stderr
    ///   (the command); the result's stdout/stderr then hold only messages
    ///   from before the run. Otherwise (tests) output is captured.
    public static func run(_ file: String, args: [String], cwd: String = System.currentDirectory(),
                           timeLimit: Double = 0, placementMode: String? = nil, streamOutput: Bool = false,
                           inspect: ((VM) -> Void)? = nil) -> CommandResult {
        let prog: LoadedProgram
        switch load([file], cwd: cwd) {
        case .failure(let f): return f.result
        case .success(let p): prog = p
        }
        // Generic code: compiled one body per instance (GoCompiler's
        // Generics.swift) under the conservative placement, since escape
        // analysis does not analyse generic bodies yet.
        if let u = Compiler.refuseUnsupportedGenerics(files: prog.files) {
            return CommandResult(exitCode: 1, stdout: "",
                                 stderr: "# command-line-arguments\n\(prog.fileSet.format(u.pos)): \(u.feature) not supported yet\n")
        }
        let generic = Compiler.refuseGenerics(files: prog.files) != nil
        // Escape analysis decides stack or heap (Placement.swift); the
        // conservative rule when GOMEM_PLACEMENT=conservative, or when the
        // compiler refuses a construct on a variable kept on the stack.
        let mode = placementMode ?? System.env("GOMEM_PLACEMENT")
        let conservative = ConservativePlacement(files: prog.files, info: prog.info)
        var placement: VariablePlacement = conservative
        var fallback: String? = "GOMEM_PLACEMENT=conservative"
        // Escape analysis also decides the backing stores of appends and
        // string conversions (Stores.swift), whatever the placement.
        let escapes = generic ? nil : escape(prog, verbose: 0)
        let rangeFunc = Compiler.hasRangeFunc(files: prog.files, info: prog.info)
        if rangeFunc { fallback = "range-over-func loop bodies are not escape-analysed yet" }
        if let escapes, mode != "conservative", !rangeFunc {
            (placement, fallback) = EscapePlacement.decide(files: prog.files, info: prog.info, package: prog.package,
                                                           result: escapes)
        }
        if generic { fallback = "generic code is not escape-analysed yet" }
        let plan: AllocationPlan = escapes.map { EscapeAllocationPlan(result: $0, storesInFrame: !(placement is ConservativePlacement)) }
            ?? HeapAllocationPlan()
        var compiled = Compiler.compile(files: prog.files, info: prog.info, package: prog.package, fileSet: prog.fileSet,
                                        placement: placement, plan: plan, natives: Stdlib.nativeNames)
        if case .failure(let u) = compiled, !(placement is ConservativePlacement), let escapes {
            fallback = "the compiler refused \(u.feature) with escape placement"
            compiled = Compiler.compile(files: prog.files, info: prog.info, package: prog.package, fileSet: prog.fileSet,
                                        placement: conservative,
                                        plan: EscapeAllocationPlan(result: escapes, storesInFrame: false),
                                        natives: Stdlib.nativeNames)
        }
        if System.env("GOMEM_STORES") == "report" {
            System.writeStderr((escapes?.storeNotes ?? []).map { "gomem: stores: \($0)\n" }.joined())
        }
        if mode == "report" {
            System.writeStderr("gomem: placement: \(fallback.map { "conservative (\($0))" } ?? "escape analysis")\n")
        }
        let program: Program
        switch compiled {
        case .success(let p): program = p
        case .failure(let u):
            let at = u.pos.isKnown ? prog.fileSet.format(u.pos) : (prog.fileSet.names.first ?? file) + ":1:1"
            return CommandResult(exitCode: 1, stdout: "",
                                 stderr: "# command-line-arguments\n\(at): \(u.feature) not supported yet\n")
        }
        if System.env("GOMEM_DIS") == "1" {
            System.writeStderr(program.disassemble())
        }
        // Tracebacks and runtime.Caller name files by absolute path, as Go
        // does without -trimpath.
        program.sourcePaths = program.fileNames.map { System.absolutePath($0, base: cwd) }
        program.hasLineDirectives = program.sourcePaths.contains { path in
            guard let b = System.readFile(path) else { return false }
            let text = String(decoding: b, as: UTF8.self)
            return text.contains("//line ") || text.contains("/*line ")
        }
        let out = OutputSink(direct: streamOutput)
        let vm = VM(program: program, natives: Stdlib.table, out: out)
        // os.Args[0]: the program's path without .go, as `go build` would name it.
        vm.args = [file.hasSuffix(".go") ? String(file.dropLast(3)) : file] + args
        vm.trace = System.env("GOMEM_TRACE") == "1"
        if vm.trace { out.direct = true }
        if timeLimit > 0 {
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            vm.deadline = UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec) + UInt64(timeLimit * 1e9)
        }
        var code: Int32 = 0
        // The interpreter's Swift frames are small, but natives calling back
        // into Go nest them: run on a large stack.
        withLargeStack(size: 64 << 20) { code = vm.runMain(); inspect?(vm) }
        return CommandResult(exitCode: code, stdout: String(decoding: out.stdout, as: UTF8.self),
                             stderr: String(decoding: out.stderr, as: UTF8.self))
    }
}
