package sdksrc

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Parse reads the service module in dir. module and version are recorded
// as given. Only the files that declare API surface are parsed, concurrently.
func Parse(dir, module, version string) (*Package, error) {
	files, err := filepath.Glob(filepath.Join(dir, "api_op_*.go"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no api_op_*.go files: not an aws-sdk-go-v2 service module", dir)
	}
	for _, name := range []string{"types.go", "enums.go", "errors.go"} {
		p := filepath.Join(dir, "types", name)
		if _, err := os.Stat(p); err == nil {
			files = append(files, p)
		}
	}
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, "_test.go") })

	results := make([]*fileDecls, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), len(files))
	for range workers {
		wg.Go(func() {
			for i := range next {
				results[i], errs[i] = parseFile(files[i])
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}

	pkg := &Package{
		Module:     module,
		Version:    version,
		Name:       module[strings.LastIndex(module, "/")+1:],
		Operations: map[string]*Operation{},
		Structs:    map[string]*Struct{},
		Enums:      map[string]*Enum{},
		Unions:     map[string]*Union{},
		Waiters:    map[string]string{},
	}
	// Merge in file order so that the result never depends on scheduling.
	for _, fd := range results {
		fd.mergeInto(pkg)
	}
	return pkg, nil
}

// fileDecls is what one file contributes.
type fileDecls struct {
	inTypes    bool
	errorsFile bool
	opFile     string // operation named by an api_op_<Op>.go file name
	method     bool   // the file declares func (c *Client) <Op>
	wireName   string // the operation name the method invokes its stack with
	summary    string // first sentence of the method's doc comment
	structs    map[string][]Field
	order      []string // struct names in source order
	named      map[string]string
	consts     []typedConst
	unions     map[string]bool   // interface name
	unionOf    map[string]string // member struct → interface
	paginators []string
	waiters    []string
}

type typedConst struct {
	typ string
	Constant
}

func parseFile(path string) (*fileDecls, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sdksrc: %w", err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("sdksrc: %w", err)
	}
	base := filepath.Base(path)
	fd := &fileDecls{
		inTypes:    filepath.Base(filepath.Dir(path)) == "types" && f.Name.Name == "types",
		errorsFile: base == "errors.go",
		structs:    map[string][]Field{},
		named:      map[string]string{},
		unions:     map[string]bool{},
		unionOf:    map[string]string{},
	}
	if op, ok := strings.CutPrefix(base, "api_op_"); ok {
		fd.opFile = strings.TrimSuffix(op, ".go")
	}
	r := renderer{imports: importNames(f), inTypes: fd.inTypes}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.GenDecl:
			fd.genDecl(d, r)
		case *ast.FuncDecl:
			fd.funcDecl(d, src[:fset.Position(d.Pos()).Offset])
		}
	}
	return fd, nil
}

func (fd *fileDecls) genDecl(d *ast.GenDecl, r renderer) {
	switch d.Tok {
	case token.TYPE:
		for _, spec := range d.Specs {
			ts := spec.(*ast.TypeSpec)
			if !ts.Name.IsExported() {
				continue
			}
			switch t := ts.Type.(type) {
			case *ast.StructType:
				fd.structs[ts.Name.Name] = r.fields(t)
				fd.order = append(fd.order, ts.Name.Name)
			case *ast.InterfaceType:
				if isSealed(ts.Name.Name, t) {
					fd.unions[ts.Name.Name] = true
				}
			case *ast.Ident:
				fd.named[ts.Name.Name] = t.Name
			}
		}
	case token.CONST:
		for _, spec := range d.Specs {
			vs := spec.(*ast.ValueSpec)
			typ, ok := vs.Type.(*ast.Ident)
			if !ok || len(vs.Values) != len(vs.Names) {
				continue
			}
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok {
					continue
				}
				val := lit.Value
				if lit.Kind == token.STRING {
					if u, err := strconv.Unquote(val); err == nil {
						val = u
					}
				}
				fd.consts = append(fd.consts, typedConst{typ.Name, Constant{Name: name.Name, Value: val}})
			}
		}
	}
}

// isSealed reports the SDK's union shape: interface X { isX() }.
func isSealed(name string, t *ast.InterfaceType) bool {
	if t.Methods == nil || len(t.Methods.List) != 1 {
		return false
	}
	m := t.Methods.List[0]
	return len(m.Names) == 1 && m.Names[0].Name == "is"+name
}

// funcDecl records what d declares; before is the source up to it.
func (fd *fileDecls) funcDecl(d *ast.FuncDecl, before []byte) {
	name := d.Name.Name
	if d.Recv == nil {
		if !fd.inTypes && strings.HasPrefix(name, "New") {
			if op, ok := strings.CutSuffix(name[3:], "Paginator"); ok && op != "" {
				fd.paginators = append(fd.paginators, op)
			} else if w, ok := strings.CutSuffix(name[3:], "Waiter"); ok && w != "" {
				fd.waiters = append(fd.waiters, w)
			}
		}
		return
	}
	recv := recvName(d.Recv)
	if fd.opFile != "" && recv == "Client" && name == fd.opFile {
		fd.method = true
		fd.wireName = invokedName(d.Body)
		fd.summary = synopsis.Synopsis(docBefore(before))
	}
	if iface, ok := strings.CutPrefix(name, "is"); ok && fd.inTypes && d.Body != nil && len(d.Body.List) == 0 {
		fd.unionOf[recv] = iface
	}
}

