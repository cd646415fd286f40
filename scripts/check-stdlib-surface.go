//go:build ignore

// Checks Sources/GoTypes/StdlibSurface against real Go. Run from the repo root: go run scripts/check-stdlib-surface.go [-keep] [dir]
//
// For each Swift file it takes the Go text between #""" and """#, parses it with go/parser
// (the package's import path comes from the sources table in StdlibSurface.swift) and writes
// a temporary Go program that asserts, for every declaration of the surface, that the real
// package declares the same thing:
//
//	func F(sig)             var _ func(sig) = pkg.F
//	func (r *T) M(sig)      var _ func(*pkg.T, sig) = (*pkg.T).M
//	const C T = v           equal value (map literal with keys false and C == v) and the same
//	                        type: identical if typed; if untyped, assignable to an unrelated
//	                        defined type and of the same default type
//	var V T                 var _ *T = &pkg.V
//	type T = U              identical types (pointer assignment)
//	type T U                identical underlying types ((*U)(*pkg.T) conversion), a defined
//	                        type (T and U are distinct type-switch cases) and, for interfaces,
//	                        mutual assignability with the surface's interface literal
//	type T struct{...}      same unsafe.Sizeof and Alignof as the surface's own layout, and
//	                        each exported field of an identical type at the same Offsetof
//
// then runs `go build` on it (the go on PATH, else /opt/gobin/bin/go). Beside the build it
// checks with go/types that every surface type-checks as a package (given the others), that
// struct types hold pointers in the same words as Go's (what a precise GC scans), that
// constants have Go's exact type (untyped rune vs untyped int), that gofmt -e accepts each
// surface unchanged, and that no name is declared twice. It lists the real exported API a
// surface leaves out ("left out:", informational) and exits 1 on any mismatch.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

type surface struct {
	path  string // import path
	ident string // Swift identifier
	file  string
	src   string
	ast   *ast.File
	types map[string]bool // type names declared in the surface
	cons  map[string]bool // const names declared in the surface
	alias string          // alias used in the generated program
	pkg   *types.Package  // the surface, type-checked by go/types
}

var (
	fset     = token.NewFileSet()
	imports  = map[string]string{} // import path -> alias in generated program
	checks   int
	skipped  []string
	problems []string
)

