// Fuzz.swift — the fuzz target for the front end: scanner, parser and type
// checker must neither crash nor hang on any input.
//
// Built with libFuzzer (scripts/fuzz.sh):
//   swift build -c release --product GoFuzz -Xswiftc -sanitize=fuzzer
//     -Xswiftc -parse-as-library -Xswiftc -DGOMEM_FUZZ
// libFuzzer then drives `fuzzOne` with mutations of the seed corpus
// (testdata/programs and testdata/errors). Built normally, GoFuzz replays the
// files named on its command line through the same function, so a crash
// libFuzzer found can be reproduced in a debugger or a plain build.
import GoSyntax
import GoTypes

/// One importer for the whole run: the standard surfaces are checked once.
nonisolated(unsafe) let importer = StdImporter()

/// Parses the input as one Go file and, when it parses, type-checks it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = Array(UnsafeBufferPointer(start: data, count: size))
    let fileSet = FileSet()
    let index = fileSet.add("fuzz.go")
    let (file, errors) = parseFile(source, filename: "fuzz.go", fileIndex: index)
    // As the driver does: only a syntax error stops before type checking.
    if let file, !errors.contains(where: { $0.message.hasPrefix("syntax error") }) {
        let (_, _, typeErrors) = checkPackage(files: [file], fileSet: fileSet, importer: importer)
        _ = formatErrors(typeErrors, fileSet: fileSet)
    }
    return 0
}

#if GOMEM_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name; hand control
/// to libFuzzer's driver.
@_cdecl("GoFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args, fuzzOne)
}
#else
import Foundation

@main enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("cannot read \(path)")
                continue
            }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { b in
                fuzzOne(b.baseAddress ?? UnsafePointer(bitPattern: 1)!, b.count)
            }
            print("ok \(path)")
        }
    }
}
#endif
