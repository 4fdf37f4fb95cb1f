package fakestore

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"
)

// The SDK's inputs and outputs are plain structs whose fields are
// pointers, slices, maps and enum strings; these helpers read and write
// them by Go field name, so generated code passes names instead of
// accessors.

var (
	stringType = reflect.TypeOf("")
	timeType   = reflect.TypeOf(time.Time{})
)

// field returns the value at path in v (a struct), following pointers;
// ok is false when a field is missing or a pointer on the way is nil.
func field(v reflect.Value, path []string) (reflect.Value, bool) {
	for _, name := range path {
		name, first := strings.CutSuffix(name, "[0]")
		v = deref(v)
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		v = v.FieldByName(name)
		if !v.IsValid() {
			return reflect.Value{}, false
		}
		if first {
			if v.Kind() != reflect.Slice || v.Len() == 0 {
				return reflect.Value{}, false
			}
			v = v.Index(0)
		}
	}
	return v, true
}

func deref(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

// str returns the string at path in v, "" when unset.
func str(v reflect.Value, path ...string) string {
	f, ok := field(v, path)
	if !ok {
		return ""
	}
	f = deref(f)
	if f.Kind() != reflect.String {
		return ""
	}
	return f.String()
}

// strs returns the strings a field holds: one for a string, each element
// for a slice of strings.
func strs(v reflect.Value, name string) []string {
	f, ok := field(v, []string{name})
	if !ok {
		return nil
	}
	if f.Kind() == reflect.Slice {
		out := make([]string, 0, f.Len())
		for i := range f.Len() {
			if e := deref(f.Index(i)); e.Kind() == reflect.String {
				out = append(out, e.String())
			}
		}
		return out
	}
	if s := deref(f); s.Kind() == reflect.String && s.String() != "" {
		return []string{s.String()}
	}
	return nil
}

// setString sets the string or *string field at path in v (a struct),
// allocating pointers, structs and a one-element slice for "[0]" on the
// way. It reports whether the field exists.
func setString(v reflect.Value, path []string, s string) bool {
	for i, name := range path {
		name, first := strings.CutSuffix(name, "[0]")
		v = alloc(v)
		if v.Kind() != reflect.Struct {
			return false
		}
		v = v.FieldByName(name)
		if !v.IsValid() || !v.CanSet() {
			return false
		}
		if first {
			if v.Kind() != reflect.Slice {
				return false
			}
			if v.Len() == 0 {
				v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			}
			v = v.Index(0)
		}
		if i == len(path)-1 {
			return assignString(v, s)
		}
	}
	return false
}

// alloc follows pointers in v, allocating nil ones.
func alloc(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	return v
}

// assignString sets a string, *string or enum field.
func assignString(f reflect.Value, s string) bool {
	switch {
	case f.Kind() == reflect.String:
		f.SetString(s)
	case f.Kind() == reflect.Pointer && f.Type().Elem().Kind() == reflect.String:
		p := reflect.New(f.Type().Elem())
		p.Elem().SetString(s)
		f.Set(p)
	default:
		return false
	}
	return true
}

// inputs returns the set fields of in (a struct) by name, leaving out
// skip: what a create or update stores.
func inputs(in reflect.Value, skip ...string) map[string]reflect.Value {
	out := map[string]reflect.Value{}
	t := in.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || slices.Contains(skip, f.Name) || in.Field(i).IsZero() {
			continue
		}
		out[f.Name] = in.Field(i)
	}
	return out
}

// State is an enum field of an output set to the value a usable resource
// shows: Path is the Go field path from the output, slices passed through
// ("Table.TableStatus", "Reservations.Instances.State.Name").
type State struct {
	Path  string
	Value string
}

// filler writes one resource into an output.
type filler struct {
	rec    *record
	states []State
}

// maxDepth bounds how deep fill goes into nested structures: the SDK's
// outputs put a resource's description at most two levels down, and
// recursive types must end.
const maxDepth = 3

// fill sets v's (a struct) unset fields from the resource: the input
// fields it was created or updated with, its identifier, ARN and name
// under the resource's field names, its creation time, the states given,
// and its tags; nested structures and slices of them are filled too. It
// reports whether it set anything.
func (f filler) fill(v reflect.Value, path string, depth int) bool {
	set := false
	t := v.Type()
	for i := range t.NumField() {
		sf := t.Field(i)
		fv := v.Field(i)
		if !sf.IsExported() {
			continue
		}
		p := sf.Name
		if path != "" {
			p = path + "." + sf.Name
		}
		switch {
		case fv.IsZero():
			set = f.field(fv, sf.Name, p, depth) || set
		case depth < maxDepth:
			// A structure already there (the identifier's, set first) gets
			// the rest of its fields too.
			set = f.within(fv, p, depth) || set
		}
	}
	return set
}