func main() {
	keep := flag.Bool("keep", false, "keep the generated program and print its directory")
	flag.Parse()
	dir := "Sources/GoTypes/StdlibSurface"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	table, err := os.ReadFile(filepath.Join(dir, "StdlibSurface.swift"))
	must(err)
	// "import/path": swiftIdent,
	entry := regexp.MustCompile(`"([a-z0-9/]+)":\s*(\w+)`)
	identToPath := map[string]string{}
	for _, m := range entry.FindAllStringSubmatch(string(table), -1) {
		identToPath[m[2]] = m[1]
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.swift"))
	must(err)
	literal := regexp.MustCompile(`(?s)static let (\w+) = #"""\n(.*?)\n([ \t]*)"""#`)
	var surfaces []*surface
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		must(err)
		for _, m := range literal.FindAllStringSubmatch(string(data), -1) {
			ident, body, indent := m[1], m[2], m[3]
			path, ok := identToPath[ident]
			if !ok {
				problems = append(problems, fmt.Sprintf("%s: %s is not in StdlibSurface.sources", f, ident))
				continue
			}
			seen[ident] = true
			// Swift strips the closing delimiter's indentation from every line.
			var lines []string
			for i, line := range strings.Split(body, "\n") {
				if line != "" && !strings.HasPrefix(line, indent) {
					problems = append(problems, fmt.Sprintf("%s:%s line %d: not indented like the closing \"\"\"#", f, ident, i+1))
				}
				lines = append(lines, strings.TrimPrefix(line, indent))
			}
			src := strings.Join(lines, "\n") + "\n"
			af, err := parser.ParseFile(fset, path+".go", src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", f, err))
				continue
			}
			if formatted, err := format.Source([]byte(src)); err != nil {
				problems = append(problems, fmt.Sprintf("%s: gofmt: %v", f, err))
			} else if !bytes.Equal(formatted, []byte(src)) {
				problems = append(problems, fmt.Sprintf("%s: surface of %s is not gofmt-formatted", f, path))
			}
			if want := path[strings.LastIndex(path, "/")+1:]; af.Name.Name != want {
				problems = append(problems, fmt.Sprintf("%s: package %s, want %s", f, af.Name.Name, want))
			}
			surfaces = append(surfaces, &surface{path: path, ident: ident, file: f, src: src, ast: af})
		}
	}
	for ident, path := range identToPath {
		if !seen[ident] {
			problems = append(problems, fmt.Sprintf("sources[%q] = %s has no #\"\"\" literal", path, ident))
		}
	}
	sort.Slice(surfaces, func(i, j int) bool { return surfaces[i].path < surfaces[j].path })
	for _, s := range surfaces {
		byPath[s.path] = s
	}
	for _, s := range surfaces {
		s.typeCheck()
	}

	var body bytes.Buffer
	for _, s := range surfaces {
		s.alias = aliasFor(s.path)
		s.types, s.cons = map[string]bool{}, map[string]bool{}
		for _, d := range s.ast.Decls {
			if gd, ok := d.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						s.types[sp.Name.Name] = true
					case *ast.ValueSpec:
						if gd.Tok == token.CONST {
							for _, n := range sp.Names {
								s.cons[n.Name] = true
							}
						}
					}
				}
			}
		}
		fmt.Fprintf(&body, "\n// ---- %s (%s)\n", s.path, filepath.Base(s.file))
		s.check(&body)
	}

	goCmd := "go"
	if _, err := exec.LookPath("go"); err != nil {
		goCmd = "/opt/gobin/bin/go"
	}
	// gofmt -e must accept every surface (and leave it unchanged).
	goroot, err := exec.Command(goCmd, "env", "GOROOT").Output()
	must(err)
	gofmt := filepath.Join(strings.TrimSpace(string(goroot)), "bin", "gofmt")
	for _, s := range surfaces {
		cmd := exec.Command(gofmt, "-e")
		cmd.Stdin = strings.NewReader(s.src)
		out, err := cmd.CombinedOutput()
		if err != nil {
			problems = append(problems, fmt.Sprintf("gofmt -e rejects the surface of %s: %s", s.path, out))
		} else if string(out) != s.src {
			problems = append(problems, fmt.Sprintf("gofmt -e changes the surface of %s", s.path))
		}
	}

	var prog bytes.Buffer
	prog.WriteString("// Code generated by scripts/check-stdlib-surface.go. DO NOT EDIT.\n\npackage main\n\nimport (\n")
	var paths []string
	for p := range imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintf(&prog, "\t%s %q\n", imports[p], p)
	}
	prog.WriteString(")\n\n// Unrelated types: an untyped constant converts to them, a typed one does not.\ntype (\n\tuntypedNum complex128\n\tuntypedStr string\n\tuntypedBool bool\n)\n")
	prog.Write(body.Bytes())
	prog.WriteString("\nfunc main() {}\n")

	tmp, err := os.MkdirTemp("", "check-stdlib-surface")
	must(err)
	if !*keep {
		defer os.RemoveAll(tmp)
	}
	must(os.WriteFile(filepath.Join(tmp, "main.go"), prog.Bytes(), 0o644))
	must(os.WriteFile(filepath.Join(tmp, "go.mod"), []byte("module checksurface\n\ngo 1.27\n"), 0o644))
	cmd := exec.Command(goCmd, "build", "-gcflags=-e", "-o", os.DevNull, ".")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=0", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if *keep {
		fmt.Println("generated program:", filepath.Join(tmp, "main.go"))
	}
	if err != nil {
		problems = append(problems, "go build of the generated program failed:\n"+annotate(string(out), prog.String()))
	}
	for _, s := range skipped {
		fmt.Println("not checked:", s)
	}
	// Informational: real exported API that the surfaces leave out (generic, iterator or
	// foreign-typed declarations, by design).
	for _, s := range surfaces {
		if s.pkg == nil {
			continue
		}
		rp := realPackage(s.path)
		for _, name := range rp.Scope().Names() {
			ro := rp.Scope().Lookup(name)
			if !ro.Exported() {
				continue
			}
			so := s.pkg.Scope().Lookup(name)
			if so == nil {
				fmt.Printf("left out: %s.%s\n", s.path, name)
				continue
			}
			rt, ok1 := ro.(*types.TypeName)
			st, ok2 := so.(*types.TypeName)
			if !ok1 || !ok2 || rt.IsAlias() {
				continue
			}
			if _, isIface := rt.Type().Underlying().(*types.Interface); isIface {
				continue
			}
			sms := types.NewMethodSet(types.NewPointer(st.Type()))
			rms := types.NewMethodSet(types.NewPointer(rt.Type()))
			for i := 0; i < rms.Len(); i++ {
				m := rms.At(i).Obj()
				if m.Exported() && sms.Lookup(nil, m.Name()) == nil {
					fmt.Printf("left out: %s.%s.%s\n", s.path, name, m.Name())
				}
			}
		}
	}
	fmt.Printf("%d packages, %d declarations checked, %d not checked\n", len(surfaces), checks, len(skipped))
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "FAIL:", p)
		}
		os.Exit(1)
	}
	fmt.Println("OK: every surface declaration matches real Go")
}

