// Package resources finds the top-level resources of a service model — the
// things a test creates with one operation and deletes with another, given
// only an identifier that the create call returns or was given — and
// precomputes everything a factory fixture needs (unique-name members, run
// tag member, waiter, recipe, pre-delete step), so emitters only read it.
//
// Smithy resource shapes are used where a model has them; everywhere else
// model-driven heuristics pair create and delete verbs over the same noun and
// follow the identifier from the create call into the delete input.
// models/fixtures.json (see models/FIXTURES.md) adds, renames or excludes
// resources and supplies recipes.
package resources

import (
	"cmp"
	"encoding/json"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// Source says how a resource was found.
type Source string

const (
	FromSmithy    Source = "smithy"
	FromHeuristic Source = "heuristic"
	FromOverride  Source = "override"
)

// Path locates the identifier that reaches the delete call: From is
// "input" or "output" of the create operation, Members the member names
// from there (one level of nesting at most, e.g. output.KeyMetadata.KeyId).
// A member written with First's suffix is a list the path continues into
// through its first element: EC2 RunInstances' output.Instances[0].InstanceId.
type Path struct {
	From    string
	Members []string
}

// First marks a path member that is a list whose first element holds the rest.
const First = "[0]"

func (p Path) String() string { return p.From + "." + strings.Join(p.Members, ".") }

// ParsePath parses "input.Name", "output.A.B" or "output.A[0].B".
func ParsePath(s string) (Path, bool) {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || (parts[0] != "input" && parts[0] != "output") {
		return Path{}, false
	}
	for _, p := range parts[1:] {
		if name, _ := strings.CutSuffix(p, First); name == "" || strings.ContainsAny(name, "[]") {
			return Path{}, false
		}
	}
	return Path{From: parts[0], Members: parts[1:]}, true
}

// Resolve returns the members p names in the create operation, the last
// one a string, or nil when p does not fit the model: every member but the
// last is a structure, or with First a list of structures.
func (p Path) Resolve(create *ir.Operation) []*ir.Member {
	return p.resolve(create, isString)
}

// ResolveValue is Resolve for a value that may also be an enum, such as a
// status a wait compares.
func (p Path) ResolveValue(op *ir.Operation) []*ir.Member {
	return p.resolve(op, func(m *ir.Member) bool {
		return isString(m) || (m.Target != nil && m.Target.Kind == ir.KindEnum && !m.Go.Skip)
	})
}

func (p Path) resolve(create *ir.Operation, last func(*ir.Member) bool) []*ir.Member {
	sh := create.Input
	if p.From == "output" {
		sh = create.Output
	}
	out := make([]*ir.Member, 0, len(p.Members))
	for i, seg := range p.Members {
		name, list := strings.CutSuffix(seg, First)
		if sh == nil || sh.Kind != ir.KindStructure {
			return nil
		}
		m := sh.MemberNamed(name)
		if m == nil || m.Target == nil || m.Go.Skip {
			return nil
		}
		out = append(out, m)
		sh = m.Target
		if list {
			if sh.Kind != ir.KindList || sh.Member == nil {
				return nil
			}
			sh = sh.Member.Target
		}
		if i == len(p.Members)-1 && (list || !last(m)) {
			return nil
		}
	}
	return out
}

// TagStyle says how a create input carries tags.
type TagStyle string

const (
	// TagMap is map[string]string.
	TagMap TagStyle = "map"
	// TagList is a list of structures with a key and a value member.
	TagList TagStyle = "list"
	// TagSpecs is a list of tag specifications, each a resource type and a
	// TagList for the resources of that type the call creates: EC2's
	// TagSpecifications.
	TagSpecs TagStyle = "specs"
)

// Tags describes the create input member that takes tags.
type Tags struct {
	// Within names the create input's structure member that holds Member,
	// "" when Member is the input's own (S3: CreateBucketConfiguration.Tags).
	Within string
	Member string
	Style  TagStyle
	// Key and Value name the tag structure's members for TagList and TagSpecs.
	Key, Value string
	// For TagSpecs: TypeMember and TagsMember are the specification's
	// resource type and tag list members, ResourceType the resource type's
	// wire value for this resource ("instance", "security-group").
	TypeMember, TagsMember, ResourceType string
}

// Waiter is the SDK waiter that tells when a new resource is usable.
type Waiter struct {
	Name string // e.g. TableExists
	// Member is the member of the waiter operation's input set to the identifier.
	Member string
}

// Resource is one detected top-level resource of a service.
type Resource struct {
	Name   string // singular noun, e.g. Queue
	Create string // create operation name
	Delete string // delete operation name
	// Identifier is where the delete call's identifier comes from.
	Identifier Path
	// DeleteMember is the delete input member that receives it.
	DeleteMember string
	// NameMembers are create input members that get a unique name unless
	// the caller sets them.
	NameMembers []string
	// Require are create input members the caller must set though the
	// model does not require them (from the override file).
	Require []string
	// TagResourceType overrides the tag specification resource type that
	// spells Name (from the override file).
	TagResourceType string
	// Tags is nil when the create input takes no tags.
	Tags *Tags
	// Untagged says why a create input that takes tags gets no run tag,
	// for the fixture's documentation.
	Untagged string
	// Waiter is nil without a suitable SDK waiter.
	Waiter *Waiter
	// Recipe holds default create input values as JSON (models/fixtures.json).
	Recipe json.RawMessage
	// RecipePath is Recipe's location in the override file, for errors.
	RecipePath string
	// DeleteRecipe holds delete input members as JSON, e.g. Secrets
	// Manager's ForceDeleteWithoutRecovery; DeleteRecipePath locates it.
	DeleteRecipe     json.RawMessage
	DeleteRecipePath string
	// PreDelete names a cleanup step run before the delete call
	// ("EmptyBucket"; see PreDeleteSteps), from the override file.
	PreDelete string
	// PreDeleteCall is a call run before the delete, after PreDelete, and
	// its wait (Global Accelerator's disable); PreDeleteCallPath locates it
	// in the override file, for errors.
	PreDeleteCall     *PreDeleteCall
	PreDeleteCallPath string
	Source            Source
	// Refs are create input members that take other resources' identifiers
	// or values the delete needs again; see Kind.
	Refs []Ref
	// ARN is where the create output holds the resource's ARN, zero when
	// it holds none.
	ARN Path

	// parentIDs are the delete members a Smithy parent resource gives.
	parentIDs []string
}

// Fixture returns the name of the resource's factory fixture.
func (r *Resource) Fixture() string { return "Create" + r.Name }

// verbPair is a create verb and how the matching delete operation is named
// from the noun.
type verbPair struct {
	create string
	delete func(noun string) string
}

func prefixed(verb string) func(string) string {
	return func(noun string) string { return verb + noun }
}

// verbPairs are tried in order; when two pairs find the same noun (ACM
// RequestCertificate and ImportCertificate) the earlier wins.
var verbPairs = []verbPair{
	{"Create", prefixed("Delete")},
	{"Create", func(noun string) string { return "Schedule" + noun + "Deletion" }},
	{"Put", prefixed("Delete")},
	{"Run", prefixed("Terminate")},
	{"Request", prefixed("Delete")},
	{"Allocate", prefixed("Release")},
	{"Register", prefixed("Deregister")},
	{"Subscribe", prefixed("Unsubscribe")},
	{"Import", prefixed("Delete")},
}

// bareVerbNouns names the resources of create operations that are a bare verb.
var bareVerbNouns = map[string]string{"Subscribe": "Subscription"}

// Detect returns svc's top-level resources sorted by name, with ov's
// additions, renames and exclusions applied (ov may be nil). Find also
// checks ov against the model.
func Detect(svc *ir.Service, ov *Overrides) []Resource {
	return apply(svc, ov, candidates(svc))
}

// Find is Detect, with an error when an entry of ov for svc does not
// resolve against its model (see Overrides.check). The engine calls it once
// per service and run; emitters read its result.
func Find(svc *ir.Service, ov *Overrides) ([]Resource, error) {
	found := candidates(svc)
	out := apply(svc, ov, found)
	if err := ov.check(svc, found, out); err != nil {
		return nil, err
	}
	return out, nil
}

// found are the resources the model yields before any override, by name,
// in the order they were found.
type found struct {
	byName map[string]*Resource
	order  []string
}

// candidates finds svc's resources from its Smithy resource shapes, then
// from create/delete pairs.
func candidates(svc *ir.Service) found {
	f := found{byName: map[string]*Resource{}}
	// pairs holds the create/delete pairs taken: a Smithy resource shape and
	// the heuristics find most resources twice, under two names, and one
	// fixture is enough. The Smithy one is kept under the heuristic's name,
	// the create operation's noun (Location's ApiKey is CreateKey's Key),
	// which is also what models/fixtures.json uses.
	pairs := map[[2]string]*Resource{}
	add := func(r *Resource) {
		pair := [2]string{r.Create, r.Delete}
		if _, dup := f.byName[r.Name]; dup {
			return
		}
		if kept := pairs[pair]; kept != nil {
			delete(f.byName, kept.Name)
			f.order[slices.Index(f.order, kept.Name)] = r.Name
			kept.Name = r.Name
			f.byName[r.Name] = kept
			return
		}
		f.byName[r.Name] = r
		pairs[pair] = r
		f.order = append(f.order, r.Name)
	}
	for _, r := range fromSmithy(svc) {
		add(r)
	}
	for _, r := range fromHeuristics(svc) {
		add(r)
	}
	return f
}

// apply applies ov's entries for svc to copies of f's resources and fills
// in what fixtures need (finish).
func apply(svc *ir.Service, ov *Overrides, f found) []Resource {
	so := ov.service(svc.SDKID)
	var out []Resource
	for _, name := range f.order {
		if e := so[name]; e == nil || !e.Exclude {
			out = append(out, *f.byName[name])
		}
	}
	for _, name := range slices.Sorted(maps.Keys(so)) {
		e := so[name]
		if f.byName[name] != nil || e.Exclude || usable(svc, e.Create) == nil || usable(svc, e.Delete) == nil {
			continue // check reports an addition that does not resolve
		}
		out = append(out, Resource{Name: name, Source: FromOverride})
	}
	kept := out[:0]
	for _, r := range out {
		e := so[r.Name]
		e.apply(&r)
		if len(r.Identifier.Members) == 0 {
			continue
		}
		finish(svc, &r)
		if e != nil && e.Rename != "" {
			r.Name = e.Rename
		}
		kept = append(kept, r)
	}
	out = kept
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	ptrs := make([]*Resource, len(out))
	for i := range out {
		ptrs[i] = &out[i]
	}
	link(svc, ptrs)
	return out
}

// fromSmithy takes the resource shapes with a create-or-put and a delete
// lifecycle operation. Of a child's identifiers, those its parent has too
// are the parent's; the one left is its own (a resource with only its
// parent's, such as a workspace's one logging configuration, is
// identified by the parent's).
func fromSmithy(svc *ir.Service) []*Resource {
	byID := map[string]*ir.Resource{}
	for _, res := range svc.Resources {
		byID[res.ID] = res
	}
	var out []*Resource
	for _, res := range svc.Resources {
		create := cmp.Or(res.Create, res.Put)
		if create == "" || res.Delete == "" {
			continue
		}
		c, d := usable(svc, create), usable(svc, res.Delete)
		if c == nil || d == nil || d.Input == nil || c.Input == nil {
			continue
		}
		if len(res.Identifiers) == 0 {
			// Identified by the service alone in Smithy's terms (Proton's
			// one sync configuration per service), yet the calls name it.
			var names []string
			for _, m := range d.Input.Members {
				if m.Required && !m.HasDefault {
					names = append(names, m.Name)
				}
			}
			if r := smithyPair(c, d, names, noun(res.Name), func(Path) bool { return true }); r != nil {
				out = append(out, r)
			}
			continue
		}
		var inherited []string
		if p := byID[res.Parent]; p != nil {
			for _, id := range p.Identifiers {
				inherited = append(inherited, id.Name)
			}
		}
		var own []string
		for _, id := range res.Identifiers {
			if !slices.Contains(inherited, id.Name) {
				own = append(own, id.Name)
			}
		}
		if len(own) == 0 {
			own = inherited[len(inherited)-1:]
		}
		name := noun(res.Name)
		for _, pass := range []func(Path) bool{
			func(p Path) bool { return p.From == "output" },
			func(p Path) bool { return namesNoun(p.Members[len(p.Members)-1], name) },
			func(p Path) bool { return prefixesNoun(p.Members[len(p.Members)-1], name) },
			// An association is identified by what it joins: any one
			// identifier, the others carried into the delete.
			func(Path) bool { return true },
		} {
			r := smithyPair(c, d, own, name, pass)
			if r != nil {
				r.parentIDs = inherited
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// onlyRequiredString returns in's one required string member, or nil.
func onlyRequiredString(in *ir.Shape) *ir.Member {
	var found *ir.Member
	for _, m := range in.Members {
		if m.Required && !m.HasDefault && !m.IdempotencyToken {
			if found != nil || !isString(m) {
				return nil
			}
			found = m
		}
	}
	return found
}

// prefixesNoun reports an identifier member whose head starts the noun:
// environmentBlueprintIdentifier for EnvironmentBlueprintConfiguration.
func prefixesNoun(member, noun string) bool {
	head := strings.ToLower(member)
	for _, s := range idSuffixes {
		if h, ok := strings.CutSuffix(head, s); ok {
			head = h
			break
		}
	}
	return head != "" && strings.HasPrefix(strings.ToLower(noun), head)
}

// smithyPair picks the identifier among own whose value reaches the delete
// input and whose source in the create call passes ok.
func smithyPair(c, d *ir.Operation, own []string, name string, ok func(Path) bool) *Resource {
	for _, id := range own {
		del := memberFold(d.Input, id)
		if del == nil && len(own) == 1 {
			// The delete names its identifier member otherwise (Timestream
			// InfluxDB's identifier for dbInstanceIdentifier): its only
			// required string member.
			del = onlyRequiredString(d.Input)
		}
		if del == nil || (!isString(del) && !isStringList(del)) {
			continue
		}
		path, found := source(c, identifierName(del), name)
		if !found {
			path, found = byShape(c, del)
		}
		if !found || !ok(path) {
			continue
		}
		if _, fits := carried(c, d, del.Name); !fits {
			continue
		}
		return &Resource{Name: name, Create: c.Name, Delete: d.Name, Identifier: path, DeleteMember: del.Name, Source: FromSmithy}
	}
	return nil
}

// noun names a resource shape as a noun: many models suffix their shape
// names with Resource (RunGroupResource), which says nothing in a fixture's
// name (CreateRunGroup).
func noun(shape string) string {
	if n, ok := strings.CutSuffix(shape, "Resource"); ok && n != "" {
		return n
	}
	return shape
}

// fromHeuristics pairs operations by verb and noun and keeps the pairs whose
// identifier flows from create to delete without a parent identifier.
func fromHeuristics(svc *ir.Service) []*Resource {
	var cands []*Resource
	seen := map[string]bool{}
	for _, pair := range verbPairs {
		for _, op := range svc.Operations {
			noun, ok := strings.CutPrefix(op.Name, pair.create)
			if !ok || (noun != "" && !isUpper(noun[0])) || usable(svc, op.Name) == nil {
				continue
			}
			del := usable(svc, pair.delete(noun))
			if del == nil {
				continue
			}
			noun = cmp.Or(noun, bareVerbNouns[op.Name])
			if noun == "" {
				continue
			}
			r, ok := pairUp(op, del, noun)
			if !ok || seen[r.Name] {
				continue
			}
			seen[r.Name] = true
			cands = append(cands, r)
		}
	}
	return cands
}

// pairUp finds the delete input member that identifies the resource and
// where its value comes from in the create call. A delete member that is a
// list of identifiers (TerminateInstances' InstanceIds) takes a
// one-element list; the resource is then named by the singular noun
// (RunInstances → Instance).
func pairUp(create, del *ir.Operation, noun string) (*Resource, bool) {
	if del.Input == nil {
		return nil, false
	}
	var required []*ir.Member
	for _, m := range del.Input.Members {
		if m.Required && !m.HasDefault && !m.IdempotencyToken {
			required = append(required, m)
		}
	}
	cands := required
	if len(required) == 0 {
		// Kinesis DeleteStream takes StreamName or StreamARN, neither required.
		for _, m := range del.Input.Members {
			if isString(m) {
				cands = append(cands, m)
			}
		}
	}
	for _, pass := range []func(Path) bool{
		func(p Path) bool { return p.From == "output" },
		func(Path) bool { return true },
	} {
		for _, m := range cands {
			id := identifierName(m)
			if id == "" {
				continue
			}
			name := noun
			if id != m.Name {
				name = singular(noun)
			}
			path, ok := source(create, id, name)
			if !ok {
				path, ok = byShape(create, m)
			}
			if !ok || !pass(path) {
				continue
			}
			// An identifier the caller passes in that does not name this
			// noun refers to something else: PutBucketPolicy's Bucket,
			// PutResourcePolicy's ResourceArn, CreateRoute's RouteTableId.
			last := strings.TrimSuffix(path.Members[len(path.Members)-1], First)
			if echoed(create, path) && !namesNoun(last, name) {
				continue
			}
			// The delete's other required members must come from the
			// create input: a child's parent (DeleteLogStream's
			// logGroupName), else the pair is no one resource's.
			if _, fits := carried(create, del, m.Name); !fits {
				continue
			}
			return &Resource{Name: name, Create: create.Name, Delete: del.Name, Identifier: path, DeleteMember: m.Name, Source: FromHeuristic}, true
		}
	}
	return nil, false
}

// identifierName is the name of one identifier the delete member m takes:
// its own name when it is a string, the singular (InstanceId) when it is a
// list of strings named in the plural (InstanceIds), else "".
func identifierName(m *ir.Member) string {
	if isString(m) {
		return m.Name
	}
	if !isStringList(m) {
		return ""
	}
	if one := singular(m.Name); one != m.Name {
		return one
	}
	return ""
}

// singular undoes the English plurals operation names use: Instances,
// Addresses, Policies.
func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return strings.TrimSuffix(s, "ies") + "y"
	case strings.HasSuffix(s, "sses"):
		return strings.TrimSuffix(s, "es")
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return strings.TrimSuffix(s, "s")
	}
	return s
}

// source finds the create input or output member carrying the value of the
// delete member named del: same name in the output, then in the input, then
// one level down in the output (KeyMetadata.KeyId), then in the first
// element of an output list (Instances[0].InstanceId), then an ARN standing
// in for an id (Secrets Manager SecretId ← ARN).
func source(create *ir.Operation, del, noun string) (Path, bool) {
	if m := stringMember(create.Output, del); m != nil {
		return Path{From: "output", Members: []string{m.Name}}, true
	}
	if m := stringMember(create.Input, del); m != nil {
		return Path{From: "input", Members: []string{m.Name}}, true
	}
	alias := aliases(del, noun)
	if create.Output != nil {
		for _, throughList := range []bool{false, true} {
			for _, name := range append([]string{del}, alias...) {
				for _, outer := range create.Output.Members {
					el, list := nested(outer)
					// A list is followed only when it holds the resources
					// themselves: Instances for Instance, not a batch
					// call's UnprocessedAccounts.
					if el == nil || list != throughList || (list && !strings.EqualFold(singular(outer.Name), noun)) {
						continue
					}
					if m := stringMember(el, name); m != nil {
						seg := outer.Name
						if list {
							seg += First
						}
						return Path{From: "output", Members: []string{seg, m.Name}}, true
					}
				}
			}
		}
	}
	for _, name := range alias {
		if m := stringMember(create.Output, name); m != nil {
			return Path{From: "output", Members: []string{m.Name}}, true
		}
	}
	for _, name := range alias {
		if m := stringMember(create.Input, name); m != nil {
			return Path{From: "input", Members: []string{m.Name}}, true
		}
	}
	// The caller names it inside a structure describing the resource:
	// SES CreateConfigurationSet's ConfigurationSet.Name for DeleteConfigurationSet's
	// ConfigurationSetName, CreateTemplate's Template.TemplateName.
	if create.Input != nil {
		for _, outer := range create.Input.Members {
			el, list := nested(outer)
			if el == nil || list || !strings.EqualFold(outer.Name, noun) {
				continue
			}
			for _, name := range append([]string{del}, alias...) {
				if m := stringMember(el, name); m != nil {
					return Path{From: "input", Members: []string{outer.Name, m.Name}}, true
				}
			}
		}
	}
	return Path{}, false
}

// byShape finds the one string member of the create output, else input,
// that targets the same model shape as the delete member del: a model that
// names the identifier differently in the two calls (DataZone's
// CreateDomain output id, DeleteDomain input identifier, both DomainId).
func byShape(create *ir.Operation, del *ir.Member) (Path, bool) {
	if del.Target == nil || strings.HasPrefix(del.Target.ID, "smithy.api#") || !isString(del) {
		return Path{}, false
	}
	for _, side := range []struct {
		from string
		sh   *ir.Shape
	}{{"output", create.Output}, {"input", create.Input}} {
		if side.sh == nil {
			continue
		}
		var found *ir.Member
		for _, m := range side.sh.Members {
			if isString(m) && m.Target == del.Target {
				if found != nil {
					return Path{}, false
				}
				found = m
			}
		}
		if found != nil {
			return Path{From: side.from, Members: []string{found.Name}}, true
		}
	}
	return Path{}, false
}

// nested returns the structure m holds, directly or as the elements of a
// list (then list is true), or nil.
func nested(m *ir.Member) (el *ir.Shape, list bool) {
	t := m.Target
	if t == nil || m.Go.Skip {
		return nil, false
	}
	if t.Kind == ir.KindList && t.Member != nil && t.Member.Target != nil {
		t, list = t.Member.Target, true
	}
	if t.Kind != ir.KindStructure {
		return nil, false
	}
	return t, list
}

// aliases are other member names that may hold the value of the delete
// member del of resource noun: PolicyArn ← Arn, SecretId ← ARN.
func aliases(del, noun string) []string {
	lower := strings.ToLower(del)
	n := strings.ToLower(noun)
	switch {
	case lower == n+"arn":
		return []string{"Arn", "ARN"}
	case lower == n+"id" || lower == n+"identifier":
		return []string{"Id", n + "Arn", "Arn", "ARN"}
	case lower == n+"name":
		return []string{"Name"}
	case lower == n:
		// Evidently's project: the project's name or ARN.
		return []string{"Name", "Arn", "Id"}
	case lower == "identifier" || lower == "id" || lower == "arn":
		// A generic name in the delete call (DataZone's identifier) is
		// another generic one, or the noun's, in the create output.
		return []string{"Id", "Arn", "ARN", noun + "Id", noun + "Arn", "Identifier"}
	}
	for _, s := range idSuffixes {
		// The tail of the noun: a flow alias's aliasIdentifier is its Id.
		if head, ok := strings.CutSuffix(lower, s); ok && head != "" && strings.HasSuffix(n, head) {
			return []string{"Id", "Arn", "ARN", "Identifier", noun + "Id", noun + "Arn"}
		}
	}
	return nil
}

func stringMember(sh *ir.Shape, name string) *ir.Member {
	if sh == nil {
		return nil
	}
	for _, m := range sh.Members {
		if strings.EqualFold(m.Name, name) && isString(m) {
			return m
		}
	}
	return nil
}

func isString(m *ir.Member) bool {
	return m.Target != nil && m.Target.Kind == ir.KindString && !m.Go.Skip
}

func isStringList(m *ir.Member) bool {
	t := m.Target
	return t != nil && t.Kind == ir.KindList && t.Member != nil && t.Member.Target != nil &&
		t.Member.Target.Kind == ir.KindString && !m.Go.Skip
}

// idMember returns sh's member named name, ignoring case, that can take an
// identifier: a string or a list of strings.
func idMember(sh *ir.Shape, name string) *ir.Member {
	if sh == nil {
		return nil
	}
	for _, m := range sh.Members {
		if strings.EqualFold(m.Name, name) && (isString(m) || isStringList(m)) {
			return m
		}
	}
	return nil
}

// echoed reports an identifier the caller supplies: from the create input,
// or an output member that repeats an input member.
func echoed(create *ir.Operation, p Path) bool {
	return p.From == "input" || stringMember(create.Input, p.Members[len(p.Members)-1]) != nil
}

// idSuffixes end identifier member names.
var idSuffixes = []string{"name", "identifier", "id", "arn", "url"}

// namesNoun reports whether member is a generic identifier (Name, Id, Arn)
// or names the noun or its tail: TableName for Table, GroupId for
// SecurityGroup, Bucket for Bucket, domainName for DomainName — but not
// RouteTableId for Route.
func namesNoun(member, noun string) bool {
	lower, n := strings.ToLower(member), strings.ToLower(noun)
	head := lower
	for _, s := range idSuffixes {
		if h, ok := strings.CutSuffix(head, s); ok {
			head = h
			break
		}
	}
	return head == "" || strings.HasSuffix(n, head) || lower == n
}

// usable returns the operation when the model has it and the pinned SDK does too.
func usable(svc *ir.Service, name string) *ir.Operation {
	op := svc.Operation(name)
	if op == nil || op.Go.Skip {
		return nil
	}
	return op
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }
