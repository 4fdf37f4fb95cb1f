package resources

import (
	"encoding/json"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// finish fills what a fixture needs beyond the create/delete pair: the
// members that get unique names, the tag member and the waiter. Values set
// by the override file are kept.
func finish(svc *ir.Service, r *Resource) {
	create := svc.Operation(r.Create)
	if r.NameMembers == nil {
		r.NameMembers = nameMembers(create, r)
	}
	if r.Tags == nil {
		r.Tags = tagMember(create.Input)
	}
	if r.Waiter == nil {
		r.Waiter = waiter(svc, r)
	}
}

// nameMembers are the create input's string members that name the
// resource: the identifier when it is passed in, Name, <Noun>Name, or
// <Tail>Name where Tail ends the noun (GroupName for SecurityGroup).
func nameMembers(create *ir.Operation, r *Resource) []string {
	if create.Input == nil {
		return nil
	}
	noun := strings.ToLower(r.Name)
	var names []string
	for _, m := range create.Input.Members {
		if !isString(m) {
			continue
		}
		lower := strings.ToLower(m.Name)
		head, isName := strings.CutSuffix(lower, "name")
		isID := r.Identifier.From == "input" && r.Identifier.Members[0] == m.Name
		if isID || (isName && strings.HasSuffix(noun, head)) {
			names = append(names, m.Name)
		}
	}
	return names
}

// tagMember finds a Tags member that is a string map or a list of key/value
// structures.
func tagMember(in *ir.Shape) *Tags {
	if in == nil {
		return nil
	}
	for _, m := range in.Members {
		if !strings.EqualFold(m.Name, "tags") || m.Target == nil || m.Go.Skip {
			continue
		}
		t := m.Target
		switch {
		case t.Kind == ir.KindMap && t.Value != nil && t.Value.Target != nil && t.Value.Target.Kind == ir.KindString:
			return &Tags{Member: m.Name, Style: TagMap}
		case t.Kind == ir.KindList && t.Member != nil && t.Member.Target != nil && t.Member.Target.Kind == ir.KindStructure:
			el := t.Member.Target
			key, value := stringMember(el, "Key"), stringMember(el, "Value")
			if key == nil || value == nil {
				key, value = stringMember(el, "TagKey"), stringMember(el, "TagValue")
			}
			if key != nil && value != nil {
				return &Tags{Member: m.Name, Style: TagList, Key: key.Name, Value: value.Name}
			}
		}
	}
	return nil
}

// waiterSuffixes rank the SDK waiters that say a new resource is usable.
var waiterSuffixes = []string{"Active", "ActiveV2", "Available", "Running", "InService", "Exists", "Created"}

// waiter picks <Noun><Suffix> when its operation takes the identifier as a
// string member and needs nothing else.
func waiter(svc *ir.Service, r *Resource) *Waiter {
	for _, suffix := range waiterSuffixes {
		for _, w := range svc.Waiters {
			if w.Name != r.Name+suffix || w.Go.Constructor == "" {
				continue
			}
			op := usable(svc, w.Operation)
			if op == nil || op.Input == nil {
				continue
			}
			if m := identifierMember(op.Input, r); m != nil {
				return &Waiter{Name: w.Name, Member: m.Name}
			}
		}
	}
	return nil
}

// identifierMember returns in's string member that takes r's identifier,
// provided no other member is required.
func identifierMember(in *ir.Shape, r *Resource) *ir.Member {
	var found *ir.Member
	for _, name := range []string{r.DeleteMember, r.Identifier.Members[len(r.Identifier.Members)-1]} {
		if found = stringMember(in, name); found != nil {
			break
		}
	}
	if found == nil {
		return nil
	}
	for _, m := range in.Members {
		if m.Required && m != found && !m.HasDefault {
			return nil
		}
	}
	return found
}

// ForOperation returns the detected resource that operation opName acts
// on, or nil: the resource whose create or delete it is, else the one whose
// identifier member its input takes (preferring a resource named in the
// operation, e.g. DescribeTable → Table).
func ForOperation(svc *ir.Service, detected []Resource, opName string) *Resource {
	op := svc.Operation(opName)
	if op == nil {
		return nil
	}
	for i := range detected {
		if detected[i].Create == opName || detected[i].Delete == opName {
			return &detected[i]
		}
	}
	var best *Resource
	for i := range detected {
		r := &detected[i]
		if stringMember(op.Input, r.DeleteMember) == nil {
			continue
		}
		if best == nil || (!strings.Contains(opName, best.Name) && strings.Contains(opName, r.Name)) {
			best = r
		}
	}
	return best
}

// Unset returns the create input's required members that neither a unique
// name nor the recipe fills: the caller must set them, or the fixture fails
// the test at once naming them.
func (r *Resource) Unset(svc *ir.Service) []*ir.Member {
	in := svc.Operation(r.Create).Input
	if in == nil {
		return nil
	}
	covered := map[string]bool{}
	for _, n := range r.NameMembers {
		covered[n] = true
	}
	var recipe map[string]json.RawMessage
	if json.Unmarshal(r.Recipe, &recipe) == nil {
		for k := range recipe {
			covered[k] = true
		}
	}
	var out []*ir.Member
	for _, m := range in.Members {
		if m.Required && !m.HasDefault && !m.IdempotencyToken && !m.Go.Skip && !covered[m.Name] {
			out = append(out, m)
		}
	}
	return out
}
