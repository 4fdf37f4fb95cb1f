package ir

import "strings"

// GoService holds the aws-sdk-go-v2 names of a service, computed once by
// generator/golang.
type GoService struct {
	// Package is the SDK import path, e.g. github.com/aws/aws-sdk-go-v2/service/sqs.
	Package string
	// PackageName is the SDK package name, e.g. sqs.
	PackageName string
	// TypesPackage is Package + "/types".
	TypesPackage string
	// TestPackage is the name of the generated helper package, e.g. sqstest.
	TestPackage string
	// SDKVersion is the pinned module version when the SDK source was read,
	// empty when names come from prediction alone.
	SDKVersion string
}

// GoOperation holds the SDK names of an operation.
type GoOperation struct {
	Method     string // client method, e.g. CreateQueue
	InputType  string // always <Op>Input
	OutputType string // always <Op>Output
	// Skip is set when the pinned SDK lacks the operation: it is reported as
	// drift and not emitted.
	Skip bool
	// Paginated reports that the SDK has New<Op>Paginator.
	Paginated bool
}

// GoShape holds the SDK name of a shape in the types package.
type GoShape struct {
	TypeName string
	// Type is how a member targeting this shape is typed by default (before
	// member-level pointer rules).
	Type GoType
}

// GoMember holds the SDK field of a member.
type GoMember struct {
	FieldName string
	Type      GoType
	// Skip is set when the pinned SDK lacks the field.
	Skip bool
}

// GoWaiter holds the SDK waiter names.
type GoWaiter struct {
	TypeName    string // TableExistsWaiter
	Constructor string // NewTableExistsWaiter
}

// GoKind classifies a GoType.
type GoKind int

const (
	GoBasic   GoKind = iota // string, bool, int32, int64, float32, float64, int8, int16, byte
	GoNamed                 // Path.Name: types.X, time.Time, io.Reader, document.Interface
	GoPointer               // *Elem
	GoSlice                 // []Elem
	GoMap                   // map[string]Elem
)

// GoType is a Go type expression in terms emitters can render with jennifer.
type GoType struct {
	Kind GoKind
	Path string // import path for GoNamed
	Name string // basic or named type name
	Elem *GoType
}

// Basic returns the basic type name.
func Basic(name string) GoType { return GoType{Kind: GoBasic, Name: name} }

// Named returns path.name.
func Named(path, name string) GoType { return GoType{Kind: GoNamed, Path: path, Name: name} }

// PointerTo returns *t.
func PointerTo(t GoType) GoType { return GoType{Kind: GoPointer, Elem: &t} }

// SliceOf returns []t.
func SliceOf(t GoType) GoType { return GoType{Kind: GoSlice, Elem: &t} }

// MapOf returns map[string]t.
func MapOf(t GoType) GoType { return GoType{Kind: GoMap, Elem: &t} }

// IsPointer reports a pointer type.
func (t GoType) IsPointer() bool { return t.Kind == GoPointer }

// String renders the type as it is written in SDK source, with the last
// element of the import path as qualifier ("*string", "[]types.Message",
// "map[string]types.AttributeValue", "*time.Time").
func (t GoType) String() string {
	var b strings.Builder
	t.write(&b)
	return b.String()
}

func (t GoType) write(b *strings.Builder) {
	switch t.Kind {
	case GoBasic:
		b.WriteString(t.Name)
	case GoNamed:
		if t.Path != "" {
			b.WriteString(t.Path[strings.LastIndex(t.Path, "/")+1:])
			b.WriteByte('.')
		}
		b.WriteString(t.Name)
	case GoPointer:
		b.WriteByte('*')
		t.Elem.write(b)
	case GoSlice:
		b.WriteString("[]")
		t.Elem.write(b)
	case GoMap:
		b.WriteString("map[string]")
		t.Elem.write(b)
	}
}

// Error is a model error that names the file and the JSON path in it.
type Error struct {
	File string
	Path string // JSONPath-like location, e.g. $.shapes["com.amazonaws.sqs#Foo"].target
	Msg  string
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.File + ": " + e.Msg
	}
	return e.File + ": " + e.Path + ": " + e.Msg
}

// EnumConstants reports whether the Go constants of enum shape sh
// (ev.GoName) have type t: the SDK may type a member with another enum of
// the same values (SageMaker's ProductionVariantInstanceType for an
// InstanceType shape), whose constants are named differently; a value of
// such a member is written as a conversion instead.
func (sh *Shape) EnumConstants(t GoType) bool {
	return t.Kind == GoNamed && t.Path != "" && t.Name == sh.Go.TypeName
}
