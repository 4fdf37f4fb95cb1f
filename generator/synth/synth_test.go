package synth_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/smithy"
	"github.com/awsparity/awsparity/generator/synth"
)

const model = `{"smithy": "2.0", "shapes": {
  "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
    "traits": {"aws.api#service": {"sdkId": "Ex", "arnNamespace": "ex"}, "aws.protocols#awsJson1_1": {}}},
  "ex#Op": {"type": "operation", "input": {"target": "ex#In"}, "output": {"target": "smithy.api#Unit"},
    "traits": {"smithy.api#examples": [{"title": "t", "input": {"Count": 7, "Mode": "nope", "RoleArn": "arn:aws:iam::000000000000:role/example"}}]}},
  "ex#In": {"type": "structure", "members": {
    "TableName": {"target": "ex#Underscored", "traits": {"smithy.api#required": {}}},
    "AliasName": {"target": "ex#Alias", "traits": {"smithy.api#required": {}}},
    "ShortName": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#length": {"max": 12}}},
    "DomainName": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}},
    "Mode": {"target": "ex#Mode", "traits": {"smithy.api#required": {}}},
    "Count": {"target": "ex#Count", "traits": {"smithy.api#required": {}}},
    "Ratio": {"target": "ex#Ratio", "traits": {"smithy.api#required": {}}},
    "Items": {"target": "ex#Items", "traits": {"smithy.api#required": {}}},
    "RoleArn": {"target": "ex#RoleArn", "traits": {"smithy.api#required": {}}},
    "ScheduleExpression": {"target": "smithy.api#String", "traits": {"smithy.api#required": {},
      "smithy.api#documentation": "A rate or cron expression."}},
    "Choice": {"target": "ex#Choice", "traits": {"smithy.api#required": {}}},
    "Data": {"target": "smithy.api#Blob", "traits": {"smithy.api#required": {}}},
    "When": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#required": {}}},
    "Impossible": {"target": "ex#Impossible", "traits": {"smithy.api#required": {}}},
    "Loop": {"target": "ex#Loop", "traits": {"smithy.api#required": {}}},
    "Set": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}},
    "Forced": {"target": "smithy.api#String"},
    "Optional": {"target": "smithy.api#String"}}},
  "ex#Underscored": {"type": "string", "traits": {"smithy.api#pattern": "^[a-zA-Z0-9_]+$"}},
  "ex#Alias": {"type": "string", "traits": {"smithy.api#pattern": "^alias/[a-zA-Z0-9/_-]+$"}},
  "ex#Mode": {"type": "enum", "members": {"ON": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "on"}},
    "OFF": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "off"}}}},
  "ex#Count": {"type": "integer", "traits": {"smithy.api#range": {"min": 5, "max": 10}}},
  "ex#Ratio": {"type": "double", "traits": {"smithy.api#range": {"max": 0.5}}},
  "ex#Items": {"type": "list", "member": {"target": "ex#Underscored"}, "traits": {"smithy.api#length": {"min": 2}}},
  "ex#RoleArn": {"type": "string", "traits": {"smithy.api#pattern": "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"}},
  "ex#Choice": {"type": "union", "members": {"Nested": {"target": "ex#Loop"}, "Plain": {"target": "smithy.api#String"}}},
  "ex#Impossible": {"type": "string", "traits": {"smithy.api#pattern": "^[a-z]{3}$", "smithy.api#length": {"min": 5}}},
  "ex#Loop": {"type": "structure", "members": {"Again": {"target": "ex#Loop", "traits": {"smithy.api#required": {}}}}}
}}`

func load(t *testing.T) (*ir.Service, *ir.Operation) {
	t.Helper()
	svcs, err := smithy.Load("ex.json", []byte(model))
	if err != nil {
		t.Fatal(err)
	}
	return svcs[0], svcs[0].Operation("Op")
}

