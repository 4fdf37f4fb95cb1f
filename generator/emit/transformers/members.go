package transformers

import (
	"slices"
	"strings"

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
	// Timestamps are timestamp-typed members.
	Timestamps []string
	// Renamed are the SDK types with members whose model name is not their
	// Go name (executionArn, ExecutionArn), sorted by Type: snapshots key
	// them by the model name, which is also the name the lists above use.
	Renamed []TypeNames
}

// TypeNames are the renamed members of one SDK type.
type TypeNames struct {
	// Type is how runtime/snapshot.MemberNames names the type:
	// "StartExecutionOutput" in the service package, "types.ExecutionListItem".
	Type string
	// Members are the model names, in model order.
	Members []string
}

// Collect finds the members of svc, every structure and union of it, and
// of its detected top-level resources.
func Collect(svc *ir.Service, detected []resources.Resource) Members {
	var ids, arns, tokens, times []string
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
			}
		}
	}
	out := Members{Identifiers: uniq(ids), Timestamps: uniq(times), Renamed: renamed(svc)}
	out.ARNs = without(uniq(arns), out.Identifiers)
	out.IdempotencyTokens = without(without(uniq(tokens), out.Identifiers), out.ARNs)
	return out
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

// renamed lists the types a snapshot can meet, operation outputs and
// inputs and the shapes members refer to (the SDK declares no others),
// with their members whose key would otherwise be wrong.
func renamed(svc *ir.Service) []TypeNames {
	var out []TypeNames
	add := func(typ string, sh *ir.Shape) {
		if names := renames(sh); len(names) > 0 {
			out = append(out, TypeNames{Type: typ, Members: names})
		}
	}
	for _, op := range emit.Operations(svc) {
		if op.Input != nil {
			add(op.Go.InputType, op.Input)
		}
		if op.Output != nil {
			add(op.Go.OutputType, op.Output)
		}
	}
	for _, sh := range referenced(svc) {
		add("types."+sh.Go.TypeName, sh)
	}
	slices.SortFunc(out, func(a, b TypeNames) int { return strings.Compare(a.Type, b.Type) })
	return out
}

// renames are the model names of sh's members whose snapshot key would
// otherwise be their Go name: runtime/snapshot's default key, a field's
// name without the collision underscore or a union member's type name
// after "Member". MemberNames finds a member by its Go name derived from
// the model name, so a member the SDK named otherwise (none in the 402
// Smithy models) is left out rather than listed to no effect.
func renames(sh *ir.Shape) []string {
	var out []string
	for _, m := range sh.Members {
		if m.Go.Skip {
			continue
		}
		dflt := strings.TrimSuffix(m.Go.FieldName, "_")
		if sh.Kind == ir.KindUnion {
			dflt = strings.TrimPrefix(m.Go.FieldName, sh.Go.TypeName+"Member")
		}
		if dflt != m.Name && dflt == golang.ExportName(m.Name) {
			out = append(out, m.Name)
		}
	}
	return out
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
