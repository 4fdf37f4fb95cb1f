package fakestore

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Rule is one of the model's constraints on an input member, checked as
// AWS checks an input before acting on it.
type Rule struct {
	// Field is the Go field path from the input ("QueueName",
	// "Config.Name"); a rule below an unset structure does not apply.
	Field []string
	// Member is the model's member path, which the error names.
	Member   string
	Required bool
	// Length bounds a string's characters, a blob's bytes or a list's or
	// map's entries; Value bounds a number.
	Length, Value *Range
	// Pattern is the model's pattern in Go's syntax, unanchored.
	Pattern string
	// Enum are the values an enum member accepts.
	Enum []string
}

// Range is an inclusive range with optional ends.
type Range struct {
	min, max *float64
}

// Between is [min, max].
func Between(min, max float64) *Range { return &Range{min: &min, max: &max} }

// AtLeast is [min, ∞).
func AtLeast(min float64) *Range { return &Range{min: &min} }

// AtMost is (-∞, max].
func AtMost(max float64) *Range { return &Range{max: &max} }

var patterns sync.Map // source → *regexp.Regexp or error

func compiled(src string) (*regexp.Regexp, error) {
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

// Validate checks in (a struct value) against rules and returns the
// error invalid builds from the first violation (an APIError coded
// ValidationException when invalid is nil), worded as AWS words it.
func Validate(in reflect.Value, rules []Rule, invalid func(msg string) error) error {
	for _, r := range rules {
		if msg := r.check(in); msg != "" {
			msg = fmt.Sprintf("1 validation error detected: %s at '%s' failed to satisfy constraint: %s", r.describe(in), r.Member, msg)
			if invalid != nil {
				return invalid(msg)
			}
			return &APIError{Code: "ValidationException", Message: msg}
		}
	}
	return nil
}

func (r Rule) describe(in reflect.Value) string {
	f, ok := field(in, r.Field)
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
func (r Rule) check(in reflect.Value) string {
	// A rule under an unset structure does not apply: the parent's own rule
	// says whether it must be set.
	if len(r.Field) > 1 {
		if p, ok := field(in, r.Field[:len(r.Field)-1]); !ok || isUnset(p) {
			return ""
		}
	}
	f, ok := field(in, r.Field)
	if !ok {
		return ""
	}
	if isUnset(f) {
		if r.Required {
			return "Member must not be null"
		}
		return ""
	}
	f = deref(f)
	switch f.Kind() {
	case reflect.String:
		s := f.String()
		if msg := r.Length.check(float64(utf8.RuneCountInString(s)), "length"); msg != "" {
			return msg
		}
		if len(r.Enum) > 0 && !slices.Contains(r.Enum, s) {
			return fmt.Sprintf("Member must satisfy enum value set: %v", r.Enum)
		}
		if r.Pattern != "" {
			if re, err := compiled(r.Pattern); err == nil && !re.MatchString(s) {
				return "Member must satisfy regular expression pattern: " + r.Pattern
			}
		}
	case reflect.Slice, reflect.Map:
		return r.Length.check(float64(f.Len()), "length")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := f.Int()
		if len(r.Enum) > 0 && !slices.Contains(r.Enum, strconv.FormatInt(n, 10)) {
			return fmt.Sprintf("Member must satisfy enum value set: %v", r.Enum)
		}
		return r.Value.check(float64(n), "value")
	case reflect.Float32, reflect.Float64:
		return r.Value.check(f.Float(), "value")
	}
	return ""
}

func (rg *Range) check(n float64, what string) string {
	switch {
	case rg == nil:
	case rg.min != nil && n < *rg.min:
		return fmt.Sprintf("Member must have %s greater than or equal to %v", what, *rg.min)
	case rg.max != nil && n > *rg.max:
		return fmt.Sprintf("Member must have %s less than or equal to %v", what, *rg.max)
	}
	return ""
}