func (f filler) field(fv reflect.Value, name, path string, depth int) bool {
	rec := f.rec
	if name == "Attributes" && fv.Type() == reflect.TypeOf(map[string]string(nil)) {
		fv.Set(reflect.ValueOf(rec.attributes()))
		return true
	}
	if a, ok := rec.attrs[name]; ok && a.Type().AssignableTo(fv.Type()) {
		fv.Set(a)
		return true
	}
	for _, st := range f.states {
		if st.Path == path {
			return assignString(fv, st.Value)
		}
	}
	if s := rec.value(name); s != "" && (fv.Type() == stringType || fv.Type() == reflect.PointerTo(stringType)) {
		return assignString(fv, s)
	}
	if isTags(name) && len(rec.tags) > 0 {
		return setTags(fv, rec.tags)
	}
	switch {
	case fv.Type() == reflect.PointerTo(timeType):
		tm := rec.created
		fv.Set(reflect.ValueOf(&tm))
		return true
	case depth >= maxDepth:
		return false
	case fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct:
		n := reflect.New(fv.Type().Elem())
		if f.fill(n.Elem(), path, depth+1) {
			fv.Set(n)
			return true
		}
	case fv.Kind() == reflect.Struct && fv.Type() != timeType:
		return f.fill(fv, path, depth+1)
	case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct:
		n := reflect.New(fv.Type().Elem()).Elem()
		if f.fill(n, path, depth+1) {
			fv.Set(reflect.Append(fv, n))
			return true
		}
	}
	return false
}

// within fills the unset fields of the structures a set field holds: a
// structure, a pointer to one, or a slice of either.
func (f filler) within(fv reflect.Value, path string, depth int) bool {
	switch {
	case fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct && fv.Type().Elem() != timeType:
		return f.fill(fv.Elem(), path, depth+1)
	case fv.Kind() == reflect.Struct && fv.Type() != timeType:
		return f.fill(fv, path, depth+1)
	case fv.Kind() == reflect.Slice:
		set := false
		for i := range fv.Len() {
			set = f.within(fv.Index(i), path, depth) || set
		}
		return set
	}
	return false
}

// attributes is the attribute map SQS- and SNS-style reads answer: the
// attributes the resource was given, its other string inputs but its name
// (SNS's TopicArn, Protocol, Endpoint) and its ARN as <Kind>Arn (QueueArn).
func (r *record) attributes() map[string]string {
	out := map[string]string{}
	if a, ok := r.attrs["Attributes"]; ok && a.Kind() == reflect.Map {
		for k, v := range tagsOf(a) {
			out[k] = v
		}
	}
	for name, v := range r.attrs {
		if s := stringOf(v); s != "" && out[name] == "" && name != r.kind.NameField && (v.Kind() == reflect.String || v.Kind() == reflect.Pointer) {
			out[name] = s
		}
	}
	if r.arn != "" {
		out[r.kind.Name+"Arn"] = r.arn
	}
	return out
}

// value returns what a string field of this name holds for the resource:
// its identifier, ARN or name, "" for any other field.
func (r *record) value(field string) string {
	n := r.kind.Name
	switch field {
	case "Arn", "ARN", n + "Arn", n + "ARN":
		return r.arn
	case "Id", "ID", n + "Id", n + "ID":
		return r.id
	case "Name", n + "Name":
		return r.name
	}
	if field == r.kind.idField() {
		return r.id
	}
	return ""
}

func isTags(name string) bool {
	return name == "Tags" || name == "TagList" || name == "TagSet" || name == "ResourceTags"
}

// tagsOf reads tags from a map[string]string or a slice of structures
// with key and value fields (Key/Value, TagKey/TagValue).
func tagsOf(v reflect.Value) map[string]string {
	v = deref(v)
	out := map[string]string{}
	switch v.Kind() {
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String || v.Type().Elem().Kind() != reflect.String {
			return out
		}
		iter := v.MapRange()
		for iter.Next() {
			out[iter.Key().String()] = iter.Value().String()
		}
	case reflect.Slice:
		for i := range v.Len() {
			e := deref(v.Index(i))
			if e.Kind() != reflect.Struct {
				continue
			}
			k, val := tagField(e, "Key"), tagField(e, "Value")
			if k.IsValid() {
				out[deref(k).String()] = stringOf(val)
			}
		}
	}
	return out
}

func stringOf(v reflect.Value) string {
	if v = deref(v); v.Kind() == reflect.String {
		return v.String()
	}
	return ""
}

// tagField returns the field of a tag structure ending in suffix.
func tagField(e reflect.Value, suffix string) reflect.Value {
	t := e.Type()
	for i := range t.NumField() {
		if t.Field(i).IsExported() && strings.HasSuffix(t.Field(i).Name, suffix) {
			return e.Field(i)
		}
	}
	return reflect.Value{}
}

// setTags writes tags, sorted by key, into a map or tag-structure slice
// field.
func setTags(fv reflect.Value, tags map[string]string) bool {
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	switch {
	case fv.Kind() == reflect.Map && fv.Type().Key().Kind() == reflect.String && fv.Type().Elem().Kind() == reflect.String:
		m := reflect.MakeMapWithSize(fv.Type(), len(keys))
		for _, k := range keys {
			m.SetMapIndex(reflect.ValueOf(k).Convert(fv.Type().Key()), reflect.ValueOf(tags[k]).Convert(fv.Type().Elem()))
		}
		fv.Set(m)
		return true
	case fv.Kind() == reflect.Slice:
		et := fv.Type().Elem()
		s := reflect.MakeSlice(fv.Type(), 0, len(keys))
		for _, k := range keys {
			e := reflect.New(et).Elem()
			se := alloc(e)
			if se.Kind() != reflect.Struct {
				return false
			}
			kf, vf := tagField(se, "Key"), tagField(se, "Value")
			if !kf.IsValid() || !assignString(kf, k) || (vf.IsValid() && !assignString(vf, tags[k])) {
				return false
			}
			s = reflect.Append(s, e)
		}
		fv.Set(s)
		return true
	}
	return false
}