// annotate adds the offending generated line to each compiler error.
func annotate(out, prog string) string {
	lines := strings.Split(prog, "\n")
	re := regexp.MustCompile(`main\.go:(\d+):`)
	var b strings.Builder
	for _, l := range strings.Split(out, "\n") {
		b.WriteString(l + "\n")
		if m := re.FindStringSubmatch(l); m != nil {
			var n int
			fmt.Sscan(m[1], &n)
			if n-1 < len(lines) {
				b.WriteString("\t>>> " + strings.TrimSpace(lines[n-1]) + "\n")
			}
		}
	}
	return b.String()
}

func aliasFor(path string) string {
	if a, ok := imports[path]; ok {
		return a
	}
	a := "p_" + strings.ReplaceAll(path, "/", "_")
	imports[path] = a
	return a
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// errUnexpressible: the expression mentions an unexported name of the surface.
type errUnexpressible struct{ name string }

// qualify rewrites a type (or constant) expression of the surface so that it means the same
// thing in the generated program: the surface's own names become p_pkg.Name and imported
// packages get their generated aliases.
func (s *surface) qualify(e ast.Expr) ast.Expr {
	if e == nil {
		return nil
	}
	switch e := e.(type) {
	case *ast.Ident:
		if s.types[e.Name] || s.cons[e.Name] {
			if !ast.IsExported(e.Name) {
				panic(errUnexpressible{e.Name})
			}
			return &ast.SelectorExpr{X: ast.NewIdent(s.alias), Sel: ast.NewIdent(e.Name)}
		}
		return ast.NewIdent(e.Name)
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		if !ok {
			panic(fmt.Sprintf("unexpected selector %s", str(e)))
		}
		return &ast.SelectorExpr{X: ast.NewIdent(aliasFor(s.importPath(x.Name))), Sel: ast.NewIdent(e.Sel.Name)}
	case *ast.StarExpr:
		return &ast.StarExpr{X: s.qualify(e.X)}
	case *ast.ParenExpr:
		return &ast.ParenExpr{X: s.qualify(e.X)}
	case *ast.UnaryExpr:
		return &ast.UnaryExpr{Op: e.Op, X: s.qualify(e.X)}
	case *ast.BinaryExpr:
		return &ast.BinaryExpr{X: s.qualify(e.X), Op: e.Op, Y: s.qualify(e.Y)}
	case *ast.BasicLit:
		return &ast.BasicLit{Kind: e.Kind, Value: e.Value}
	case *ast.Ellipsis:
		return &ast.Ellipsis{Elt: s.qualify(e.Elt)}
	case *ast.ArrayType:
		return &ast.ArrayType{Len: s.qualify(e.Len), Elt: s.qualify(e.Elt)}
	case *ast.MapType:
		return &ast.MapType{Key: s.qualify(e.Key), Value: s.qualify(e.Value)}
	case *ast.ChanType:
		return &ast.ChanType{Dir: e.Dir, Value: s.qualify(e.Value), Arrow: e.Arrow, Begin: e.Begin}
	case *ast.FuncType:
		return &ast.FuncType{Params: s.fields(e.Params), Results: s.fields(e.Results)}
	case *ast.StructType:
		return &ast.StructType{Fields: s.fields(e.Fields)}
	case *ast.InterfaceType:
		return &ast.InterfaceType{Methods: s.fields(e.Methods)}
	}
	panic(fmt.Sprintf("unexpected expression %T %s", e, str(e)))
}

func (s *surface) fields(fl *ast.FieldList) *ast.FieldList {
	if fl == nil {
		return nil
	}
	out := &ast.FieldList{}
	for _, f := range fl.List {
		nf := &ast.Field{Type: s.qualify(f.Type)}
		for _, n := range f.Names {
			nf.Names = append(nf.Names, ast.NewIdent(n.Name))
		}
		out.List = append(out.List, nf)
	}
	return out
}

func (s *surface) importPath(name string) string {
	for _, is := range s.ast.Imports {
		p := strings.Trim(is.Path.Value, `"`)
		n := p[strings.LastIndex(p, "/")+1:]
		if is.Name != nil {
			n = is.Name.Name
		}
		if n == name {
			return p
		}
	}
	panic(fmt.Sprintf("%s: package %s is not imported", s.path, name))
}

func str(n any) string {
	var b bytes.Buffer
	must(printer.Fprint(&b, token.NewFileSet(), n))
	return b.String()
}

// try renders one check; an unexpressible surface name turns it into a "not checked" entry.
func (s *surface) try(w io.StringWriter, what string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			if u, ok := r.(errUnexpressible); ok {
				skipped = append(skipped, fmt.Sprintf("%s.%s (mentions unexported %s)", s.path, what, u.name))
				return
			}
			panic(r)
		}
	}()
	text := f()
	w.WriteString(text)
	checks++
}

