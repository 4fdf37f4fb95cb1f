package fakestore

import (
	"context"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Create validates the input, stores a new resource and fills the output
// with its identifier, ARN, name, creation time, states and input.
type Create struct {
	Kind  *Kind
	Rules Rules
	// Invalid builds the service's validation error; nil answers an
	// APIError coded ValidationException.
	Invalid func(msg string) error
	States  []State
}

func (op *Create) apply(ctx context.Context, s *Store, in, out reflect.Value) error {
	if err := validate(in, op.Rules, op.Invalid); err != nil {
		return err
	}
	k := op.Kind
	name := ""
	if k.NameField != "" {
		name = str(in, k.NameField)
	}
	if k.ID.FromInput {
		name = firstNonEmpty(name, str(in, k.ID.Path...))
	}
	var parent *record
	if p := k.Parent; p != nil {
		key := str(in, p.Field)
		if parent = s.find(p.Kind, key); parent == nil {
			return missing(p.Kind, key, nil)
		}
	}
	if name != "" {
		// Names are unique within the parent (log streams of one group).
		if live := s.findIn(k, name, parent); live != nil {
			if k.Exists != nil {
				return k.Exists(fmt.Sprintf("%s %s already exists", k.Name, name))
			}
			filler{rec: live, states: op.States}.fill(out, "", 0)
			setString(out, k.ID.Path, live.id)
			return nil
		}
	}
	s.seq++
	reg := region(ctx)
	vars := map[string]string{
		"partition": Partition(reg), "region": reg, "account": Account,
		"name": name, "seq": strconv.Itoa(s.seq),
	}
	for field, v := range inputs(in) {
		if sv := stringOf(v); sv != "" {
			vars["in."+field] = sv
		}
	}
	rec := &record{kind: k, name: name, parent: parent, created: s.now(), tags: map[string]string{}}
	switch echo := str(in, k.idField()); {
	case k.ID.FromInput:
		rec.id = str(in, k.ID.Path...)
	case echo != "":
		// The output's identifier echoes an input member of its name
		// (Notifications' NotificationHubRegion).
		rec.id = echo
	case k.ID.Template != "{arn}":
		rec.id = Expand(k.ID.Template, vars)
	}
	if rec.name == "" {
		// Nameless, and identified by its ARN: the ARN's name part is
		// random (12 hex digits, as generated code expects).
		rec.name = firstNonEmpty(rec.id, randomHex(12))
	}
	vars["id"], vars["name"] = rec.id, rec.name
	if k.ARN != "" {
		rec.arn = Expand(k.ARN, vars)
	}
	if rec.id == "" {
		rec.id = rec.arn
	}
	if rec.id == "" {
		return fmt.Errorf("fakestore: %s %s: the create input has no identifier at %s", s.service, k.Name, strings.Join(k.ID.Path, "."))
	}
	rec.attrs = inputs(in, k.Tags)
	if k.Tags != "" {
		if f, ok := field(in, []string{k.Tags}); ok {
			rec.tags = tagsOf(f)
		}
	}
	s.records = append(s.records, rec)
	if !k.ID.FromInput {
		setString(out, k.ID.Path, rec.id)
	}
	filler{rec: rec, states: op.States}.fill(out, "", 0)
	return nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Read finds a resource by the identifier, ARN or name in an input field
// and fills the output with it. A field holding a list of strings (EC2's
// VpcIds) reads each resource it names, and all of them when it is empty.
type Read struct {
	Kind   *Kind
	Field  string
	States []State
	// NotFound, when set, builds the error this operation answers for a
	// missing resource instead of the kind's (S3's HeadBucket answers
	// NotFound, not NoSuchBucket).
	NotFound func(msg string) error
}

func (op *Read) apply(_ context.Context, s *Store, in, out reflect.Value) error {
	recs, err := s.lookup(op.Kind, in, op.Field, op.NotFound)
	if err != nil {
		return err
	}
	for i, r := range recs {
		if i == 0 {
			filler{rec: r, states: op.States}.fill(out, "", 0)
			continue
		}
		// Each further resource is one more element of the output's lists
		// (DescribeVpcs' Vpcs).
		more := reflect.New(out.Type()).Elem()
		filler{rec: r, states: op.States}.fill(more, "", 0)
		for j := range out.NumField() {
			if f := out.Field(j); f.Kind() == reflect.Slice && f.CanSet() {
				f.Set(reflect.AppendSlice(f, more.Field(j)))
			}
		}
	}
	return nil
}

// lookup returns the resources an input field names; a list field that
// is empty names them all. A missing one answers answer's error, the
// kind's when answer is nil.
func (s *Store) lookup(k *Kind, in reflect.Value, name string, answer func(msg string) error) ([]*record, error) {
	keys := strs(in, name)
	f, _ := field(in, []string{name})
	if len(keys) == 0 && f.Kind() == reflect.Slice {
		var all []*record
		for _, r := range s.records {
			if r.kind == k {
				all = append(all, r)
			}
		}
		return all, nil
	}
	if len(keys) == 0 {
		return nil, missing(k, "(none named)", answer)
	}
	out := make([]*record, 0, len(keys))
	for _, key := range keys {
		r := s.find(k, key)
		if r == nil {
			return nil, missing(k, key, answer)
		}
		out = append(out, r)
	}
	return out, nil
}

// Update finds a resource as Read does, stores the input's other set
// fields over what it holds (a map's entries over the stored map's), and
// fills the output with it.
type Update struct {
	Kind   *Kind
	Field  string
	Rules  Rules
	States []State
	// Invalid is as for Create.
	Invalid func(msg string) error
}

func (op *Update) apply(_ context.Context, s *Store, in, out reflect.Value) error {
	if err := validate(in, op.Rules, op.Invalid); err != nil {
		return err
	}
	recs, err := s.lookup(op.Kind, in, op.Field, nil)
	if err != nil {
		return err
	}
	for _, r := range recs {
		for name, v := range inputs(in, op.Field) {
			r.attrs[name] = merged(r.attrs[name], v)
		}
		filler{rec: r, states: op.States}.fill(out, "", 0)
	}
	return nil
}

// merged is what an update's value v leaves stored over old: v, except
// that a map adds its entries to the stored map's, as SQS's and SNS's
// attribute updates do.
func merged(old, v reflect.Value) reflect.Value {
	if !old.IsValid() || v.Kind() != reflect.Map || old.Type() != v.Type() {
		return v
	}
	m := reflect.MakeMapWithSize(v.Type(), old.Len()+v.Len())
	for _, src := range []reflect.Value{old, v} {
		iter := src.MapRange()
		for iter.Next() {
			m.SetMapIndex(iter.Key(), iter.Value())
		}
	}
	return m
}

// Delete removes the resource an input field names. A resource with live
// children is refused when its kind has InUse, and otherwise goes with
// them.
type Delete struct {
	Kind  *Kind
	Field string
}

func (op *Delete) apply(_ context.Context, s *Store, in, out reflect.Value) error {
	recs, err := s.lookup(op.Kind, in, op.Field, nil)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if kids := s.children(r); len(kids) > 0 && r.kind.InUse != nil {
			return r.kind.InUse(fmt.Sprintf("%s %s has %d live %s resources", r.kind.Name, r.id, len(kids), kids[0].kind.Name))
		}
	}
	for _, r := range recs {
		s.removeTree(r)
		filler{rec: r}.fill(out, "", 0)
	}
	return nil
}

// DefaultPageSize is the page size of a listing whose input sets none.
const DefaultPageSize = 100

// List pages through the live resources of a kind in creation order.
type List struct {
	Kind *Kind
	// Items is the output's list field; each element is the resource's
	// identifier, ARN or name (by the field's name: …Arns, …Names,
	// otherwise the identifier), or a structure filled with it.
	Items string
	// InputToken, OutputToken and PageSize are the pagination fields, ""
	// when the operation does not page.
	InputToken, OutputToken, PageSize string
	// Prefix is an input field that keeps only names starting with it.
	Prefix string
	// Within, when set, keeps only what belongs to one resource the input
	// names (the log streams of a group).
	Within *Within
}

// Within names the resource a listing is of: Field is the input field
// naming a resource of Kind; what belongs to it are its children, or with
// By the resources whose create input field By names it (an SNS
// subscription's TopicArn). A listing whose Field is unset lists all.
type Within struct {
	Kind      *Kind
	Field, By string
}

// belongs reports whether r belongs to the resource w names.
func (w *Within) belongs(r, in *record) bool {
	if w.By == "" {
		return r.parent == in
	}
	v, ok := r.attrs[w.By]
	return ok && in.matches(stringOf(v))
}

const tokenPrefix = "fakestore-page-"

func (op *List) apply(_ context.Context, s *Store, in, out reflect.Value) error {
	var within *record
	if w := op.Within; w != nil && len(strs(in, w.Field)) > 0 {
		recs, err := s.lookup(w.Kind, in, w.Field, nil)
		if err != nil {
			return err
		}
		within = recs[0]
	}
	var all []*record
	prefix := ""
	if op.Prefix != "" {
		prefix = str(in, op.Prefix)
	}
	for _, r := range s.records {
		if r.kind == op.Kind && strings.HasPrefix(r.name, prefix) && (within == nil || op.Within.belongs(r, within)) {
			all = append(all, r)
		}
	}
	start := 0
	if tok := str(in, op.InputToken); op.InputToken != "" && tok != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(tok, tokenPrefix))
		if err != nil || !strings.HasPrefix(tok, tokenPrefix) || n < 0 || n > len(all) {
			return &APIError{Code: "InvalidNextToken", Message: "invalid pagination token " + tok}
		}
		start = n
	}
	end := len(all)
	if size := number(in, op.PageSize); op.InputToken != "" && size > 0 && start+size < end {
		end = start + size
	} else if op.InputToken != "" && size <= 0 && start+DefaultPageSize < end {
		end = start + DefaultPageSize
	}
	items, ok := field(out, []string{op.Items})
	if !ok || items.Kind() != reflect.Slice {
		return fmt.Errorf("fakestore: %s: output has no list field %s", s.service, op.Items)
	}
	elem := items.Type().Elem()
	for _, r := range all[start:end] {
		e := reflect.New(elem).Elem()
		if !assignString(e, listValue(r, op.Items)) {
			ae := alloc(e)
			if ae.Kind() != reflect.Struct {
				continue
			}
			filler{rec: r}.fill(ae, "", 1)
		}
		items.Set(reflect.Append(items, e))
	}
	if end < len(all) && op.OutputToken != "" {
		setString(out, []string{op.OutputToken}, tokenPrefix+strconv.Itoa(end))
		// Paginators of IAM, Route 53 and S3 stop unless told more follows.
		setBool(out, "IsTruncated", true)
	}
	return nil
}

