package resources

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// Kind says how a resource stands to others.
type Kind string

const (
	// TopLevel resources are created and deleted on their own.
	TopLevel Kind = "top-level"
	// Child resources live inside a parent: their delete needs the
	// parent's identifier too (a log stream in a log group, an IAM access
	// key of a user). Their fixture takes the parent as an argument.
	Child Kind = "child"
	// Dependent resources are created with identifiers of other resources
	// that outlive them (a subnet in a VPC, a Lambda function with a role).
	// Their fixture creates what it references unless the caller passes it.
	Dependent Kind = "dependent"
)

// Ref is a create input member whose value the fixture cannot make up:
// another resource's identifier, or a value the delete call needs again.
type Ref struct {
	// Member is the create input member.
	Member string
	// DeleteMember is the delete input member that takes the same value,
	// "" when only the create takes it.
	DeleteMember string
	// Parent says the fixture takes the value as an argument: the resource
	// lives inside the one it names.
	Parent bool
	// Service is the sdkId of the referenced resource's service, "" for
	// this one; Resource is its name, "" when the value names no resource
	// the generator knows (a parent it cannot create, or a plain value
	// such as a scope the delete needs again).
	Service, Resource string
	// ARN says the member takes the referenced resource's ARN rather than
	// the identifier its delete takes.
	ARN bool
	// List says the member takes a list of identifiers (SubnetIds): the
	// fixture passes one.
	List bool
	// Auto says the fixture creates the referenced resource through its
	// fixture when the caller leaves the member unset: a dependency of this
	// service, or of another that the same run generates (Link).
	Auto bool
	// FromOutput says a value the delete needs comes from the create
	// output's member of that name, not from the input (GroundStation's
	// configType).
	FromOutput bool
}

// Kind says whether r is top-level, a child or a dependent. A child whose
// create may go without its parent (an IAM access key of the caller) has
// no parent argument; the delete gets the parent the caller set.
func (r *Resource) Kind() Kind {
	kind := TopLevel
	for _, ref := range r.Refs {
		switch {
		case ref.Parent, ref.DeleteMember != "" && ref.Resource != "":
			return Child
		case ref.Resource != "" && ref.DeleteMember == "":
			kind = Dependent
		}
	}
	return kind
}

// Parents are r's refs its fixture takes as arguments, in order.
func (r *Resource) Parents() []Ref {
	var out []Ref
	for _, ref := range r.Refs {
		if ref.Parent {
			out = append(out, ref)
		}
	}
	return out
}

// Dependencies are r's refs to other resources its fixture creates when
// the caller leaves them unset.
func (r *Resource) Dependencies() []Ref {
	var out []Ref
	for _, ref := range r.Refs {
		if !ref.Parent && ref.DeleteMember == "" && ref.Resource != "" {
			out = append(out, ref)
		}
	}
	return out
}

// Carried are the delete input members that repeat a create input member:
// parents and plain values alike (DeleteAccessKey's UserName).
func (r *Resource) Carried() []Ref {
	var out []Ref
	for _, ref := range r.Refs {
		if ref.DeleteMember != "" {
			out = append(out, ref)
		}
	}
	return out
}

// carried returns the members of del's input, other than the one taking
// the identifier (own), that the create input has under the same name and
// Go type: the delete needs them again. ok is false when a required one is
// missing from the create input, so that the pair is no create/delete of
// one resource.
func carried(create, del *ir.Operation, own string) (refs []Ref, ok bool) {
	for _, m := range del.Input.Members {
		if strings.EqualFold(m.Name, own) || m.Go.Skip || m.IdempotencyToken {
			continue
		}
		fromOutput := false
		c := memberFold(create.Input, m.Name)
		if c == nil && m.Required {
			c, fromOutput = memberFold(create.Output, m.Name), true
		}
		if c == nil || c.Go.Skip || c.Go.Type.String() != m.Go.Type.String() {
			if m.Required && !m.HasDefault {
				return nil, false
			}
			continue
		}
		refs = append(refs, Ref{Member: c.Name, DeleteMember: m.Name, List: isStringList(c), FromOutput: fromOutput})
	}
	return refs, true
}

