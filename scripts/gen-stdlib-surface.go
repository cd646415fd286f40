//go:build ignore

// Generator of Sources/GoTypes/StdlibSurface: reads Go's own standard packages and
// prints each one's exported, non-generic declared surface as bodiless Go source.
// Run: HOME=/tmp/gohome GOCACHE=/tmp/gocache go run scripts/gen-stdlib-surface.go [-out DIR] [import paths...]
//
// Rerunning it overwrites the Swift files (hand edits are lost); scripts/check-stdlib-surface.go is what
// verifies them (it does not trust this generator). Struct types keep their exported fields
// and render unexported fields so that size, alignment and pointer words match Go's layout
// on linux/amd64 (foreign/internal types are inlined; pointers to them become unsafe.Pointer).

package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

var available = map[string]bool{}

// swiftName maps import path to the Swift identifier and file name.
var swiftNames = map[string][2]string{
	"fmt":           {"fmt", "Fmt"},
	"strings":       {"strings", "Strings"},
	"strconv":       {"strconv", "Strconv"},
	"errors":        {"errors", "Errors"},
	"io":            {"io", "IO"},
	"io/fs":         {"ioFS", "IOFS"},
	"os":            {"os", "OS"},
	"math":          {"math", "Math"},
	"math/bits":     {"mathBits", "MathBits"},
	"sort":          {"sort", "Sort"},
	"unicode/utf8":  {"unicodeUTF8", "UnicodeUTF8"},
	"unicode":       {"unicode", "Unicode"},
	"sync":          {"sync", "Sync"},
	"sync/atomic":   {"syncAtomic", "SyncAtomic"},
	"time":          {"time", "Time"},
	"runtime":       {"runtime", "Runtime"},
	"runtime/debug": {"runtimeDebug", "RuntimeDebug"},
}

type failErr struct{ why string }

type gen struct {
	pkg      *types.Package
	imports  map[string]bool
	avail    map[types.Object]bool // exported objects of pkg currently emitted
	exprs    map[string]ast.Expr   // const name -> source value expression
	needUnex map[*types.TypeName]bool
	depth    int // nesting of inlined slice element types
}

func (g *gen) fail(format string, a ...any) { panic(failErr{fmt.Sprintf(format, a...)}) }

// typ renders t. strict: the API form (foreign types are an error). !strict: layout form.
func (g *gen) typ(t types.Type, strict bool) string {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			g.imports["unsafe"] = true
			return "unsafe.Pointer"
		}
		return t.Name()
	case *types.Alias:
		obj := t.Obj()
		if obj.Pkg() == nil {
			return obj.Name()
		}
		if s, ok := g.qualified(obj); ok {
			return s
		}
		return g.typ(types.Unalias(t), strict)
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() == nil {
			return obj.Name()
		}
		if t.TypeArgs().Len() == 0 && t.TypeParams().Len() == 0 {
			if s, ok := g.qualified(obj); ok {
				return s
			}
			if obj.Pkg() == g.pkg && !obj.Exported() && strict {
				g.needUnex[obj] = true
				return obj.Name()
			}
		}
		if strict {
			g.fail("foreign type %s", t)
		}
		switch u := t.Underlying().(type) {
		case *types.Interface:
			return "any"
		default:
			return g.typ(u, false)
		}
	case *types.Pointer:
		if strict {
			return "*" + g.typ(t.Elem(), true)
		}
		if s, ok := g.try(t.Elem()); ok {
			return "*" + s
		}
		g.imports["unsafe"] = true
		return "unsafe.Pointer"
	case *types.Slice:
		if strict {
			return "[]" + g.typ(t.Elem(), true)
		}
		if s, ok := g.try(t.Elem()); ok {
			return "[]" + s
		}
		if g.depth > 2 {
			g.imports["unsafe"] = true
			return "[]unsafe.Pointer"
		}
		g.depth++
		defer func() { g.depth-- }()
		return "[]" + g.typ(t.Elem(), false)
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), g.typ(t.Elem(), strict))
	case *types.Map:
		if strict {
			return "map[" + g.typ(t.Key(), true) + "]" + g.typ(t.Elem(), true)
		}
		if s, ok := g.try(t); ok {
			return s
		}
		return "map[uintptr]uintptr"
	case *types.Chan:
		if strict {
			e := g.typ(t.Elem(), true)
			switch t.Dir() {
			case types.SendOnly:
				return "chan<- " + e
			case types.RecvOnly:
				return "<-chan " + e
			}
			if strings.HasPrefix(e, "<-") {
				return "chan (" + e + ")"
			}
			return "chan " + e
		}
		if s, ok := g.try(t); ok {
			return s
		}
		return "chan uintptr"
	case *types.Signature:
		if strict {
			return "func" + g.sig(t, true)
		}
		if s, ok := g.trySig(t); ok {
			return "func" + s
		}
		return "func()"
	case *types.Struct:
		return g.strct(t, strict)
	case *types.Interface:
		if !strict {
			if s, ok := g.tryIface(t); ok {
				return s
			}
			return "any"
		}
		return g.iface(t)
	}
	g.fail("unhandled type %T %s", t, t)
	return ""
}