func (s *surface) check(w *bytes.Buffer) {
	P := s.alias
	declared := map[string]bool{}
	dup := func(name string) {
		if name == "_" {
			return
		}
		if declared[name] {
			problems = append(problems, fmt.Sprintf("%s: %s declared twice", s.path, name))
		}
		declared[name] = true
	}
	for _, d := range s.ast.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Body != nil {
				problems = append(problems, fmt.Sprintf("%s: func %s has a body", s.path, d.Name.Name))
			}
			if d.Type.TypeParams != nil {
				problems = append(problems, fmt.Sprintf("%s: func %s is generic", s.path, d.Name.Name))
			}
			if !d.Name.IsExported() {
				skipped = append(skipped, fmt.Sprintf("%s.%s (unexported)", s.path, d.Name.Name))
				continue
			}
			if d.Recv == nil {
				dup(d.Name.Name)
				s.try(w, d.Name.Name, func() string {
					return fmt.Sprintf("var _ %s = %s.%s\n", str(s.qualify(d.Type)), P, d.Name.Name)
				})
				continue
			}
			recv := d.Recv.List[0].Type
			base := recv
			if st, ok := recv.(*ast.StarExpr); ok {
				base = st.X
			}
			bname := base.(*ast.Ident).Name
			dup(bname + "." + d.Name.Name)
			s.try(w, bname+"."+d.Name.Name, func() string {
				ft := s.qualify(d.Type).(*ast.FuncType)
				q := str(s.qualify(recv))
				params := &ast.FieldList{List: append([]*ast.Field{{Type: s.qualify(recv)}}, unnamed(ft.Params).List...)}
				mt := &ast.FuncType{Params: params, Results: unnamedOrNil(ft.Results)}
				return fmt.Sprintf("var _ %s = (%s).%s\n", str(mt), q, d.Name.Name)
			})
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.ImportSpec:
				case *ast.ValueSpec:
					if d.Tok == token.CONST && len(sp.Values) != len(sp.Names) {
						problems = append(problems, fmt.Sprintf("%s: const %s needs an explicit value", s.path, sp.Names[0].Name))
						continue
					}
					for i, n := range sp.Names {
						dup(n.Name)
						if !n.IsExported() {
							skipped = append(skipped, fmt.Sprintf("%s.%s (unexported)", s.path, n.Name))
							continue
						}
						if d.Tok == token.VAR {
							if sp.Type == nil {
								problems = append(problems, fmt.Sprintf("%s: var %s needs its type", s.path, n.Name))
								continue
							}
							s.try(w, n.Name, func() string {
								return fmt.Sprintf("var _ *%s = &%s.%s\n", str(s.qualify(sp.Type)), P, n.Name)
							})
							continue
						}
						s.try(w, n.Name, func() string {
							v := str(s.qualify(sp.Values[i]))
							var b strings.Builder
							fmt.Fprintf(&b, "var _ = map[bool]int{false: 0, %s.%s == (%s): 1}\n", P, n.Name, v)
							sc := s.pkg.Scope().Lookup(n.Name)
							// go/types cross-check: the same constant type, typed or untyped
							// (the build below cannot tell an untyped rune from a typed one).
							if rc := realPackage(s.path).Scope().Lookup(n.Name); rc != nil {
								if rt, st := typeStr(rc.Type()), typeStr(sc.Type()); rt != st {
									problems = append(problems, fmt.Sprintf("%s.%s: constant of type %s, Go has %s", s.path, n.Name, st, rt))
								}
							}
							if ct, ok := sc.Type().(*types.Basic); !ok || ct.Info()&types.IsUntyped == 0 {
								t := types.TypeString(sc.Type(), func(p *types.Package) string { return aliasFor(p.Path()) })
								fmt.Fprintf(&b, "var _ = func() { x := %s.%s; var y %s = x; x = y }\n", P, n.Name, t)
							} else {
								// Untyped: converts implicitly to an unrelated defined type of its kind,
								// and has the surface's default type.
								other := "untypedNum"
								switch {
								case ct.Info()&types.IsBoolean != 0:
									other = "untypedBool"
								case ct.Info()&types.IsString != 0:
									other = "untypedStr"
								}
								fmt.Fprintf(&b, "var _ %s = %s.%s\n", other, P, n.Name)
								if v := s.pkg.Scope().Lookup(n.Name).(*types.Const).Val(); ct.Info()&types.IsInteger == 0 || fitsInt64(v) {
									fmt.Fprintf(&b, "var _ = func() { x := %s.%s; var y %s = x; x = y }\n", P, n.Name, types.Default(ct))
								}
							}
							return b.String()
						})
					}
				case *ast.TypeSpec:
					name := sp.Name.Name
					dup(name)
					if sp.TypeParams != nil {
						problems = append(problems, fmt.Sprintf("%s: type %s is generic", s.path, name))
						continue
					}
					if !sp.Name.IsExported() {
						// An unexported helper type that the API mentions (unicode.d): the build
						// cannot name it, so go/types compares it with Go's type of that name.
						ro, _ := realPackage(s.path).Scope().Lookup(name).(*types.TypeName)
						so := s.pkg.Scope().Lookup(name)
						if ro == nil {
							skipped = append(skipped, fmt.Sprintf("%s.%s (unexported type, not in Go)", s.path, name))
						} else if rt, st := typeStr(ro.Type().Underlying()), typeStr(so.Type().Underlying()); rt != st {
							problems = append(problems, fmt.Sprintf("%s.%s: underlying %s, Go has %s", s.path, name, st, rt))
						} else {
							checks++
						}
						continue
					}
					s.try(w, name, func() string { return s.checkType(sp) })
				}
			}
		}
	}
}

