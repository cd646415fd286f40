// main.swift — the gomem command: a thin layer over GomemDriver, whose
// CLI.swift parses the command line and runs it.
//
//   gomem build [-m [-m]] [-l] FILE.go... | DIR
//   gomem run FILE.go [args...]
import GomemDriver

CLI.main(Array(CommandLine.arguments.dropFirst()))
