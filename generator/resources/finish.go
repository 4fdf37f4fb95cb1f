package resources

import (
	"cmp"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/synth"
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
		r.Tags, r.Untagged = tagMember(create.Input, r.Name, r.TagResourceType)
	}
	if r.Waiter == nil {
		r.Waiter = waiter(svc, r)
	}
	if r.ARN.From == "" {
		r.ARN = arnPath(create, r.Name)
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

// tagMember finds where the create input of resource noun takes tags: a
// Tags member that is a string map or a list of key/value structures, a
// list of tag specifications with a resource type for noun (or the
// resource type given), or a Tags member one structure down. untagged says
// why tag specifications without such a resource type are left alone.
func tagMember(in *ir.Shape, noun, resourceType string) (tags *Tags, untagged string) {
	if in == nil {
		return nil, ""
	}
	for _, m := range in.Members {
		if t := keyValueTags(m, noun); t != nil {
			return t, ""
		}
	}
	for _, m := range in.Members {
		t, reason := tagSpecs(m, noun, resourceType)
		if t != nil {
			return t, ""
		}
		untagged = cmp.Or(untagged, reason)
	}
	if untagged != "" {
		return nil, untagged
	}
	for _, outer := range in.Members {
		if outer.Go.Skip || outer.Target == nil || outer.Target.Kind != ir.KindStructure {
			continue
		}
		for _, m := range outer.Target.Members {
			if t := keyValueTags(m, noun); t != nil {
				t.Within = outer.Name
				return t, ""
			}
		}
	}
	return nil, ""
}

// tagMemberNames are the names of members that take a resource's tags,
// lowercased, besides <noun>Tags (BackupVaultTags, UserPoolTags).
var tagMemberNames = []string{"tags", "taglist", "tagslist", "resourcetags"}

// keyValueTags returns m's tag style when m takes the tags of resource
// noun and is a string map or a list of key/value structures.
func keyValueTags(m *ir.Member, noun string) *Tags {
	lower := strings.ToLower(m.Name)
	if !slices.Contains(tagMemberNames, lower) && lower != strings.ToLower(noun)+"tags" || m.Target == nil || m.Go.Skip {
		return nil
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
	return nil
}

// tagSpecs recognises a list of structures with a ResourceType enum and a
// key/value Tags list, and picks the enum value resourceType or, when that
// is "", the one that spells noun ("security-group" for SecurityGroup).
// Without one it returns why.
func tagSpecs(m *ir.Member, noun, resourceType string) (*Tags, string) {
	el, list := nested(m)
	if !list {
		return nil, ""
	}
	typ, inner := el.MemberNamed("ResourceType"), (*Tags)(nil)
	for _, im := range el.Members {
		if inner = keyValueTags(im, noun); inner != nil {
			break
		}
	}
	if typ == nil || typ.Go.Skip || typ.Target.Kind != ir.KindEnum || inner == nil || inner.Style != TagList {
		return nil, ""
	}
	for _, ev := range typ.Target.Enum {
		if ev.Value == resourceType || (resourceType == "" && strings.EqualFold(strings.ReplaceAll(ev.Value, "-", ""), noun)) {
			return &Tags{Member: m.Name, Style: TagSpecs, Key: inner.Key, Value: inner.Value,
				TypeMember: typ.Name, TagsMember: inner.Member, ResourceType: ev.Value}, ""
		}
	}
	if resourceType != "" {
		return nil, m.Name + " has no " + typ.Target.Name + " " + strconv.Quote(resourceType) + ", so the resource gets no run tag."
	}
	return nil, m.Name + " has no " + typ.Target.Name + " for " + noun + ", so the resource gets no run tag."
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

// identifierMember returns in's member that takes r's identifier, a
// string or a list of strings (DescribeVpcs' VpcIds for VpcId), provided
// no other member is required.
func identifierMember(in *ir.Shape, r *Resource) *ir.Member {
	var found *ir.Member
	id := r.Identifier.Members[len(r.Identifier.Members)-1]
	for _, name := range []string{r.DeleteMember, id, r.DeleteMember + "s", id + "s"} {
		if found = idMember(in, name); found != nil {
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

// Synthesized returns what generator/synth fills of r's create input
// beyond the recipe: unique names for NameMembers and a valid value for
// every other required member it can make, and the members it leaves to
// the caller with why. A recipe string for a name member starts its
// unique name ("alias/awsparity").
func (r *Resource) Synthesized(svc *ir.Service) *synth.Input {
	plan := synth.Plan{Names: r.NameMembers, Require: r.Require, NamePrefixes: map[string]string{}}
	// An identifier the create input carries is set even where the model
	// leaves it optional (X-Ray's SamplingRule.RuleName, or its ARN):
	// without it the fixture could not delete what it made.
	if id := strings.Join(r.Identifier.Members, "."); r.Identifier.From == "input" && !strings.Contains(id, First) && !slices.Contains(plan.Names, id) {
		plan.Names = append(slices.Clone(plan.Names), id)
	}
	var recipe map[string]json.RawMessage
	if json.Unmarshal(r.Recipe, &recipe) == nil {
		for _, k := range slices.Sorted(maps.Keys(recipe)) {
			var prefix string
			if slices.Contains(r.NameMembers, k) && json.Unmarshal(recipe[k], &prefix) == nil {
				plan.NamePrefixes[k] = prefix
				continue
			}
			plan.Covered = append(plan.Covered, k)
		}
	}
	// A parent comes as an argument and an automatic dependency from its
	// own fixture: synthesis leaves both alone.
	for _, ref := range r.Refs {
		if ref.Parent || ref.Auto {
			plan.Given = append(plan.Given, ref.Member)
		}
	}
	return synth.For(svc, svc.Operation(r.Create), plan)
}

// Unset returns the create input's members that are required, by the
// model or the override file's require, and that neither the recipe nor
// synthesis fills: the caller must set them, or the fixture fails the test
// at once naming them.
func (r *Resource) Unset(svc *ir.Service) []*ir.Member {
	var out []*ir.Member
	for _, u := range r.Synthesized(svc).Unset {
		out = append(out, u.Member)
	}
	return out
}
