package smithy

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/awsparity/awsparity/generator/ir"
)

func ptr[T any](v T) *T { return &v }

// TestLoadConstraints: @length, @range and @pattern on shapes and members,
// and the inputs of @examples on operations, reach the IR.
func TestLoadConstraints(t *testing.T) {
	svc := loadOne(t, `{"smithy": "2.0", "shapes": {
  "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
    "traits": {"aws.api#service": {"sdkId": "Ex"}, "aws.protocols#awsJson1_1": {}}},
  "ex#Op": {"type": "operation", "input": {"target": "ex#In"}, "output": {"target": "smithy.api#Unit"},
    "traits": {"smithy.api#examples": [{"title": "one", "input": {"Name": "a"}, "output": {"x": 1}}, {"title": "none"}]}},
  "ex#In": {"type": "structure", "members": {
    "Name": {"target": "ex#Name", "traits": {"smithy.api#length": {"max": 10}}},
    "Count": {"target": "ex#Count"}}},
  "ex#Name": {"type": "string", "traits": {"smithy.api#length": {"min": 1, "max": 64}, "smithy.api#pattern": "^[a-z]+$"}},
  "ex#Count": {"type": "integer", "traits": {"smithy.api#range": {"min": 0.5, "max": 1e3}}}
}}`)
	in := svc.Operation("Op").Input
	name, count := in.MemberNamed("Name"), in.MemberNamed("Count")
	for _, c := range []struct {
		what      string
		got, want ir.Constraints
	}{
		{"Name shape", name.Target.Constraints, ir.Constraints{MinLength: ptr[int64](1), MaxLength: ptr[int64](64), Pattern: "^[a-z]+$"}},
		{"Name member", name.Constraints, ir.Constraints{MaxLength: ptr[int64](10)}},
		{"Name limits", name.Limits(), ir.Constraints{MinLength: ptr[int64](1), MaxLength: ptr[int64](10), Pattern: "^[a-z]+$"}},
		{"Count limits", count.Limits(), ir.Constraints{Min: ptr(0.5), Max: ptr(1000.0)}},
	} {
		if diff := cmp.Diff(c.want, c.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.what, diff)
		}
	}
	want := []ir.Example{{Title: "one", Input: json.RawMessage(`{"Name": "a"}`)}, {Title: "none"}}
	if diff := cmp.Diff(want, svc.Operation("Op").Examples); diff != "" {
		t.Errorf("examples (-want +got):\n%s", diff)
	}
}
