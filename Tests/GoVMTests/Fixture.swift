// Fixture.swift — runs a small Go program in-process and hands its VM to a
// test after main has returned (Driver.run's `inspect` hook), with the
// addresses the program printed with the builtin println (which makes
// nothing escape): the tests then call the runtime's functions directly on
// real runtime objects and the program's own type descriptors.
import Foundation
import Testing
@testable import GoVM
import GoABI
import GomemDriver

enum Fixture {
    /// One fixture at a time: a run installs process-wide runtime hooks.
    static let lock = NSLock()

    /// Runs `source`; `body` gets the VM and the words printed by
    /// `println("label", x)` lines (a pointer, or an interface's two words).
    static func run(_ source: String, _ body: (VM, [String: [UInt]]) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gomem-vmtest-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try? source.write(to: dir.appendingPathComponent("prog.go"), atomically: true, encoding: .utf8)
        var ran = false
        var printed: [String: [UInt]] = [:]
        let r = withoutActuallyEscaping(body) { body in Driver.run("prog.go", args: [], cwd: dir.path, timeLimit: 60) { vm in
            ran = true
            for line in String(decoding: vm.out.stderr, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let words = parts[1].split(whereSeparator: { "(),".contains($0) }).compactMap { w -> UInt? in
                    w.hasPrefix("0x") ? UInt(w.dropFirst(2), radix: 16) : nil
                }
                printed[String(parts[0])] = words
            }
            body(vm, printed)
        } }
        #expect(ran, "the fixture did not run: \(r.stderr)")
    }
}
