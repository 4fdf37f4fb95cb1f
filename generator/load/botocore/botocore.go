// Package botocore decodes botocore service models (service-2.json with
// waiters-2.json and paginators-1.json beside it) and aws-sdk-go v1 models
// (models/apis/<svc>/<version>/api-2.json, same format) into the IR;
// generator/load finds and reads the files.
package botocore

import (
	"encoding/json"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/modelfile"
	"github.com/awsparity/awsparity/generator/load/internal/modeltext"
)

// Load decodes a botocore service model; waiters and paginators are the
// waiters-2 and paginators-1 documents, or nil (or empty) when absent. Errors are *ir.Error values
// naming file (or its sibling waiters-2.json / paginators-1.json); on error
// no service is returned.
func Load(file string, service, waiters, paginators []byte) (*ir.Service, error) {
	dir := filepath.Dir(file)
	return input{
		file: file, service: service,
		waitersFile: filepath.Join(dir, "waiters-2.json"), waiters: waiters,
		paginatorsFile: filepath.Join(dir, "paginators-1.json"), paginators: paginators,
	}.load()
}

type input struct {
	file, waitersFile, paginatorsFile string
	service, waiters, paginators      []byte
}

func (in input) load() (*ir.Service, error) {
	var doc document
	if err := json.Unmarshal(in.service, &doc); err != nil {
		return nil, modelfile.DecodeError(in.file, in.service, err)
	}
	b := &builder{
		file:   in.file,
		doc:    &doc,
		order:  modelfile.MemberOrder(in.service),
		shapes: make(map[string]*ir.Shape),
		types:  make(modelfile.Scope),
		budget: modelfile.Budget{File: in.file},
	}
	if err := b.build(); err != nil {
		return nil, err
	}
	if len(in.waiters) > 0 {
		if err := b.addWaiters(in.waitersFile, in.waiters); err != nil {
			return nil, err
		}
	}
	if len(in.paginators) > 0 {
		if err := b.addPaginators(in.paginatorsFile, in.paginators); err != nil {
			return nil, err
		}
	}
	b.svc.Index()
	return b.svc, nil
}

// kinds maps botocore shape types to IR kinds; structure and string are
// refined by their union, document and enum keys.
var kinds = map[string]ir.Kind{
	"structure":  ir.KindStructure,
	"list":       ir.KindList,
	"map":        ir.KindMap,
	"string":     ir.KindString,
	"boolean":    ir.KindBoolean,
	"byte":       ir.KindByte,
	"short":      ir.KindShort,
	"integer":    ir.KindInteger,
	"long":       ir.KindLong,
	"float":      ir.KindFloat,
	"double":     ir.KindDouble,
	"bigdecimal": ir.KindBigDecimal,
	"biginteger": ir.KindBigInteger,
	"timestamp":  ir.KindTimestamp,
	"blob":       ir.KindBlob,
}

// protocols maps botocore protocol names to the IR's Smithy-style names;
// "json" depends on metadata.jsonVersion.
var protocols = map[string]string{
	"rest-json":          "restJson1",
	"rest-xml":           "restXml",
	"query":              "awsQuery",
	"ec2":                "ec2Query",
	"smithy-rpc-v2-cbor": "smithyRpcv2Cbor",
}

type builder struct {
	file    string
	doc     *document
	order   map[string][]string
	svc     *ir.Service
	shapes  map[string]*ir.Shape
	pending []string
	// types finds shapes whose Go type names clash.
	types  modelfile.Scope
	budget modelfile.Budget
	// jsonNames reports protocols where a member's locationName is its JSON
	// key rather than its XML or query name.
	jsonNames bool
}

func (b *builder) errorf(path, format string, args ...any) *ir.Error {
	return &ir.Error{File: b.file, Path: path, Msg: fmt.Sprintf(format, args...)}
}

// shapeAt returns a func that names the shape, for the checks that build
// paths only on failure.
func shapeAt(name string) func() string {
	return func() string { return modelfile.Key("$.shapes", name) }
}

