// TypeDescriptor.swift — the raw layout of type descriptors, itabs and the
// tables they point to, as they lie in the program's read-only data (Go's
// internal/abi type.go, much simplified).
//
// A descriptor starts with GoRuntime's `GoTypeData` (size, ptrBytes, align,
// gcdata), so a descriptor's address is a `GoType` for mallocgc. After it
// come what fmt, interfaces and equality need:
//
//     +0   size        Int                ┐
//     +8   ptrBytes    Int                │ GoTypeData (the runtime's view)
//     +16  align       Int                │
//     +24  gcdata      *UInt8 (bitmap)    ┘
//     +32  kind        Kind.rawValue
//     +40  flags       TypeFlags          (direct interface, comparable, named)
//     +48  name        string (ptr, len)  (%T text: "main.Point", "[]int")
//     +64  elem        *TypeDescriptor    (pointer, slice, array, map value, chan)
//     +72  key         *TypeDescriptor    (map key)
//     +80  len         Int                (array length)
//     +88  fields      *FieldDescriptor   (struct fields / interface methods)
//     +96  nfields     Int
//     +104 methods     *MethodDescriptor  (method set of T, sorted by name)
//     +112 nmethods    Int
//     +120 ptrMethods  *MethodDescriptor  (method set of *T for a named T)
//     +128 nptrMethods Int
//
// Worked example: struct{ a bool; p *int }: size 16, ptrBytes 16, align 8,
// gcdata 0b10 (word 1 is a pointer), kind struct, two FieldDescriptors at
// offsets 0 and 8.
//
// An itab (non-empty interface value's first word) is
//     +0 inter *TypeDescriptor, +8 type *TypeDescriptor, +16 n Int,
//     +24 fun[n]: ItabEntry (function index, receiver mode)
// An empty interface's first word is the type descriptor itself.
import GoRuntime

public enum Kind: Int, Sendable {
    case invalid
    case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128
    case array, chan, `func`, interface, map, pointer, slice, string, `struct`, unsafePointer
}

public struct TypeFlags: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// The value is stored directly in an interface's data word (pointer-shaped).
    public static let directIface = TypeFlags(rawValue: 1)
    public static let comparable = TypeFlags(rawValue: 2)
    public static let named = TypeFlags(rawValue: 4)
    /// An error-like runtime type whose Error method is native (runtime errors).
    public static let runtimeError = TypeFlags(rawValue: 8)
}

/// A Go string header in raw memory.
public struct GoString: Sendable {
    public var ptr: UInt
    public var len: Int
    public init(ptr: UInt, len: Int) { self.ptr = ptr; self.len = len }
    public var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafePointer(bitPattern: ptr), count: len)
    }
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

public struct TypeDescriptor {
    public var size: Int
    public var ptrBytes: Int
    public var align: Int
    public var gcdata: UnsafePointer<UInt8>?
    public var kind: Int
    public var flags: Int
    public var name: GoString
    public var elem: UnsafePointer<TypeDescriptor>?
    public var key: UnsafePointer<TypeDescriptor>?
    public var len: Int
    public var fields: UnsafePointer<FieldDescriptor>?
    public var nfields: Int
    public var methods: UnsafePointer<MethodDescriptor>?
    public var nmethods: Int
    public var ptrMethods: UnsafePointer<MethodDescriptor>?
    public var nptrMethods: Int
}

/// A struct field, or (in an interface descriptor) a method with `type` its signature.
public struct FieldDescriptor {
    public var name: GoString
    public var type: UnsafePointer<TypeDescriptor>?
    public var offset: Int
    public var embedded: Int
    /// A blank field `_`: left out of hashing and equality (no allocation).
    public var isBlank: Bool { name.len == 1 && name.bytes[0] == UInt8(ascii: "_") }
}

/// One method of a method set.
public struct MethodDescriptor {
    public var name: GoString
    /// Signature descriptor (without receiver), for matching against interfaces.
    public var type: UnsafePointer<TypeDescriptor>?
    /// Function index of the method's code.
    public var fn: Int
    /// How an interface call passes the receiver: 0 the data word itself, n > 0
    /// copy n bytes from the address in the data word.
    public var recvCopy: Int
}

public struct ItabEntry {
    public var fn: Int
    public var recvCopy: Int
    public init(fn: Int, recvCopy: Int) { self.fn = fn; self.recvCopy = recvCopy }
}

public struct ItabHeader {
    public var inter: UnsafePointer<TypeDescriptor>
    public var type: UnsafePointer<TypeDescriptor>
    public var n: Int
}

/// A handle to a descriptor in read-only data.
public struct TypeRef: Equatable, @unchecked Sendable {
    public let raw: UnsafePointer<TypeDescriptor>
    @inline(__always) public init(_ raw: UnsafePointer<TypeDescriptor>) { self.raw = raw }
    @inline(__always) public init?(bits: UInt) {
        guard let p = UnsafePointer<TypeDescriptor>(bitPattern: bits) else { return nil }
        raw = p
    }
    @inline(__always) public var bits: UInt { UInt(bitPattern: raw) }
    public var size: Int { raw.pointee.size }
    public var kind: Kind { Kind(rawValue: raw.pointee.kind) ?? .invalid }
    public var flags: TypeFlags { TypeFlags(rawValue: raw.pointee.flags) }
    public var name: String { raw.pointee.name.string }
    public var elem: TypeRef? { raw.pointee.elem.map(TypeRef.init) }
    public var key: TypeRef? { raw.pointee.key.map(TypeRef.init) }
    public var len: Int { raw.pointee.len }
    public var fields: UnsafeBufferPointer<FieldDescriptor> {
        UnsafeBufferPointer(start: raw.pointee.fields, count: raw.pointee.nfields)
    }
    public var methods: UnsafeBufferPointer<MethodDescriptor> {
        UnsafeBufferPointer(start: raw.pointee.methods, count: raw.pointee.nmethods)
    }
    public var ptrMethods: UnsafeBufferPointer<MethodDescriptor> {
        UnsafeBufferPointer(start: raw.pointee.ptrMethods, count: raw.pointee.nptrMethods)
    }
    /// The runtime's view, for mallocgc.
    public var goType: GoRuntime.GoType {
        GoRuntime.GoType(UnsafeRawPointer(raw).assumingMemoryBound(to: GoTypeData.self))
    }
    public var isDirectIface: Bool { flags.contains(.directIface) }
    /// Finds a method by name in T's method set.
    public func method(named n: String) -> MethodDescriptor? {
        for m in methods where m.name.string == n { return m }
        return nil
    }
}
