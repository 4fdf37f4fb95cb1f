// Package constraints checks values against an AWS model's validation
// rules: required members, @length, @range, @pattern, enum values and list
// and map sizes (botocore's required, min, max, pattern and enum).
//
// Values are JSON-like, as recipes and synthesized inputs are written:
// string, json.Number, bool, []any, map[string]any (a structure by member
// name, a union with one member, or a map by key); a blob is a base64
// string, a timestamp any string.
package constraints

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/awsparity/awsparity/generator/ir"
)

// Violation is one rule a value breaks.
type Violation struct {
	// Path locates the value from the checked shape: Member.Inner[0].Key.
	Path   string
	Reason string
}

func (v Violation) String() string { return v.Path + ": " + v.Reason }

// Required reports whether a caller must set m: the model requires it and
// neither a default nor the SDK (idempotency tokens) fills it, and the
// pinned SDK has the field.
func Required(m *ir.Member) bool {
	return m.Required && !m.HasDefault && !m.IdempotencyToken && !m.Go.Skip
}

// Check returns every rule v, a value of shape sh, breaks.
func Check(sh *ir.Shape, v any) []Violation {
	var c checker
	c.value(sh, ir.Constraints{}, v, "")
	return c.out
}

// CheckMember returns every rule v, a value of member m, breaks: the
// member's own constraints and its target's.
func CheckMember(m *ir.Member, v any) []Violation {
	var c checker
	c.value(m.Target, m.Constraints, v, m.Name)
	return c.out
}

type checker struct {
	out []Violation
}

func (c *checker) fail(path, format string, args ...any) {
	c.out = append(c.out, Violation{Path: path, Reason: fmt.Sprintf(format, args...)})
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// value checks v against sh and the constraints lim of the member holding it.
func (c *checker) value(sh *ir.Shape, lim ir.Constraints, v any, path string) {
	lim = lim.Over(sh.Constraints)
	switch sh.Kind {
	case ir.KindStructure, ir.KindUnion:
		obj, ok := v.(map[string]any)
		if !ok {
			c.fail(path, "%s is a structure, got %T", sh.Name, v)
			return
		}
		for _, m := range sh.Members {
			if _, set := obj[m.Name]; !set && sh.Kind == ir.KindStructure && Required(m) {
				c.fail(join(path, m.Name), "required member not set")
			}
		}
		if sh.Kind == ir.KindUnion && len(obj) != 1 {
			c.fail(path, "union %s must have exactly one member set, has %d", sh.Name, len(obj))
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			m := sh.MemberNamed(k)
			if m == nil {
				c.fail(join(path, k), "%s has no member %q", sh.Name, k)
				continue
			}
			c.value(m.Target, m.Constraints, obj[k], join(path, k))
		}
	case ir.KindList:
		arr, ok := v.([]any)
		if !ok {
			c.fail(path, "%s is a list, got %T", sh.Name, v)
			return
		}
		c.length(lim, int64(len(arr)), "entries", path)
		for i, e := range arr {
			c.value(sh.Member.Target, sh.Member.Constraints, e, fmt.Sprintf("%s[%d]", path, i))
		}
	case ir.KindMap:
		obj, ok := v.(map[string]any)
		if !ok {
			c.fail(path, "%s is a map, got %T", sh.Name, v)
			return
		}
		c.length(lim, int64(len(obj)), "entries", path)
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			c.value(sh.Key.Target, sh.Key.Constraints, k, fmt.Sprintf("%s[%q](key)", path, k))
			c.value(sh.Value.Target, sh.Value.Constraints, obj[k], fmt.Sprintf("%s[%q]", path, k))
		}
	case ir.KindString:
		s, ok := v.(string)
		if !ok {
			c.fail(path, "%s is a string, got %T", sh.Name, v)
			return
		}
		c.length(lim, int64(utf8.RuneCountInString(s)), "characters", path)
		if lim.Pattern != "" {
			p, err := Compile(lim.Pattern)
			switch {
			case err != nil:
				c.fail(path, "cannot check %v", err)
			case !p.MatchString(s):
				c.fail(path, "%q does not match the pattern %q", s, lim.Pattern)
			}
		}
	case ir.KindEnum, ir.KindIntEnum:
		s := fmt.Sprint(v)
		for _, ev := range sh.Enum {
			if ev.Value == s {
				return
			}
		}
		c.fail(path, "%q is not a value of %s", s, sh.Name)
	case ir.KindBoolean:
		if _, ok := v.(bool); !ok {
			c.fail(path, "want a boolean, got %T", v)
		}
	case ir.KindByte, ir.KindShort, ir.KindInteger, ir.KindLong, ir.KindFloat, ir.KindDouble, ir.KindBigInteger, ir.KindBigDecimal:
		n, ok := v.(json.Number)
		if !ok {
			c.fail(path, "want a number, got %T", v)
			return
		}
		f, err := strconv.ParseFloat(n.String(), 64)
		switch {
		case err != nil:
			c.fail(path, "%s is not a number", n)
		case lim.Min != nil && f < *lim.Min:
			c.fail(path, "%s is below the minimum %v", n, *lim.Min)
		case lim.Max != nil && f > *lim.Max:
			c.fail(path, "%s is above the maximum %v", n, *lim.Max)
		}
	case ir.KindBlob:
		s, ok := v.(string)
		if !ok {
			c.fail(path, "a blob is a base64 string, got %T", v)
			return
		}
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			c.fail(path, "invalid base64: %v", err)
			return
		}
		c.length(lim, int64(len(b)), "bytes", path)
	case ir.KindTimestamp, ir.KindDocument:
		// No constraint applies.
	}
}

func (c *checker) length(lim ir.Constraints, n int64, unit, path string) {
	switch {
	case lim.MinLength != nil && n < *lim.MinLength:
		c.fail(path, "%d %s, fewer than the minimum %d", n, unit, *lim.MinLength)
	case lim.MaxLength != nil && n > *lim.MaxLength:
		c.fail(path, "%d %s, more than the maximum %d", n, unit, *lim.MaxLength)
	}
}
