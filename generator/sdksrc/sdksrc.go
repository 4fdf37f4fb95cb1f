// Package sdksrc reads the Go source of one pinned aws-sdk-go-v2 service
// module and reports the names and field types it declares: operation
// input/output structs, types, enums, unions, paginators and waiters.
//
// It exists because models alone cannot say everything the SDK decided
// (botocore has no enum names and no nullability; the SDK carries
// hand-written customizations), so generator/golang confirms its predictions
// against this. Only go/parser is used: the module is never type-checked or
// compiled, which keeps reading even ec2 fast.
package sdksrc

// FormatVersion is part of the cache key; bump it whenever Package or the
// way it is filled changes, so stale caches are ignored rather than misread.
const FormatVersion = 2

// Package is what one SDK service module declares.
type Package struct {
	Module  string // import path, e.g. github.com/aws/aws-sdk-go-v2/service/sqs
	Version string // module version, empty for a local replacement
	Name    string // Go package name, e.g. sqs

	// Operations by name (the client method name).
	Operations map[string]*Operation
	// Structs of the types subpackage by type name, errors included.
	Structs map[string]*Struct
	// Enums of the types subpackage by type name.
	Enums map[string]*Enum
	// Unions of the types subpackage by interface name.
	Unions map[string]*Union
	// Waiters by waiter name ("TableExists"), valued by operation name.
	Waiters map[string]string
}

// Operation is one client method with its input and output structs.
type Operation struct {
	Name string
	// WireName is the operation name the method hands its middleware stack
	// (c.invokeOperation(ctx, "Name", …)), which is what in-process dispatch
	// switches on; Name when the method does not say.
	WireName string
	// Summary is the first sentence of the method's doc comment.
	Summary string
	// Typed reports that the method's file declares both <Name>Input and
	// <Name>Output, so code may name them.
	Typed  bool
	Input  []Field // exported fields of <Name>Input, in source order
	Output []Field // exported fields of <Name>Output, minus ResultMetadata
	// Paginated reports New<Name>Paginator.
	Paginated bool
}

// Field is one exported struct field. Type is the type expression with each
// package qualifier replaced by the last element of its import path, and
// identifiers of the types subpackage qualified with "types." even inside
// that package, so that a field reads the same wherever it is declared:
// "*string", "[]types.Message", "map[string]string", "*time.Time",
// "document.Interface", "io.Reader".
type Field struct {
	Name string
	Type string
}

// Struct is an exported struct type of the types subpackage.
type Struct struct {
	Name   string
	Fields []Field
	// Error reports a modeled error (declared in types/errors.go).
	Error bool
}

// Enum is a named string (or integer) type with constants.
type Enum struct {
	Name string
	// Underlying is "string" for enums, "int32" for intEnums.
	Underlying string
	Constants  []Constant // in source order
}

// Constant is one enum constant.
type Constant struct {
	Name  string // e.g. ReturnValueAllNew
	Value string // the unquoted wire value, e.g. ALL_NEW
}

// Union is a sealed interface and its member structs.
type Union struct {
	Name string
	// Members maps member struct name (XMemberY) to the type of its Value field.
	Members map[string]string
}

// FieldNamed returns the field of fs called name, or false.
func FieldNamed(fs []Field, name string) (Field, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}
