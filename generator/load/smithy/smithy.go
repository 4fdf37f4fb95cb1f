// Package smithy loads Smithy JSON AST models (as published in
// aws/api-models-aws and aws-sdk-go-v2's codegen) into the IR.
package smithy

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/modelfile"
	"github.com/awsparity/awsparity/generator/load/internal/modeltext"
)

// noTraits are the traits of a member without any.
var noTraits traits

// traitsOf returns t, or noTraits (never to be modified) when t is nil.
func traitsOf(t *traits) *traits {
	if t == nil {
		return &noTraits
	}
	return t
}

// unit is Smithy's "no input/output" shape.
const unit = "smithy.api#Unit"

// Load decodes a Smithy JSON AST document and returns one service per
// service shape, sorted by shape ID. file names the document in errors, which
// are *ir.Error values; on error no services are returned.
//
// A service's operations include those bound through its resources,
// recursively; its shapes are the closure of what its operations and errors
// reach. Service-wide errors are appended to every operation's errors, as
// botocore does. A service without aws.api#service uses its shape name as
// SDKID.
func Load(file string, data []byte) ([]*ir.Service, error) {
	doc, err := decode(data)
	if err != nil {
		return nil, modelfile.DecodeError(file, data, err)
	}
	m := &model{file: file, raw: doc.Shapes, order: modelfile.MemberOrder(data), budget: modelfile.Budget{File: file}}
	if doc.Smithy == "" {
		return nil, m.errorf("$.smithy", "missing Smithy version: not a Smithy JSON AST file")
	}
	var ids []string
	// Sorted, so that a model with several faults always reports the same one.
	for _, id := range slices.Sorted(maps.Keys(doc.Shapes)) {
		sh := doc.Shapes[id]
		if sh == nil {
			return nil, m.errorf(shapePath(id), "shape is null")
		}
		if _, ok := kinds[sh.Type]; !ok && !nonData[sh.Type] {
			return nil, m.errorf(shapePath(id)+".type", "unknown shape type %q", sh.Type)
		}
		if sh.Type == "service" {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, m.errorf("$.shapes", "no service shape")
	}
	svcs := make([]*ir.Service, 0, len(ids))
	for _, id := range ids {
		svc, err := m.service(id)
		if err != nil {
			return nil, err
		}
		svcs = append(svcs, svc)
	}
	return svcs, nil
}

// kinds maps Smithy shape types that can be member targets to IR kinds.
var kinds = map[string]ir.Kind{
	"structure":  ir.KindStructure,
	"union":      ir.KindUnion,
	"list":       ir.KindList,
	"set":        ir.KindList, // Smithy 1.0
	"map":        ir.KindMap,
	"string":     ir.KindString,
	"enum":       ir.KindEnum,
	"intEnum":    ir.KindIntEnum,
	"boolean":    ir.KindBoolean,
	"byte":       ir.KindByte,
	"short":      ir.KindShort,
	"integer":    ir.KindInteger,
	"long":       ir.KindLong,
	"float":      ir.KindFloat,
	"double":     ir.KindDouble,
	"bigInteger": ir.KindBigInteger,
	"bigDecimal": ir.KindBigDecimal,
	"timestamp":  ir.KindTimestamp,
	"blob":       ir.KindBlob,
	"document":   ir.KindDocument,
}

// nonData are the shape types that members cannot target.
var nonData = map[string]bool{"service": true, "operation": true, "resource": true}

// preludeShape is a smithy.api shape that models reference without defining.
type preludeShape struct {
	kind ir.Kind
	// def is the JSON default of the Primitive* shapes, which makes members
	// targeting them non-optional.
	def string
}

var prelude = map[string]preludeShape{
	"String":           {ir.KindString, ""},
	"Blob":             {ir.KindBlob, ""},
	"BigInteger":       {ir.KindBigInteger, ""},
	"BigDecimal":       {ir.KindBigDecimal, ""},
	"Timestamp":        {ir.KindTimestamp, ""},
	"Document":         {ir.KindDocument, ""},
	"Boolean":          {ir.KindBoolean, ""},
	"Byte":             {ir.KindByte, ""},
	"Short":            {ir.KindShort, ""},
	"Integer":          {ir.KindInteger, ""},
	"Long":             {ir.KindLong, ""},
	"Float":            {ir.KindFloat, ""},
	"Double":           {ir.KindDouble, ""},
	"PrimitiveBoolean": {ir.KindBoolean, "false"},
	"PrimitiveByte":    {ir.KindByte, "0"},
	"PrimitiveShort":   {ir.KindShort, "0"},
	"PrimitiveInteger": {ir.KindInteger, "0"},
	"PrimitiveLong":    {ir.KindLong, "0"},
	"PrimitiveFloat":   {ir.KindFloat, "0"},
	"PrimitiveDouble":  {ir.KindDouble, "0"},
	// Unit is also a valid member target: union members without a value.
	"Unit": {ir.KindStructure, ""},
}

// preludeOf returns the prelude shape an ID names.
func preludeOf(id string) (preludeShape, bool) {
	name, ok := strings.CutPrefix(id, "smithy.api#")
	if !ok {
		return preludeShape{}, false
	}
	p, ok := prelude[name]
	return p, ok
}

// model is one decoded document.
type model struct {
	file  string
	raw   map[string]*shape
	order map[string][]string
	// budget counts the work of building all the file's services.
	budget modelfile.Budget
}

func (m *model) errorf(path, format string, args ...any) *ir.Error {
	return &ir.Error{File: m.file, Path: path, Msg: fmt.Sprintf(format, args...)}
}

// at returns a func that names the shape id, for the checks that build
// paths only on failure.
func at(id string) func() string { return func() string { return shapePath(id) } }

func shapePath(id string) string { return modelfile.Key("$.shapes", id) }

// shapeName is the part of a shape ID after '#'.
func shapeName(id string) string { return id[strings.LastIndexByte(id, '#')+1:] }

// service builds the IR of one service shape. Shapes are created fresh per
// service because generator/golang fills their Go fields per service.
func (m *model) service(id string) (*ir.Service, error) {
	sh := m.raw[id]
	t := &sh.Traits
	b := &builder{
		model:     m,
		shapes:    make(map[string]*ir.Shape),
		ops:       make(map[string]*ir.Operation),
		opScope:   make(modelfile.Scope),
		typeNames: make(modelfile.Scope),
		resources: make(map[string]*ir.Resource),
		svc: &ir.Service{
			SDKID:      shapeName(id),
			ShapeName:  shapeName(id),
			APIVersion: sh.Version,
			Title:      t.Title,
			Source:     m.file,
		},
	}
	svc := b.svc
	if t.Service != nil {
		if t.Service.SDKID != "" {
			svc.SDKID = t.Service.SDKID
			if err := modelfile.CheckSDKID(m.file, svc.SDKID, shapePath(id)+`.traits["aws.api#service"].sdkId`); err != nil {
				return nil, err
			}
		}
		svc.ARNNamespace = t.Service.ARNNamespace
		svc.EndpointPrefix = t.Service.EndpointPrefix
	}
	if t.SigV4 != nil {
		svc.SigningName = t.SigV4.Name
	}
	svc.Protocol = protocol(t)
	// HTTP binding traits only mean something to REST protocols; RPC
	// protocols send every member in the body, whatever the model says.
	switch svc.Protocol {
	case "restJson1", "restXml", "":
		b.httpBindings = true
	}
	if svc.Protocol == "awsJson1_0" || svc.Protocol == "awsJson1_1" {
		svc.TargetPrefix = shapeName(id)
	}

	path := shapePath(id)
	var err error
	if b.svcErrors, err = b.refs(sh.Errors, path+".errors"); err != nil {
		return nil, err
	}
	for i, r := range sh.Operations {
		if _, err := b.operation(r.Target, modelfile.Index(path+".operations", i)+".target"); err != nil {
			return nil, err
		}
	}
	for i, r := range sh.Resources {
		if _, err := b.resource(r.Target, "", modelfile.Index(path+".resources", i)+".target"); err != nil {
			return nil, err
		}
	}
	if err := b.fillShapes(); err != nil {
		return nil, err
	}
	b.paginators(sh.Traits.Paginated)
	b.finish()
	return svc, nil
}

// protocol picks the service's protocol. Services that declare several list
// the newest first in botocore; this order follows that preference.
func protocol(t *traits) string {
	for _, p := range []struct {
		set  present
		name string
	}{
		{t.RPCv2CBOR, "smithyRpcv2Cbor"},
		{t.AWSJSON10, "awsJson1_0"},
		{t.AWSJSON11, "awsJson1_1"},
		{t.RestJSON1, "restJson1"},
		{t.RestXML, "restXml"},
		{t.AWSQuery, "awsQuery"},
		{t.EC2Query, "ec2Query"},
	} {
		if p.set != nil {
			return p.name
		}
	}
	return ""
}

// builder collects the closure of one service.
type builder struct {
	*model
	svc       *ir.Service
	svcErrors []*ir.Shape
	shapes    map[string]*ir.Shape
	// pending are shapes created but whose members are not resolved yet;
	// resolving after creation is what lets recursive structures load.
	pending   []string
	ops       map[string]*ir.Operation // by shape ID
	opScope   modelfile.Scope          // operation names, to catch clashes
	typeNames modelfile.Scope          // names of shapes that are Go types
	resources map[string]*ir.Resource
	// paginated are operations with the paginated trait, by shape ID.
	paginated []string
	// httpBindings reports a protocol that honours httpHeader and friends.
	httpBindings bool
}

// lookup returns the shape a reference at path targets, checking its type.
func (m *model) lookup(id, path, want string) (*shape, error) {
	if id == "" {
		return nil, m.errorf(path, "missing target")
	}
	sh := m.raw[id]
	if sh == nil {
		return nil, m.errorf(path, "%s %q is not defined in the model", want, id)
	}
	if sh.Type != want {
		return nil, m.errorf(path, "%q is a %s shape, want %s", id, sh.Type, want)
	}
	return sh, nil
}

func (b *builder) operation(id, path string) (*ir.Operation, error) {
	if op := b.ops[id]; op != nil {
		return op, nil
	}
	sh, err := b.lookup(id, path, "operation")
	if err != nil {
		return nil, err
	}
	name := shapeName(id)
	if err := modelfile.CheckName(b.file, name, at(id)); err != nil {
		return nil, err
	}
	if other := b.opScope.Add(id, name); other != "" {
		return nil, b.errorf(path, "operation %q has the same Go name as operation %q", id, other)
	}
	if err := b.budget.Spend(1+len(sh.Errors)+len(b.svcErrors), at(id)); err != nil {
		return nil, err
	}
	t := &sh.Traits
	op := &ir.Operation{
		Name:       name,
		Idempotent: t.Idempotent != nil,
		ReadOnly:   t.ReadOnly != nil,
		Deprecated: t.Deprecated != nil,
		Summary:    modeltext.Summary(t.Documentation),
	}
	b.ops[id] = op
	for _, e := range t.Examples {
		op.Examples = append(op.Examples, ir.Example{Title: e.Title, Input: e.Input})
	}
	if t.HTTP != nil {
		op.HTTP = ir.HTTPBinding{Method: t.HTTP.Method, URI: t.HTTP.URI, Code: t.HTTP.Code}
	}
	opPath := shapePath(id)
	if op.Input, err = b.io(sh.Input, opPath+".input"); err != nil {
		return nil, err
	}
	if op.Output, err = b.io(sh.Output, opPath+".output"); err != nil {
		return nil, err
	}
	if op.Errors, err = b.refs(sh.Errors, opPath+".errors"); err != nil {
		return nil, err
	}
	// botocore lists service-wide errors on every operation; doing the same
	// keeps the two formats comparable.
	if len(b.svcErrors) > 0 {
		listed := make(map[*ir.Shape]bool, len(op.Errors)+len(b.svcErrors))
		for _, e := range op.Errors {
			listed[e] = true
		}
		for _, e := range b.svcErrors {
			if !listed[e] {
				listed[e] = true
				op.Errors = append(op.Errors, e)
			}
		}
	}
	if t.Paginated != nil {
		b.paginated = append(b.paginated, id)
	}
	for _, wname := range slices.Sorted(maps.Keys(t.Waitable)) {
		if err := modelfile.CheckName(b.file, wname, func() string { return opPath + `.traits["smithy.waiters#waitable"]` }); err != nil {
			return nil, err
		}
		w := t.Waitable[wname]
		waiter := &ir.Waiter{Name: wname, Operation: name, MinDelay: 2, MaxDelay: 120}
		if w.MinDelay != nil {
			waiter.MinDelay = *w.MinDelay
		}
		if w.MaxDelay != nil {
			waiter.MaxDelay = *w.MaxDelay
		}
		b.svc.Waiters = append(b.svc.Waiters, waiter)
	}
	return op, nil
}

// io resolves an operation input or output; Unit means none.
func (b *builder) io(r *ref, path string) (*ir.Shape, error) {
	if r == nil || r.Target == unit {
		return nil, nil
	}
	if _, err := b.lookup(r.Target, path+".target", "structure"); err != nil {
		return nil, err
	}
	return b.shapeRef(r.Target, path+".target")
}

func (b *builder) refs(rs []ref, path string) ([]*ir.Shape, error) {
	out := make([]*ir.Shape, 0, len(rs))
	for i, r := range rs {
		sh, err := b.shapeRef(r.Target, modelfile.Index(path, i)+".target")
		if err != nil {
			return nil, err
		}
		out = append(out, sh)
	}
	return out, nil
}

func (b *builder) resource(id, parent, path string) (*ir.Resource, error) {
	if r := b.resources[id]; r != nil {
		return r, nil
	}
	sh, err := b.lookup(id, path, "resource")
	if err != nil {
		return nil, err
	}
	if err := modelfile.CheckName(b.file, shapeName(id), at(id)); err != nil {
		return nil, err
	}
	if err := b.budget.Spend(1, at(id)); err != nil {
		return nil, err
	}
	r := &ir.Resource{ID: id, Name: shapeName(id), Parent: parent}
	b.resources[id] = r
	rpath := shapePath(id)

	for _, name := range slices.Sorted(maps.Keys(sh.Identifiers)) {
		target := sh.Identifiers[name].Target
		// Identifier targets join the closure so that svc.Shape resolves them.
		if _, err := b.shapeRef(target, modelfile.Key(rpath+".identifiers", name)+".target"); err != nil {
			return nil, err
		}
		r.Identifiers = append(r.Identifiers, ir.Identifier{Name: name, Target: target})
	}
	r.Properties = slices.Sorted(maps.Keys(sh.Properties))

	for _, lc := range []struct {
		ref  *ref
		key  string
		name *string
	}{
		{sh.Create, "create", &r.Create},
		{sh.Put, "put", &r.Put},
		{sh.Read, "read", &r.Read},
		{sh.Update, "update", &r.Update},
		{sh.Delete, "delete", &r.Delete},
		{sh.List, "list", &r.List},
	} {
		if lc.ref == nil {
			continue
		}
		op, err := b.operation(lc.ref.Target, rpath+"."+lc.key+".target")
		if err != nil {
			return nil, err
		}
		*lc.name = op.Name
	}
	if r.Operations, err = b.opNames(sh.Operations, rpath+".operations"); err != nil {
		return nil, err
	}
	if r.Collection, err = b.opNames(sh.CollectionOperations, rpath+".collectionOperations"); err != nil {
		return nil, err
	}
	for i, c := range sh.Resources {
		child, err := b.resource(c.Target, id, modelfile.Index(rpath+".resources", i)+".target")
		if err != nil {
			return nil, err
		}
		r.Resources = append(r.Resources, child.ID)
	}
	slices.Sort(r.Resources)
	return r, nil
}

func (b *builder) opNames(rs []ref, path string) ([]string, error) {
	var names []string
	for i, r := range rs {
		op, err := b.operation(r.Target, modelfile.Index(path, i)+".target")
		if err != nil {
			return nil, err
		}
		names = append(names, op.Name)
	}
	slices.Sort(names)
	return names, nil
}

// shapeRef returns the IR shape for id, creating it (members unresolved) on
// first use.
func (b *builder) shapeRef(id, path string) (*ir.Shape, error) {
	if s := b.shapes[id]; s != nil {
		return s, nil
	}
	if id == "" {
		return nil, b.errorf(path, "missing target")
	}
	if p, ok := preludeOf(id); ok {
		s := &ir.Shape{ID: id, Name: shapeName(id), Kind: p.kind}
		b.shapes[id] = s
		return s, nil
	}
	sh := b.raw[id]
	if sh == nil {
		return nil, b.errorf(path, "shape %q is not defined in the model", id)
	}
	kind, ok := kinds[sh.Type]
	if !ok {
		return nil, b.errorf(path, "targets %s shape %q", sh.Type, id)
	}
	t := &sh.Traits
	if kind == ir.KindString && len(t.Enum) > 0 {
		kind = ir.KindEnum
	}
	if err := modelfile.CheckName(b.file, shapeName(id), at(id)); err != nil {
		return nil, err
	}
	switch kind {
	case ir.KindStructure, ir.KindUnion, ir.KindEnum, ir.KindIntEnum:
		if other := b.typeNames.Add(id, shapeName(id)); other != "" {
			return nil, b.errorf(shapePath(id), "shape %q has the same Go type name as shape %q", id, other)
		}
	}
	if err := b.budget.Spend(1, at(id)); err != nil {
		return nil, err
	}
	s := &ir.Shape{
		ID:              id,
		Name:            shapeName(id),
		Kind:            kind,
		Sparse:          t.Sparse != nil,
		Streaming:       t.Streaming != nil,
		ErrorFault:      t.Error,
		Sensitive:       t.Sensitive != nil,
		Deprecated:      t.Deprecated != nil,
		TimestampFormat: t.TimestampFormat,
		ARN:             b.arn(t),
		Summary:         modeltext.Summary(t.Documentation),
		Constraints:     constraints(t),
	}
	if t.AWSQueryError != nil && t.AWSQueryError.Code != s.Name {
		s.ErrorCode = t.AWSQueryError.Code
	}
	b.shapes[id] = s
	b.pending = append(b.pending, id)
	return s, nil
}

// arn returns the ARN a shape's traits describe: the template of the
// referenced resource when the model has it, else the CloudFormation type or
// resource ID the reference names.
func (b *builder) arn(t *traits) string {
	switch {
	case t.ARN != nil:
		return t.ARN.Template
	case t.ARNReference == nil:
		return ""
	}
	if res := b.raw[t.ARNReference.Resource]; res != nil && res.Traits.ARN != nil {
		return res.Traits.ARN.Template
	}
	return cmp.Or(t.ARNReference.Type, t.ARNReference.Resource)
}

// fillShapes resolves members of pending shapes until the closure is complete.
func (b *builder) fillShapes() error {
	for len(b.pending) > 0 {
		id := b.pending[len(b.pending)-1]
		b.pending = b.pending[:len(b.pending)-1]
		if err := b.fill(id); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) fill(id string) error {
	sh, s, path := b.raw[id], b.shapes[id], shapePath(id)
	var err error
	switch sh.Type {
	case "structure", "union":
		order := b.order[id]
		if len(order) != len(sh.Members) {
			return b.errorf(path+".members", "member names repeat")
		}
		s.Members = make([]*ir.Member, 0, len(order))
		fields := make(modelfile.Scope, len(order))
		for _, name := range order {
			mpath := modelfile.Key(path+".members", name)
			if err := modelfile.CheckName(b.file, name, func() string { return mpath }); err != nil {
				return err
			}
			if other := fields.Add(name, name); other != "" {
				return b.errorf(mpath, "member %q has the same Go field name as member %q", name, other)
			}
			m, err := b.member(name, sh.Members[name], mpath)
			if err != nil {
				return err
			}
			s.Members = append(s.Members, m)
		}
	case "list", "set":
		s.Member, err = b.member("member", sh.Member, path+".member")
	case "map":
		if s.Key, err = b.member("key", sh.Key, path+".key"); err == nil {
			s.Value, err = b.member("value", sh.Value, path+".value")
		}
	case "enum", "intEnum":
		err = b.enum(id, sh, s)
	case "string":
		for _, e := range sh.Traits.Enum {
			s.Enum = append(s.Enum, ir.EnumValue{Name: e.Name, Value: e.Value})
		}
	}
	return err
}

func (b *builder) enum(id string, sh *shape, s *ir.Shape) error {
	path := shapePath(id) + ".members"
	order := b.order[id]
	if len(order) != len(sh.Members) {
		return b.errorf(path, "member names repeat")
	}
	for _, name := range order {
		mpath := modelfile.Key(path, name)
		if err := modelfile.CheckName(b.file, name, func() string { return mpath }); err != nil {
			return err
		}
		m := sh.Members[name]
		if m == nil {
			return b.errorf(mpath, "member is null")
		}
		v := ir.EnumValue{Name: name, Value: name}
		raw := traitsOf(m.Traits).EnumValue
		switch {
		case sh.Type == "intEnum":
			n, err := strconv.ParseInt(string(bytes.TrimSpace(raw)), 10, 64)
			if err != nil {
				return b.errorf(mpath+`.traits["smithy.api#enumValue"]`, "intEnum value must be an integer, got %s", raw)
			}
			v.IntValue, v.Value = n, strconv.FormatInt(n, 10)
		case raw != nil:
			if err := json.Unmarshal(raw, &v.Value); err != nil {
				return b.errorf(mpath+`.traits["smithy.api#enumValue"]`, "enum value must be a string, got %s", raw)
			}
		}
		s.Enum = append(s.Enum, v)
	}
	return nil
}

func (b *builder) member(name string, mj *member, path string) (*ir.Member, error) {
	if mj == nil {
		return nil, b.errorf(path, "missing member")
	}
	if err := b.budget.Spend(1, func() string { return path }); err != nil {
		return nil, err
	}
	target, err := b.shapeRef(mj.Target, path+".target")
	if err != nil {
		return nil, err
	}
	t := traitsOf(mj.Traits)
	m := &ir.Member{
		Name:             name,
		Target:           target,
		Required:         t.Required != nil,
		ClientOptional:   t.ClientOptional != nil,
		AddedDefault:     t.AddedDefault != nil,
		IdempotencyToken: t.IdempotencyToken != nil,
		HostLabel:        t.HostLabel != nil,
		Deprecated:       t.Deprecated != nil,
		JSONName:         t.JSONName,
		XMLName:          t.XMLName,
		XMLFlattened:     t.XMLFlattened != nil,
		XMLAttribute:     t.XMLAttribute != nil,
		Summary:          modeltext.Summary(t.Documentation),
		Constraints:      constraints(t),
	}
	if m.Default, err = b.memberDefault(t.Default, mj.Target, path); err != nil {
		return nil, err
	}
	m.HasDefault = m.Default != ""
	if b.httpBindings {
		m.Location, m.LocationName = location(name, t)
	}
	m.ARN = target.Kind == ir.KindString && modeltext.IsARNName(name)
	if sh := b.raw[mj.Target]; sh != nil && sh.Traits.ARNReference != nil {
		m.ARN = true
	}
	return m, nil
}

// constraints reads the @length, @range and @pattern traits.
func constraints(t *traits) ir.Constraints {
	c := ir.Constraints{Pattern: t.Pattern}
	if t.Length != nil {
		c.MinLength, c.MaxLength = t.Length.Min, t.Length.Max
	}
	if t.Range != nil {
		c.Min, c.Max = t.Range.Min, t.Range.Max
	}
	return c
}

// memberDefault returns the member's default as compact JSON, or "" when it
// has none. A member without the trait inherits its target's default (the
// Primitive* prelude shapes, Smithy 1.0 style); @default(null) explicitly
// removes a default.
func (b *builder) memberDefault(raw json.RawMessage, target, path string) (string, error) {
	if raw == nil {
		if p, ok := preludeOf(target); ok {
			return p.def, nil
		}
		if sh := b.raw[target]; sh != nil && sh.Traits.Default != nil {
			raw = sh.Traits.Default
		}
	}
	if raw == nil || string(raw) == "null" {
		return "", nil
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return "", b.errorf(path+`.traits["smithy.api#default"]`, "bad default: %v", err)
	}
	return buf.String(), nil
}

// location maps HTTP binding traits to botocore-style locations.
func location(name string, t *traits) (loc, locName string) {
	switch {
	case t.HTTPLabel != nil:
		return "uri", name
	case t.HTTPQuery != nil:
		return "querystring", *t.HTTPQuery
	case t.HTTPQueryParams != nil:
		return "querystring", ""
	case t.HTTPHeader != nil:
		return "header", *t.HTTPHeader
	case t.HTTPPrefixHeaders != nil:
		return "headers", *t.HTTPPrefixHeaders
	case t.HTTPResponseCode != nil:
		return "statusCode", ""
	case t.HTTPPayload != nil:
		return "payload", ""
	}
	return "", ""
}

// paginators merges each paginated operation's trait with the service's
// defaults, as Smithy specifies.
func (b *builder) paginators(defaults *paginated) {
	for _, id := range b.paginated {
		p := *b.raw[id].Traits.Paginated
		if defaults != nil {
			p.InputToken = cmp.Or(p.InputToken, defaults.InputToken)
			p.OutputToken = cmp.Or(p.OutputToken, defaults.OutputToken)
			p.Items = cmp.Or(p.Items, defaults.Items)
			p.PageSize = cmp.Or(p.PageSize, defaults.PageSize)
		}
		b.svc.Paginators = append(b.svc.Paginators, &ir.Paginator{
			Operation:   shapeName(id),
			InputToken:  p.InputToken,
			OutputToken: p.OutputToken,
			Items:       p.Items,
			PageSize:    p.PageSize,
		})
	}
}

// finish sorts everything and indexes the service.
func (b *builder) finish() {
	svc := b.svc
	for _, op := range b.ops {
		svc.Operations = append(svc.Operations, op)
	}
	slices.SortFunc(svc.Operations, func(x, y *ir.Operation) int { return strings.Compare(x.Name, y.Name) })
	for _, s := range b.shapes {
		svc.Shapes = append(svc.Shapes, s)
	}
	slices.SortFunc(svc.Shapes, func(x, y *ir.Shape) int { return strings.Compare(x.ID, y.ID) })
	for _, r := range b.resources {
		svc.Resources = append(svc.Resources, r)
	}
	slices.SortFunc(svc.Resources, func(x, y *ir.Resource) int {
		return cmp.Or(strings.Compare(x.Name, y.Name), strings.Compare(x.ID, y.ID))
	})
	slices.SortFunc(svc.Waiters, func(x, y *ir.Waiter) int { return strings.Compare(x.Name, y.Name) })
	slices.SortFunc(svc.Paginators, func(x, y *ir.Paginator) int { return strings.Compare(x.Operation, y.Operation) })
	svc.Index()
}