func (g *gen) try(t types.Type) (s string, ok bool) {
	saveImp := copyMap(g.imports)
	saveUnex := copyMap(g.needUnex)
	defer func() {
		if r := recover(); r != nil {
			if _, isFail := r.(failErr); !isFail {
				panic(r)
			}
			g.imports, g.needUnex = saveImp, saveUnex
			ok = false
		}
	}()
	// In layout mode, pointers to unexported types of this package are kept only if emitted anyway.
	s = g.typ(t, true)
	for k := range g.needUnex {
		if !saveUnex[k] {
			g.fail("would pull unexported %s", k.Name())
		}
	}
	return s, true
}

func (g *gen) trySig(t *types.Signature) (string, bool) {
	s, ok := g.try(t)
	if !ok {
		return "", false
	}
	return strings.TrimPrefix(s, "func"), true
}

func (g *gen) tryIface(t *types.Interface) (string, bool) { return g.try(t) }

func copyMap[K comparable](m map[K]bool) map[K]bool {
	r := map[K]bool{}
	for k, v := range m {
		r[k] = v
	}
	return r
}

func (g *gen) qualified(obj types.Object) (string, bool) {
	p := obj.Pkg()
	if p == g.pkg {
		if g.avail[obj] {
			return obj.Name(), true
		}
		return "", false
	}
	if available[p.Path()] && obj.Exported() && published[p.Path()][obj.Name()] {
		g.imports[p.Path()] = true
		return p.Name() + "." + obj.Name(), true
	}
	return "", false
}

// published[path][name]: exported names emitted by already-generated packages.
var published = map[string]map[string]bool{}

func (g *gen) tuple(tup *types.Tuple, variadic bool, strict bool, results bool) string {
	var parts []string
	named := false
	for i := 0; i < tup.Len(); i++ {
		v := tup.At(i)
		if v.Name() != "" {
			named = true
		}
	}
	for i := 0; i < tup.Len(); i++ {
		v := tup.At(i)
		var ts string
		if variadic && i == tup.Len()-1 {
			ts = "..." + g.typ(v.Type().(*types.Slice).Elem(), strict)
		} else {
			ts = g.typ(v.Type(), strict)
		}
		if named {
			n := v.Name()
			if n == "" {
				n = "_"
			}
			if i+1 < tup.Len() && !(variadic && i+1 == tup.Len()-1) && types.Identical(v.Type(), tup.At(i+1).Type()) {
				parts = append(parts, n)
			} else {
				parts = append(parts, n+" "+ts)
			}
		} else {
			parts = append(parts, ts)
		}
	}
	s := strings.Join(parts, ", ")
	if results && tup.Len() == 1 && !named {
		return s
	}
	return "(" + s + ")"
}

func (g *gen) sig(s *types.Signature, strict bool) string {
	if s.TypeParams().Len() > 0 || s.RecvTypeParams().Len() > 0 {
		g.fail("generic")
	}
	out := g.tuple(s.Params(), s.Variadic(), strict, false)
	if s.Results().Len() > 0 {
		out += " " + g.tuple(s.Results(), false, strict, true)
	}
	return out
}