// docBefore returns the text of the // comment lines that end src, the doc
// comment of the declaration after them. Reading it from the source spares
// parsing every comment of a file (parser.ParseComments doubles the time of
// reading ec2, whose input and output fields are all documented).
func docBefore(src []byte) string {
	var lines []string
	rest := bytes.TrimRight(src, " \t\n")
	for len(rest) > 0 {
		start := bytes.LastIndexByte(rest, '\n') + 1
		text, ok := bytes.CutPrefix(bytes.TrimSpace(rest[start:]), []byte("//"))
		if !ok {
			break
		}
		lines = append(lines, strings.TrimPrefix(string(text), " "))
		rest = bytes.TrimRight(rest[:start], " \t\n")
	}
	slices.Reverse(lines)
	return strings.Join(lines, "\n")
}

// synopsis renders the first sentence of a doc comment as plain text, as go
// doc does for package lists.
var synopsis = new(doc.Package)

// invokedName returns the string literal a client method passes as the
// operation name to c.invokeOperation, or "" when it passes none.
func invokedName(body *ast.BlockStmt) string {
	name := ""
	if body == nil {
		return name
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && name == "" && len(call.Args) >= 2 {
			sel, isSel := call.Fun.(*ast.SelectorExpr)
			lit, isLit := call.Args[1].(*ast.BasicLit)
			if isSel && sel.Sel.Name == "invokeOperation" && isLit && lit.Kind == token.STRING {
				name, _ = strconv.Unquote(lit.Value)
			}
		}
		return name == ""
	})
	return name
}

func recvName(l *ast.FieldList) string {
	if l == nil || len(l.List) != 1 {
		return ""
	}
	t := l.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

func (fd *fileDecls) mergeInto(pkg *Package) {
	if fd.opFile != "" {
		if fd.method {
			_, hasIn := fd.structs[fd.opFile+"Input"]
			_, hasOut := fd.structs[fd.opFile+"Output"]
			op := &Operation{
				Name:     fd.opFile,
				WireName: cmp.Or(fd.wireName, fd.opFile),
				Summary:  fd.summary,
				Typed:    hasIn && hasOut,
				Input:    fd.structs[fd.opFile+"Input"],
				Output:   dropField(fd.structs[fd.opFile+"Output"], "ResultMetadata"),
			}
			op.Paginated = slices.Contains(fd.paginators, fd.opFile)
			pkg.Operations[op.Name] = op
			for _, w := range fd.waiters {
				pkg.Waiters[w] = op.Name
			}
		}
		return
	}
	for _, name := range fd.order {
		if _, member := fd.unionOf[name]; member {
			continue
		}
		pkg.Structs[name] = &Struct{Name: name, Fields: fd.structs[name], Error: fd.errorsFile}
	}
	for name, under := range fd.named {
		pkg.Enums[name] = &Enum{Name: name, Underlying: under}
	}
	for _, c := range fd.consts {
		if e := pkg.Enums[c.typ]; e != nil {
			e.Constants = append(e.Constants, c.Constant)
		}
	}
	for name := range fd.unions {
		pkg.Unions[name] = &Union{Name: name, Members: map[string]string{}}
	}
	members := make([]string, 0, len(fd.unionOf))
	for m := range fd.unionOf {
		members = append(members, m)
	}
	sort.Strings(members)
	for _, m := range members {
		if u := pkg.Unions[fd.unionOf[m]]; u != nil {
			if v, ok := FieldNamed(fd.structs[m], "Value"); ok {
				u.Members[m] = v.Type
			} else {
				u.Members[m] = ""
			}
		}
	}
}

func dropField(fs []Field, name string) []Field {
	out := make([]Field, 0, len(fs))
	for _, f := range fs {
		if f.Name != name {
			out = append(out, f)
		}
	}
	return out
}

// importNames maps the name each import is referred to by to its path.
func importNames(f *ast.File) map[string]string {
	m := make(map[string]string, len(f.Imports))
	for _, imp := range f.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		name := p[strings.LastIndex(p, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		m[name] = p
	}
	return m
}

// renderer writes type expressions in the normalized form documented on Field.
type renderer struct {
	imports map[string]string
	inTypes bool
}

func (r renderer) fields(st *ast.StructType) []Field {
	var out []Field
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			if n.IsExported() {
				out = append(out, Field{Name: n.Name, Type: r.expr(f.Type)})
			}
		}
	}
	return out
}

func (r renderer) expr(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		if r.inTypes && types.Universe.Lookup(t.Name) == nil {
			return "types." + t.Name
		}
		return t.Name
	case *ast.StarExpr:
		return "*" + r.expr(t.X)
	case *ast.ArrayType:
		if t.Len == nil {
			return "[]" + r.expr(t.Elt)
		}
	case *ast.MapType:
		return "map[" + r.expr(t.Key) + "]" + r.expr(t.Value)
	case *ast.SelectorExpr:
		if x, ok := t.X.(*ast.Ident); ok {
			if p, ok := r.imports[x.Name]; ok {
				return p[strings.LastIndex(p, "/")+1:] + "." + t.Sel.Name
			}
		}
	}
	return types.ExprString(e)
}
