// Package synth synthesizes, from the model alone, a value for every
// required member of an operation's input that meets the model's
// constraints: unique names within the member's length and pattern, enum
// values, numbers inside their range, lists and maps at their minimum size,
// nested structures, blobs and timestamps; the model's own examples where
// it has them; and well-known formats recognised by member name and
// documentation (policy documents, schedule expressions, CIDR blocks, JSON,
// ARNs, e-mail addresses, URLs).
//
// Values are JSON-like (see generator/constraints) plus Name and Time,
// which the emitter turns into code that makes them at test time.
package synth

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/ir"
)

// Name is a name unique at test time: Prefix, Sep and 8 random lowercase
// hexadecimal characters (runtime/fixture.UniqueName, UniqueNameSep), then Tail
// (".example.com" for a domain name). The prefix is chosen so that the
// whole fits the member's length and pattern.
type Name struct {
	Prefix, Sep, Tail string
}

// SuffixLen is the length of the runtime's random suffix.
const SuffixLen = 8

// Sample returns the name with a given suffix, to check it at generation time.
func (n Name) Sample(suffix string) string { return n.Prefix + n.Sep + suffix + n.Tail }

// Time is a timestamp made at test time, Hours after the fixture runs: one
// hour, two for the end of something (EndTime after StartTime).
type Time struct {
	Hours int
}

// Prefix starts every synthesized name and string: "awsparity-<8 hex>" is
// 18 characters, short enough for the tightest common name limits, and
// valid where only lowercase letters, digits and hyphens are (S3 buckets).
const Prefix = "awsparity"

// Plan says what of an input others cover.
type Plan struct {
	// Names are the input's members that name the resource: they get
	// unique names. A member inside a structure is named by its path
	// ("SamplingRule.RuleName"), and is filled, with what holds it, even
	// where the model leaves it optional.
	Names []string
	// NamePrefixes start the unique names of some Names instead of
	// "awsparity" (a recipe's "alias/awsparity" for KMS alias names,
	// which AWS wants though the model does not say so).
	NamePrefixes map[string]string
	// Covered are members a recipe sets: left alone.
	Covered []string
	// Require are members the caller must set (models/fixtures.json
	// require): left unset though they could be synthesized.
	Require []string
	// Given are members the fixture sets at run time from elsewhere: a
	// parent passed as an argument, a dependency another fixture creates.
	// Synthesis leaves them alone, and Check counts them as set.
	Given []string
}

// Input is what synthesis gives for an operation's input.
type Input struct {
	// Values holds a value per member synthesis filled, by member name.
	Values map[string]any
	// Unset are the required members left to the caller, with why.
	Unset []Unset
	// Placeholders are the members (paths) filled with a made-up reference
	// to another resource (a role ARN, a subnet id): valid for the model,
	// but AWS wants the real one.
	Placeholders []string
	// Given are the plan's Given members the input has.
	Given []string
}

// Unset is a required member synthesis leaves to the caller.
type Unset struct {
	Member *ir.Member
	Reason string
}

// For synthesizes op's required input members that plan leaves open.
func For(svc *ir.Service, op *ir.Operation, plan Plan) *Input {
	out := &Input{Values: map[string]any{}}
	if op.Input == nil {
		return out
	}
	g := &gen{svc: svc, visiting: map[*ir.Shape]bool{}, out: out, prefixes: plan.NamePrefixes, names: plan.Names}
	for _, ex := range op.Examples {
		var v map[string]any
		dec := json.NewDecoder(bytes.NewReader(ex.Input))
		dec.UseNumber()
		if dec.Decode(&v) == nil && v != nil {
			g.examples = append(g.examples, v)
		}
	}
	for _, m := range op.Input.Members {
		name := slices.Contains(plan.Names, m.Name)
		holdsName := g.holdsName(m.Name)
		switch {
		case m.Go.Skip:
			// The pinned SDK has no field to set.
		case slices.Contains(plan.Covered, m.Name):
		case slices.Contains(plan.Given, m.Name):
			out.Given = append(out.Given, m.Name)
		case slices.Contains(plan.Require, m.Name):
			out.Unset = append(out.Unset, Unset{Member: m, Reason: "models/fixtures.json requires the caller to set it"})
		case !name && !holdsName && !constraints.Required(m):
		default:
			v, err := g.top(m, name)
			if err != nil {
				out.Unset = append(out.Unset, Unset{Member: m, Reason: err.Error()})
				continue
			}
			out.Values[m.Name] = v
		}
	}
	return out
}

// maxDepth bounds nested structures.
const maxDepth = 10

