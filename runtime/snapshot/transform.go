package snapshot

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A Transformer rewrites a value before it is compared or recorded, so
// what differs between runs (ids, names, dates) does not fail a test.
//
// v is a tree of map[string]any, []any, string, json.Number, bool, nil and
// time.Time; Transform may change it in place and returns the result. Map
// iteration order is random: a Transformer that numbers what it finds
// must visit keys in sorted order (Walk does) so numbering is stable.
type Transformer interface {
	Transform(c *Placeholders, v any) (any, error)
}

// TransformFunc adapts a function to Transformer.
type TransformFunc func(c *Placeholders, v any) (any, error)

// Transform calls f.
func (f TransformFunc) Transform(c *Placeholders, v any) (any, error) { return f(c, v) }

// minSubstringRef is the shortest reference value replaced inside longer
// strings; shorter ones are replaced only where they are the whole string,
// so a name like "a" does not rewrite every "a" in the snapshot.
const minSubstringRef = 8

// Placeholders numbers the placeholders of one test across its Match
// calls, so the same queue URL is <queue-url:1> wherever it appears.
// Transformers receive it to number what they replace.
type Placeholders struct {
	counters map[string]int
	numbered map[[2]string]string // (name, value) → placeholder
	refs     map[string]string    // value → placeholder, replaced everywhere
}

func newPlaceholders() *Placeholders {
	return &Placeholders{counters: map[string]int{}, numbered: map[[2]string]string{}, refs: map[string]string{}}
}

// Reference returns the placeholder "<name:N>" for value, N counting the
// distinct values seen under name, and arranges for value to be replaced by
// it in every string of this and later Match calls of the test.
func (c *Placeholders) Reference(name, value string) string {
	if value == "" {
		return ""
	}
	if p, ok := c.refs[value]; ok {
		return p
	}
	p := c.number(name, value)
	c.refs[value] = p
	return p
}

func (c *Placeholders) number(name, value string) string {
	if p, ok := c.numbered[[2]string{name, value}]; ok {
		return p
	}
	c.counters[name]++
	p := fmt.Sprintf("<%s:%d>", name, c.counters[name])
	c.numbered[[2]string{name, value}] = p
	return p
}

// placeholderFor numbers any value under name: strings become references,
// other values are numbered by their JSON text and replaced in place only.
// A placeholder is kept, so two transformers over one member (the
// generated set and a test's own) number it once.
func (c *Placeholders) placeholderFor(name string, v any) any {
	if s, ok := v.(string); ok {
		if isPlaceholder(s) {
			return s
		}
		if p := c.Reference(name, s); p != "" {
			return p
		}
		return s
	}
	b, err := marshal(v)
	if err != nil {
		return v
	}
	return c.number(name, string(b))
}

// applyRefs replaces every registered reference value in v's strings and
// map keys, longest value first so one value that contains another is
// replaced as a whole.
func (c *Placeholders) applyRefs(v any) any {
	if len(c.refs) == 0 {
		return v
	}
	values := slices.SortedFunc(maps.Keys(c.refs), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
	})
	replace := func(s string) string {
		if p, ok := c.refs[s]; ok {
			return p
		}
		for _, val := range values {
			if len(val) >= minSubstringRef && strings.Contains(s, val) {
				s = strings.ReplaceAll(s, val, c.refs[val])
			}
		}
		return s
	}
	return mapStrings(v, replace, true)
}

// Walk calls fn for every map entry in v, depth first, keys in sorted order,
// and stores what fn returns as the entry's new value.
func Walk(v any, fn func(key string, value any) any) any {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			x[k] = fn(k, Walk(x[k], fn))
		}
	case []any:
		for i := range x {
			x[i] = Walk(x[i], fn)
		}
	}
	return v
}

// mapStrings applies fn to every string value (and map key, if keys),
// visiting map keys in sorted order so numbering by first appearance is
// stable.
func mapStrings(v any, fn func(string) string, keys bool) any {
	switch x := v.(type) {
	case string:
		return fn(x)
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			e := mapStrings(x[k], fn, keys)
			if nk := k; keys {
				if nk = fn(k); nk != k {
					delete(x, k)
				}
				x[nk] = e
				continue
			}
			x[k] = e
		}
	case []any:
		for i := range x {
			x[i] = mapStrings(x[i], fn, keys)
		}
	}
	return v
}

