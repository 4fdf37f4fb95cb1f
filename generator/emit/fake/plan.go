package fake

import (
	"slices"
	"strings"
	"unicode"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// plan is what the fake of one service does, decided from the detected
// resources, the Smithy resource lifecycles and the operations' names.
type plan struct {
	svc   *ir.Service
	kinds []*kind
	// tagging are the service's tag, untag and tag-listing operations.
	tagging []*tagOp
	// claimed are the operations the fake answers, so no two behaviours
	// take one operation.
	claimed map[string]bool
	// errs are the modelled error shapes the fake answers with, by ID.
	errs map[string]*ir.Shape
}

// kind is one resource and the operations that act on it.
type kind struct {
	res      *resources.Resource
	create   *ir.Operation
	delete   *ir.Operation
	deleteBy string // Go field of the delete input naming the resource
	idPath   []string
	idTpl    string
	nameFld  string
	arn      string
	tags     string
	notFound *ir.Shape
	notCode  string // error code when the model has no not-found error
	// parent is the kind this one lives in (same service), parentField
	// the create input field naming it; inUse the parent delete's
	// modelled conflict error, which blocks deleting it while children live.
	parent      *kind
	parentField string
	inUse       *ir.Shape
	exists      *ir.Shape
	invalid     *ir.Shape
	reads       []lookupOp
	updates     []lookupOp
	// children are listings of what belongs to the resource that the fake
	// does not keep (S3's ListObjectsV2, IAM's ListAttachedRolePolicies),
	// which cleanups call before a delete; contents those of resources it
	// keeps (DescribeLogStreams).
	children []lookupOp
	contents []*listOp
	list     *listOp
	ready    bool
}

// lookupOp is an operation that names one resource by an input field.
type lookupOp struct {
	op    *ir.Operation
	field *ir.Member
	// alone reports that the field is the only member the caller must
	// set, so a test can call it with the identifier alone.
	alone bool
	// notFound is the operation's own not-found error where it models
	// another than the kind's (S3's HeadBucket answers NotFound where
	// DeleteBucket answers NoSuchBucket).
	notFound *ir.Shape
}

type listOp struct {
	op                                     *ir.Operation
	items, inToken, outToken, size, prefix string
	// within is set for a listing of what one resource holds (CloudWatch
	// Logs' DescribeLogStreams of a group, SNS's ListSubscriptionsByTopic):
	// of lists those of its kind that belong to the resource named by
	// within's input field.
	within *contents
}

// contents are the resources of kind of that belong to one resource of
// kind in, named by the listing's input field: its children, or those
// whose create input field by names it (a subscription's TopicArn).
type contents struct {
	of, in    *kind
	field, by string
}

type tagOp struct {
	op                   *ir.Operation
	verb                 string // Tag, Untag or ListTags
	resource, tags, keys string
}

func newPlan(svc *ir.Service, found []resources.Resource) *plan {
	p := &plan{svc: svc, claimed: map[string]bool{}, errs: map[string]*ir.Shape{}}
	for i := range found {
		if k := p.kind(&found[i]); k != nil {
			p.kinds = append(p.kinds, k)
		}
	}
	for _, k := range p.kinds {
		p.reads(k)
		p.parentOf(k)
	}
	for _, k := range p.kinds {
		p.updatesAndList(k)
		p.fitTemplates(k)
	}
	if len(p.kinds) > 0 {
		p.tagOps()
		p.childListings()
	}
	return p
}

// op returns an operation the pinned SDK has and the fake has not taken.
func (p *plan) op(name string) *ir.Operation {
	op := p.svc.Operation(name)
	if op == nil || op.Go.Skip || p.claimed[name] {
		return nil
	}
	return op
}

func (p *plan) claim(op *ir.Operation) { p.claimed[op.Name] = true }

func (p *plan) kind(r *resources.Resource) *kind {
	create, del := p.op(r.Create), p.op(r.Delete)
	if create == nil || del == nil || create.Input == nil || create == del {
		return nil
	}
	ms := r.Identifier.Resolve(create)
	if ms == nil {
		return nil
	}
	delField := field(del.Input, r.DeleteMember)
	if delField == nil {
		return nil
	}
	k := &kind{res: r, create: create, delete: del, deleteBy: delField.Go.FieldName}
	for i, m := range ms {
		seg := m.Go.FieldName
		if strings.HasSuffix(r.Identifier.Members[i], resources.First) {
			seg += resources.First
		}
		k.idPath = append(k.idPath, seg)
	}
	for _, n := range r.NameMembers {
		if m := field(create.Input, n); m != nil && isString(m) {
			k.nameFld = m.Go.FieldName
			break
		}
	}
	if t := r.Tags; t != nil && t.Within == "" && (t.Style == resources.TagMap || t.Style == resources.TagList) {
		if m := field(create.Input, t.Member); m != nil {
			k.tags = m.Go.FieldName
		}
	}
	k.arn = p.arnTemplates(r.Name)[0]
	k.idTpl = p.idTemplate(k, ms[len(ms)-1])
	k.exists = p.errorNamed(create.Errors, isExists)
	k.invalid = p.errorNamed(create.Errors, isInvalid)
	k.ready = len(r.Synthesized(p.svc).Unset) == 0
	p.claim(create)
	p.claim(del)
	return k
}

func (p *plan) reads(k *kind) {
	n := k.res.Name
	names := []string{"Describe" + n, "Get" + n, "Describe" + plural(n), "Get" + n + "Attributes",
		"Describe" + n + "Attributes", "Describe" + n + "Summary", "Get" + n + "Url", "Head" + n, "Get" + n + "Configuration"}
	if res := p.smithyResource(k); res != nil && res.Read != "" {
		names = append([]string{res.Read}, names...)
	}
	k.reads = p.lookups(k, names)
	ops := []*ir.Operation{k.delete}
	for _, r := range k.reads {
		ops = append(ops, r.op)
	}
	for _, op := range ops {
		if e := p.errorNamed(op.Errors, isNotFound); e != nil {
			k.notFound = e
			break
		}
	}
	for i, r := range k.reads {
		if e := p.errorNamed(r.op.Errors, isNotFound); e != nil && e != k.notFound {
			k.reads[i].notFound = e
		}
	}
	if k.notFound == nil && p.svc.Protocol == "ec2Query" {
		// EC2 models no errors; its not-found codes are spelled this way.
		k.notCode = "Invalid" + n + "ID.NotFound"
	}
}

func (p *plan) updatesAndList(k *kind) {
	n := k.res.Name
	names := []string{"Update" + n, "Modify" + n, "Set" + n + "Attributes", "Update" + n + "Configuration"}
	res := p.smithyResource(k)
	if res != nil && res.Update != "" {
		names = append([]string{res.Update}, names...)
	}
	k.updates = p.lookups(k, names)
	names = []string{"List" + plural(n), "Describe" + plural(n)}
	if res != nil && res.List != "" {
		names = append([]string{res.List}, names...)
	}
	for _, name := range names {
		if op := p.op(name); op != nil {
			if l := p.listing(op); l != nil {
				// A child's listing that can name the parent lists its
				// children only (DescribeLogStreams' logGroupName).
				if k.parent != nil && hasGoField(op.Input, k.parentField) {
					l.within = &contents{of: k, in: k.parent, field: k.parentField}
				}
				k.list = l
				p.claim(op)
				return
			}
		}
	}
}

// parentOf links k to the kind its fixture's parent argument names, and
// gives that parent its delete's conflict error.
func (p *plan) parentOf(k *kind) {
	for _, ref := range k.res.Parents() {
		if ref.Service != "" {
			continue
		}
		m := field(k.create.Input, ref.Member)
		pk := p.kindNamed(ref.Resource)
		if m == nil || pk == nil || pk == k {
			continue
		}
		k.parent, k.parentField = pk, m.Go.FieldName
		if pk.inUse == nil {
			pk.inUse = p.errorNamed(pk.delete.Errors, isInUse)
		}
		return
	}
}

func (p *plan) kindNamed(name string) *kind {
	for _, k := range p.kinds {
		if k.res.Name == name {
			return k
		}
	}
	return nil
}

// lookups claims those of the named operations that name k's resource
// by an input field.
func (p *plan) lookups(k *kind, names []string) []lookupOp {
	var out []lookupOp
	for _, name := range names {
		if op := p.op(name); op != nil {
			if l, ok := k.lookup(op); ok {
				out = append(out, l)
				p.claim(op)
			}
		}
	}
	return out
}

// smithyResource is the model's resource shape whose lifecycle k's create
// operation belongs to, nil when there is none.
func (p *plan) smithyResource(k *kind) *ir.Resource {
	for _, res := range p.svc.Resources {
		if res.Create == k.create.Name || res.Put == k.create.Name {
			return res
		}
	}
	return nil
}

// lookup finds the input field of op that names k's resource: the delete
// call's field, the identifier's, the name's, an ARN field, or a list of
// identifiers.
func (k *kind) lookup(op *ir.Operation) (lookupOp, bool) {
	if op.Input == nil {
		return lookupOp{}, false
	}
	n := k.res.Name
	last := strings.TrimSuffix(k.idPath[len(k.idPath)-1], resources.First)
	single := []string{k.deleteBy, last, k.nameFld, n + "Arn", n + "ARN", "Arn", "ResourceArn", n + "Name", "Name", n + "Id", "Id"}
	lists := []string{k.deleteBy + "s", last + "s", n + "Ids", n + "Names", n + "Arns"}
	pick := func(names []string, ok func(*ir.Member) bool) *ir.Member {
		for _, name := range names {
			if name == "" {
				continue
			}
			for _, m := range op.Input.Members {
				if m.Go.FieldName == name && !m.Go.Skip && ok(m) {
					return m
				}
			}
		}
		return nil
	}
	m := pick(single, isString)
	if m == nil {
		m = pick(lists, isStringList)
	}
	if m == nil {
		return lookupOp{}, false
	}
	alone := true
	for _, o := range op.Input.Members {
		if o != m && constraints.Required(o) {
			alone = false
		}
	}
	return lookupOp{op: op, field: m, alone: alone}, true
}

// listing returns how op lists resources, nil when it needs input or has
// no list to fill.
func (p *plan) listing(op *ir.Operation) *listOp {
	if op.Input != nil {
		for _, m := range op.Input.Members {
			if constraints.Required(m) {
				return nil
			}
		}
	}
	return p.listFields(op)
}

// listFields finds op's list of items, pagination and prefix fields; nil
// when its output has no list.
func (p *plan) listFields(op *ir.Operation) *listOp {
	if op.Output == nil {
		return nil
	}
	l := &listOp{op: op}
	for _, pg := range p.svc.Paginators {
		if pg.Operation != op.Name {
			continue
		}
		l.items = goField(op.Output, pg.Items)
		l.inToken = goField(op.Input, pg.InputToken)
		l.outToken = goField(op.Output, pg.OutputToken)
		l.size = goField(op.Input, pg.PageSize)
		if l.inToken == "" || l.outToken == "" {
			l.inToken, l.outToken = "", ""
		}
	}
	if l.items == "" {
		for _, m := range op.Output.Members {
			if !m.Go.Skip && m.Target != nil && m.Target.Kind == ir.KindList && m.Target.Member != nil &&
				(isString(m.Target.Member) || m.Target.Member.Target.Kind == ir.KindStructure) {
				l.items = m.Go.FieldName
				break
			}
		}
	}
	if l.items == "" {
		return nil
	}
	if op.Input != nil {
		for _, m := range op.Input.Members {
			if strings.HasSuffix(m.Go.FieldName, "Prefix") && isString(m) && !m.Go.Skip {
				l.prefix = m.Go.FieldName
				break
			}
		}
	}
	return l
}

// childListings finds the List and Describe operations whose only required
// input names one resource: they list what belongs to it. Where that is a
// kind the fake keeps, named in the operation (DescribeLogStreams,
// ListSubscriptionsByTopic), they list those; otherwise (S3's objects) an
// empty list for a live resource. A missing resource answers NotFound.
func (p *plan) childListings() {
	for _, op := range p.svc.Operations {
		if op.Go.Skip || p.claimed[op.Name] || !verb(op.Name, "List") && !verb(op.Name, "Describe") || op.Output == nil {
			continue
		}
		for _, k := range p.kinds {
			l, ok := k.lookup(op)
			if !ok || !l.alone || !constraints.Required(l.field) {
				continue
			}
			if c := p.contentsOf(k, op); c != nil {
				if lo := p.listFields(op); lo != nil {
					c.field, lo.within = l.field.Go.FieldName, c
					k.contents = append(k.contents, lo)
					p.claim(op)
					break
				}
			}
			if verb(op.Name, "List") {
				k.children = append(k.children, l)
				p.claim(op)
				break
			}
		}
	}
}

// contentsOf is the kind op lists inside k: one whose plural follows op's
// verb (ListSubscriptionsByTopic, not ListAttachedRolePolicies for inline
// role policies), a child of k or one whose create input names k.
func (p *plan) contentsOf(k *kind, op *ir.Operation) *contents {
	rest := strings.TrimPrefix(strings.TrimPrefix(op.Name, "List"), "Describe")
	for _, d := range p.kinds {
		if d == k || !strings.HasPrefix(rest, plural(d.res.Name)) {
			continue
		}
		if d.parent == k {
			return &contents{of: d, in: k}
		}
		for _, ref := range d.res.Refs {
			if m := field(d.create.Input, ref.Member); ref.Service == "" && ref.Resource == k.res.Name && m != nil && isString(m) {
				return &contents{of: d, in: k, by: m.Go.FieldName}
			}
		}
	}
	return nil
}

// tagOps finds the service's tag operations: Tag…/AddTags…/CreateTags,
// Untag…/RemoveTags…/DeleteTags, ListTags…/List…Tags.
func (p *plan) tagOps() {
	for _, op := range p.svc.Operations {
		if op.Go.Skip || p.claimed[op.Name] || op.Input == nil {
			continue
		}
		t := &tagOp{op: op}
		switch n := op.Name; {
		case verb(n, "Tag") || verb(n, "AddTags") || n == "CreateTags":
			t.verb = "Tag"
		case verb(n, "Untag") || verb(n, "RemoveTags") || n == "DeleteTags":
			t.verb = "Untag"
		case verb(n, "ListTags") || (strings.HasPrefix(n, "List") && strings.HasSuffix(n, "Tags")):
			t.verb = "ListTags"
		default:
			continue
		}
		for _, m := range op.Input.Members {
			switch {
			case m.Go.Skip:
			case t.tags == "" && t.verb == "Tag" && isTagSet(m):
				t.tags = m.Go.FieldName
			case t.keys == "" && t.verb == "Untag" && (isStringList(m) || isTagSet(m)) && strings.Contains(m.Name, "Key") ||
				t.keys == "" && op.Name == "DeleteTags" && isTagSet(m):
				t.keys = m.Go.FieldName
			case t.resource == "" && constraints.Required(m) && (isString(m) || isStringList(m)):
				t.resource = m.Go.FieldName
			}
		}
		if t.verb == "ListTags" && op.Output != nil {
			for _, m := range op.Output.Members {
				if !m.Go.Skip && isTagSet(m) {
					t.tags = m.Go.FieldName
					break
				}
			}
		}
		if t.resource == "" || (t.verb != "Untag" && t.tags == "") || (t.verb == "Untag" && t.keys == "") {
			continue
		}
		p.tagging = append(p.tagging, t)
		p.claim(op)
	}
}

// verb reports whether name is prefix followed by a word (TagResource, not
// Tagging).
func verb(name, prefix string) bool {
	rest, ok := strings.CutPrefix(name, prefix)
	return ok && (rest == "" || unicode.IsUpper(rune(rest[0])))
}

// errorNamed returns the first of errs that is, records it for emission.
func (p *plan) errorNamed(errs []*ir.Shape, is func(string) bool) *ir.Shape {
	for _, e := range errs {
		if is(e.Name) && e.Go.TypeName != "" {
			p.errs[e.ID] = e
			return e
		}
	}
	return nil
}

func isNotFound(name string) bool {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "Exception"), "Fault")
	return strings.HasPrefix(name, "NoSuch") || strings.HasSuffix(name, "NotFound") || strings.HasSuffix(name, "DoesNotExist")
}

func isExists(name string) bool {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "Exception"), "Fault")
	return strings.HasSuffix(name, "AlreadyExists") || name == "ResourceInUse"
}

func isInUse(name string) bool {
	for _, w := range []string{"Conflict", "InUse", "NotEmpty", "DependencyViolation"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// isInvalid: a modelled error for broken constraints. Others a create
// models (InvalidArgument, InvalidParameterValue) are what the service
// answers for values it rejects itself; AWS answers a constraint the model
// states with ValidationException.
func isInvalid(name string) bool {
	return strings.Contains(name, "Validation")
}

// arnTemplates spell the resource's ARN as services do, most common
// first: arn:partition:namespace:region:account:noun/name. Services whose
// ARNs carry no region (global ones), no account (S3) or no resource type
// (SQS, SNS) are the exceptions the model does not describe; fitTemplates
// picks the first a model's ARN patterns accept.
func (p *plan) arnTemplates(noun string) []string {
	ns := p.svc.ARNNamespace
	if ns == "" {
		ns = p.svc.EndpointPrefix
	}
	if ns == "" {
		return []string{""}
	}
	switch p.svc.SDKID {
	case "S3":
		return []string{"arn:{partition}:s3:::{name}"}
	case "SNS":
		if noun == "Subscription" {
			// A subscription's ARN is its topic's and a UUID.
			return []string{"{in.TopicArn}:{uuid}"}
		}
		return []string{"arn:{partition}:" + ns + ":{region}:{account}:{name}"}
	case "SQS":
		return []string{"arn:{partition}:" + ns + ":{region}:{account}:{name}"}
	case "IAM", "Route 53", "CloudFront", "Organizations":
		return []string{"arn:{partition}:" + ns + "::{account}:" + lowerFirst(noun) + "/{name}"}
	}
	head := "arn:{partition}:" + ns + ":{region}:{account}:"
	kebab := kebabCase(noun)
	return []string{head + lowerFirst(noun) + "/{name}", head + lowerFirst(noun) + "/{name}/{uuid}",
		head + lowerFirst(noun) + "/{uuid}", head + kebab + "/{name}", head + kebab + ":{name}",
		head + lowerFirst(noun) + ":{name}", head + "{name}"}
}

// kebabCase is LogGroup → log-group.
func kebabCase(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// idTemplate makes up an identifier the create output returns, in the
// style its member's name suggests.
func (p *plan) idTemplate(k *kind, m *ir.Member) string {
	name := m.Go.FieldName
	switch {
	case k.res.Identifier.From == "input":
		return ""
	case m.ARN || strings.HasSuffix(name, "Arn") || strings.HasSuffix(name, "ARN"):
		return "{arn}"
	case strings.HasSuffix(name, "Url") || strings.HasSuffix(name, "URL"):
		return "https://" + p.svc.EndpointPrefix + ".{region}.amazonaws.com/{account}/{name}"
	case strings.HasSuffix(name, "Name") && k.nameFld != "":
		return "{name}"
	case strings.HasSuffix(name, "Name"):
		return "awsparity-{hex12}"
	case p.svc.Protocol == "ec2Query":
		return initials(k.res.Name) + "-{hex17}"
	}
	return "{uuid}"
}

// initials are an EC2-style identifier prefix: vpc, sg, igw.
func initials(noun string) string {
	var b strings.Builder
	for _, r := range noun {
		if unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() <= 1 {
		return strings.ToLower(noun)
	}
	return b.String()
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// plural is the noun as list operations spell it.
func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "x"), strings.HasSuffix(n, "ch"), strings.HasSuffix(n, "sh"):
		return n + "es"
	}
	return n + "s"
}

// field returns sh's member with the model name, nil when absent or not in
// the pinned SDK.
func field(sh *ir.Shape, name string) *ir.Member {
	if sh == nil {
		return nil
	}
	m := sh.MemberNamed(name)
	if m == nil || m.Go.Skip {
		return nil
	}
	return m
}

// hasGoField reports whether sh has a member of Go field name.
func hasGoField(sh *ir.Shape, name string) bool {
	return sh != nil && slices.ContainsFunc(sh.Members, func(m *ir.Member) bool { return !m.Go.Skip && m.Go.FieldName == name })
}

// goField is the Go field of a one-segment member path, "" otherwise.
func goField(sh *ir.Shape, path string) string {
	if strings.Contains(path, ".") {
		return ""
	}
	if m := field(sh, path); m != nil {
		return m.Go.FieldName
	}
	return ""
}

func isString(m *ir.Member) bool {
	return m.Target != nil && m.Target.Kind == ir.KindString
}

func isStringList(m *ir.Member) bool {
	return m.Target != nil && m.Target.Kind == ir.KindList && m.Target.Member != nil && isString(m.Target.Member)
}

// isTagSet reports a map of strings or a list of key/value structures
// named like tags.
func isTagSet(m *ir.Member) bool {
	if !strings.Contains(m.Name, "Tag") && !strings.Contains(m.Name, "tag") || m.Target == nil {
		return false
	}
	switch t := m.Target; t.Kind {
	case ir.KindMap:
		return t.Value != nil && t.Value.Target.Kind == ir.KindString
	case ir.KindList:
		e := t.Member.Target
		return e.Kind == ir.KindStructure && slices.ContainsFunc(e.Members, func(x *ir.Member) bool {
			return strings.HasSuffix(x.Go.FieldName, "Key")
		})
	}
	return false
}