// maxValues bounds the values one top-level member is made of, and
// maxEntries a list's or map's minimum size, so that a model of wide, deep
// required structures or a huge minimum cannot take unbounded time or
// memory.
const (
	maxValues  = 5000
	maxEntries = 100
)

type gen struct {
	svc      *ir.Service
	prefixes map[string]string
	examples []map[string]any
	visiting map[*ir.Shape]bool
	out      *Input
	values   int
	names    []string
}

// holdsName reports whether a name the plan gives lies inside the member
// at path.
func (g *gen) holdsName(path string) bool {
	return slices.ContainsFunc(g.names, func(n string) bool { return strings.HasPrefix(n, path+".") })
}

// top fills a top-level member, from the model's examples when one has a
// valid value for it (a name stays unique).
func (g *gen) top(m *ir.Member, name bool) (any, error) {
	if !name {
		for _, ex := range g.examples {
			if v, ok := ex[m.Name]; ok && literal(m.Target, v, 0) && len(constraints.CheckMember(m, v)) == 0 {
				if isReference(m, m.Name) {
					g.out.Placeholders = append(g.out.Placeholders, m.Name)
				}
				return v, nil
			}
		}
	}
	g.values = 0
	v, err := g.member(m, m.Name, m.Name, name, 0)
	if err != nil {
		return nil, err
	}
	// Each part was made to fit; this holds the whole to it.
	if bad := constraints.CheckMember(m, sample(v)); len(bad) > 0 {
		return nil, fmt.Errorf("the value made breaks the model: %v", bad[0])
	}
	return v, nil
}

// literal reports whether v can be written as a Go literal of sh: the
// emitter has no literal for timestamps or documents given as JSON.
func literal(sh *ir.Shape, v any, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch sh.Kind {
	case ir.KindTimestamp, ir.KindDocument:
		return false
	case ir.KindStructure, ir.KindUnion:
		obj, _ := v.(map[string]any)
		for k, e := range obj {
			if m := sh.MemberNamed(k); m == nil || m.Go.Skip || !literal(m.Target, e, depth+1) {
				return false
			}
		}
	case ir.KindList:
		arr, _ := v.([]any)
		for _, e := range arr {
			if !literal(sh.Member.Target, e, depth+1) {
				return false
			}
		}
	case ir.KindMap:
		obj, _ := v.(map[string]any)
		for _, e := range obj {
			if !literal(sh.Value.Target, e, depth+1) {
				return false
			}
		}
	}
	return true
}

// member fills m; word is the name its value is known by, the holding
// member's for list elements and map values (RoleArns' member).
func (g *gen) member(m *ir.Member, word, path string, name bool, depth int) (any, error) {
	if m.Go.Skip {
		return nil, fmt.Errorf("the pinned SDK has no field for %s", path)
	}
	if g.values++; g.values > maxValues {
		return nil, fmt.Errorf("%s: the member needs more than %d values", path, maxValues)
	}
	lim := m.Limits()
	sh := m.Target
	switch sh.Kind {
	case ir.KindString:
		return g.str(m, word, lim, path, name || isName(word))
	case ir.KindEnum, ir.KindIntEnum:
		for _, ev := range sh.Enum {
			if ev.GoName != "" || g.svc.Go.SDKVersion == "" {
				return ev.Value, nil
			}
		}
		return nil, fmt.Errorf("%s: enum %s has no value the SDK knows", path, sh.Name)
	case ir.KindBoolean:
		return false, nil
	case ir.KindByte, ir.KindShort, ir.KindInteger, ir.KindLong, ir.KindFloat, ir.KindDouble, ir.KindBigInteger, ir.KindBigDecimal:
		return number(sh.Kind, lim)
	case ir.KindBlob:
		n := 0
		if lim.MinLength != nil {
			n = int(min(*lim.MinLength, maxGenerated+1))
		}
		b := fit(Prefix, n, lim.MaxLength, 'x')
		if n > maxGenerated || len(b) < n || len(b) == 0 {
			return nil, fmt.Errorf("%s: no blob of %s to %s bytes is made", path, bound(lim.MinLength), bound(lim.MaxLength))
		}
		return base64.StdEncoding.EncodeToString([]byte(b)), nil
	case ir.KindTimestamp:
		if lower := strings.ToLower(word); strings.Contains(lower, "end") || strings.Contains(lower, "expir") || strings.Contains(lower, "stop") {
			return Time{Hours: 2}, nil
		}
		return Time{Hours: 1}, nil
	case ir.KindDocument:
		return map[string]any{}, nil
	case ir.KindList:
		n, err := entries(lim, path)
		if err != nil {
			return nil, err
		}
		arr := make([]any, 0, n)
		for i := range n {
			v, err := g.member(sh.Member, word, fmt.Sprintf("%s[%d]", path, i), false, depth+1)
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		return arr, nil
	case ir.KindMap:
		return g.mapValue(sh, word, lim, path, depth)
	case ir.KindStructure:
		return g.structure(sh, path, depth)
	case ir.KindUnion:
		var first error
		for _, um := range sh.Members {
			if um.Go.Skip {
				continue
			}
			v, err := g.member(um, um.Name, path+"."+um.Name, false, depth+1)
			if err == nil {
				return map[string]any{um.Name: v}, nil
			}
			if first == nil {
				first = err
			}
		}
		if first == nil {
			first = fmt.Errorf("%s: union %s has no member the SDK knows", path, sh.Name)
		}
		return nil, first
	}
	return nil, fmt.Errorf("%s: %s members (%s) are not synthesized", path, sh.Kind, sh.Name)
}

func (g *gen) structure(sh *ir.Shape, path string, depth int) (any, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%s: nested more than %d structures deep", path, maxDepth)
	}
	if g.visiting[sh] {
		return nil, fmt.Errorf("%s: %s requires itself", path, sh.Name)
	}
	g.visiting[sh] = true
	defer delete(g.visiting, sh)
	obj := map[string]any{}
	for _, m := range sh.Members {
		p := path + "." + m.Name
		named := slices.Contains(g.names, p)
		if !named && !g.holdsName(p) && !constraints.Required(m) {
			continue
		}
		v, err := g.member(m, m.Name, p, named, depth+1)
		if err != nil {
			return nil, err
		}
		obj[m.Name] = v
	}
	return obj, nil
}

