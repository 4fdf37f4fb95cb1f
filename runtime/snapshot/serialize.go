package snapshot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/aws/smithy-go/document"
)

// maxDepth stops runaway recursion on cyclic values; SDK shapes are far
// shallower.
const maxDepth = 100

var (
	timeType      = reflect.TypeFor[time.Time]()
	numberType    = reflect.TypeFor[json.Number]()
	readerType    = reflect.TypeFor[io.Reader]()
	docMarshaler  = reflect.TypeFor[document.Marshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
)

// smithyDocument is the import path of smithy-go's document package.
const smithyDocument = "github.com/aws/smithy-go/document"

// unknownUnionNm is the SDK's type for union members newer than the client.
const unknownUnionNm = "UnknownUnionMember"

// toTree converts an SDK value (or any JSON-like Go value) to the tree that
// transformers see and snapshots store: map[string]any, []any, string,
// json.Number, bool, nil, and time.Time for typed timestamps (the always-on
// transformers turn those into "<datetime>").
//
// Structs are keyed by the model's member name: the name names gives for
// the field (MemberNames, which each service's generated Transformers
// include), else the SDK's field name minus the trailing underscore it adds
// on collisions (String_ → String). ResultMetadata, unexported fields, nil pointers, nil slices, nil maps and
// unset enums are omitted. io.Reader members (streaming bodies) are omitted
// too: reading one here would consume the body the test itself needs.
// []byte becomes Python's bytes repr (b'…', as boto3 recordings hold blobs),
// an output's ResultMetadata becomes ResponseMetadata with the HTTP status,
// a member the model marks sensitive becomes "<sensitive>", documents are encoded through their own marshaler,
// and a union value becomes a one-key object {"<member>": value}.
func toTree(v any, names []memberNames) (any, error) {
	e := encoder{names: names}
	return e.encode(reflect.ValueOf(v), "$", 0)
}

// encoder carries what the services' generated transformers say about
// their types: model member names, sensitive members, the protocol.
type encoder struct {
	names     []memberNames
	sensitive []memberNames
	protocol  protocol
}

// newEncoder collects the marker transformers among ts.
func newEncoder(ts []Transformer) encoder {
	var e encoder
	for _, tr := range ts {
		switch m := tr.(type) {
		case memberNames:
			e.names = append(e.names, m)
		case sensitiveMembers:
			e.sensitive = append(e.sensitive, m.memberNames)
		case protocol:
			e.protocol = m
		}
	}
	return e
}

// sensitivePlaceholder replaces the value of a member the model marks
// sensitive, whatever its type, so its presence is still compared.
const sensitivePlaceholder = "<sensitive>"

func (e encoder) encode(v reflect.Value, path string, depth int) (any, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%s: nested more than %d levels (a cycle?)", path, maxDepth)
	}
	if !v.IsValid() {
		return nil, nil
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil, nil
		}
		if union, member, ok := unionMember(v.Type(), v.Elem()); ok {
			return e.encodeUnion(v.Elem(), union, member, path, depth)
		}
		return e.encode(v.Elem(), path, depth+1)
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return nil, nil
	}
	if v.CanInterface() {
		switch {
		case v.Type().Implements(docMarshaler):
			b, err := v.Interface().(document.Marshaler).MarshalSmithyDocument()
			if err != nil {
				return nil, fmt.Errorf("%s: marshalling document: %w", path, err)
			}
			return decodeJSON(b, path)
		case v.Type().Implements(jsonMarshaler) && !isTime(v.Type()):
			b, err := json.Marshal(v.Interface())
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			return decodeJSON(b, path)
		}
	}
	switch v.Type() {
	case numberType:
		return v.Interface().(json.Number), nil
	case timeType:
		return v.Interface().(time.Time).UTC(), nil
	}
	// smithy-go's document.Timestamp and document.Structure are matched by
	// name: they are newer (v1.27.0) than the smithy-go floor the runtime
	// supports, and a user pinned below it has no such values to encode.
	if v.Type().PkgPath() == smithyDocument {
		switch v.Type().Name() {
		case "Timestamp":
			return v.Convert(timeType).Interface().(time.Time).UTC(), nil
		case "Structure":
			return e.encode(v.FieldByName("Members"), path, depth+1)
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		return e.encode(v.Elem(), path, depth+1)
	case reflect.Struct:
		if union, member, ok := unionMember(nil, v); ok {
			return e.encodeUnion(v, union, member, path, depth)
		}
		return e.encodeStruct(v, path, depth)
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("%s: map key type %s is not a string", path, v.Type().Key())
		}
		if v.IsNil() {
			return nil, nil
		}
		out := make(map[string]any, v.Len())
		for it := v.MapRange(); it.Next(); {
			k := it.Key().String()
			elem, err := e.encode(it.Value(), path+"."+k, depth+1)
			if err != nil {
				return nil, err
			}
			out[k] = elem
		}
		return out, nil
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			if v.Kind() == reflect.Slice && v.IsNil() {
				return nil, nil
			}
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return pythonBytes(b), nil
		}
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil, nil
		}
		out := make([]any, v.Len())
		for i := range out {
			elem, err := e.encode(v.Index(i), path+"["+strconv.Itoa(i)+"]", depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = elem
		}
		return out, nil
	case reflect.String:
		return v.String(), nil
	case reflect.Bool:
		return v.Bool(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return json.Number(strconv.FormatInt(v.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return json.Number(strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Float32, reflect.Float64:
		return encodeFloat(v.Float(), v.Type().Bits()), nil
	default:
		return nil, fmt.Errorf("%s: cannot snapshot a value of type %s", path, v.Type())
	}
}

// isTime spots time.Time and *time.Time, whose own JSON form keeps the
// zone; snapshots want UTC.
func isTime(t reflect.Type) bool {
	return t == timeType || t.Kind() == reflect.Pointer && t.Elem() == timeType
}

func (e encoder) encodeStruct(v reflect.Value, path string, depth int) (any, error) {
	out := map[string]any{}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		if f.Name == "ResultMetadata" && f.Type == metadataType {
			if status, ok := statusOf(fv.Interface()); ok {
				out["ResponseMetadata"] = responseMetadata(status)
			}
			continue
		}
		if f.Type.Kind() == reflect.Interface && f.Type.Implements(readerType) {
			continue
		}
		if omitted(fv) {
			continue
		}
		name := e.memberName(t.PkgPath(), t.Name(), f.Name)
		if e.isSensitive(t.PkgPath(), t.Name(), f.Name) {
			out[name] = sensitivePlaceholder
			continue
		}
		elem, err := e.encode(fv, path+"."+name, depth+1)
		if err != nil {
			return nil, err
		}
		out[name] = elem
	}
	return out, nil
}

// omitted reports members that are unset: nil references, and empty enums
// (enums are never pointers in the SDK, so "" is their unset value).
func omitted(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice:
		return v.IsNil()
	case reflect.String:
		return v.Len() == 0
	}
	return false
}

// isSensitive reports whether the model marks the member goName of the
// type name in package pkg sensitive.
func (e encoder) isSensitive(pkg, name, goName string) bool {
	_, ok := lookupIn(e.sensitive, pkg, name, goName)
	return ok
}

// memberName is the snapshot key of the Go field (or union member) goName
// of the type name in package pkg.
func (e encoder) memberName(pkg, name, goName string) string {
	model, _ := lookupIn(e.names, pkg, name, goName)
	return model
}

// lookupIn returns the model name the first of tables gives the member
// goName (without the collision underscore) of the type name in package
// pkg; ok is false, and the Go name returned, when none lists it.
func lookupIn(tables []memberNames, pkg, name, goName string) (model string, ok bool) {
	goName = strings.TrimSuffix(goName, "_")
	for _, n := range tables {
		if model, ok := n.lookup(pkg, name, goName); ok {
			return model, true
		}
	}
	return goName, false
}

// unionMember recognises the SDK's union member types, XMemberY{Value T},
// and returns the union's type name X and the member's Go name Y: by the
// interface they are stored in when that is known (iface non-nil), else by
// the shape "…Member<Name>" with a single exported field Value.
func unionMember(iface reflect.Type, v reflect.Value) (union, member string, ok bool) {
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return "", "", false
	}
	if t.Name() == unknownUnionNm {
		return "", unknownUnionNm, true
	}
	if _, ok := t.FieldByName("Value"); !ok || exportedFields(t) != 1 {
		return "", "", false
	}
	if iface != nil && iface.Name() != "" {
		member, ok := strings.CutPrefix(t.Name(), iface.Name()+"Member")
		return iface.Name(), member, ok && member != ""
	}
	i := strings.LastIndex(t.Name(), "Member")
	if i < 0 || i+len("Member") == len(t.Name()) {
		return "", "", false
	}
	return t.Name()[:i], t.Name()[i+len("Member"):], true
}