func (b *builder) build() error {
	md := b.doc.Metadata
	if md == nil || b.doc.Operations == nil {
		return b.errorf("$", "not a botocore service model: want metadata and operations")
	}
	if md.ServiceID == "" {
		return b.errorf("$.metadata.serviceId", "missing serviceId")
	}
	if err := modelfile.CheckSDKID(b.file, md.ServiceID, "$.metadata.serviceId"); err != nil {
		return err
	}
	// botocore picks the first protocol it supports from the list.
	proto := md.Protocol
	if len(md.Protocols) > 0 {
		proto = md.Protocols[0]
	}
	irProto := protocols[proto]
	switch proto {
	case "json":
		irProto = "awsJson1_0"
		if md.JSONVersion == "1.1" {
			irProto = "awsJson1_1"
		}
	case "":
		return b.errorf("$.metadata.protocol", "missing protocol")
	}
	if irProto == "" {
		return b.errorf("$.metadata.protocol", "unknown protocol %q", proto)
	}
	b.jsonNames = proto == "json" || proto == "rest-json" || proto == "smithy-rpc-v2-cbor"
	b.svc = &ir.Service{
		SDKID:          md.ServiceID,
		ShapeName:      md.ServiceID,
		Protocol:       irProto,
		APIVersion:     md.APIVersion,
		SigningName:    md.SigningName,
		TargetPrefix:   md.TargetPrefix,
		EndpointPrefix: md.EndpointPrefix,
		Title:          md.ServiceFullName,
		Source:         b.file,
	}
	if b.svc.SigningName == "" {
		// botocore signs with the endpoint prefix unless told otherwise.
		b.svc.SigningName = md.EndpointPrefix
	}

	// Sorted, so that a model with several faults always reports the same one.
	for _, name := range slices.Sorted(maps.Keys(b.doc.Shapes)) {
		sh := b.doc.Shapes[name]
		path := modelfile.Key("$.shapes", name)
		if sh == nil {
			return b.errorf(path, "shape is null")
		}
		if _, ok := kinds[sh.Type]; !ok {
			return b.errorf(path+".type", "unknown shape type %q", sh.Type)
		}
	}
	ops := make(modelfile.Scope, len(b.doc.Operations))
	for _, name := range slices.Sorted(maps.Keys(b.doc.Operations)) {
		path := func() string { return modelfile.Key("$.operations", name) }
		if err := modelfile.CheckName(b.file, name, path); err != nil {
			return err
		}
		if other := ops.Add(name, name); other != "" {
			return b.errorf(path(), "operation %q has the same Go name as operation %q", name, other)
		}
		op, err := b.operation(name)
		if err != nil {
			return err
		}
		b.svc.Operations = append(b.svc.Operations, op)
	}
	for len(b.pending) > 0 {
		name := b.pending[len(b.pending)-1]
		b.pending = b.pending[:len(b.pending)-1]
		if err := b.fill(name); err != nil {
			return err
		}
	}
	for _, s := range b.shapes {
		b.svc.Shapes = append(b.svc.Shapes, s)
	}
	slices.SortFunc(b.svc.Shapes, func(x, y *ir.Shape) int { return strings.Compare(x.ID, y.ID) })
	return nil
}

func (b *builder) operation(name string) (*ir.Operation, error) {
	path := modelfile.Key("$.operations", name)
	o := b.doc.Operations[name]
	if o == nil {
		return nil, b.errorf(path, "operation is null")
	}
	if err := b.budget.Spend(1+len(o.Errors), func() string { return path }); err != nil {
		return nil, err
	}
	op := &ir.Operation{
		Name:       name,
		HTTP:       ir.HTTPBinding{Method: o.HTTP.Method, URI: o.HTTP.RequestURI, Code: o.HTTP.ResponseCode},
		Idempotent: o.Idempotent,
		ReadOnly:   o.ReadOnly,
		Deprecated: o.Deprecated,
		Summary:    modeltext.Summary(o.Documentation),
	}
	var err error
	if o.Input != nil {
		if op.Input, err = b.shapeRef(o.Input.Shape, path+".input.shape"); err != nil {
			return nil, err
		}
	}
	if o.Output != nil {
		if op.Output, err = b.shapeRef(o.Output.Shape, path+".output.shape"); err != nil {
			return nil, err
		}
	}
	for i, e := range o.Errors {
		s, err := b.shapeRef(e.Shape, modelfile.Index(path+".errors", i)+".shape")
		if err != nil {
			return nil, err
		}
		op.Errors = append(op.Errors, s)
	}
	return op, nil
}