func unnamed(fl *ast.FieldList) *ast.FieldList {
	out := &ast.FieldList{}
	if fl == nil {
		return out
	}
	for _, f := range fl.List {
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		for i := 0; i < n; i++ {
			out.List = append(out.List, &ast.Field{Type: f.Type})
		}
	}
	return out
}

func unnamedOrNil(fl *ast.FieldList) *ast.FieldList {
	if fl == nil || len(fl.List) == 0 {
		return nil
	}
	return unnamed(fl)
}

func (s *surface) checkType(sp *ast.TypeSpec) string {
	P := s.alias
	T := P + "." + sp.Name.Name
	var b strings.Builder
	if sp.Assign.IsValid() {
		fmt.Fprintf(&b, "var _ = func(x *%s) *%s { return x }\n", T, str(s.qualify(sp.Type)))
		return b.String()
	}
	// A defined type, not an alias of something else: a distinct type from its underlying one,
	// and it may take methods (checked through method expressions above).
	switch t := sp.Type.(type) {
	case *ast.StructType:
		// Size, alignment and exported fields' offsets as the surface itself lays them out
		// (computed by go/types for linux/amd64) must be Go's.
		st := s.pkg.Scope().Lookup(sp.Name.Name).Type().Underlying().(*types.Struct)
		fmt.Fprintf(&b, "var _ = [1]int{}[unsafe.Sizeof(%s{})-%d]\n", T, sizes.Sizeof(st))
		fmt.Fprintf(&b, "var _ = [1]int{}[unsafe.Alignof(%s{})-%d]\n", T, sizes.Alignof(st))
		imports["unsafe"] = "unsafe"
		var vars []*types.Var
		for i := 0; i < st.NumFields(); i++ {
			vars = append(vars, st.Field(i))
		}
		offs := sizes.Offsetsof(vars)
		i := 0
		for _, f := range t.Fields.List {
			n := len(f.Names)
			if n == 0 {
				n = 1
			}
			for k := 0; k < n; k++ {
				v := st.Field(i)
				if v.Exported() {
					fmt.Fprintf(&b, "var _ = [1]int{}[unsafe.Offsetof(%s{}.%s)-%d]\n", T, v.Name(), offs[i])
					// go/types cross-check (also covers field types the build cannot name).
					if ro := realPackage(s.path).Scope().Lookup(sp.Name.Name); ro != nil {
						if rst, ok := ro.Type().Underlying().(*types.Struct); ok {
							for j := 0; j < rst.NumFields(); j++ {
								if rf := rst.Field(j); rf.Name() == v.Name() {
									if rt, ft := typeStr(rf.Type()), typeStr(v.Type()); rt != ft {
										problems = append(problems, fmt.Sprintf("%s.%s.%s: type %s, Go has %s", s.path, sp.Name.Name, v.Name(), ft, rt))
									}
								}
							}
						}
					}
					func() {
						defer func() {
							if r := recover(); r != nil {
								if _, ok := r.(errUnexpressible); !ok {
									panic(r)
								}
								// An unexported field type (unicode.CaseRange.Delta): the
								// go/types cross-check above is the check.
							}
						}()
						checks++
						ft := str(s.qualify(f.Type))
						fmt.Fprintf(&b, "var _ = func(x *%s) *%s { return &x.%s }\n", T, ft, v.Name())
					}()
				}
				i++
			}
		}
		s.comparePointers(sp.Name.Name, st)
	case *ast.InterfaceType:
		lit := str(s.qualify(t))
		fmt.Fprintf(&b, "var _ = func(a %s, b %s) { a = b; b = a }\n", T, lit)
		fmt.Fprintf(&b, "var _ = func(x *%s) *%s { return (*%s)(x) }\n", T, lit, lit)
		fmt.Fprintf(&b, "var _ = func(x any) { switch x.(type) { case %s: case %s: } }\n", T, lit)
	default:
		u := str(s.qualify(sp.Type))
		fmt.Fprintf(&b, "var _ = func(x *%s) *%s { return (*%s)(x) }\n", T, u, u)
		fmt.Fprintf(&b, "var _ = func(x any) { switch x.(type) { case %s: case %s: } }\n", T, u)
	}
	return b.String()
}