func exportedFields(t reflect.Type) int {
	n := 0
	for i := range t.NumField() {
		if t.Field(i).IsExported() {
			n++
		}
	}
	return n
}

func (e encoder) encodeUnion(v reflect.Value, union, member, path string, depth int) (any, error) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil, nil
		}
		v = v.Elem()
	}
	if member == unknownUnionNm {
		// The SDK keeps an unknown member's raw bytes; record them under
		// the tag AWS sent so a new member still shows up in the snapshot.
		tag := v.FieldByName("Tag").String()
		value, err := e.encode(v.FieldByName("Value"), path+"."+tag, depth+1)
		if err != nil {
			return nil, err
		}
		return map[string]any{tag: value}, nil
	}
	member = e.memberName(v.Type().PkgPath(), union, member)
	value, err := e.encode(v.FieldByName("Value"), path+"."+member, depth+1)
	if err != nil {
		return nil, err
	}
	return map[string]any{member: value}, nil
}

// encodeFloat keeps JSON valid: NaN and infinities become the strings
// Smithy's JSON protocols use for them.
func encodeFloat(f float64, bits int) any {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return json.Number(strconv.FormatFloat(f, 'g', -1, bits))
}

// marshal is json.Marshal without HTML escaping, so placeholders keep
// their angle brackets.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func decodeJSON(b []byte, path string) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var out any
	if err := d.Decode(&out); err != nil {
		return nil, fmt.Errorf("%s: decoding JSON: %w", path, err)
	}
	return out, nil
}
