// Env.swift — the little the checker takes from the environment.
import Foundation

/// GOROOT as shown in the go command's "package ... is not in std (GOROOT/src/...)".
let goroot = ProcessInfo.processInfo.environment["GOROOT"] ?? "/usr/local/go"