func (g *gen) strct(t *types.Struct, strict bool) string {
	if t.NumFields() == 0 {
		return "struct{}"
	}
	var b strings.Builder
	b.WriteString("struct {\n")
	for i := 0; i < t.NumFields(); i++ {
		f := t.Field(i)
		if f.Exported() && strict {
			// Exported fields of API structs must be expressible exactly.
			if f.Embedded() {
				b.WriteString("\t" + g.typ(f.Type(), true) + "\n")
			} else {
				b.WriteString("\t" + f.Name() + " " + g.typ(f.Type(), true) + "\n")
			}
			continue
		}
		if f.Embedded() {
			if s, ok := g.try(f.Type()); ok {
				b.WriteString("\t" + s + "\n")
				continue
			}
		}
		b.WriteString("\t" + f.Name() + " " + g.typ(f.Type(), false) + "\n")
	}
	b.WriteString("}")
	return b.String()
}

func (g *gen) iface(t *types.Interface) string {
	if t.NumMethods() == 0 && t.NumEmbeddeds() == 0 {
		return "interface{}"
	}
	var lines []string
	for i := 0; i < t.NumEmbeddeds(); i++ {
		lines = append(lines, g.typ(t.EmbeddedType(i), true))
	}
	for i := 0; i < t.NumExplicitMethods(); i++ {
		m := t.ExplicitMethod(i)
		lines = append(lines, m.Name()+g.sig(m.Type().(*types.Signature), true))
	}
	return "interface {\n\t" + strings.Join(lines, "\n\t") + "\n}"
}

// attempt renders one declaration, or reports why it cannot be rendered.
func (g *gen) attempt(f func() string) (s string, err string) {
	saveImp := copyMap(g.imports)
	saveUnex := copyMap(g.needUnex)
	defer func() {
		if r := recover(); r != nil {
			fe, ok := r.(failErr)
			if !ok {
				panic(r)
			}
			g.imports, g.needUnex = saveImp, saveUnex
			s, err = "", fe.why
		}
	}()
	return f(), ""
}

// sourceExprOK: the constant's own source expression can be kept verbatim (only literals,
// operators and exported constants of the same package, no iota).
func (g *gen) sourceExprOK(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.SelectorExpr:
			ok = false
		case *ast.Ident:
			o := g.pkg.Scope().Lookup(n.Name)
			if _, isConst := o.(*types.Const); !isConst || !n.IsExported() || !g.avail[o] {
				ok = false
			}
		}
		return ok
	})
	return ok
}

func (g *gen) constValue(c *types.Const) string {
	if e, ok := g.exprs[c.Name()]; ok && e != nil && g.sourceExprOK(e) {
		return exprString(e)
	}
	v := c.Val()
	switch v.Kind() {
	case constant.String:
		return strconv.Quote(constant.StringVal(v))
	case constant.Bool:
		return strconv.FormatBool(constant.BoolVal(v))
	case constant.Int:
		return v.ExactString()
	case constant.Float:
		if f, exact := constant.Float64Val(v); exact {
			return strconv.FormatFloat(f, 'g', -1, 64)
		}
		return v.ExactString()
	}
	return v.ExactString()
}

func exprString(e ast.Expr) string { return types.ExprString(e) }

type item struct {
	pos  token.Pos
	kind int // 0 const 1 var 2 type 3 func
	text string
}