// ---- the surfaces as Go packages, and the real packages, through go/types

var (
	sizes     = types.SizesFor("gc", "amd64")
	byPath    = map[string]*surface{}
	realPkgs  = map[string]*types.Package{}
	realFset  = token.NewFileSet()
	realImp   = importer.ForCompiler(realFset, "source", nil)
	checkings = map[string]bool{}
)

type surfaceImporter struct{}

func (surfaceImporter) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	s, ok := byPath[path]
	if !ok {
		return nil, fmt.Errorf("no surface for package %q", path)
	}
	return s.typeCheck()
}

// typeCheck checks the surface as a Go package on its own (bodiless functions are fine for
// go/types); every surface must be valid Go given the other surfaces.
func (s *surface) typeCheck() (*types.Package, error) {
	if s.pkg != nil {
		return s.pkg, nil
	}
	if checkings[s.path] {
		return nil, fmt.Errorf("import cycle through %s", s.path)
	}
	checkings[s.path] = true
	conf := types.Config{Importer: surfaceImporter{}, Sizes: sizes, Error: func(err error) {
		problems = append(problems, fmt.Sprintf("surface %s does not type-check: %v", s.path, err))
	}}
	pkg, _ := conf.Check(s.path, fset, []*ast.File{s.ast}, nil)
	s.pkg = pkg
	return pkg, nil
}

