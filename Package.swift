// swift-tools-version: 6.1
// gomem: Go's runtime memory system in Swift. One target per layer; dependencies
// go one way only: GoSyntax → GoTypes → GoEscape → GoCompiler → GoABI → GoRuntime;
// GoVM over GoABI and GoRuntime (not the front end), GoStdlib over GoVM, and
// GomemDriver (the command's logic) over all of them.
// No package dependencies, and nothing in the gomem executable imports
// Foundation (it would load ~22 MiB of shared libraries into every run):
// libc (Glibc) and the standard library only. GoFuzz and the tests may.
import PackageDescription

// The interpreter, the runtime and the natives are compiled with -O in debug
// builds too: the test suite runs hundreds of Go programs (allocation-heavy
// ones under GC stress) through the debug binary, and unoptimized they are
// an order of magnitude slower. Overflow checks and preconditions stay on;
// the front end and the tests keep -Onone.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "gomem",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gomem", targets: ["gomem"]),
    ],
    targets: [
        .target(name: "GoSyntax", exclude: ["ARCHITECTURE.md"]),
        .target(name: "GoTypes", dependencies: ["GoSyntax"], exclude: ["ARCHITECTURE.md"]),
        .target(name: "GoEscape", dependencies: ["GoSyntax", "GoTypes"], exclude: ["ARCHITECTURE.md"]),
        .target(name: "GomemDriver", dependencies: ["GoSyntax", "GoTypes", "GoEscape", "GoABI", "GoCompiler", "GoVM", "GoStdlib"], exclude: ["ARCHITECTURE.md"]),
        .target(name: "GoRuntime", exclude: ["ARCHITECTURE.md"], swiftSettings: optimizedInDebug),
        // The run-time ABI: bytecode, the program image, type descriptors and
        // the layouts of the runtime structures the VM and the natives read.
        // Below the compiler, so the interpreter does not link the front end.
        .target(name: "GoABI", dependencies: ["GoRuntime"], exclude: ["ARCHITECTURE.md"], swiftSettings: optimizedInDebug),
        .target(name: "GoCompiler", dependencies: ["GoSyntax", "GoTypes", "GoABI", "GoRuntime"], exclude: ["ARCHITECTURE.md"]),
        .target(name: "GoVM", dependencies: ["GoABI", "GoRuntime"], exclude: ["ARCHITECTURE.md"], swiftSettings: optimizedInDebug),
        .target(name: "GoStdlib", dependencies: ["GoVM", "GoABI", "GoRuntime"], exclude: ["ARCHITECTURE.md"], swiftSettings: optimizedInDebug),
        .executableTarget(name: "GoRuntimeBench", dependencies: ["GoRuntime"]),
        // The front end's fuzz target (scripts/fuzz.sh builds it with libFuzzer).
        .executableTarget(name: "GoFuzz", dependencies: ["GoSyntax", "GoTypes"]),
        .executableTarget(name: "gomem", dependencies: ["GomemDriver"]),
        .testTarget(name: "GoSyntaxTests", dependencies: ["GoSyntax"]),
        .testTarget(name: "GoTypesTests", dependencies: ["GoTypes"]),
        .testTarget(name: "EndToEndTests", dependencies: ["GomemDriver"]),
        .testTarget(name: "GoRuntimeTests", dependencies: ["GoRuntime"]),
        .testTarget(name: "GoEscapeTests", dependencies: ["GoEscape", "GomemDriver"]),
        .testTarget(name: "GoStdlibTests", dependencies: ["GoStdlib"]),
        .testTarget(name: "GoVMTests", dependencies: ["GoVM", "GoABI", "GoRuntime", "GomemDriver"]),
    ],
    swiftLanguageModes: [.v6]
)
