// Package ir is awsparity's format-neutral model of an AWS service API.
//
// Loaders (generator/load/...) turn Smithy JSON AST or botocore JSON into these
// types; generator/golang fills in the Go names and types that aws-sdk-go-v2
// uses; emitters only read them. Slices are sorted by the loaders so that
// nothing downstream ever ranges over a map.
package ir

import "encoding/json"

// Kind is the type of a shape, with Smithy's names.
type Kind string

const (
	KindStructure  Kind = "structure"
	KindUnion      Kind = "union"
	KindList       Kind = "list"
	KindMap        Kind = "map"
	KindString     Kind = "string"
	KindEnum       Kind = "enum"
	KindIntEnum    Kind = "intEnum"
	KindBoolean    Kind = "boolean"
	KindByte       Kind = "byte"
	KindShort      Kind = "short"
	KindInteger    Kind = "integer"
	KindLong       Kind = "long"
	KindFloat      Kind = "float"
	KindDouble     Kind = "double"
	KindBigInteger Kind = "bigInteger"
	KindBigDecimal Kind = "bigDecimal"
	KindTimestamp  Kind = "timestamp"
	KindBlob       Kind = "blob"
	KindDocument   Kind = "document"
)

// Service is one AWS service API.
type Service struct {
	// SDKID is the service's sdkId ("SQS", "CloudWatch Logs").
	SDKID        string
	ShapeName    string // Smithy service shape name or botocore metadata.serviceId
	Protocol     string // awsJson1_0, awsJson1_1, restJson1, restXml, awsQuery, ec2Query, smithyRpcv2Cbor
	APIVersion   string
	ARNNamespace string
	SigningName  string
	// TargetPrefix is the X-Amz-Target prefix of JSON protocols.
	TargetPrefix   string
	EndpointPrefix string
	Title          string
	// Source is the file the service was loaded from, for error messages.
	Source string

	Operations []*Operation // sorted by Name
	Shapes     []*Shape     // sorted by ID
	Resources  []*Resource  // sorted by Name; Smithy only
	Waiters    []*Waiter    // sorted by Name
	Paginators []*Paginator // sorted by Operation

	// SDKOperations are the operations the pinned SDK has and the model
	// lacks, taken from the SDK source by generator/golang so that the stubs
	// cover the user's client. They carry a name, a summary and Go names
	// only: no shapes, errors or HTTP binding, so they are kept apart from
	// Operations (and Operation's index), which the emitters that need
	// model detail read. Sorted by Go.Method.
	SDKOperations []*Operation

	Go GoService

	shapeIndex map[string]*Shape
	opIndex    map[string]*Operation
}

// Operation is one API call.
type Operation struct {
	Name       string
	Input      *Shape // nil when the model has no input (smithy.api#Unit)
	Output     *Shape // nil when the model has no output
	Errors     []*Shape
	HTTP       HTTPBinding
	Idempotent bool
	ReadOnly   bool
	Deprecated bool
	// Summary is the first sentence of the documentation, as plain text.
	Summary string
	// Examples are the inputs of the model's examples (Smithy
	// smithy.api#examples), in model order.
	Examples []Example

	Go GoOperation
}

// Example is one documented call of an operation.
type Example struct {
	Title string
	// Input is the example's input as JSON, keyed by member name.
	Input json.RawMessage
}

// Constraints are the validation rules the model puts on a shape or a
// member: Smithy's @length, @range and @pattern traits, botocore's min, max
// and pattern. A nil bound is absent.
type Constraints struct {
	// MinLength and MaxLength bound a string's characters, a blob's bytes
	// or a list's or map's entries.
	MinLength, MaxLength *int64
	// Min and Max bound a number.
	Min, Max *float64
	// Pattern is the regular expression a string must match (ECMA 262 as
	// the models write it; see constraints.Pattern for how it is matched).
	Pattern string
}

// Over returns c with the bounds that c leaves unset taken from base: a
// member's own traits refine its target's.
func (c Constraints) Over(base Constraints) Constraints {
	if c.MinLength == nil {
		c.MinLength = base.MinLength
	}
	if c.MaxLength == nil {
		c.MaxLength = base.MaxLength
	}
	if c.Min == nil {
		c.Min = base.Min
	}
	if c.Max == nil {
		c.Max = base.Max
	}
	if c.Pattern == "" {
		c.Pattern = base.Pattern
	}
	return c
}

// HTTPBinding is the operation's HTTP trait (empty for RPC protocols without one).
type HTTPBinding struct {
	Method string
	URI    string
	Code   int
}

