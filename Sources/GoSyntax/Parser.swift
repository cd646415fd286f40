// Parser.swift — a recursive-descent parser for Go 1.27 source files.
//
// The parser follows cmd/compile/internal/syntax/parser.go production by
// production, so that the tree, the positions and the syntax errors are the
// ones the Go compiler produces (see Nodes.swift for the node conventions).
// This file holds the parser state, error reporting and the file level;
// the productions live in Parser+Decls.swift, Parser+Exprs.swift and
// Parser+Stmts.swift.
//
// How it works:
//   1. One token of lookahead (`tok` and friends, from the Scanner). Every
//      production either consumes a token or returns; error recovery
//      (`advance`) skips to a token of a follow set, stopping at EOF.
//   2. Errors are reported as Go reports them: the first one of a line
//      that starts with "syntax error" wins, and messages with the forms
//      "in …", "at …", "after …" and "expected …" get the current token
//      prepended ("syntax error: unexpected newline, expected comma or )").
//   3. `xnest` resolves the composite-literal ambiguity: in an if/for/switch
//      header it is -1, so `T {` there starts the block, not a literal,
//      until a parenthesis, bracket or brace raises it again.
//   4. `depth` counts nested productions. Beyond `maxDepth` the parser
//      reports "syntax error: nesting too deep" and halts the scanner, which
//      then yields only EOF, so the parser unwinds at once: deep input can
//      never overflow the Swift stack.
// Invariants: the parser never traps and always terminates; `parseFile`
// returns a File whenever the package clause parsed without error.

/// Parses one Go source file. Returns the file (nil if the package clause
/// is missing or malformed) and the syntax errors in the order of their
/// positions, at most one "syntax error" per line, as the Go compiler prints them.
/// The parse runs on a thread with a large stack (see LargeStack.swift).
public func parseFile(_ source: [UInt8], filename: String, fileIndex: Int32) -> (File?, [Diagnostic]) {
    withLargeStack {
        let p = Parser(source, filename: filename, fileIndex: fileIndex)
        let file = p.parse()
        return (file, p.sortedDiagnostics())
    }
}

final class Parser {
    static let maxDepth = 1000

    var s: Scanner
    let filename: String
    let fileIndex: Int32

    /// All errors, in the order they were reported (after Go's per-line filter).
    var diags: [Diagnostic] = []
    /// Number of errors reported (before filtering), like Go's errcnt.
    var errcnt = 0
    var lastSyntaxLine = -1
    var lastOtherLine = -1
    var lastOtherMsg = ""

    var fnest = 0   // function nesting level
    var xnest = 0   // expression nesting level (composite literal ambiguity)
    var depth = 0   // nesting of recursive productions
    /// Directives read but not yet attached to a declaration.
    var pending: [Scanner.Directive] = []
    /// Every well-formed //go:linkname of the file (File.linknames).
    var linknames: [LinknameDirective] = []

    init(_ source: [UInt8], filename: String, fileIndex: Int32) {
        s = Scanner(source)
        self.filename = filename
        self.fileIndex = fileIndex
    }

    // MARK: tokens

    var tok: Token { s.tok }
    var lit: String { s.lit }
    var pos: Pos { Pos(file: fileIndex, line: Int32(clamping: s.line), col: Int32(clamping: s.col)) }

    func posAt(_ line: Int, _ col: Int) -> Pos {
        Pos(file: fileIndex, line: Int32(clamping: line), col: Int32(clamping: col))
    }

    func next() {
        s.next()
        if !s.src.errors.isEmpty {
            let errs = s.src.errors
            s.src.errors.removeAll()
            for e in errs { errorAt(posAt(e.line, e.col), e.msg) }
        }
        if !s.pragmas.isEmpty { takeDirectives() }
    }

    func got(_ t: Token) -> Bool {
        if tok == t {
            next()
            return true
        }
        return false
    }

    func want(_ t: Token) {
        if !got(t) {
            syntaxError("expected " + tokstring(t))
            advance()
        }
    }

    /// Like got(.assign), but also accepts ":=" (with an error).
    func gotAssign() -> Bool {
        switch tok {
        case .define:
            syntaxError("expected =")
            next()
            return true
        case .assign:
            next()
            return true
        default:
            return false
        }
    }

    /// Whether the current token is the operator op (`|`, `~`).
    func isOp(_ op: Operator) -> Bool { tok == .operator && s.op == op }

    // MARK: pragmas