// KeyValue replaces the value of every entry named key, at any depth, with
// replacement as is (no numbering).
func KeyValue(key, replacement string) Transformer {
	return TransformFunc(func(_ *Placeholders, v any) (any, error) {
		return Walk(v, func(k string, val any) any {
			if k == key && val != nil {
				return replacement
			}
			return val
		}), nil
	})
}

// Keys gives the values of entries named by keys, at any depth, numbered
// placeholders "<placeholder:N>"; a string value is also replaced wherever
// else it appears (a queue URL inside a message body, say).
func Keys(placeholder string, keys ...string) Transformer {
	return TransformFunc(func(c *Placeholders, v any) (any, error) {
		return Walk(v, func(k string, val any) any {
			if val != nil && slices.Contains(keys, k) {
				return c.placeholderFor(placeholder, val)
			}
			return val
		}), nil
	})
}

// Identifiers is Keys with the placeholder named after each member in
// kebab case: QueueUrl → <queue-url:N>, ClientToken → <client-token:N>.
// Generated per-service transformers pass the model's identifier and
// idempotency-token members. A value that is an ARN is left to the
// always-on ARN rule (arn:<partition>:sqs:<region>:111111111111:<resource:1>),
// so an ARN reads the same whichever member holds it.
func Identifiers(members ...string) Transformer {
	names := make(map[string]string, len(members))
	for _, m := range members {
		names[m] = kebab(m)
	}
	return TransformFunc(func(c *Placeholders, v any) (any, error) {
		return Walk(v, func(k string, val any) any {
			if name, ok := names[k]; ok && val != nil {
				if s, isString := val.(string); isString && reARN.MatchString(s) {
					return val
				}
				return c.placeholderFor(name, val)
			}
			return val
		}), nil
	})
}

