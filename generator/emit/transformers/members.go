package transformers

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// Members are the names, as snapshot keys, of the members a service's
// snapshot transformers act on. Each list is sorted, and a name is in at most
// one of the first three lists: two Identifiers transformers over the same
// key would number the first one's placeholder again.
type Members struct {
	// Identifiers identify or name the service's top-level resources: the
	// identifier its fixture reads, the member its delete call takes, and the
	// create members that fixtures fill with unique names.
	Identifiers []string
	// ARNs hold ARNs (members with the ARN trait or named like one).
	ARNs []string
	// IdempotencyTokens are filled by the SDK with a random token.
	IdempotencyTokens []string
	// Volatile change on every call by the service's design: receipt
	// handles, sequence numbers, shard iterators.
	Volatile []string
	// Timestamps are timestamp-typed members.
	Timestamps []string
	// Names say how snapshots key the service's members: by the model's
	// names (executionArn, not ExecutionArn), which the lists above use too.
	Names Names
	// Sensitive are the SDK types with members the model marks
	// smithy.api#sensitive (SecretString, an SSM parameter's Value, Lambda
	// environment variables), sorted by Type: snapshots never hold their
	// values.
	Sensitive []TypeNames
}

// Names are a service's member names as runtime/snapshot.MemberNames takes
// them: a casing rule over the Go names, and the members that break it.
type Names struct {
	// LowerCamel is the rule that the model name is the Go name with its
	// first letter lowered; else it is the Go name.
	LowerCamel bool
	// Except are the members the rule misses, sorted by Type. Type "*"
	// holds the model names that most types spelling a Go name use, where
	// that is not the rule's (an error's "message" in SQS).
	Except []TypeNames
}

// TypeNames are the members of one SDK type whose model name the rule
// does not give.
type TypeNames struct {
	// Type is how runtime/snapshot.MemberNames names the type:
	// "StartExecutionOutput" in the service package, "types.ExecutionListItem",
	// or "*" for every type.
	Type string
	// Members are the model names, in model order ("*": sorted).
	Members []string
}

// Collect finds the members of svc, every structure and union of it, and
// of its detected top-level resources.
func Collect(svc *ir.Service, detected []resources.Resource) Members {
	var ids, arns, tokens, times, volatile []string
	for i := range detected {
		ids = append(ids, resourceMembers(svc, &detected[i])...)
	}
	for _, sh := range svc.Shapes {
		if sh.Kind != ir.KindStructure && sh.Kind != ir.KindUnion {
			continue
		}
		for _, m := range sh.Members {
			if m.Go.Skip || m.Target == nil {
				continue
			}
			switch {
			case m.ARN:
				arns = append(arns, key(m))
			case m.IdempotencyToken:
				tokens = append(tokens, key(m))
			case m.Target.Kind == ir.KindTimestamp:
				times = append(times, key(m))
			case isVolatile(m.Name):
				volatile = append(volatile, key(m))
			}
		}
	}
	out := Members{Identifiers: uniq(ids), Timestamps: uniq(times), Names: names(svc), Sensitive: sensitiveTypes(svc)}
	out.ARNs = without(uniq(arns), out.Identifiers)
	out.IdempotencyTokens = without(without(uniq(tokens), out.Identifiers), out.ARNs)
	out.Volatile = without(uniq(volatile), out.Identifiers)
	return out
}

// volatileSuffixes name the members whose values no two calls share, by
// the services' naming (the models mark none of them): SQS's
// ReceiptHandle, Kinesis' and SQS FIFO's SequenceNumber, Kinesis'
// ShardIterator and NextShardIterator.
var volatileSuffixes = []string{"ReceiptHandle", "SequenceNumber", "ShardIterator"}

func isVolatile(name string) bool {
	lower := strings.ToLower(name)
	return slices.ContainsFunc(volatileSuffixes, func(s string) bool { return strings.HasSuffix(lower, strings.ToLower(s)) })
}

// resourceMembers are the identifier and name members of one resource.
func resourceMembers(svc *ir.Service, r *resources.Resource) []string {
	create, del := svc.Operation(r.Create), svc.Operation(r.Delete)
	var out []string
	// Only the innermost member is the identifier; KeyMetadata in
	// output.KeyMetadata.KeyId is a structure.
	if path := r.Identifier.Resolve(create); len(path) > 0 {
		out = append(out, key(path[len(path)-1]))
	}
	if m := del.Input.MemberNamed(r.DeleteMember); m != nil {
		out = append(out, key(m))
	}
	for _, n := range r.NameMembers {
		if m := create.Input.MemberNamed(n); m != nil {
			out = append(out, key(m))
		}
	}
	return out
}

// key is the member's key in a snapshot: its model name, which the
// snapshot uses through Renamed where the SDK's Go name differs.
func key(m *ir.Member) string { return m.Name }

// member is one member of a type a snapshot can meet: its Go name as
// runtime/snapshot sees it, and its model name.
type member struct {
	typ, goName, model string
}

