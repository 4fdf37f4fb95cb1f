// Package skeletons emits the user-owned parity tests: per operation a test
// in the service's external test package (<pkg>test_test), already wired to
// the target's client, a snapshot with the service's transformers, the
// fixture of the resource the operation acts on and the call, but skipped
// with the greppable Marker until the user fills in the input and deletes
// that line; and per package a wiring file (newClient, TestMain). Both are
// rendered from text/templates (templates/, or a user's override directory)
// and are created only when missing: fileset never overwrites them and
// reports the ones whose operation is gone.
package skeletons

import (
	"fmt"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/templates"
)

// Marker is in the t.Skip of every unfinished skeleton:
// `grep -rl awsparity:not-implemented` lists the tests still to write.
const Marker = "awsparity:not-implemented"

// ClientFile is the wiring file's name within the service package.
const ClientFile = "client_test.go"

const (
	awsPkg    = "github.com/aws/aws-sdk-go-v2/aws"
	smithyPkg = "github.com/aws/smithy-go"
)

// Skeleton is the data skeleton.go.tmpl receives for one operation.
type Skeleton struct {
	Package   string   // external test package, "sqstest_test"
	Imports   []string // import paths besides "testing" the default template uses, sorted
	Service   string   // sdkId, "SQS"
	Helper    string   // helper package name, "sqstest"
	Marker    string   // Marker
	Test      string   // "TestGetQueueAttributes"
	Operation string   // model name, "GetQueueAttributes"
	Method    string   // client method
	Input     string   // "sqs.GetQueueAttributesInput"
	MatchKey  string   // snapshot key, "get-queue-attributes"
	Summary   string   // first sentence of the documentation, one line
	// SummaryLines is Summary wrapped for a doc comment of about 80
	// columns, "// " not included.
	SummaryLines []string
	Fixture      *Fixture // nil when the operation acts on no detected resource
	// Call is false when the fixture itself makes the call (the operation
	// creates the resource): the test then passes its input to the fixture.
	Call bool
	// Fields are the input members to show: the identifier wired from the
	// fixture (Value set), then the required members, in model order.
	Fields []Field
	// Error is the modelled error the test also records, nil when the
	// operation models none a caller can provoke; the template imports
	// "errors" for it.
	Error *ErrorCase
}

// ErrorCase is one modelled error of the operation, recorded as AWS
// returns it: a parity test compares failures as well as successes.
type ErrorCase struct {
	Name     string // model name, "QueueDoesNotExist"
	Code     string // the code on the wire, "AWS.SimpleQueueService.NonExistentQueue"
	MatchKey string // snapshot key, "get-queue-url-queue-does-not-exist"
}

// Fixture is the factory fixture of the resource an operation acts on.
type Fixture struct {
	Resource string // "Queue"
	Func     string // "sqstest.CreateQueue"
	Options  string // its options type, "sqstest.CreateQueueOptions"
	// Creates is set when the operation is the fixture's create call.
	Creates bool
	// Var holds the fixture's handle (fixture.Resource: ID, Output) when
	// its identifier flows into the operation's input, else "".
	Var string
	// Setup are statements that create the resource's parents first,
	// outermost first: `logGroup := cloudwatchlogstest.CreateLogGroup(t, client)`.
	Setup []string
	// Args are the parent arguments of the fixture call, each after a
	// comma (", logGroup.ID"); a parent no fixture makes is a string
	// placeholder for the user to replace.
	Args string
}

// Field is one member of the operation's input.
type Field struct {
	Name  string // Go field name
	Type  string // Go type, "*string"
	Value string // Go expression, or "" for the user to fill in
	// Placeholder is a Go expression of Type that compiles, for the user
	// to replace: aws.String("__Policy__"), the first enum value, a
	// one-element list, a one-entry map.
	Placeholder string
	Note        string // "required", …
}