// kebab spells a member name in kebab case, the way iancoleman/strcase's
// ToKebab (v0.3.0) did before the runtime dropped it, so placeholder names in
// recorded snapshots stay the same: a word starts at each change between
// upper case, lower case and digits, an acronym stays one word
// (SSEKMSKeyId → ssekms-key-id), digits are words of their own
// (Ipv6Address → ipv-6-address), and spaces, underscores and dots become
// hyphens. Other bytes pass through as they are.
func kebab(s string) string {
	s = strings.TrimSpace(s)
	class := func(i int) byte {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			return 'U'
		case 'a' <= c && c <= 'z':
			return 'l'
		case '0' <= c && c <= '9':
			return '9'
		}
		return 0
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if class(i) == 'U' {
			c += 'a' - 'A'
		}
		if i+1 < len(s) && class(i) != 0 && class(i+1) != 0 && class(i) != class(i+1) {
			// A capital before a lower-case letter starts a word, which
			// also ends an acronym before it (the K of KMSKey).
			if class(i) == 'U' && class(i+1) == 'l' && i > 0 && class(i-1) == 'U' {
				b.WriteByte('-')
			}
			b.WriteByte(c)
			if class(i) != 'U' || class(i+1) == '9' {
				b.WriteByte('-')
			}
			continue
		}
		switch c {
		case ' ', '_', '-', '.':
			b.WriteByte('-')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// ARNs names the members the model says hold ARNs. Every whole-ARN string
// is normalised anyway (arn:<partition>:<service>:<region>:111111111111:
// <resource:N>); for these members a value that is not an ARN at all is
// also a difference worth seeing, so it becomes "<not-an-arn:VALUE>".
func ARNs(members ...string) Transformer {
	return TransformFunc(func(_ *Placeholders, v any) (any, error) {
		return Walk(v, func(k string, val any) any {
			if s, ok := val.(string); ok && s != "" && !isPlaceholder(s) && slices.Contains(members, k) && !reARN.MatchString(s) {
				return "<not-an-arn:" + s + ">"
			}
			return val
		}), nil
	})
}

// Sensitive names the members of one SDK service that the model marks
// sensitive (smithy.api#sensitive: secret values, SSM parameter values,
// Lambda environment variables), in MemberNames' form; their values are
// recorded as "<sensitive>", whatever the test's other transformers do.
// Each service's generated Transformers include it.
func Sensitive(pkg string, members map[string][]string) Transformer {
	return sensitiveMembers{MemberNames(pkg, AsGo, members).(memberNames)}
}

type sensitiveMembers struct{ memberNames }

// Protocol names the service's wire protocol as the model does (awsQuery,
// ec2Query, restXml, awsJson1_0, restJson1, …), which decides how boto3
// reports an error and so how Match records one: the XML query protocols
// carry Error.Type; only the JSON protocols add the modelled error's
// members (DynamoDB's "message") beside Error. Generated Transformers
// include it; without it errors are recorded as a JSON protocol's.
func Protocol(name string) Transformer { return protocol(name) }

type protocol string

// Transform leaves the tree alone: Protocol only informs Match.
func (protocol) Transform(_ *Placeholders, v any) (any, error) { return v, nil }

// xmlQuery and xml report the protocol families that decide error shape.
func (p protocol) xmlQuery() bool { return p == "awsQuery" || p == "ec2Query" }
func (p protocol) xml() bool      { return p.xmlQuery() || p == "restXml" }

// Timestamps replaces the values of the named timestamp members with the
// placeholders of the timestamp scheme (see New), including epoch numbers
// and numeric strings, which the always-on rules only recognise under keys
// ending in Timestamp, Time or Date.
func Timestamps(members ...string) Transformer {
	return TransformFunc(func(_ *Placeholders, v any) (any, error) {
		return Walk(v, func(k string, val any) any {
			if slices.Contains(members, k) {
				if p, ok := timestampPlaceholder(val); ok {
					return p
				}
			}
			return val
		}), nil
	})
}

// Reference replaces value wherever it appears with "<name:N>".
func Reference(name, value string) Transformer {
	return TransformFunc(func(c *Placeholders, v any) (any, error) {
		c.Reference(name, value)
		return v, nil
	})
}

// Regex replaces every match of pattern in every string with replacement
// (regexp.ReplaceAllString syntax, so $1 works).
func Regex(pattern, replacement string) Transformer {
	re, err := regexp.Compile(pattern)
	return TransformFunc(func(_ *Placeholders, v any) (any, error) {
		if err != nil {
			return nil, fmt.Errorf("Regex transformer: %w", err)
		}
		return mapStrings(v, func(s string) string { return re.ReplaceAllString(s, replacement) }, false), nil
	})
}

// JSONPath gives every value the path matches a numbered placeholder
// "<replacement:N>"; string values are also replaced wherever else they
// appear. The path is rooted at the value passed to Match (not at the
// snapshot key as skip paths are): "$..MessageId", "$.Attributes.QueueArn".
func JSONPath(path, replacement string) Transformer {
	return TransformFunc(func(c *Placeholders, v any) (any, error) {
		paths, err := locate(path, v)
		if err != nil {
			return nil, fmt.Errorf("JSONPath transformer: %w", err)
		}
		for _, p := range paths {
			v = setAt(v, p, func(old any) any { return c.placeholderFor(replacement, old) })
		}
		return v, nil
	})
}

// SortBy sorts the lists the path matches by each element's key member
// (by the whole element when key is ""), comparing their JSON text, for
// APIs that return lists in no particular order.
func SortBy(path, key string) Transformer {
	return TransformFunc(func(_ *Placeholders, v any) (any, error) {
		paths, err := locate(path, v)
		if err != nil {
			return nil, fmt.Errorf("SortBy transformer: %w", err)
		}
		for _, p := range paths {
			var sortErr error
			v = setAt(v, p, func(old any) any {
				list, ok := old.([]any)
				if !ok {
					sortErr = fmt.Errorf("SortBy transformer: %s is a %T, not a list", formatPath(p), old)
					return old
				}
				slices.SortStableFunc(list, func(a, b any) int {
					return strings.Compare(sortKey(a, key), sortKey(b, key))
				})
				return list
			})
			if sortErr != nil {
				return nil, sortErr
			}
		}
		return v, nil
	})
}

func sortKey(v any, key string) string {
	if m, ok := v.(map[string]any); ok && key != "" {
		v = m[key]
	}
	b, _ := marshal(v)
	return string(b)
}

// Casing is how a service's model spells its member names, as a rule over
// the SDK's Go names.
type Casing int

const (
	// AsGo: the model name is the Go name (QueueUrl), as in SQS or EC2.
	AsGo Casing = iota
	// LowerCamel: the model name is the Go name with its first letter
	// lowered (logGroupName), as in CloudWatch Logs or Step Functions.
	LowerCamel
)

// MemberNames keys the structs and unions of one SDK service by the model's
// member names where the SDK's Go names differ: Step Functions' model says
// executionArn where the SDK says ExecutionArn, and a snapshot should read
// like the API (and like LocalStack's recordings of it). pkg is the
// service's import path, casing the service's rule, and except the members
// that break it: by type, "StartExecutionOutput" in pkg or
// "types.ExecutionListItem" in its types package, or "*" for every type
// without an entry of its own for that member, the model names. The SDK's Go
// name of a member is its model name with the first letter upper-cased
// (and, on a collision, an underscore appended); a union member's is the
// part of its type name after "Member". Each service's generated
// Transformers include MemberNames; other packages' types keep their Go
// names.
//
// It renames while Match serialises the value, before any transformer
// runs, so its place in the transformer list does not matter.
func MemberNames(pkg string, casing Casing, except map[string][]string) Transformer {
	n := memberNames{pkg: pkg, casing: casing, byType: make(map[string]map[string]string, len(except))}
	for typ, names := range except {
		byGo := make(map[string]string, len(names))
		for _, model := range names {
			byGo[exportName(model)] = model
		}
		n.byType[typ] = byGo
	}
	return n
}

type memberNames struct {
	pkg    string
	casing Casing
	byType map[string]map[string]string // type or "*" → Go name without "_" → model name
}

// Transform leaves the tree alone: the renaming happened in toTree.
func (memberNames) Transform(_ *Placeholders, v any) (any, error) { return v, nil }

// lookup returns the model name of the member goName (without the
// collision underscore) of the type name in package pkg.
func (n memberNames) lookup(pkg, name, goName string) (string, bool) {
	switch pkg {
	case n.pkg:
	case n.pkg + "/types":
		name = "types." + name
	default:
		return "", false
	}
	if model, ok := n.byType[name][goName]; ok {
		return model, true
	}
	if model, ok := n.byType["*"][goName]; ok {
		return model, true
	}
	if n.casing == LowerCamel {
		r, size := utf8.DecodeRuneInString(goName)
		return string(unicode.ToLower(r)) + goName[size:], true
	}
	return "", false
}

// exportName is the SDK's Go name for a model member name: leading
// non-letters dropped, the first letter upper-cased.
func exportName(model string) string {
	i := strings.IndexFunc(model, unicode.IsLetter)
	if i < 0 {
		return ""
	}
	r, size := utf8.DecodeRuneInString(model[i:])
	return string(unicode.ToUpper(r)) + model[i+size:]
}

// LocalStackTimestamps writes timestamps with LocalStack's placeholders,
// to compare with its recordings: a typed timestamp becomes "datetime",
// an ISO 8601 string "date" (the placeholders of this package's scheme
// included, so it may run after the generated Timestamps).
func LocalStackTimestamps() Transformer {
	return TransformFunc(func(_ *Placeholders, v any) (any, error) {
		return mapLeaves(v, func(leaf any) any {
			switch x := leaf.(type) {
			case time.Time:
				return "datetime"
			case string:
				switch {
				case x == "<datetime>":
					return "datetime"
				case strings.HasPrefix(x, "<timestamp:YYYY-MM-DD"), whole(reISO, x):
					return "date"
				}
			}
			return leaf
		}), nil
	})
}

// mapLeaves replaces every non-container value of v with fn(value).
func mapLeaves(v any, fn func(any) any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = mapLeaves(e, fn)
		}
		return x
	case []any:
		for i := range x {
			x[i] = mapLeaves(x[i], fn)
		}
		return x
	}
	return fn(v)
}
