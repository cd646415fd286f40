// main.swift — the gomem command line: a thin layer over GomemDriver.
//
//   gomem build [-m [-m]] [-l] FILE.go... | DIR
//   gomem run FILE.go [args...]
import ArgumentParser
import Foundation
import GomemDriver

struct Gomem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gomem",
        abstract: "Go's runtime memory system in Swift: compile and run Go programs.",
        subcommands: [Build.self, Run.self]
    )
}

func finish(_ r: CommandResult) -> Never {
    FileHandle.standardOutput.write(Data(r.stdout.utf8))
    FileHandle.standardError.write(Data(r.stderr.utf8))
    exit(r.exitCode)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Type-check a Go program; print errors as the Go compiler does.")

    @Flag(name: .customShort("m"), help: "Print escape analysis decisions (repeat for more detail).")
    var escapeDetail: Int

    @Flag(name: .customShort("l"), help: "Disable inlining (gomem never inlines; accepted for go build compatibility).")
    var noInline = false

    @Argument(help: "Go source files, or one directory.")
    var paths: [String]

    func run() throws {
        if escapeDetail > 0 {
            finish(Driver.buildEscape(paths, verbose: escapeDetail))
        }
        finish(Driver.build(paths))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compile and run a Go program.")

    @Argument(help: "The Go source file, then the program's arguments.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the program.")
    var args: [String] = []

    func run() throws {
        finish(Driver.run(file, args: args))
    }
}

Gomem.main()