// memberFold returns sh's member whose name equals name ignoring case.
func memberFold(sh *ir.Shape, name string) *ir.Member {
	if sh == nil {
		return nil
	}
	for _, m := range sh.Members {
		if strings.EqualFold(m.Name, name) {
			return m
		}
	}
	return nil
}

// idForms indexes the resources of one service by the lowercased member
// names that take their identifier: the delete member (QueueUrl), the
// Smithy identifiers, and <noun> plus an identifier suffix (VpcId, TopicArn).
type idForms map[string]*Resource

func formsOf(rs []*Resource) idForms {
	forms := idForms{}
	// Delete members first: they win over a noun spelling of another.
	for _, r := range rs {
		// A generic delete member (name, resourceArn) names nothing.
		if !namesNoun(r.DeleteMember, r.Name) || namesNoun(r.DeleteMember, "") {
			continue
		}
		// Two resources deleted by one member name (IAM's Role and
		// ServiceLinkedRole by RoleName): the one it spells wins.
		key := strings.ToLower(r.DeleteMember)
		if prev := forms[key]; prev == nil || strings.HasPrefix(key, strings.ToLower(r.Name)) && !strings.HasPrefix(key, strings.ToLower(prev.Name)) {
			forms[key] = r
		}
	}
	for _, r := range rs {
		for _, s := range idSuffixes {
			if _, taken := forms[strings.ToLower(r.Name)+s]; !taken {
				forms[strings.ToLower(r.Name)+s] = r
			}
		}
	}
	return forms
}

// refTo returns the resource member m of a create input refers to, or nil:
// its name, or its singular (SubnetIds), is a form of another's identifier.
func (f idForms) refTo(m *ir.Member) *Resource {
	lower := strings.ToLower(m.Name)
	if r := f[lower]; r != nil {
		return r
	}
	if isStringList(m) {
		return f[strings.ToLower(singular(m.Name))]
	}
	return nil
}

// link fills the refs of every resource of one service: parents and
// carried values from the delete input, dependencies from the create
// input's required members that name another resource of the service or a
// well-known one of another (see wellKnown). smithyParents maps a
// resource to the identifier members its Smithy parent gives it.
func link(svc *ir.Service, rs []*Resource) {
	forms := formsOf(rs)
	for _, r := range rs {
		create, del := svc.Operation(r.Create), svc.Operation(r.Delete)
		own := r.Identifier.Members[0]
		all, _ := carried(create, del, r.DeleteMember)
		var refs []Ref
		// A resource a Smithy parent identifies alone (a workspace's one
		// logging configuration) is a child whose identifier is the
		// parent's: the fixture takes it as its argument.
		if slices.ContainsFunc(r.parentIDs, func(id string) bool { return strings.EqualFold(id, r.DeleteMember) }) && r.Identifier.From == "input" && len(r.Identifier.Members) == 1 {
			if m := create.Input.MemberNamed(own); m != nil {
				ref := Ref{Member: m.Name, Parent: true}
				if p := forms.refTo(m); p != nil && p != r {
					ref.Resource = p.Name
				}
				refs = append(refs, ref)
			}
		}
		for _, ref := range all {
			required := del.Input.MemberNamed(ref.DeleteMember).Required
			if !ref.FromOutput {
				m := create.Input.MemberNamed(ref.Member)
				switch p := forms.refTo(m); {
				case namesNoun(m.Name, r.Name):
					// Another name of this resource (EC2's GroupName
					// beside GroupId): the delete may refuse both.
				case p != nil && p != r:
					// A parent the create may go without (EventBridge's
					// EventBusName: the default bus) is carried, not asked for.
					ref.Parent, ref.Resource = m.Required, p.Name
					ref.ARN = byARN(svc, m, p)
				case required:
					ref.Parent = slices.Contains(r.parentIDs, ref.DeleteMember) || idLike(m)
				}
			}
			// An optional delete member is sent only when it names the
			// parent (DeleteAccessKey's UserName): others, such as EC2's
			// DryRun, change what the delete does.
			if required || ref.Resource != "" {
				refs = append(refs, ref)
			}
		}
		for _, m := range create.Input.Members {
			if !m.Required || m.Go.Skip || strings.EqualFold(m.Name, own) || slices.ContainsFunc(refs, func(x Ref) bool { return x.Member == m.Name }) {
				continue
			}
			if (!isString(m) && !isStringList(m)) || namesNoun(m.Name, r.Name) {
				continue
			}
			if p := forms.refTo(m); p != nil && p != r {
				refs = append(refs, Ref{Member: m.Name, Resource: p.Name, List: isStringList(m),
					ARN: byARN(svc, m, p)})
				continue
			}
			if w := wellKnownRef(m); w != nil && w.service != svc.SDKID {
				refs = append(refs, Ref{Member: m.Name, Service: w.service, Resource: w.resource, ARN: w.arn, List: isStringList(m)})
			}
		}
		r.Refs = refs
	}
	dropCycles(rs)
}