func TestFor(t *testing.T) {
	svc, op := load(t)
	in := synth.For(svc, op, synth.Plan{Names: []string{"TableName"}, Covered: []string{"Set"}, Require: []string{"Forced"}})
	want := map[string]any{
		// No hyphen allowed: another separator.
		"TableName": synth.Name{Prefix: "awsparity", Sep: "_"},
		// The pattern's literal start, then the prefix.
		"AliasName": synth.Name{Prefix: "alias/awsparity", Sep: "-"},
		// A member ending in Name is unique too, its prefix cut to fit 12.
		"ShortName":  synth.Name{Prefix: "aws", Sep: "-"},
		"DomainName": synth.Name{Prefix: "awsparity", Sep: "-", Tail: ".example.com"},
		// The first enum value; the example's Count, valid, wins over the
		// range minimum (its Mode is not a value and is not used).
		"Mode":  "on",
		"Count": json.Number("7"),
		"Ratio": json.Number("0.5"),
		"Items": []any{"awsparity", "awsparity"},
		// An example's reference is still a made-up one.
		"RoleArn":            "arn:aws:iam::000000000000:role/example",
		"ScheduleExpression": "rate(1 day)",
		// The first union member that can be made.
		"Choice": map[string]any{"Plain": "awsparity"},
		"Data":   "YXdzcGFyaXR5",
		"When":   synth.Time{Hours: 1},
	}
	if diff := cmp.Diff(want, in.Values); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	var unset []string
	for _, u := range in.Unset {
		unset = append(unset, u.Member.Name+": "+u.Reason)
	}
	wantUnset := []string{
		`Impossible: Impossible: no value of 5 to any characters found that matches "^[a-z]{3}$"`,
		"Loop: Loop.Again: Loop requires itself",
		"Forced: models/fixtures.json requires the caller to set it",
	}
	if diff := cmp.Diff(wantUnset, unset); diff != "" {
		t.Errorf("unset (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"RoleArn"}, in.Placeholders); diff != "" {
		t.Errorf("placeholders (-want +got):\n%s", diff)
	}

	// What synthesis fills meets the model: only the unset members and the
	// covered one (no recipe here) are reported.
	violations, err := synth.Check(op, in, nil)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, v := range violations {
		paths = append(paths, v.Path)
	}
	if diff := cmp.Diff([]string{"Impossible", "Loop", "Set"}, paths); diff != "" {
		t.Errorf("violations (-want +got):\n%s\n%v", diff, violations)
	}
}

func TestRecipePrefixAndJSONText(t *testing.T) {
	svc, op := load(t)
	in := synth.For(svc, op, synth.Plan{Names: []string{"AliasName"}, Covered: []string{"Set"}, NamePrefixes: map[string]string{"AliasName": "alias/test"}})
	if got := in.Values["AliasName"]; got != (synth.Name{Prefix: "alias/test", Sep: "-"}) {
		t.Errorf("AliasName = %#v, want the recipe's prefix", got)
	}
	// A recipe's JSON object for a string member is sent as JSON text.
	zero, err := synth.Zero(op, in, json.RawMessage(`{"Set": {"a": [1]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if zero["Set"] != `{"a":[1]}` || !strings.HasPrefix(zero["AliasName"].(string), "alias/test-") {
		t.Errorf("zero input: Set %q, AliasName %q", zero["Set"], zero["AliasName"])
	}
	if _, err := synth.Zero(op, in, json.RawMessage(`{`)); err == nil {
		t.Error("a broken recipe gave no error")
	}
}

// TestBounded: a hostile model (a huge minimum size, a blob of a
// gigabyte, a tree of required structures 6 wide and 6 deep, a range no
// integer fits) leaves members unset with a reason, quickly and in little
// memory, instead of building them.
func TestBounded(t *testing.T) {
	var shapes []string
	for level := range 6 {
		var members []string
		for i := range 6 {
			members = append(members, fmt.Sprintf(`"M%d": {"target": "ex#L%d", "traits": {"smithy.api#required": {}}}`, i, level+1))
		}
		shapes = append(shapes, fmt.Sprintf(`"ex#L%d": {"type": "structure", "members": {%s}}`, level, strings.Join(members, ", ")))
	}
	shapes = append(shapes, `"ex#L6": {"type": "string"}`)
	svcs, err := smithy.Load("hostile.json", []byte(`{"smithy": "2.0", "shapes": {
  "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
    "traits": {"aws.api#service": {"sdkId": "Ex"}, "aws.protocols#awsJson1_1": {}}},
  "ex#Op": {"type": "operation", "input": {"target": "ex#In"}, "output": {"target": "smithy.api#Unit"}},
  "ex#In": {"type": "structure", "members": {
    "Many": {"target": "ex#Many", "traits": {"smithy.api#required": {}}},
    "Big": {"target": "ex#Big", "traits": {"smithy.api#required": {}}},
    "Tree": {"target": "ex#L0", "traits": {"smithy.api#required": {}}},
    "Huge": {"target": "ex#Huge", "traits": {"smithy.api#required": {}}}}},
  "ex#Many": {"type": "list", "member": {"target": "smithy.api#String"}, "traits": {"smithy.api#length": {"min": 1000000}}},
  "ex#Big": {"type": "blob", "traits": {"smithy.api#length": {"min": 1000000000}}},
  "ex#Huge": {"type": "long", "traits": {"smithy.api#range": {"min": 1e30}}},
  `+strings.Join(shapes, ",\n")+`}}`))
	if err != nil {
		t.Fatal(err)
	}
	in := synth.For(svcs[0], svcs[0].Operation("Op"), synth.Plan{})
	got := map[string]string{}
	for _, u := range in.Unset {
		got[u.Member.Name] = u.Reason
	}
	for member, want := range map[string]string{
		"Many": "a minimum of 1000000 entries is more than 100",
		"Big":  "no blob of 1000000000 to any bytes is made",
		"Tree": "the member needs more than 5000 values",
		"Huge": "is below the minimum",
	} {
		if !strings.Contains(got[member], want) {
			t.Errorf("%s: reason %q, want it to say %q", member, got[member], want)
		}
	}
	if len(in.Values) != 0 {
		t.Errorf("values %v, want none", in.Values)
	}
}