func (g *gen) mapValue(sh *ir.Shape, word string, lim ir.Constraints, path string, depth int) (any, error) {
	n, err := entries(lim, path)
	if err != nil {
		return nil, err
	}
	obj := map[string]any{}
	for i := 0; len(obj) < n && i < n+len(sh.Key.Target.Enum); i++ {
		k, err := g.member(sh.Key, "key", path+"(key)", false, depth+1)
		if err != nil {
			return nil, err
		}
		key := fmt.Sprint(k)
		if sh.Key.Target.Kind == ir.KindEnum && i < len(sh.Key.Target.Enum) {
			key = sh.Key.Target.Enum[i].Value
		} else if i > 0 {
			key += strconv.Itoa(i)
		}
		if len(constraints.CheckMember(sh.Key, key)) > 0 {
			continue
		}
		v, err := g.member(sh.Value, word, fmt.Sprintf("%s[%q]", path, key), false, depth+1)
		if err != nil {
			return nil, err
		}
		obj[key] = v
	}
	if len(obj) < n {
		return nil, fmt.Errorf("%s: cannot make %d distinct keys", path, n)
	}
	return obj, nil
}

// entries is how many entries a list or map gets: its minimum size, at
// least one where its maximum allows.
func entries(lim ir.Constraints, path string) (int, error) {
	n := int64(1)
	if lim.MinLength != nil {
		n = max(n, *lim.MinLength)
	}
	if lim.MaxLength != nil {
		n = max(0, min(n, *lim.MaxLength))
	}
	if n > maxEntries {
		return 0, fmt.Errorf("%s: a minimum of %d entries is more than %d", path, n, maxEntries)
	}
	return int(n), nil
}

// number is 1 moved into the range, an integer for integer kinds.
func number(kind ir.Kind, lim ir.Constraints) (any, error) {
	v := 1.0
	integral := kind != ir.KindFloat && kind != ir.KindDouble && kind != ir.KindBigDecimal
	if lim.Min != nil && v < *lim.Min {
		v = *lim.Min
		if integral {
			v = math.Ceil(v)
		}
	}
	if lim.Max != nil && v > *lim.Max {
		v = *lim.Max
		if integral {
			v = math.Floor(v)
		}
	}
	if integral {
		return json.Number(strconv.FormatInt(int64(v), 10)), nil
	}
	return json.Number(strconv.FormatFloat(v, 'g', -1, 64)), nil
}

// isName reports members whose value names something the fixture creates
// or must be unique per call: Name, or a name ending in Name
// (ConfigurationSet.Name, TemplateName), and Route 53's CallerReference.
func isName(word string) bool {
	return strings.HasSuffix(word, "Name") || strings.HasSuffix(word, "name") || strings.EqualFold(word, "CallerReference")
}

// fit pads s with pad to at least minLen characters and cuts it to max.
func fit(s string, minLen int, maxLen *int64, pad rune) string {
	if n := utf8.RuneCountInString(s); n < minLen {
		s += strings.Repeat(string(pad), minLen-n)
	}
	if maxLen != nil && int64(len(s)) > *maxLen {
		s = s[:max(0, int(*maxLen))]
	}
	return s
}
