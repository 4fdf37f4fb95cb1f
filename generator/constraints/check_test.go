package constraints_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/smithy"
)

// model has one operation whose input uses every constraint.
const model = `{"smithy": "2.0", "shapes": {
  "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
    "traits": {"aws.api#service": {"sdkId": "Ex"}, "aws.protocols#awsJson1_1": {}}},
  "ex#Op": {"type": "operation", "input": {"target": "ex#In"}, "output": {"target": "smithy.api#Unit"}},
  "ex#In": {"type": "structure", "members": {
    "Name": {"target": "ex#Name", "traits": {"smithy.api#required": {}}},
    "Short": {"target": "ex#Name", "traits": {"smithy.api#length": {"max": 3}}},
    "Count": {"target": "ex#Count"},
    "Mode": {"target": "ex#Mode"},
    "Items": {"target": "ex#Items"},
    "Labels": {"target": "ex#Labels"},
    "Choice": {"target": "ex#Choice"},
    "Data": {"target": "ex#Data"},
    "Inner": {"target": "ex#Inner"},
    "Token": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#idempotencyToken": {}}},
    "Size": {"target": "smithy.api#Integer", "traits": {"smithy.api#required": {}, "smithy.api#default": 0}}}},
  "ex#Name": {"type": "string", "traits": {"smithy.api#length": {"min": 1, "max": 8}, "smithy.api#pattern": "^[a-z]+$"}},
  "ex#Count": {"type": "integer", "traits": {"smithy.api#range": {"min": 1, "max": 10}}},
  "ex#Mode": {"type": "enum", "members": {"ON": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "on"}}}},
  "ex#Items": {"type": "list", "member": {"target": "ex#Name"}, "traits": {"smithy.api#length": {"min": 2}}},
  "ex#Labels": {"type": "map", "key": {"target": "ex#Name"}, "value": {"target": "smithy.api#String"}, "traits": {"smithy.api#length": {"max": 1}}},
  "ex#Choice": {"type": "union", "members": {"A": {"target": "smithy.api#String"}, "B": {"target": "smithy.api#Integer"}}},
  "ex#Data": {"type": "blob", "traits": {"smithy.api#length": {"max": 2}}},
  "ex#Inner": {"type": "structure", "members": {"Id": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}}}}
}}`

func input(t *testing.T) *ir.Shape {
	t.Helper()
	svcs, err := smithy.Load("ex.json", []byte(model))
	if err != nil {
		t.Fatal(err)
	}
	return svcs[0].Operation("Op").Input
}

func decode(t *testing.T, s string) map[string]any {
	t.Helper()
	var v map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCheck(t *testing.T) {
	in := input(t)
	for _, c := range []struct {
		value string
		want  []string // "path: reason fragment"; none for a valid value
	}{
		// Token (idempotency) and Size (default) need not be set.
		{`{"Name": "abc"}`, nil},
		{`{"Name": "abc", "Short": "ab", "Count": 10, "Mode": "on", "Items": ["a", "b"], "Labels": {"k": "v"},
		   "Choice": {"B": 1}, "Data": "AAA=", "Inner": {"Id": "x"}}`, nil},
		{`{}`, []string{"Name: required member not set"}},
		{`{"Name": "ABC"}`, []string{`Name: "ABC" does not match the pattern`}},
		{`{"Name": "abcdefghi"}`, []string{"Name: 9 characters, more than the maximum 8"}},
		// The member's @length narrows its target's.
		{`{"Name": "a", "Short": "abcd"}`, []string{"Short: 4 characters, more than the maximum 3"}},
		{`{"Name": "a", "Count": 0}`, []string{"Count: 0 is below the minimum 1"}},
		{`{"Name": "a", "Count": 11}`, []string{"Count: 11 is above the maximum 10"}},
		{`{"Name": "a", "Mode": "off"}`, []string{`Mode: "off" is not a value of Mode`}},
		{`{"Name": "a", "Items": ["a"]}`, []string{"Items: 1 entries, fewer than the minimum 2"}},
		{`{"Name": "a", "Items": ["a", "B"]}`, []string{`Items[1]: "B" does not match`}},
		{`{"Name": "a", "Labels": {"a": "1", "b": "2"}}`, []string{"Labels: 2 entries, more than the maximum 1"}},
		{`{"Name": "a", "Labels": {"K": "1"}}`, []string{`Labels["K"](key): "K" does not match`}},
		{`{"Name": "a", "Choice": {"A": "x", "B": 1}}`, []string{"Choice: union Choice must have exactly one member set, has 2"}},
		{`{"Name": "a", "Data": "AAAA"}`, []string{"Data: 3 bytes, more than the maximum 2"}},
		{`{"Name": "a", "Inner": {}}`, []string{"Inner.Id: required member not set"}},
		{`{"Name": "a", "Nope": 1}`, []string{`Nope: In has no member "Nope"`}},
		{`{"Name": 1}`, []string{"Name: Name is a string, got json.Number"}},
	} {
		got := constraints.Check(in, decode(t, c.value))
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.value, got, c.want)
			continue
		}
		for i, w := range c.want {
			path, reason, _ := strings.Cut(w, ": ")
			if got[i].Path != path || !strings.Contains(got[i].Reason, reason) {
				t.Errorf("%s: got %v, want %s", c.value, got[i], w)
			}
		}
	}
}