    /// Moves the directives the scanner just read to `pending`, reporting
    /// misuse as the Go compiler's noder does (these errors are not syntax
    /// errors and do not stop type checking).
    private func takeDirectives() {
        for d in s.pragmas {
            let dpos = posAt(d.line, d.col)
            if !d.blank {
                report(dpos, "misplaced compiler directive")   // must be on a line by itself
                continue
            }
            switch d.verb {
            case "go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec":
                report(dpos, "//\(d.verb) only allowed in runtime")
            case "go:uintptrkeepalive":
                report(dpos, "//\(d.verb) is only allowed in the standard library")
            case "go:linkname", "go:linknamestd":
                // Go checks the fields of "go:linkname ..." (with a blank)
                let fields = d.args.split(whereSeparator: { $0 == " " || $0 == "\t" })
                let n = fields.count + 1
                if d.args.hasPrefix(" ") && (n < 2 || n > 3) {
                    report(dpos, "usage: //\(d.verb) localname [linkname]")
                    continue
                }
                if d.verb == "go:linkname" && d.args.hasPrefix(" ") {
                    linknames.append(LinknameDirective(pos: dpos, local: String(fields[0]),
                                                       target: n == 3 ? String(fields[1]) : nil))
                }
            default:
                break
            }
            pending.append(d)
        }
        s.pragmas = []
    }

    /// The directives before the declaration being parsed.
    func takePragma() -> Pragma {
        let p = Pragma(pending.map(\.verb), positions: pending.map { posAt($0.line, $0.col) })
        pending = []
        return p
    }

    /// Drops directives at a place that takes none, reporting those that
    /// would have had an effect.
    func clearPragma() {
        guard !pending.isEmpty else { return }
        for d in pending {
            if Parser.flagDirectives.contains(d.verb) {
                report(posAt(d.line, d.col), "misplaced compiler directive")
            } else if d.verb == "go:embed" {
                report(posAt(d.line, d.col), "misplaced go:embed directive")
            }
        }
        pending = []
    }

    /// Directives that set a flag on the declaration that follows.
    static let flagDirectives: Set<String> = [
        "go:build", "go:noescape", "go:norace", "go:nosplit", "go:noinline", "go:nocheckptr",
        "go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec",
        "go:cgo_unsafe_args", "go:uintptrkeepalive", "go:uintptrescapes", "go:registerparams",
    ]

    // MARK: errors

    func errorAt(_ pos: Pos, _ msg: String) {
        errcnt += 1
        report(pos, msg)
    }

    /// Records an error through the compiler's filter: one "syntax error"
    /// per line, and no repeated identical message on a line.
    func report(_ pos: Pos, _ msg: String) {
        let line = Int(pos.line)
        if msg.hasPrefix("syntax error") {
            if line == lastSyntaxLine { return }
            lastSyntaxLine = line
        } else {
            if line == lastOtherLine && msg == lastOtherMsg { return }
            lastOtherLine = line
            lastOtherMsg = msg
        }
        diags.append(Diagnostic(pos, msg))
    }

    func error(_ msg: String) { errorAt(pos, msg) }

    func syntaxError(_ msg: String) { syntaxErrorAt(pos, msg) }

    func syntaxErrorAt(_ pos: Pos, _ msg: String) {
        if tok == .eof && errcnt > 0 { return }   // avoid meaningless follow-up errors
        var m = msg
        if m.isEmpty {
        } else if m.hasPrefix("in ") || m.hasPrefix("at ") || m.hasPrefix("after ") {
            m = " " + m
        } else if m.hasPrefix("expected ") {
            m = ", " + m
        } else {
            errorAt(pos, "syntax error: " + m)
            return
        }
        let t: String
        switch tok {
        case .name: t = "name " + lit
        case .semi: t = lit
        case .literal: t = "literal " + lit
        case .operator: t = s.op.description
        case .assignOp: t = s.op.description + "="
        case .incOp: t = s.op.description + s.op.description
        default: t = tokstring(tok)
        }
        errorAt(pos, "syntax error: unexpected " + t + m)
    }

    /// Skips tokens until one of followlist (or, inside a function, a
    /// statement keyword) or EOF. With an empty list it skips one token.
    func advance(_ followlist: Token...) {
        if followlist.isEmpty {
            if tok != .eof { next() }
            return
        }
        while tok != .eof {
            if followlist.contains(tok) { return }
            if fnest > 0 && isStopToken(tok) { return }
            next()
        }
    }

    private func isStopToken(_ t: Token) -> Bool {
        switch t {
        case .break, .const, .continue, .defer, .fallthrough, .for, .go, .goto,
             .if, .return, .select, .switch, .type, .var:
            return true
        default:
            return false
        }
    }

