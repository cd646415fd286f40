// Print.swift — the runtime's output (Go's print.go and the writes of
// os.Stdout/os.Stderr): `OutputSink` takes every byte the program writes to
// file descriptors 1 and 2, and the print/println builtins and panic values
// are formatted here as Go's runtime formats them.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// Where output goes (Go's os.Stdout and os.Stderr): straight to file
/// descriptors 1 and 2, one write(2) per Go write and nothing kept, as Go's
/// unbuffered os.File (`direct`: the gomem command, so the two streams
/// interleave in program order on one pipe and output size costs no
/// memory); or into buffers a test reads after the run.
public final class OutputSink: @unchecked Sendable {
    public var stdout: [UInt8] = []
    public var stderr: [UInt8] = []
    public var direct: Bool
    public init(direct: Bool) { self.direct = direct }
    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        if direct {
            OutputSink.writeAll(fd, bytes)
        } else if fd == 2 {
            stderr.append(contentsOf: bytes)
        } else {
            stdout.append(contentsOf: bytes)
        }
    }

    /// write(2) until every byte is out (retrying short writes and EINTR).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        var p = bytes.baseAddress
        var n = bytes.count
        while n > 0, let q = p {
            let w = Glibc.write(fd, q, n)
            if w < 0 && errno == EINTR { continue }
            if w <= 0 { break }
            p = q + w; n -= w
        }
    }

    /// Writes what is buffered to the real standard output and error (before
    /// the runtime prints a fatal error and exits the process); nothing to
    /// do when writes are direct.
    public func flush() {
        if direct { return }
        for (fd, bytes) in [(Int32(1), stdout), (Int32(2), stderr)] where !bytes.isEmpty {
            bytes.withUnsafeBytes { OutputSink.writeAll(fd, $0) }
        }
        stdout.removeAll(); stderr.removeAll()
    }
    public func write(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { write(fd, UnsafeRawBufferPointer($0)) }
    }
}

extension VM {
    /// The print builtin (to standard error).
    func printBuiltin(_ p: UnsafeMutableRawPointer, _ w: UInt16) {
        var s: String
        switch w {
        case 1: s = String(p.load(as: Int64.self))
        case 2: s = String(p.load(as: UInt64.self))
        case 3: s = formatFloatG(p.load(as: Double.self), bits: 64)
        case 11: s = formatFloatG(Double(Float(bitPattern: p.load(as: UInt32.self))), bits: 32)
        case 13:
            let c = p.load(as: Complex128Parts.self)
            s = formatComplexG(c.re, c.im, bits: 64)
        case 14:
            let c = p.load(as: Complex64Parts.self)
            s = formatComplexG(Double(c.re), Double(c.im), bits: 32)
        case 4: s = p.load(as: Int64.self) != 0 ? "true" : "false"
        case 5:
            let gs = p.load(as: GoString.self)
            out.write(2, UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: gs.ptr), count: gs.len))
            return
        case 6: s = "0x" + String(p.load(as: UInt.self), radix: 16)
        case 7: s = "\n"
        case 8: s = " "
        case 9, 10:
            let e = p.load(as: EFace.self)
            s = "(0x" + String(e.type, radix: 16) + ",0x" + String(e.data, radix: 16) + ")"
        case 12:
            let sl = p.load(as: SliceHeader.self)
            s = "[\(sl.len)/\(sl.cap)]0x" + String(sl.ptr, radix: 16)
        default: s = "?"
        }
        out.write(2, s)
    }

    /// The value as the print builtin shows it (for panics).
    func printValue(_ t: TypeRef, data: UInt) -> String {
        let p = UnsafeRawPointer(bitPattern: data)
        switch t.kind {
        case .bool: return p!.load(as: UInt8.self) != 0 ? "true" : "false"
        case .int, .int64: return String(p!.load(as: Int64.self))
        case .int8: return String(p!.load(as: Int8.self))
        case .int16: return String(p!.load(as: Int16.self))
        case .int32: return String(p!.load(as: Int32.self))
        case .uint, .uint64, .uintptr: return String(p!.load(as: UInt64.self))
        case .uint8: return String(p!.load(as: UInt8.self))
        case .uint16: return String(p!.load(as: UInt16.self))
        case .uint32: return String(p!.load(as: UInt32.self))
        case .float64: return formatFloatG(p!.load(as: Double.self), bits: 64)
        case .float32: return formatFloatG(Double(p!.load(as: Float.self)), bits: 32)
        case .complex128:
            let c = p!.load(as: Complex128Parts.self)
            return formatComplexG(c.re, c.im, bits: 64)
        case .complex64:
            let c = p!.load(as: Complex64Parts.self)
            return formatComplexG(Double(c.re), Double(c.im), bits: 32)
        case .string: return p!.load(as: GoString.self).string
        default: return "?"
        }
    }

}
