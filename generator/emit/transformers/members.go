package transformers

import (
	"slices"
	"strings"

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
	out := Members{Identifiers: uniq(ids), Timestamps: uniq(times)}
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

// key is the member's key in a snapshot: the SDK field name without the
// underscore the SDK appends on collisions (see runtime/snapshot).
func key(m *ir.Member) string { return strings.TrimSuffix(m.Go.FieldName, "_") }

func uniq(names []string) []string {
	names = slices.DeleteFunc(names, func(s string) bool { return s == "" })
	slices.Sort(names)
	return slices.Compact(names)
}

func without(names, drop []string) []string {
	return slices.DeleteFunc(names, func(s string) bool { _, found := slices.BinarySearch(drop, s); return found })
}