// names finds the casing rule that fits most members of the types a
// snapshot can meet (operation inputs and outputs and the shapes members
// refer to: the SDK declares no others), then the model name most types use
// for each Go name the rule misses, then the members left over.
func names(svc *ir.Service) Names {
	var all []member
	declared(svc, func(typ string, sh *ir.Shape) { all = append(all, members(typ, sh)...) })
	lower, asGo := 0, 0
	spellings := map[string]map[string]int{} // Go name → model name → types
	for _, m := range all {
		switch m.model {
		case m.goName:
			asGo++
		case lowerFirst(m.goName):
			lower++
		}
		if spellings[m.goName] == nil {
			spellings[m.goName] = map[string]int{}
		}
		spellings[m.goName][m.model]++
	}
	out := Names{LowerCamel: lower > asGo}
	rule := func(goName string) string {
		if out.LowerCamel {
			return lowerFirst(goName)
		}
		return goName
	}
	global := map[string]string{}
	for _, goName := range slices.Sorted(maps.Keys(spellings)) {
		best := rule(goName)
		for _, model := range slices.Sorted(maps.Keys(spellings[goName])) {
			if spellings[goName][model] > spellings[goName][best] {
				best = model
			}
		}
		if best != rule(goName) {
			global[goName] = best
		}
	}
	if len(global) > 0 {
		out.Except = append(out.Except, TypeNames{Type: "*", Members: slices.Sorted(maps.Values(global))})
	}
	byType := map[string][]string{}
	var types []string
	for _, m := range all {
		want, ok := global[m.goName]
		if !ok {
			want = rule(m.goName)
		}
		if m.model != want {
			if byType[m.typ] == nil {
				types = append(types, m.typ)
			}
			byType[m.typ] = append(byType[m.typ], m.model)
		}
	}
	slices.Sort(types)
	for _, typ := range types {
		out.Except = append(out.Except, TypeNames{Type: typ, Members: byType[typ]})
	}
	return out
}

// declared calls fn with every type a snapshot can meet, as MemberNames
// names it: operation inputs and outputs, and the shapes members refer to
// (the SDK declares no others).
func declared(svc *ir.Service, fn func(typ string, sh *ir.Shape)) {
	for _, op := range emit.Operations(svc) {
		if op.Input != nil {
			fn(op.Go.InputType, op.Input)
		}
		if op.Output != nil {
			fn(op.Go.OutputType, op.Output)
		}
	}
	for _, sh := range referenced(svc) {
		fn("types."+sh.Go.TypeName, sh)
	}
}

// sensitiveTypes lists, by type, the model names of the members whose
// value the model marks sensitive, directly or as the elements of a list
// or map.
func sensitiveTypes(svc *ir.Service) []TypeNames {
	var out []TypeNames
	declared(svc, func(typ string, sh *ir.Shape) {
		var names []string
		for _, m := range sh.Members {
			if !m.Go.Skip && m.Target != nil && sensitive(m.Target) {
				names = append(names, m.Name)
			}
		}
		if len(names) > 0 {
			out = append(out, TypeNames{Type: typ, Members: names})
		}
	})
	slices.SortFunc(out, func(a, b TypeNames) int { return strings.Compare(a.Type, b.Type) })
	return out
}

func sensitive(sh *ir.Shape) bool {
	if sh.Sensitive {
		return true
	}
	for _, elem := range []*ir.Member{sh.Member, sh.Value} {
		if elem != nil && elem.Target != nil && elem.Target.Sensitive {
			return true
		}
	}
	return false
}

// members are sh's members whose model name runtime/snapshot can find
// from the Go name: a field's name without the collision underscore, or a
// union member's type name after "Member". MemberNames maps a model name
// to its Go name by upper-casing the first letter, so a member the SDK
// named otherwise (none in the 402 Smithy models) is left out rather than
// listed to no effect.
func members(typ string, sh *ir.Shape) []member {
	var out []member
	for _, m := range sh.Members {
		if m.Go.Skip {
			continue
		}
		goName := strings.TrimSuffix(m.Go.FieldName, "_")
		if sh.Kind == ir.KindUnion {
			goName = strings.TrimPrefix(m.Go.FieldName, sh.Go.TypeName+"Member")
		}
		if goName == golang.ExportName(m.Name) {
			out = append(out, member{typ: typ, goName: goName, model: m.Name})
		}
	}
	return out
}

// lowerFirst lowers the first letter of a Go name, as runtime/snapshot's
// LowerCamel rule does.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// referenced are the structures and unions that members or operation
// errors refer to, in svc.Shapes order: those the SDK declares in its
// types package.
func referenced(svc *ir.Service) []*ir.Shape {
	seen := map[*ir.Shape]bool{}
	for _, op := range svc.Operations {
		for _, e := range op.Errors {
			seen[e] = true
		}
	}
	for _, sh := range svc.Shapes {
		for _, m := range append(slices.Clip(sh.Members), sh.Member, sh.Key, sh.Value) {
			if m != nil && m.Target != nil {
				seen[m.Target] = true
			}
		}
	}
	var out []*ir.Shape
	for _, sh := range svc.Shapes {
		if seen[sh] && (sh.Kind == ir.KindStructure || sh.Kind == ir.KindUnion) {
			out = append(out, sh)
		}
	}
	return out
}

func uniq(names []string) []string {
	names = slices.DeleteFunc(names, func(s string) bool { return s == "" })
	slices.Sort(names)
	return slices.Compact(names)
}

func without(names, drop []string) []string {
	return slices.DeleteFunc(names, func(s string) bool { _, found := slices.BinarySearch(drop, s); return found })
}
