// Env.swift — the little the checker takes from the environment.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// GOROOT as shown in the go command's "package ... is not in std (GOROOT/src/...)".
let goroot = getenv("GOROOT").map { String(cString: $0) } ?? "/usr/local/go"
