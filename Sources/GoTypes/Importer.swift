// Importer.swift — importing the standard packages gomem provides.
//
// Each package's declared surface is Go source text (StdlibSurface); on first
// import it is parsed and type-checked like any package (function bodies are
// absent, which is allowed there), then cached. Surfaces may import each
// other; an import cycle among them is reported as an error rather than
// recursing. `unsafe` is built in (Universe.unsafePackage).
import GoSyntax

public final class StdImporter: Importer {
    public private(set) var cache: [String: Package] = [:]
    public private(set) var infos: [String: Info] = [:]
    /// Diagnostics from checking the surfaces themselves (should be empty).
    public private(set) var surfaceDiagnostics: [String: [String]] = [:]
    public let fileSet = FileSet()
    private var inProgress = Set<String>()
    /// Extra sources by import path (tests, or packages added by the driver).
    public var extraSources: [String: String] = [:]

    public init() {}

    public static func isKnown(_ path: String) -> Bool { StdlibSurface.sources[path] != nil || path == "unsafe" }

    public func importPackage(_ path: String) throws -> Package {
        if path == "unsafe" { return Universe.unsafePackage }
        if let p = cache[path] { return p }
        guard let src = extraSources[path] ?? StdlibSurface.sources[path] else {
            throw ImportError("package \(path) is not in std (\(goroot)/src/\(path))")
        }
        if inProgress.contains(path) {
            throw ImportError("import cycle not allowed")
        }
        inProgress.insert(path)
        defer { inProgress.remove(path) }
        let name = "$GOROOT/src/\(path)/\(path.split(separator: "/").last ?? "x").go"
        let idx = fileSet.add(name)
        let (file, diags) = parseFile(Array(src.utf8), filename: name, fileIndex: idx)
        guard let file else {
            throw ImportError("could not import \(path) (\(diags.first?.message ?? "parse error"))")
        }
        let pkg = Package(path: path, name: file.pkgName.value)
        let info = Info()
        let c = Checker(pkg: pkg, info: info, fileSet: fileSet, importer: self)
        c.isStdSurface = true
        c.checkFiles([file])
        pkg.complete = true
        let all = diags + c.diagnostics.filter { !$0.soft }
        if !all.isEmpty {
            surfaceDiagnostics[path] = all.map { "\(fileSet.format($0.pos)): \($0.message)" }
        }
        cache[path] = pkg
        infos[path] = info
        return pkg
    }
}