func (g *gen) generate(files []*ast.File, fset *token.FileSet) (string, []string) {
	scope := g.pkg.Scope()
	var objs []types.Object
	for _, name := range scope.Names() {
		o := scope.Lookup(name)
		if !o.Exported() {
			continue
		}
		objs = append(objs, o)
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	var omitted []string
	for _, o := range objs {
		g.avail[o] = true
	}
	var items []item
	// Fixpoint: drop declarations that cannot be rendered until stable.
	for {
		items = nil
		g.imports = map[string]bool{}
		g.needUnex = map[*types.TypeName]bool{}
		changed := false
		for _, o := range objs {
			if !g.avail[o] {
				continue
			}
			text, why := g.attempt(func() string { return g.decl(o) })
			if why != "" {
				g.avail[o] = false
				changed = true
				omitted = append(omitted, o.Name()+": "+why)
				continue
			}
			kind := map[string]int{"const": 0, "var": 1, "type": 2, "func": 3}[strings.Fields(text)[0]]
			items = append(items, item{o.Pos(), kind, text})
		}
		// Unexported helper types pulled in by the API.
		done := map[*types.TypeName]bool{}
		for {
			progress := false
			for tn := range g.needUnex {
				if done[tn] {
					continue
				}
				done[tn] = true
				progress = true
				text, why := g.attempt(func() string { return g.decl(tn) })
				if why != "" {
					panic("cannot render unexported " + tn.Name() + ": " + why)
				}
				items = append(items, item{tn.Pos(), 2, text})
			}
			if !progress {
				break
			}
		}
		if !changed {
			break
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].kind != items[j].kind {
			return items[i].kind < items[j].kind
		}
		return items[i].pos < items[j].pos
	})
	var b strings.Builder
	b.WriteString("package " + g.pkg.Name() + "\n")
	var imps []string
	for p := range g.imports {
		imps = append(imps, p)
	}
	sort.Strings(imps)
	if len(imps) > 0 {
		b.WriteString("\nimport (\n")
		for _, p := range imps {
			b.WriteString("\t\"" + p + "\"\n")
		}
		b.WriteString(")\n")
	}
	last := -1
	for _, it := range items {
		if it.kind != last || it.kind == 2 || strings.Contains(it.text, "\n") {
			b.WriteString("\n")
		}
		last = it.kind
		b.WriteString(it.text + "\n")
	}
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		fmt.Fprintln(os.Stderr, b.String())
		panic(err)
	}
	return string(src), omitted
}

func (g *gen) decl(o types.Object) string {
	switch o := o.(type) {
	case *types.Const:
		if n, ok := o.Type().(*types.Basic); ok && n.Info()&types.IsUntyped != 0 {
			return "const " + o.Name() + " = " + g.constValue(o)
		}
		return "const " + o.Name() + " " + g.typ(o.Type(), true) + " = " + g.constValue(o)
	case *types.Var:
		return "var " + o.Name() + " " + g.typ(o.Type(), true)
	case *types.Func:
		sig := o.Type().(*types.Signature)
		return "func " + o.Name() + g.sig(sig, true)
	case *types.TypeName:
		if o.IsAlias() {
			return "type " + o.Name() + " = " + g.typ(o.Type().(*types.Alias).Rhs(), true)
		}
		n := o.Type().(*types.Named)
		if n.TypeParams().Len() > 0 {
			g.fail("generic type")
		}
		var b strings.Builder
		b.WriteString("type " + o.Name() + " " + g.typ(n.Underlying(), true) + "\n")
		if _, isIface := n.Underlying().(*types.Interface); !isIface {
			// Every exported method of *T (declared or promoted), with T's own receiver kind.
			valueSet := types.NewMethodSet(n)
			ptrSet := types.NewMethodSet(types.NewPointer(n))
			var ms []*types.Selection
			for i := 0; i < ptrSet.Len(); i++ {
				sel := ptrSet.At(i)
				if sel.Obj().Exported() {
					ms = append(ms, sel)
				}
			}
			sort.SliceStable(ms, func(i, j int) bool {
				pi, pj := ms[i].Obj().Pos(), ms[j].Obj().Pos()
				if ms[i].Obj().Pkg() != g.pkg {
					pi = token.Pos(1 << 40)
				}
				if ms[j].Obj().Pkg() != g.pkg {
					pj = token.Pos(1 << 40)
				}
				return pi < pj
			})
			recvName := strings.ToLower(o.Name()[:1])
			if recvName == "_" || !unicode.IsLetter(rune(recvName[0])) {
				recvName = "x"
			}
			for _, sel := range ms {
				m := sel.Obj().(*types.Func)
				sig := m.Type().(*types.Signature)
				rn := recvName
				if r := sig.Recv(); r != nil && r.Name() != "" && r.Name() != "_" && m.Pkg() == g.pkg {
					rn = r.Name()
				}
				for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
					for i := 0; i < tup.Len(); i++ {
						if tup.At(i).Name() == rn {
							rn = "recv"
						}
					}
				}
				recv := rn + " " + o.Name()
				if valueSet.Lookup(m.Pkg(), m.Name()) == nil {
					recv = rn + " *" + o.Name()
				}
				text, why := g.attempt(func() string { return "func (" + recv + ") " + m.Name() + g.sig(sig, true) })
				if why != "" {
					fmt.Fprintf(os.Stderr, "  omit method %s.%s: %s\n", o.Name(), m.Name(), why)
					continue
				}
				b.WriteString(text + "\n")
			}
		}
		return strings.TrimRight(b.String(), "\n")
	}
	g.fail("unknown object")
	return ""
}