// shapeRef returns the IR shape for name, creating it (members unresolved)
// on first use so that recursive structures resolve.
func (b *builder) shapeRef(name, path string) (*ir.Shape, error) {
	if s := b.shapes[name]; s != nil {
		return s, nil
	}
	if name == "" {
		return nil, b.errorf(path, "missing shape name")
	}
	sh := b.doc.Shapes[name]
	if sh == nil {
		return nil, b.errorf(path, "shape %q is not defined in the model", name)
	}
	kind := kinds[sh.Type]
	switch {
	case kind == ir.KindStructure && sh.Document:
		kind = ir.KindDocument
	case kind == ir.KindStructure && sh.Union:
		kind = ir.KindUnion
	case kind == ir.KindString && len(sh.Enum) > 0:
		kind = ir.KindEnum
	}
	if err := modelfile.CheckName(b.file, name, shapeAt(name)); err != nil {
		return nil, err
	}
	switch kind {
	case ir.KindStructure, ir.KindUnion, ir.KindEnum:
		if other := b.types.Add(name, name); other != "" {
			return nil, b.errorf(shapeAt(name)(), "shape %q has the same Go type name as shape %q", name, other)
		}
	}
	if err := b.budget.Spend(1, shapeAt(name)); err != nil {
		return nil, err
	}
	s := &ir.Shape{
		ID:              name,
		Name:            name,
		Kind:            kind,
		Sparse:          sh.Sparse,
		Streaming:       sh.Streaming || sh.EventStream,
		ErrorFault:      fault(sh),
		Sensitive:       sh.Sensitive,
		Deprecated:      sh.Deprecated,
		TimestampFormat: sh.TimestampFormat,
		Summary:         modeltext.Summary(sh.Documentation),
		Constraints:     constraints(sh, kind),
	}
	if sh.Error != nil && sh.Error.Code != name {
		s.ErrorCode = sh.Error.Code
	}
	for _, v := range sh.Enum {
		s.Enum = append(s.Enum, ir.EnumValue{Value: v})
	}
	b.shapes[name] = s
	b.pending = append(b.pending, name)
	return s, nil
}

// constraints reads min, max and pattern: min and max bound a number's
// value and any other shape's length.
func constraints(sh *shape, kind ir.Kind) ir.Constraints {
	c := ir.Constraints{Pattern: sh.Pattern}
	if kind.IsNumber() || kind == ir.KindBigInteger || kind == ir.KindBigDecimal {
		c.Min, c.Max = sh.Min, sh.Max
		return c
	}
	length := func(f *float64) *int64 {
		if f == nil {
			return nil
		}
		n := int64(*f)
		return &n
	}
	c.MinLength, c.MaxLength = length(sh.Min), length(sh.Max)
	return c
}

// fault classifies an error shape the way botocore-era SDKs did: senderFault
// means client; an explicit fault flag or a 5xx status means server.
func fault(sh *shape) string {
	if !sh.Exception && sh.Error == nil {
		return ""
	}
	switch {
	case sh.Error != nil && sh.Error.SenderFault:
		return "client"
	case sh.Fault, sh.Error != nil && sh.Error.HTTPStatusCode >= 500:
		return "server"
	}
	return "client"
}

func (b *builder) fill(name string) error {
	sh, s, path := b.doc.Shapes[name], b.shapes[name], modelfile.Key("$.shapes", name)
	var err error
	switch s.Kind {
	case ir.KindStructure, ir.KindUnion:
		order := b.order[name]
		if len(order) != len(sh.Members) {
			return b.errorf(path+".members", "member names repeat")
		}
		required := make(map[string]bool, len(sh.Required))
		for i, r := range sh.Required {
			if _, ok := sh.Members[r]; !ok {
				return b.errorf(modelfile.Index(path+".required", i), "required member %q is not a member", r)
			}
			required[r] = true
		}
		if sh.Payload != "" {
			if _, ok := sh.Members[sh.Payload]; !ok {
				return b.errorf(path+".payload", "payload member %q is not a member", sh.Payload)
			}
		}
		fields := make(modelfile.Scope, len(order))
		for _, mname := range order {
			mpath := modelfile.Key(path+".members", mname)
			if err := modelfile.CheckName(b.file, mname, func() string { return mpath }); err != nil {
				return err
			}
			if other := fields.Add(mname, mname); other != "" {
				return b.errorf(mpath, "member %q has the same Go field name as member %q", mname, other)
			}
			m, err := b.member(mname, sh.Members[mname], mpath)
			if err != nil {
				return err
			}
			m.Required = required[mname]
			if mname == sh.Payload {
				m.Location = "payload"
			}
			s.Members = append(s.Members, m)
		}
	case ir.KindList:
		if s.Member, err = b.member("member", sh.Member, path+".member"); err == nil {
			s.Member.XMLFlattened = s.Member.XMLFlattened || sh.Flattened
		}
	case ir.KindMap:
		if s.Key, err = b.member("key", sh.Key, path+".key"); err == nil {
			s.Value, err = b.member("value", sh.Value, path+".value")
		}
	}
	return err
}

