package fakestore

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Rules are the model's constraints on an operation's input, checked as
// AWS checks an input before acting on it, written one member a line so
// that generated code stays small: the Go field path (dots between
// fields), a tab, the model's member path (which errors name), then
// tab-separated checks:
//
//	req              the member must be set
//	len=MIN:MAX      a string's characters, a blob's bytes, a list's or map's entries
//	val=MIN:MAX      a number (either end may be empty)
//	enum=A|B|C       the values an enum accepts
//	re=PATTERN       the model's pattern in Go's syntax, which the whole
//	                 value must match, as AWS validates it (last)
//	has=PATTERN      a pattern that matches one character at most, which
//	                 the value need only contain (last)
//
// A rule below an unset structure does not apply.
type Rules string

// rule is one line of Rules.
type rule struct {
	field         []string
	member        string
	required      bool
	length, value *bounds
	pattern       string
	contains      bool
	enum          []string
}

// bounds is an inclusive range with optional ends.
type bounds struct {
	min, max *float64
}

// parse reads the table; a malformed line is an error naming it.
func (rs Rules) parse() ([]rule, error) {
	var out []rule
	for _, line := range strings.Split(string(rs), "\n") {
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("fakestore: rule %q: want a field, a member and checks", line)
		}
		r := rule{field: strings.Split(cols[0], "."), member: cols[1]}
		for _, c := range cols[2:] {
			key, arg, _ := strings.Cut(c, "=")
			var err error
			switch key {
			case "req":
				r.required = true
			case "len":
				r.length, err = parseBounds(arg)
			case "val":
				r.value, err = parseBounds(arg)
			case "enum":
				r.enum = strings.Split(arg, "|")
			case "re", "has":
				r.pattern, r.contains = arg, key == "has"
			default:
				err = fmt.Errorf("unknown check %q", key)
			}
			if err != nil {
				return nil, fmt.Errorf("fakestore: rule %q: %w", line, err)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

func parseBounds(s string) (*bounds, error) {
	lo, hi, ok := strings.Cut(s, ":")
	if !ok {
		return nil, fmt.Errorf("bounds %q: want MIN:MAX", s)
	}
	var b bounds
	for _, e := range []struct {
		text string
		to   **float64
	}{{lo, &b.min}, {hi, &b.max}} {
		if e.text == "" {
			continue
		}
		f, err := strconv.ParseFloat(e.text, 64)
		if err != nil {
			return nil, fmt.Errorf("bounds %q: %w", s, err)
		}
		*e.to = &f
	}
	return &b, nil
}

var patterns sync.Map // expression → *regexp.Regexp or error

// compiled returns the pattern src, anchored at both ends unless contains.
func compiled(src string, contains bool) (*regexp.Regexp, error) {
	if !contains {
		src = `^(?:` + src + `)$`
	}
	if v, ok := patterns.Load(src); ok {
		if re, ok := v.(*regexp.Regexp); ok {
			return re, nil
		}
		return nil, v.(error)
	}
	re, err := regexp.Compile(src)
	if err != nil {
		patterns.Store(src, err)
		return nil, err
	}
	patterns.Store(src, re)
	return re, nil
}

// validate checks in (a struct value) against rules and returns the
// error invalid builds from the first violation (an APIError coded
// ValidationException when invalid is nil), worded as AWS words it.
func validate(in reflect.Value, rules Rules, invalid func(msg string) error) error {
	parsed, err := rules.parse()
	if err != nil {
		return err
	}
	for _, r := range parsed {
		if msg := r.check(in); msg != "" {
			msg = fmt.Sprintf("1 validation error detected: %s at '%s' failed to satisfy constraint: %s", r.describe(in), r.member, msg)
			if invalid != nil {
				return invalid(msg)
			}
			return &APIError{Code: "ValidationException", Message: msg}
		}
	}
	return nil
}

func (r rule) describe(in reflect.Value) string {
	f, ok := field(in, r.field)
	if !ok || isUnset(f) {
		return "Value null"
	}
	if f = deref(f); f.Kind() == reflect.String {
		return "Value '" + f.String() + "'"
	}
	return fmt.Sprintf("Value '%v'", f.Interface())
}

// isUnset reports a field the caller left out: a nil pointer, slice or
// map, or a zero enum or value-typed number, which the SDK does not tell
// apart from an unset one.
func isUnset(f reflect.Value) bool {
	switch f.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
		return f.IsNil()
	}
	return f.IsZero()
}

// check returns what r's member breaks, "" when nothing.
func (r rule) check(in reflect.Value) string {
	// A rule under an unset structure does not apply: the parent's own rule
	// says whether it must be set.
	if len(r.field) > 1 {
		if p, ok := field(in, r.field[:len(r.field)-1]); !ok || isUnset(p) {
			return ""
		}
	}
	f, ok := field(in, r.field)
	if !ok {
		return ""
	}
	if isUnset(f) {
		if r.required {
			return "Member must not be null"
		}
		return ""
	}
	f = deref(f)
	switch f.Kind() {
	case reflect.String:
		s := f.String()
		if msg := r.length.check(float64(utf8.RuneCountInString(s)), "length"); msg != "" {
			return msg
		}
		if len(r.enum) > 0 && !slices.Contains(r.enum, s) {
			return fmt.Sprintf("Member must satisfy enum value set: %v", r.enum)
		}
		if r.pattern != "" {
			if re, err := compiled(r.pattern, r.contains); err == nil && !re.MatchString(s) {
				return "Member must satisfy regular expression pattern: " + r.pattern
			}
		}
	case reflect.Slice, reflect.Map:
		return r.length.check(float64(f.Len()), "length")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := f.Int()
		if len(r.enum) > 0 && !slices.Contains(r.enum, strconv.FormatInt(n, 10)) {
			return fmt.Sprintf("Member must satisfy enum value set: %v", r.enum)
		}
		return r.value.check(float64(n), "value")
	case reflect.Float32, reflect.Float64:
		return r.value.check(f.Float(), "value")
	}
	return ""
}

func (rg *bounds) check(n float64, what string) string {
	switch {
	case rg == nil:
	case rg.min != nil && n < *rg.min:
		return fmt.Sprintf("Member must have %s greater than or equal to %v", what, *rg.min)
	case rg.max != nil && n > *rg.max:
		return fmt.Sprintf("Member must have %s less than or equal to %v", what, *rg.max)
	}
	return ""
}