// Shape is a named type in the model.
type Shape struct {
	// ID is unique within the service: the absolute Smithy shape ID, or the
	// botocore shape name.
	ID   string
	Name string
	Kind Kind

	Members []*Member // structure and union members, in model order
	Member  *Member   // list element
	Key     *Member   // map key
	Value   *Member   // map value

	Enum []EnumValue // enum and intEnum values, in model order

	Sparse    bool
	Streaming bool
	// ErrorFault is "client" or "server" on error shapes, empty otherwise.
	ErrorFault string
	// ErrorCode is the wire code when it differs from Name (awsQueryError).
	ErrorCode  string
	Sensitive  bool
	Deprecated bool
	// TimestampFormat is date-time, http-date or epoch-seconds when set.
	TimestampFormat string
	// ARN is the ARN template of an aws.api#arnReference / arn trait when present.
	ARN string
	// Documentation summary (first sentence, plain text).
	Summary string
	// Constraints are the shape's length, range and pattern.
	Constraints Constraints

	Go GoShape
}

// EnumValue is one value of an enum or intEnum.
type EnumValue struct {
	// Name is the symbolic name (Smithy member name); botocore has none, so
	// loaders leave it empty and Go naming derives one from the value.
	Name     string
	Value    string // the wire value (decimal text for intEnum)
	IntValue int64

	GoName string
}

// Member is a structure or union member, or a list/map element.
type Member struct {
	Name     string
	Target   *Shape
	Required bool
	// HasDefault reports a @default trait; Default holds its JSON text.
	HasDefault       bool
	Default          string
	ClientOptional   bool
	AddedDefault     bool
	IdempotencyToken bool
	HostLabel        bool
	Deprecated       bool

	// Location is where the member is bound on the wire: "", "uri", "querystring",
	// "header", "headers" (prefix), "statusCode", "payload".
	Location     string
	LocationName string
	JSONName     string
	XMLName      string
	XMLFlattened bool
	XMLAttribute bool
	// ARN reports a member that holds an ARN (aws.api#arnReference on its target,
	// or an "Arn" member naming convention decided by the loader).
	ARN     bool
	Summary string
	// Constraints are the member's own length, range and pattern traits
	// (Smithy only); Limits merges them with the target's.
	Constraints Constraints

	Go GoMember
}

// Resource is a Smithy resource shape with its lifecycle operations.
type Resource struct {
	ID          string
	Name        string
	Identifiers []Identifier // sorted by Name
	Properties  []string
	Create      string
	Put         string
	Read        string
	Update      string
	Delete      string
	List        string
	Operations  []string
	Collection  []string
	Resources   []string // child resource IDs
	Parent      string   // parent resource ID, "" for top level
}

// Identifier is a resource identifier name and its target shape.
type Identifier struct {
	Name   string
	Target string
}

// Waiter is a named waiter on one operation.
type Waiter struct {
	Name      string
	Operation string
	MinDelay  int
	MaxDelay  int
	// MaxAttempts is botocore's attempt limit; Smithy waiters have none (0)
	// and are bounded by the caller's maximum wait duration instead.
	MaxAttempts int
	Go          GoWaiter
}

// Paginator describes paginated operation tokens.
type Paginator struct {
	Operation   string
	InputToken  string
	OutputToken string
	Items       string
	PageSize    string
}

// Shape returns the shape with the given ID, or nil.
func (s *Service) Shape(id string) *Shape { return s.shapeIndex[id] }

// Operation returns the operation with the given name, or nil.
func (s *Service) Operation(name string) *Operation { return s.opIndex[name] }

// Index rebuilds the lookup tables after Shapes or Operations changed.
func (s *Service) Index() {
	s.shapeIndex = make(map[string]*Shape, len(s.Shapes))
	for _, sh := range s.Shapes {
		s.shapeIndex[sh.ID] = sh
	}
	s.opIndex = make(map[string]*Operation, len(s.Operations))
	for _, op := range s.Operations {
		s.opIndex[op.Name] = op
	}
}

// MemberNamed returns the member with the given name, or nil.
func (sh *Shape) MemberNamed(name string) *Member {
	for _, m := range sh.Members {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// Limits returns the constraints a value of m must meet: the member's own,
// then its target's.
func (m *Member) Limits() Constraints {
	if m.Target == nil {
		return m.Constraints
	}
	return m.Constraints.Over(m.Target.Constraints)
}

// IsNumber reports kinds that Go represents as numbers.
func (k Kind) IsNumber() bool {
	switch k {
	case KindByte, KindShort, KindInteger, KindLong, KindFloat, KindDouble, KindIntEnum:
		return true
	}
	return false
}