// dropCycles removes same-service dependencies that would make fixtures
// create each other forever, and those on a resource that has no ARN to
// give, keeping the first found in name order.
func dropCycles(rs []*Resource) {
	byName := map[string]*Resource{}
	for _, r := range rs {
		byName[r.Name] = r
	}
	sorted := slices.Clone(rs)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	kept := map[string][]string{}
	var reaches func(from, to string, seen map[string]bool) bool
	reaches = func(from, to string, seen map[string]bool) bool {
		if from == to {
			return true
		}
		if seen[from] {
			return false
		}
		seen[from] = true
		for _, n := range kept[from] {
			if reaches(n, to, seen) {
				return true
			}
		}
		return false
	}
	for _, r := range sorted {
		refs := r.Refs[:0]
		for _, ref := range r.Refs {
			if ref.Service == "" && ref.Resource != "" && !ref.Parent && ref.DeleteMember == "" {
				p := byName[ref.Resource]
				if (ref.ARN && p.ARN.From == "") || p.Kind() == Child || reaches(p.Name, r.Name, map[string]bool{}) {
					continue
				}
				kept[r.Name] = append(kept[r.Name], p.Name)
				ref.Auto = true
			}
			refs = append(refs, ref)
		}
		r.Refs = refs
	}
}

// idLike reports a member whose name ends like an identifier's.
func idLike(m *ir.Member) bool {
	if m.Target == nil || m.Target.Kind == ir.KindEnum {
		return false
	}
	lower := strings.ToLower(m.Name)
	for _, s := range idSuffixes {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}

// byARN reports whether m, which references p, takes p's ARN rather than
// its identifier: m takes an ARN, and either m is named for one and p's
// fixture has one apart from its identifier (SageMaker's ClusterArn, where
// a cluster is identified by its name), or p is not deleted by ARN (its
// identifier is no ARN).
func byARN(svc *ir.Service, m *ir.Member, p *Resource) bool {
	if !isARNMember(m) {
		return false
	}
	// A member named …Name whose shape also takes an ARN (DynamoDB's
	// TableName) keeps the name, which every server accepts.
	if strings.HasSuffix(strings.ToLower(m.Name), "arn") && p.ARN.From != "" && p.ARN.String() != p.Identifier.String() {
		return true
	}
	return !isARNMember(svc.Operation(p.Delete).Input.MemberNamed(p.DeleteMember))
}

// isARNMember reports a member that takes an ARN: named so, or its
// shape is.
func isARNMember(m *ir.Member) bool {
	if m == nil {
		return false
	}
	arn := func(s string) bool { return strings.HasSuffix(strings.ToLower(s), "arn") }
	if arn(m.Name) || (m.Target != nil && arn(localName(m.Target.Name))) {
		return true
	}
	if isStringList(m) {
		return arn(singular(m.Name)) || arn(localName(m.Target.Member.Target.Name))
	}
	return false
}

func localName(id string) string {
	if i := strings.LastIndexByte(id, '#'); i >= 0 {
		return id[i+1:]
	}
	return id
}

// arnPath finds where the create output of resource noun holds its ARN:
// <Noun>Arn, Arn or ARN, at the top or one structure down (IAM CreateRole's
// Role.Arn).
func arnPath(create *ir.Operation, noun string) Path {
	if create.Output == nil {
		return Path{}
	}
	p, ok := source(&ir.Operation{Output: create.Output}, noun+"Arn", noun)
	if !ok || p.From != "output" {
		return Path{}
	}
	return p
}

// wellKnownTarget is a resource of another service that create inputs
// across AWS take by a recognisable member name.
type wellKnownTarget struct {
	service, resource string
	arn               bool
	// names are lowercased member names; a list member's singular counts.
	names []string
	// arnOnly: the member must take an ARN (by name or shape) to count:
	// "Role" is an ARN in Lambda and a name elsewhere.
	arnOnly bool
}

// wellKnown are the resources other services' create inputs refer to most
// (an IAM role, a KMS key, a bucket, a topic, a queue, a VPC and its parts,
// a function, a log group, a stream), by member name, the way AWS's own
// documentation names them. A member that matches none keeps a made-up
// value the model accepts.
var wellKnown = []wellKnownTarget{
	{service: "IAM", resource: "Role", arn: true, arnOnly: true, names: []string{"role", "rolearn", "executionrolearn", "servicerolearn", "iamrolearn", "servicerole", "executionrole", "iamrole", "accessrolearn", "datarolearn"}},
	{service: "KMS", resource: "Key", names: []string{"kmskeyid", "kmskeyarn", "kmskeyidentifier", "kmskey", "encryptionkeyarn", "kmsarn"}},
	{service: "SNS", resource: "Topic", arn: true, names: []string{"topicarn", "snstopicarn", "snstopic"}},
	{service: "SQS", resource: "Queue", names: []string{"queueurl"}},
	{service: "S3", resource: "Bucket", names: []string{"s3bucket", "s3bucketname", "bucketname", "bucket"}},
	{service: "EC2", resource: "Vpc", names: []string{"vpcid"}},
	{service: "EC2", resource: "Subnet", names: []string{"subnetid", "subnetids"}},
	{service: "EC2", resource: "SecurityGroup", names: []string{"securitygroupid", "securitygroupids"}},
	{service: "Lambda", resource: "Function", arn: true, arnOnly: true, names: []string{"functionarn", "lambdaarn", "lambdafunctionarn"}},
	{service: "CloudWatch Logs", resource: "LogGroup", names: []string{"loggroupname"}},
	{service: "CloudWatch Logs", resource: "LogGroup", arn: true, names: []string{"loggrouparn", "cloudwatchloggrouparn"}},
	{service: "Kinesis", resource: "Stream", names: []string{"kinesisstreamname"}},
	{service: "SFN", resource: "StateMachine", arn: true, names: []string{"statemachinearn"}},
}

// wellKnownRef returns the well-known resource m takes, or nil.
func wellKnownRef(m *ir.Member) *wellKnownTarget {
	lower := strings.ToLower(m.Name)
	if isStringList(m) {
		lower = strings.ToLower(singular(m.Name))
	}
	for i := range wellKnown {
		w := &wellKnown[i]
		if slices.Contains(w.names, lower) && (!w.arnOnly || isARNMember(m)) {
			return w
		}
	}
	return nil
}

// Link makes the dependencies of the resources in sets, by sdkId, on
// resources of other services in sets automatic: the referenced resource
// must be top-level or a dependent, have an ARN when the member takes one,
// and the service graph must stay acyclic (the generated packages import
// each other), which is checked in sdkId order.
func Link(sets map[string][]Resource) {
	edges := map[string]map[string]bool{}
	reaches := func(from, to string) bool {
		seen := map[string]bool{}
		var walk func(string) bool
		walk = func(s string) bool {
			if s == to {
				return true
			}
			if seen[s] {
				return false
			}
			seen[s] = true
			for n := range edges[s] {
				if walk(n) {
					return true
				}
			}
			return false
		}
		return walk(from)
	}
	for _, sdkID := range slices.Sorted(maps.Keys(sets)) {
		rs := sets[sdkID]
		for i := range rs {
			for j := range rs[i].Refs {
				ref := &rs[i].Refs[j]
				if ref.Service == "" || ref.Auto {
					continue
				}
				target := find(sets[ref.Service], ref.Resource)
				if target == nil || target.Kind() == Child || (ref.ARN && target.ARN.From == "") {
					continue
				}
				if !edges[sdkID][ref.Service] {
					if reaches(ref.Service, sdkID) {
						continue
					}
					if edges[sdkID] == nil {
						edges[sdkID] = map[string]bool{}
					}
					edges[sdkID][ref.Service] = true
				}
				ref.Auto = true
			}
		}
	}
}

func find(rs []Resource, name string) *Resource {
	for i := range rs {
		if rs[i].Name == name {
			return &rs[i]
		}
	}
	return nil
}
