// CLI.swift — the gomem command line, parsed by hand (no argument-parsing
// package: swift-argument-parser loads Foundation):
//
//   gomem build [-m [-m]] [-l] FILE.go... | DIR
//   gomem run FILE.go [args...]
//   gomem help [build | run]        (also -h, --help, -help)
//
// It keeps the command line gomem had with swift-argument-parser: the same
// help texts (as printed at 80 columns), the same usage errors (stderr,
// exit 64), -m repeatable, short flags groupable (-ml), options anywhere
// among build's paths, "--" ending the options; run's options come before
// the file, and everything after the file goes to the program untouched.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum CLI {
    /// What a command line asks for.
    public enum Invocation: Equatable, Sendable {
        case build(paths: [String], escapeDetail: Int, noInline: Bool)
        case run(file: String, args: [String])
        /// Help (exit 0) or a usage error (exit 64): the text is already made.
        case message(CommandResult)
    }

    /// Parses the arguments after the program name.
    public static func parse(_ args: [String]) -> Invocation {
        // An argument "-=..." before the first "--" is refused before
        // anything else, wherever it is.
        for a in args.prefix(while: { $0 != "--" }) where a.hasPrefix("-=") {
            return usageError("Invalid option: \(a)", usage: rootUsage, command: "gomem")
        }
        guard let first = args.first else { return help(rootHelp) }
        switch first {
        case "build": return parseBuild(Array(args.dropFirst()))
        case "run": return parseRun(Array(args.dropFirst()))
        case "help": return parseHelp(Array(args.dropFirst()))
        default: break
        }
        // No subcommand first: help if asked, else the first unknown option,
        // else the arguments that are not subcommands.
        var problem: String? = nil
        var positional: [String] = []
        var optionsEnded = false
        for a in args {
            if optionsEnded || !isOption(a) { positional.append(a); continue }
            if a == "--" { optionsEnded = true; continue }
            switch classify(a, flags: []) {
            case .help: return help(rootHelp)
            case .problem(let p), .valueGiven(let p): if problem == nil { problem = p }
            case .flags: break
            }
        }
        if let problem { return usageError(problem, usage: rootUsage, command: "gomem") }
        let quoted = positional.map { "'\($0)'" }.joined(separator: ", ")
        let message = positional.count == 1 ? "Unexpected argument \(quoted)"
                                            : "\(positional.count) unexpected arguments: \(quoted)"
        return usageError(message, usage: rootUsage, command: "gomem")
    }

    static func parseBuild(_ args: [String]) -> Invocation {
        var paths: [String] = []
        var escapeDetail = 0
        var noInline = false
        var problem: String? = nil
        var optionsEnded = false
        let usage = "gomem build [-m ...] [-l] <paths> ..."
        for a in args.prefix(while: { $0 != "--" }) where isOption(a) {
            if case .valueGiven(let p) = classify(a, flags: ["m", "l"]) {
                return usageError(p, usage: usage, command: "gomem build")
            }
        }
        for a in args {
            if optionsEnded || !isOption(a) { paths.append(a); continue }
            if a == "--" { optionsEnded = true; continue }
            switch classify(a, flags: ["m", "l"]) {
            case .help: return help(buildHelp)
            case .problem(let p), .valueGiven(let p): if problem == nil { problem = p }
            case .flags(let fs):
                escapeDetail += fs.filter { $0 == "m" }.count
                if fs.contains("l") { noInline = true }   // -l: Go's inliner off
            }
        }
        if paths.isEmpty {
            return usageError("Missing expected argument '<paths> ...'",
                              help: "<paths>  Go source files, or one directory.", usage: usage, command: "gomem build")
        }
        if let problem { return usageError(problem, usage: usage, command: "gomem build") }
        return .build(paths: paths, escapeDetail: escapeDetail, noInline: noInline)
    }

    static func parseRun(_ args: [String]) -> Invocation {
        var problem: String? = nil
        var i = 0
        var file: String? = nil
        while i < args.count {
            let a = args[i]
            if a == "--" {
                if i + 1 < args.count { file = args[i + 1]; i += 2 } else { i += 1 }
                break
            }
            if !isOption(a) { file = a; i += 1; break }
            switch classify(a, flags: []) {
            case .help: return help(runHelp)
            case .problem(let p), .valueGiven(let p): if problem == nil { problem = p }
            case .flags: break
            }
            i += 1
        }
        let usage = "gomem run <file> [<args> ...]"
        guard let file else {
            return usageError("Missing expected argument '<file>'",
                              help: "<file>  The Go source file, then the program's arguments.",
                              usage: usage, command: "gomem run")
        }
        if let problem { return usageError(problem, usage: usage, command: "gomem run") }
        return .run(file: file, args: Array(args[i...]))
    }

    /// `gomem help [SUBCOMMAND...]`: the first argument names the help shown;
    /// here -h and --help are plain flags (ignored), any other option is an error.
    static func parseHelp(_ args: [String]) -> Invocation {
        var positional: [String] = []
        var optionsEnded = false
        for a in args {
            if optionsEnded || !isOption(a) { positional.append(a); continue }
            if a == "--" { optionsEnded = true; continue }
            var problem: String? = nil
            if let eq = a.firstIndex(of: "="), ["-h", "--help", "-help"].contains(String(a[..<eq])) {
                problem = "The option '\(a[..<eq])' does not take any value, but '\(a[a.index(after: eq)...])' was specified."
            } else if a == "--help" || a == "-help" {
                continue
            } else {
                switch classify(a, flags: ["h"]) {
                case .problem(let p), .valueGiven(let p): problem = p
                case .help, .flags:
                    // a group with h is not help here: its other letters are unknown
                    if let bad = a.dropFirst().first(where: { $0 != "h" }) { problem = "Unknown option '-\(bad)'" }
                }
            }
            if let problem {
                return .message(CommandResult(exitCode: 64, stdout: "",
                                              stderr: "Error: \(problem)\nUsage: gomem help [<subcommands> ...]\n"))
            }
        }
        switch positional.first {
        case "build": return help(buildHelp)
        case "run": return help(runHelp)
        case "help": return help(helpHelp)
        default: return help(rootHelp)
        }
    }

    /// An argument read as an option: a leading "-" and more ("-" alone is a value).
    static func isOption(_ a: String) -> Bool { a.hasPrefix("-") && a.count > 1 }

    enum Option: Equatable {
        case help
        case flags([Character])
        case problem(String)
        /// A value given to a flag: refused before anything else.
        case valueGiven(String)
    }

    /// Reads an option of a command whose flags are the letters `flags`
    /// (with h for help): -h, --help, -help; --name; -x; a group of letters
    /// (-ml), read as one unknown name if none of its letters is known; a
    /// value (=...) only as --help=... and -h=... (help), else an error.
    static func classify(_ a: String, flags: Set<Character>) -> Option {
        let eq = a.firstIndex(of: "=")
        let name = eq.map { String(a[..<$0]) } ?? a
        if name == "-h" || name == "--help" || a == "-help" { return .help }
        if name.hasPrefix("--") { return .problem("Unknown option '\(name)'") }
        let letters = Array(name.dropFirst())
        if let eq {
            if letters.count == 1, flags.contains(letters[0]) {
                return .valueGiven("The option '\(name)' does not take any value, but '\(a[a.index(after: eq)...])' was specified.")
            }
            return .problem("Unknown option '\(name)'")
        }
        let known = flags.union(["h"])
        if letters.count > 1 && !letters.contains(where: { known.contains($0) }) {
            return .problem("Unknown option '\(name)'")
        }
        if letters.contains("h") { return .help }
        if let bad = letters.first(where: { !known.contains($0) }) { return .problem("Unknown option '-\(bad)'") }
        return .flags(letters)
    }

    static func help(_ text: String) -> Invocation {
        .message(CommandResult(exitCode: 0, stdout: text, stderr: ""))
    }

    static func usageError(_ message: String, help: String? = nil, usage: String, command: String) -> Invocation {
        var text = "Error: \(message)\n"
        if let help { text += "Help:  \(help)\n" }
        text += "Usage: \(usage)\n  See '\(command) --help' for more information.\n"
        return .message(CommandResult(exitCode: 64, stdout: "", stderr: text))
    }

    static let rootUsage = "gomem <subcommand>"

    static let rootHelp = """
        OVERVIEW: Go's runtime memory system in Swift: compile and run Go programs.

        USAGE: gomem <subcommand>

        OPTIONS:
          -h, --help              Show help information.

        SUBCOMMANDS:
          build                   Type-check a Go program; print errors as the Go
                                  compiler does.
          run                     Compile and run a Go program.

          See 'gomem help <subcommand>' for detailed help.

        """

    static let buildHelp = """
        OVERVIEW: Type-check a Go program; print errors as the Go compiler does.

        USAGE: gomem build [-m ...] [-l] <paths> ...

        ARGUMENTS:
          <paths>                 Go source files, or one directory.

        OPTIONS:
          -m                      Print escape analysis decisions (repeat for more
                                  detail).
          -l                      Disable inlining: with -m, print what Go prints
                                  with -gcflags='-m -l'.
          -h, --help              Show help information.


        """

    static let runHelp = """
        OVERVIEW: Compile and run a Go program.

        USAGE: gomem run <file> [<args> ...]

        ARGUMENTS:
          <file>                  The Go source file, then the program's arguments.
          <args>                  Arguments passed to the program.

        OPTIONS:
          -h, --help              Show help information.


        """

    static let helpHelp = """
        OVERVIEW: Show subcommand help information.

        USAGE: gomem help [<subcommands> ...]

        ARGUMENTS:
          <subcommands>


        """

    /// Does what the invocation asks (build, run, or show its message).
    public static func execute(_ invocation: Invocation) -> CommandResult {
        switch invocation {
        case .build(let paths, let detail, let noInline):
            return detail > 0 ? Driver.buildEscape(paths, verbose: detail, inlining: !noInline) : Driver.build(paths)
        case .run(let file, let args):
            // The program's output goes to fds 1 and 2 as it is written (as a Go
            // binary's does); the result carries only the compiler's messages.
            return Driver.run(file, args: args, streamOutput: true)
        case .message(let r):
            return r
        }
    }

    /// The gomem command: parse, execute, write stdout then stderr, exit.
    public static func main(_ args: [String]) -> Never {
        let r = execute(parse(args))
        System.writeAll(1, r.stdout.utf8)
        System.writeAll(2, r.stderr.utf8)
        exit(r.exitCode)
    }
}
