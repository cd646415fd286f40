// Pos.swift — source positions as the Go compiler counts them.
//
// A Pos names a file (by its index in a FileSet), a 1-based line and a 1-based
// column counted in bytes, exactly as cmd/compile prints `file.go:LINE:COL`.
// Invariants: line == 0 means "no position"; col counts UTF-8 bytes, a tab is
// one byte; positions are ordered by (file, line, col).

public struct Pos: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: Int32
    public var line: Int32
    public var col: Int32

    public init(file: Int32 = 0, line: Int32, col: Int32) {
        self.file = file
        self.line = line
        self.col = col
    }

    public static let none = Pos(file: 0, line: 0, col: 0)
    public var isKnown: Bool { line > 0 }

    public static func < (a: Pos, b: Pos) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        return a.col < b.col
    }

    public var description: String { "\(line):\(col)" }
}

/// The files of one compilation, so that a Pos can be printed with its file name.
public final class FileSet: @unchecked Sendable {
    public private(set) var names: [String] = []

    public init() {}

    /// Registers a file name and returns its index for Pos.file.
    public func add(_ name: String) -> Int32 {
        names.append(name)
        return Int32(names.count - 1)
    }

    public func name(of pos: Pos) -> String {
        Int(pos.file) < names.count ? names[Int(pos.file)] : "?"
    }

    /// `name:line:col` as the Go compiler prints it.
    public func format(_ pos: Pos) -> String {
        "\(name(of: pos)):\(pos.line):\(pos.col)"
    }
}

/// A diagnostic at a position: syntax errors from the scanner and parser,
/// type errors from the checker. `soft` errors (unused variables and imports)
/// are reported like any other but do not stop later phases in Go.
public struct Diagnostic: Sendable, CustomStringConvertible {
    public var pos: Pos
    public var message: String
    public var soft: Bool

    public init(_ pos: Pos, _ message: String, soft: Bool = false) {
        self.pos = pos
        self.message = message
        self.soft = soft
    }

    public var description: String { "\(pos): \(message)" }
}