func (b *builder) member(name string, mj *member, path string) (*ir.Member, error) {
	if mj == nil {
		return nil, b.errorf(path, "missing member")
	}
	if err := b.budget.Spend(1, func() string { return path }); err != nil {
		return nil, err
	}
	target, err := b.shapeRef(mj.Shape, path+".shape")
	if err != nil {
		return nil, err
	}
	m := &ir.Member{
		Name:             name,
		Target:           target,
		IdempotencyToken: mj.IdempotencyToken,
		HostLabel:        mj.HostLabel,
		Deprecated:       mj.Deprecated,
		Location:         mj.Location,
		XMLFlattened:     mj.Flattened,
		XMLAttribute:     mj.XMLAttribute,
		ARN:              target.Kind == ir.KindString && modeltext.IsARNName(name),
		Summary:          modeltext.Summary(mj.Documentation),
	}
	switch {
	case mj.Location != "":
		m.LocationName = mj.LocationName
	case b.jsonNames:
		m.JSONName = mj.LocationName
	default:
		m.XMLName = mj.LocationName
	}
	return m, nil
}

func (b *builder) addWaiters(file string, data []byte) error {
	var doc waitersDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		return modelfile.DecodeError(file, data, err)
	}
	for _, name := range slices.Sorted(maps.Keys(doc.Waiters)) {
		w := doc.Waiters[name]
		if err := modelfile.CheckName(file, name, func() string { return modelfile.Key("$.waiters", name) }); err != nil {
			return err
		}
		if !b.hasOperation(w.Operation) {
			return &ir.Error{File: file, Path: modelfile.Key("$.waiters", name) + ".operation",
				Msg: fmt.Sprintf("operation %q is not in the service model", w.Operation)}
		}
		b.svc.Waiters = append(b.svc.Waiters, &ir.Waiter{
			Name:        name,
			Operation:   w.Operation,
			MinDelay:    w.Delay,
			MaxDelay:    w.Delay, // botocore polls at a fixed delay
			MaxAttempts: w.MaxAttempts,
		})
	}
	return nil
}

func (b *builder) hasOperation(name string) bool {
	_, ok := b.doc.Operations[name]
	return ok
}

func (b *builder) addPaginators(file string, data []byte) error {
	var doc paginatorsDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		return modelfile.DecodeError(file, data, err)
	}
	for _, op := range slices.Sorted(maps.Keys(doc.Pagination)) {
		p := doc.Pagination[op]
		path := modelfile.Key("$.pagination", op)
		if !b.hasOperation(op) {
			return &ir.Error{File: file, Path: path, Msg: fmt.Sprintf("operation %q is not in the service model", op)}
		}
		pg := &ir.Paginator{Operation: op}
		for _, f := range []struct {
			key string
			v   any
			dst *string
		}{
			{"input_token", p.InputToken, &pg.InputToken},
			{"output_token", p.OutputToken, &pg.OutputToken},
			{"result_key", p.ResultKey, &pg.Items},
			{"limit_key", p.LimitKey, &pg.PageSize},
		} {
			s, ok := joinTokens(f.v)
			if !ok {
				return &ir.Error{File: file, Path: path + "." + f.key, Msg: "want a string or a list of strings"}
			}
			*f.dst = s
		}
		b.svc.Paginators = append(b.svc.Paginators, pg)
	}
	return nil
}

// joinTokens turns a paginator field (absent, one name, or a list of names)
// into the IR's comma-joined form.
func joinTokens(v any) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "", true
	case string:
		return v, true
	case []any:
		names := make([]string, len(v))
		for i, e := range v {
			s, ok := e.(string)
			if !ok {
				return "", false
			}
			names[i] = s
		}
		return strings.Join(names, ","), true
	}
	return "", false
}