    /// Entered a nested production: false (after reporting, once) if the
    /// input nests too deeply. The caller must still call leave().
    func enter() -> Bool {
        depth += 1
        if depth <= Parser.maxDepth { return true }
        if !s.halted {
            errorAt(pos, "syntax error: nesting too deep")
            s.halt()
        }
        return false
    }

    func leave() { depth -= 1 }

    func sortedDiagnostics() -> [Diagnostic] {
        // Stable sort by position, as the compiler sorts before printing.
        let indexed = diags.enumerated().sorted { a, b in
            if a.element.pos != b.element.pos { return a.element.pos < b.element.pos }
            return a.offset < b.offset
        }
        return indexed.map { $0.element }
    }

    // MARK: file

    func parse() -> File? {
        next()
        return fileOrNil()
    }

    /// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    func fileOrNil() -> File? {
        let fpos = pos
        if !got(.package) {
            syntaxError("package statement must be first")
            return nil
        }
        _ = takePragma()   // directives before the package clause (//go:build) are not kept
        let pkgName = name()
        want(.semi)
        if errcnt > 0 { return nil }

        var decls: [Decl] = []
        var prev = Token.import
        while tok != .eof {
            if tok == .import && prev != .import {
                syntaxError("imports must appear before other declarations")
            }
            prev = tok
            switch tok {
            case .import:
                next()
                appendGroup(&decls) { g, _ in self.importDecl(g) }
            case .const:
                next()
                appendGroup(&decls) { g, i in self.constDecl(g, iota: i) }
            case .type:
                next()
                appendGroup(&decls) { g, _ in self.typeDecl(g) }
            case .var:
                next()
                appendGroup(&decls) { g, _ in self.varDecl(g) }
            case .func:
                next()
                if let d = funcDeclOrNil() { decls.append(d) }
            default:
                if tok == .lbrace, let f = decls.last as? FuncDecl, f.body == nil {
                    syntaxError("unexpected semicolon or newline before {")
                } else {
                    syntaxError("non-declaration statement outside function body")
                }
                advance(.import, .const, .type, .var, .func)
                continue
            }
            clearPragma()
            if tok != .eof && !got(.semi) {
                syntaxError("after top level declaration")
                advance(.import, .const, .type, .var, .func)
            }
        }
        clearPragma()
        let file = File(fpos, pkgName: pkgName, declList: decls, eof: pos, filename: filename)
        file.linknames = linknames
        return file
    }

    /// list = [ f { sep f } [sep] ] close . Calls f until it returns true.
    /// Returns the position of the closing token.
    @discardableResult
    func list(_ context: String, _ sep: Token, _ close: Token, _ f: () -> Bool) -> Pos {
        var done = false
        while tok != .eof && tok != close && !done {
            done = f()
            if !got(sep) && tok != close {
                syntaxError("in \(context); possibly missing \(tokstring(sep)) or \(tokstring(close))")
                advance(.rparen, .rbrack, .rbrace)
                if tok != close { return pos }
            }
        }
        let p = pos
        want(close)
        return p
    }

    /// appendGroup(f) = f | "(" { f ";" } ")" . f gets the group and the
    /// index of the spec within it.
    func appendGroup(_ list: inout [Decl], _ f: (Group?, Int) -> Decl?) {
        if tok == .lparen {
            let g = Group()
            clearPragma()
            next()
            var i = 0
            var out: [Decl] = []
            self.list("grouped declaration", .semi, .rparen) {
                if let x = f(g, i) { out.append(x) }
                i += 1
                return false
            }
            list.append(contentsOf: out)
        } else if let x = f(nil, 0) {
            list.append(x)
        }
    }

    // MARK: names

    func name() -> Name {
        if tok == .name {
            let n = Name(pos, lit)
            next()
            return n
        }
        let n = Name(pos, "_")
        syntaxError("expected name")
        advance()
        return n
    }

    /// IdentifierList = identifier { "," identifier } .
    func nameList(_ first: Name) -> [Name] {
        var l = [first]
        while got(.comma) { l.append(name()) }
        return l
    }

    func badExpr() -> BadExpr { BadExpr(pos) }
}

/// The English word for a token in error messages.
func tokstring(_ t: Token) -> String {
    switch t {
    case .comma: return "comma"
    case .semi: return "semicolon or newline"
    case .break, .case, .chan, .const, .continue, .default, .defer, .else,
         .fallthrough, .for, .func, .go, .goto, .if, .import, .interface,
         .map, .package, .range, .return, .select, .struct, .switch, .type, .var:
        return "keyword " + t.description
    default:
        return t.description
    }
}

/// x with any enclosing parentheses removed.
public func unparen(_ x: Expr) -> Expr {
    var x = x
    while let p = x as? ParenExpr { x = p.x }
    return x
}