func realPackage(path string) *types.Package {
	if p, ok := realPkgs[path]; ok {
		return p
	}
	p, err := realImp.Import(path)
	must(err)
	realPkgs[path] = p
	return p
}

// comparePointers: the surface struct must hold pointers in the same words as Go's, so that
// a precise collector scanning it by the surface's layout sees what Go's collector sees.
func (s *surface) comparePointers(name string, st *types.Struct) {
	obj := realPackage(s.path).Scope().Lookup(name)
	if obj == nil {
		return // the build reports the missing name
	}
	rst, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return
	}
	want, got := map[int64]bool{}, map[int64]bool{}
	pointerWords(rst, 0, want)
	pointerWords(st, 0, got)
	if fmt.Sprint(sortedKeys(want)) != fmt.Sprint(sortedKeys(got)) || sizes.Sizeof(rst) != sizes.Sizeof(st) {
		problems = append(problems, fmt.Sprintf("%s.%s: pointer words %v (size %d), Go has %v (size %d)",
			s.path, name, sortedKeys(got), sizes.Sizeof(st), sortedKeys(want), sizes.Sizeof(rst)))
	}
	checks++
}

func sortedKeys(m map[int64]bool) []int64 {
	var r []int64
	for k := range m {
		r = append(r, k)
	}
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return r
}

func pointerWords(t types.Type, off int64, set map[int64]bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.UnsafePointer || u.Kind() == types.String {
			set[off] = true
		}
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature, *types.Slice:
		set[off] = true
	case *types.Interface:
		set[off], set[off+8] = true, true
	case *types.Array:
		es := sizes.Sizeof(u.Elem())
		for i := int64(0); i < u.Len(); i++ {
			pointerWords(u.Elem(), off+i*es, set)
		}
	case *types.Struct:
		var vars []*types.Var
		for i := 0; i < u.NumFields(); i++ {
			vars = append(vars, u.Field(i))
		}
		offs := sizes.Offsetsof(vars)
		for i, v := range vars {
			pointerWords(v.Type(), off+offs[i], set)
		}
	}
}

func fitsInt64(v constant.Value) bool {
	_, ok := constant.Int64Val(v)
	return ok
}

func byPathQ(p *types.Package) string { return p.Path() }

// typeStr spells a type for comparison between the surface's and Go's go/types packages,
// with byte, rune and any spelled as what they alias.
func typeStr(t types.Type) string {
	s := types.TypeString(t, byPathQ)
	s = regexp.MustCompile(`\bbyte\b`).ReplaceAllString(s, "uint8")
	s = regexp.MustCompile(`\brune\b`).ReplaceAllString(s, "int32")
	return regexp.MustCompile(`\bany\b`).ReplaceAllString(s, "interface{}")
}
