package synth_test

import (
	"testing"

	"github.com/awsparity/awsparity/generator/load/smithy"
	"github.com/awsparity/awsparity/generator/synth"
)

// TestNestedName: a name given by its path inside an optional structure is
// filled with what holds it, as X-Ray's SamplingRule.RuleName identifies
// the rule though the model leaves it optional; the structure's other
// optional members stay unset.
func TestNestedName(t *testing.T) {
	const nested = `{"smithy": "2.0", "shapes": {
  "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
    "traits": {"aws.api#service": {"sdkId": "Ex"}, "aws.protocols#awsJson1_1": {}}},
  "ex#Op": {"type": "operation", "input": {"target": "ex#In"}, "output": {"target": "smithy.api#Unit"}},
  "ex#In": {"type": "structure", "members": {"Rule": {"target": "ex#Rule"}}},
  "ex#Rule": {"type": "structure", "members": {
    "RuleName": {"target": "smithy.api#String"},
    "Other": {"target": "smithy.api#String"}}}
}}`
	svcs, err := smithy.Load("nested.json", []byte(nested))
	if err != nil {
		t.Fatal(err)
	}
	op := svcs[0].Operation("Op")
	if in := synth.For(svcs[0], op, synth.Plan{}); len(in.Values) != 0 {
		t.Fatalf("without a name, the optional structure was filled: %v", in.Values)
	}
	in := synth.For(svcs[0], op, synth.Plan{Names: []string{"Rule.RuleName"}})
	rule, _ := in.Values["Rule"].(map[string]any)
	if _, ok := rule["RuleName"].(synth.Name); !ok || len(rule) != 1 {
		t.Fatalf("Rule = %#v, want only a unique RuleName", in.Values["Rule"])
	}
}
