// CLITests.swift — the gomem command line (GomemDriver's CLI.swift): the
// invocations it accepts, and the help and usage errors it has printed since
// it used swift-argument-parser.
import Testing
@testable import GomemDriver

@Suite struct CLITests {
    func message(_ args: [String]) -> CommandResult? {
        if case .message(let r) = CLI.parse(args) { return r }
        return nil
    }

    @Test func buildAndRunInvocations() {
        #expect(CLI.parse(["build", "a.go", "b.go"]) == .build(paths: ["a.go", "b.go"], escapeDetail: 0, noInline: false))
        #expect(CLI.parse(["build", "-m", "-m", "-l", "dir"]) == .build(paths: ["dir"], escapeDetail: 2, noInline: true))
        #expect(CLI.parse(["build", "-ml", "a.go", "-m"]) == .build(paths: ["a.go"], escapeDetail: 2, noInline: true))
        #expect(CLI.parse(["build", "-m", "--", "-m", "-"]) == .build(paths: ["-m", "-"], escapeDetail: 1, noInline: false))
        #expect(CLI.parse(["run", "p.go"]) == .run(file: "p.go", args: []))
        #expect(CLI.parse(["run", "p.go", "-h", "--", "x", "--help"]) == .run(file: "p.go", args: ["-h", "--", "x", "--help"]))
        #expect(CLI.parse(["run", "--", "p.go", "x"]) == .run(file: "p.go", args: ["x"]))
        #expect(CLI.parse(["run", "--", "-h"]) == .run(file: "-h", args: []))
    }

    @Test func helpTexts() {
        let root = message([])
        #expect(root?.exitCode == 0 && root?.stderr == "")
        #expect(root?.stdout.hasPrefix("OVERVIEW: Go's runtime memory system in Swift: compile and run Go programs.\n\nUSAGE: gomem <subcommand>\n") == true)
        #expect(root?.stdout.hasSuffix("  See 'gomem help <subcommand>' for detailed help.\n") == true)
        for args in [["-h"], ["--help"], ["help"], ["help", "nothing"], ["-h", "build"]] { #expect(message(args) == root) }
        let build = message(["build", "-h"])
        #expect(build?.stdout.hasPrefix("OVERVIEW: Type-check a Go program; print errors as the Go compiler does.\n\nUSAGE: gomem build [-m ...] [-l] <paths> ...\n") == true)
        #expect(build?.stdout.hasSuffix("  -h, --help              Show help information.\n\n") == true)
        for args in [["help", "build"], ["build", "a.go", "--help"], ["build", "-mh", "a.go"], ["build", "--foo", "-help"]] {
            #expect(message(args) == build)
        }
        let run = message(["run", "--help", "p.go"])
        #expect(run?.stdout.hasPrefix("OVERVIEW: Compile and run a Go program.\n\nUSAGE: gomem run <file> [<args> ...]\n") == true)
        #expect(message(["help", "run"]) == run)
    }

    @Test func usageErrors() {
        func error(_ args: [String]) -> String? {
            guard let r = message(args), r.exitCode == 64, r.stdout.isEmpty else { return nil }
            return r.stderr
        }
        #expect(error(["build"]) == """
            Error: Missing expected argument '<paths> ...'
            Help:  <paths>  Go source files, or one directory.
            Usage: gomem build [-m ...] [-l] <paths> ...
              See 'gomem build --help' for more information.

            """)
        #expect(error(["run", "-m"]) == """
            Error: Missing expected argument '<file>'
            Help:  <file>  The Go source file, then the program's arguments.
            Usage: gomem run <file> [<args> ...]
              See 'gomem run --help' for more information.

            """)
        #expect(error(["build", "-x", "--foo", "a.go"])?.hasPrefix("Error: Unknown option '-x'\nUsage: gomem build") == true)
        #expect(error(["build", "-mlq", "a.go"])?.hasPrefix("Error: Unknown option '-q'\n") == true)
        #expect(error(["run", "-xy", "p.go"])?.hasPrefix("Error: Unknown option '-xy'\nUsage: gomem run") == true)
        #expect(error(["build", "-m=2"])?.hasPrefix("Error: The option '-m' does not take any value, but '2' was specified.\n") == true)
        #expect(error(["foo"]) == "Error: Unexpected argument 'foo'\nUsage: gomem <subcommand>\n  See 'gomem --help' for more information.\n")
        #expect(error(["BUILD", "a.go"])?.hasPrefix("Error: 2 unexpected arguments: 'BUILD', 'a.go'\n") == true)
        #expect(error(["--version"])?.hasPrefix("Error: Unknown option '--version'\nUsage: gomem <subcommand>\n") == true)
        #expect(error(["run", "p.go", "-=x"])?.hasPrefix("Error: Invalid option: -=x\nUsage: gomem <subcommand>\n") == true)
        #expect(error(["help", "-x"]) == "Error: Unknown option '-x'\nUsage: gomem help [<subcommands> ...]\n")
    }
}