// setBool sets a bool or *bool field when out has it.
func setBool(out reflect.Value, name string, b bool) {
	f := out.FieldByName(name)
	switch {
	case !f.IsValid() || !f.CanSet():
	case f.Kind() == reflect.Bool:
		f.SetBool(b)
	case f.Kind() == reflect.Pointer && f.Type().Elem().Kind() == reflect.Bool:
		f.Set(reflect.ValueOf(&b))
	}
}

// listValue is what a list of strings named items holds for r.
func listValue(r *record, items string) string {
	switch {
	case strings.Contains(items, "Arn") || strings.Contains(items, "ARN"):
		return r.arn
	case strings.Contains(items, "Name"):
		return r.name
	}
	return r.id
}

// number returns the integer in a field, 0 when unset.
func number(v reflect.Value, name string) int {
	if name == "" {
		return 0
	}
	f, ok := field(v, []string{name})
	if !ok {
		return 0
	}
	switch f = deref(f); f.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(f.Int())
	}
	return 0
}

// Children lists what belongs to the resource an input field names: the
// fake keeps nothing inside a resource, so the listing is empty for a live
// one and NotFound for a missing one. Cleanups call such listings before a
// delete (S3's ListObjectsV2, IAM's ListAttachedRolePolicies).
type Children struct {
	Kind  *Kind
	Field string
}

func (op *Children) apply(_ context.Context, s *Store, in, _ reflect.Value) error {
	_, err := s.lookup(op.Kind, in, op.Field, nil)
	return err
}