// Client is the data client.go.tmpl receives for one service.
type Client struct {
	Package      string // "sqstest_test"
	Service      string // "SQS"
	SDK          string // SDK package name, "sqs"
	SDKImport    string
	Helper       string // "sqstest"
	HelperImport string
}

// Emitter returns the emitter of in's skeletons and wiring file, all
// user-owned, rendered with tmpl (nil: the embedded templates). The helper
// package they import is in.ImportPath/<pkg>test; outside a Go module
// (in.ImportPath "") there is none, and no skeletons.
func Emitter(tmpl *Templates) emit.Emitter {
	return func(in *emit.Input) ([]fileset.File, error) { return render(in, tmpl) }
}

func render(in *emit.Input, tmpl *Templates) ([]fileset.File, error) {
	if in.ImportPath == "" {
		return nil, nil
	}
	if tmpl == nil {
		var err error
		if tmpl, err = Default(); err != nil {
			return nil, err
		}
	}
	svc := in.Service
	g := &gen{svc: svc, detected: in.Resources, helperImport: path.Join(in.ImportPath, svc.Go.TestPackage)}
	client := Client{
		Package: svc.Go.TestPackage + "_test", Service: svc.SDKID,
		SDK: svc.Go.PackageName, SDKImport: svc.Go.Package,
		Helper: svc.Go.TestPackage, HelperImport: g.helperImport,
	}
	// Files the output has already are the user's: rendering and gofmt-ing
	// them again would be most of this emitter's time, for nothing.
	var files []fileset.File
	file := func(path, template, what string, data func() any) error {
		if f, ok := in.Kept(path); ok {
			files = append(files, f)
			return nil
		}
		src, err := tmpl.render(template, what, data())
		if err != nil {
			return err
		}
		// render gofmt-s what it renders, so the engine need not again.
		files = append(files, fileset.File{Path: path, Content: src, UserOwned: true, Formatted: true})
		return nil
	}
	if err := file(svc.Go.TestPackage+"/"+ClientFile, templates.Client, svc.SDKID, func() any { return client }); err != nil {
		return nil, err
	}
	for _, op := range emit.Operations(svc) {
		name := FileName(op)
		if name == ClientFile {
			return nil, fmt.Errorf("skeletons: operation %s would overwrite the wiring file %s", op.Name, ClientFile)
		}
		if err := file(svc.Go.TestPackage+"/"+name, templates.Skeleton, svc.SDKID+" "+op.Name, func() any { return g.skeleton(op) }); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// FileName is the skeleton file of op: snake case, with "_op" appended
// when the name would otherwise end in a GOOS or GOARCH and so carry an
// implicit build constraint (an operation ending in Windows or Arm).
func FileName(op *ir.Operation) string {
	snake := strings.Join(words(op.Name), "_")
	if last := snake[strings.LastIndex(snake, "_")+1:]; constraintSuffixes[last] {
		snake += "_op"
	}
	return snake + "_test.go"
}

// constraintSuffixes are the GOOS and GOARCH values of `go tool dist list`.
var constraintSuffixes = map[string]bool{
	"aix": true, "android": true, "darwin": true, "dragonfly": true, "freebsd": true, "hurd": true, "illumos": true,
	"ios": true, "js": true, "linux": true, "nacl": true, "netbsd": true, "openbsd": true, "plan9": true, "solaris": true,
	"wasip1": true, "windows": true, "zos": true,
	"386": true, "amd64": true, "amd64p32": true, "arm": true, "armbe": true, "arm64": true, "arm64be": true,
	"loong64": true, "mips": true, "mipsle": true, "mips64": true, "mips64le": true, "mips64p32": true, "mips64p32le": true,
	"ppc": true, "ppc64": true, "ppc64le": true, "riscv": true, "riscv64": true, "s390": true, "s390x": true,
	"sparc": true, "sparc64": true, "wasm": true,
}

// words splits an operation name into lower-case words at case changes,
// keeping an acronym whole and digits with what precedes them:
// ListObjectsV2 → list objects v2, CreateDBInstance → create db instance.
func words(name string) []string { return strings.Fields(strings.ToLower(emit.Phrase(name))) }

type gen struct {
	svc          *ir.Service
	detected     []resources.Resource
	helperImport string
}

func (g *gen) skeleton(op *ir.Operation) Skeleton {
	svc := g.svc
	s := Skeleton{
		Package:   svc.Go.TestPackage + "_test",
		Service:   svc.SDKID,
		Helper:    svc.Go.TestPackage,
		Marker:    Marker,
		Test:      "Test" + op.Go.Method,
		Operation: op.Name,
		Method:    op.Go.Method,
		Input:     svc.Go.PackageName + "." + op.Go.InputType,
		MatchKey:  strings.Join(words(op.Name), "-"),
		Summary:   strings.Join(strings.Fields(op.Summary), " "),
		// The template's doc comment starts with "// ".
		SummaryLines: emit.Wrap(op.Summary, 80-len("// ")),
		Call:         true,
	}
	imports := []string{g.helperImport, emit.RuntimeSnapshot}
	var wired *ir.Member // the input member the fixture's identifier fills
	var value string
	presets := map[*ir.Member]bool{}
	if r := resources.ForOperation(svc, g.detected, op.Name); r != nil {
		fx, member, v, needsAWS := g.fixture(op, r)
		s.Fixture, wired, value = fx, member, v
		s.Call = !fx.Creates
		if needsAWS {
			imports = append(imports, awsPkg)
		}
		if fx.Creates {
			presets = g.presets(r)
		}
	}
	if s.Call {
		// The fixture's options type names the input when it makes the call.
		imports = append(imports, svc.Go.Package, emit.RuntimeStub)
	}
	if op.Input != nil {
		for _, m := range op.Input.Members {
			if m.Go.Skip {
				continue
			}
			f := Field{Name: m.Go.FieldName, Type: m.Go.Type.String(), Placeholder: placeholder(m)}
			switch {
			case m == wired:
				f.Value = value
			case !m.Required || m.IdempotencyToken:
				continue
			case presets[m]:
				f.Note = "required; the fixture sets it"
			default:
				f.Note = "required"
			}
			s.Fields = append(s.Fields, f)
		}
	}
	if e := provocable(op); e != nil {
		code := e.ErrorCode
		if code == "" {
			code = e.Name
		}
		s.Error = &ErrorCase{Name: e.Name, Code: code, MatchKey: s.MatchKey + "-" + strings.Join(words(e.Name), "-")}
		imports = append(imports, smithyPkg, svc.Go.Package)
	}
	slices.Sort(imports)
	s.Imports = slices.Compact(imports)
	return s
}

// provocable picks the modelled error of op that a test can most easily
// provoke: a client fault naming something missing (NotFound, NoSuch…,
// DoesNotExist), else the first client fault. Server faults are left out:
// no input makes AWS answer one.
func provocable(op *ir.Operation) *ir.Shape {
	var first *ir.Shape
	for _, e := range op.Errors {
		if e.ErrorFault == "server" {
			continue
		}
		for _, hint := range []string{"NotFound", "NoSuch", "DoesNotExist", "NonExistent"} {
			if strings.Contains(e.Name, hint) {
				return e
			}
		}
		if first == nil {
			first = e
		}
	}
	return first
}

// fixture wires r's fixture into op's test. It returns the input member
// the fixture's identifier fills and the Go expression that fills it (nil
// and "" when the operation is the create call itself or the types do not
// line up), and whether that expression needs the aws package.
func (g *gen) fixture(op *ir.Operation, r *resources.Resource) (fx *Fixture, wired *ir.Member, value string, needsAWS bool) {
	svc := g.svc
	fx = &Fixture{
		Resource: r.Name,
		Func:     svc.Go.TestPackage + "." + r.Fixture(),
		Options:  svc.Go.TestPackage + "." + r.Fixture() + "Options",
		Creates:  op.Name == r.Create,
	}
	fx.Setup, fx.Args = g.parents(r, map[string]bool{r.Name: true})
	if fx.Creates {
		return fx, nil, "", false
	}
	dst := stringMember(op.Input, r.DeleteMember)
	if dst == nil {
		return fx, nil, "", false
	}
	v := g.varName(r.Name)
	value, needsAWS, ok := convert(v+".ID", dst.Go.Type)
	if !ok {
		return fx, nil, "", false
	}
	fx.Var = v
	return fx, dst, value, needsAWS
}

// parents returns the statements that create r's parents with their
// fixtures (theirs first) and the arguments that pass them to r's fixture.
// seen guards against a parent chain that loops.
func (g *gen) parents(r *resources.Resource, seen map[string]bool) (setup []string, args string) {
	for _, p := range r.Parents() {
		var parent *resources.Resource
		for i := range g.detected {
			if g.detected[i].Name == p.Resource && !seen[p.Resource] {
				parent = &g.detected[i]
			}
		}
		if parent == nil {
			args += ", " + strconv.Quote("__"+p.Member+"__")
			continue
		}
		seen[parent.Name] = true
		outer, outerArgs := g.parents(parent, seen)
		v := g.varName(parent.Name)
		setup = append(setup, outer...)
		setup = append(setup, v+" := "+g.svc.Go.TestPackage+"."+parent.Fixture()+"(t, client"+outerArgs+")")
		field := ".ID"
		if p.ARN && parent.ARN.From != "" {
			field = ".ARN"
		}
		args += ", " + v + field
	}
	return setup, args
}

// presets are the create input's required members that r's fixture fills
// (unique names, recipe values).
func (g *gen) presets(r *resources.Resource) map[*ir.Member]bool {
	unset := r.Unset(g.svc)
	out := map[*ir.Member]bool{}
	if in := g.svc.Operation(r.Create).Input; in != nil {
		for _, m := range in.Members {
			if m.Required && !slices.Contains(unset, m) {
				out[m] = true
			}
		}
	}
	return out
}

// convert turns id, a string, into type to: the types identifier members
// have.
func convert(id string, to ir.GoType) (expr string, needsAWS, ok bool) {
	switch to.String() {
	case "string":
		return id, false, true
	case "*string":
		return "aws.String(" + id + ")", true, true
	case "[]string":
		return "[]string{" + id + "}", false, true
	}
	return "", false, false
}

// stringMember is sh's string (or list of strings, as TerminateInstances'
// InstanceIds) member named name, ignoring case, as resources.ForOperation
// matches it.
func stringMember(sh *ir.Shape, name string) *ir.Member {
	if sh == nil {
		return nil
	}
	for _, m := range sh.Members {
		if strings.EqualFold(m.Name, name) && isStrings(m.Target) && !m.Go.Skip {
			return m
		}
	}
	return nil
}

func isStrings(sh *ir.Shape) bool {
	if sh != nil && sh.Kind == ir.KindList && sh.Member != nil {
		sh = sh.Member.Target
	}
	return sh != nil && sh.Kind == ir.KindString
}

// varName is the local variable for a resource: its name with the leading
// capitals lowered (SMSSandbox → smsSandbox), suffixed when that would
// clash with a keyword, a predeclared name or a name the template uses.
func (g *gen) varName(resource string) string {
	r := []rune(resource)
	for i := 0; i < len(r) && unicode.IsUpper(r[i]); i++ {
		if i > 0 && i+1 < len(r) && unicode.IsLower(r[i+1]) {
			break
		}
		r[i] = unicode.ToLower(r[i])
	}
	name := string(r)
	taken := []string{"client", "snap", "out", "err", "t", "o", "created", "aws", "snapshot", "stub", "testing", g.svc.Go.PackageName, g.svc.Go.TestPackage}
	if token.IsKeyword(name) || types.Universe.Lookup(name) != nil || slices.Contains(taken, name) {
		name += "Res"
	}
	return name
}