func main() {
	outDir := flag.String("out", "Sources/GoTypes/StdlibSurface", "output directory")
	flag.Parse()
	paths := flag.Args()
	order := []string{"errors", "unicode/utf8", "unicode", "math", "math/bits", "sync", "sync/atomic", "io", "time", "io/fs", "os", "strconv", "strings", "fmt", "sort", "runtime", "runtime/debug"}
	if len(paths) == 0 {
		paths = order
	}
	for _, p := range order {
		available[p] = true
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH, ctxt.CgoEnabled = "linux", "amd64", false
	for _, path := range order {
		bp, err := ctxt.Import(path, "", 0)
		if err != nil {
			panic(err)
		}
		var files []*ast.File
		for _, f := range bp.GoFiles {
			af, err := parser.ParseFile(fset, filepath.Join(bp.Dir, f), nil, parser.SkipObjectResolution)
			if err != nil {
				panic(err)
			}
			files = append(files, af)
		}
		conf := types.Config{Importer: imp.(types.ImporterFrom), FakeImportC: true}
		pkg, err := conf.Check(path, fset, files, nil)
		if err != nil {
			panic(err)
		}
		g := &gen{pkg: pkg, avail: map[types.Object]bool{}, exprs: map[string]ast.Expr{}}
		for _, f := range files {
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.CONST {
					continue
				}
				for _, sp := range gd.Specs {
					vs := sp.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) && len(vs.Values) == len(vs.Names) {
							g.exprs[n.Name] = vs.Values[i]
						} else {
							g.exprs[n.Name] = nil
						}
					}
				}
			}
		}
		text, omitted := g.generate(files, fset)
		published[path] = map[string]bool{}
		for o, ok := range g.avail {
			if ok {
				published[path][o.Name()] = true
			}
		}
		want := false
		for _, p := range paths {
			want = want || p == path
		}
		if !want {
			continue
		}
		names := swiftNames[path]
		fmt.Fprintf(os.Stderr, "%s: omitted %d\n", path, len(omitted))
		for _, o := range omitted {
			fmt.Fprintf(os.Stderr, "  omit %s\n", o)
		}
		var sw strings.Builder
		fmt.Fprintf(&sw, "// %s.swift — the declared surface of package %s, as Go source: exported\n", names[1], path)
		sw.WriteString("// declarations without bodies, constants with Go's values, types with Go's kinds and\n")
		sw.WriteString("// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by\n")
		sw.WriteString("// scripts/check-stdlib-surface.go.\n")
		sw.WriteString("extension StdlibSurface {\n")
		fmt.Fprintf(&sw, "    static let %s = #\"\"\"\n", names[0])
		for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			if line == "" {
				sw.WriteString("\n")
			} else {
				sw.WriteString("        " + line + "\n")
			}
		}
		sw.WriteString("        \"\"\"#\n}\n")
		if err := os.WriteFile(filepath.Join(*outDir, names[1]+".swift"), []byte(sw.String()), 0o644); err != nil {
			panic(err)
		}
	}
}
