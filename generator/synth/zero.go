package synth

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/ir"
)

// sampleTime stands for Time in checked inputs; no constraint applies to it.
var sampleTime = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)

// Zero returns the input of op a fixture sends when its caller passes no
// option: the recipe's members (JSON, as in models/fixtures.json) and the
// synthesized ones, unique names drawn with a sample suffix.
func Zero(op *ir.Operation, in *Input, recipe json.RawMessage) (map[string]any, error) {
	out := map[string]any{}
	if len(bytes.TrimSpace(recipe)) > 0 {
		dec := json.NewDecoder(bytes.NewReader(recipe))
		dec.UseNumber()
		if err := dec.Decode(&out); err != nil {
			return nil, fmt.Errorf("recipe: %w", err)
		}
		if op.Input != nil {
			for k, v := range out {
				if m := op.Input.MemberNamed(k); m != nil {
					out[k] = jsonText(m.Target, v, 0)
				}
			}
		}
	}
	for k, v := range in.Values {
		out[k] = sample(v)
	}
	return out, nil
}

// Check returns the rules the zero-option input of op breaks.
func Check(op *ir.Operation, in *Input, recipe json.RawMessage) ([]constraints.Violation, error) {
	if op.Input == nil {
		return nil, nil
	}
	zero, err := Zero(op, in, recipe)
	if err != nil {
		return nil, err
	}
	var out []constraints.Violation
	for _, v := range constraints.Check(op.Input, zero) {
		// A parent or dependency is another fixture's identifier, made
		// at run time.
		if !slices.Contains(in.Given, v.Path) {
			out = append(out, v)
		}
	}
	return out, nil
}

// sample replaces Names and Times with the strings they stand for.
func sample(v any) any {
	switch v := v.(type) {
	case Name:
		return v.Sample(nameSamples[0])
	case Time:
		return sampleTime
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = sample(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = sample(e)
		}
		return out
	}
	return v
}

// jsonText turns the JSON objects and arrays a recipe writes for string
// members (policy documents, state machine definitions) into the JSON
// text the fixture sends, as the emitter does.
func jsonText(sh *ir.Shape, v any, depth int) any {
	if depth > maxDepth {
		return v
	}
	switch sh.Kind {
	case ir.KindString:
		switch v.(type) {
		case map[string]any, []any:
			if b, err := json.Marshal(v); err == nil {
				return string(b)
			}
		}
	case ir.KindStructure, ir.KindUnion:
		if obj, ok := v.(map[string]any); ok {
			for k, e := range obj {
				if m := sh.MemberNamed(k); m != nil {
					obj[k] = jsonText(m.Target, e, depth+1)
				}
			}
		}
	case ir.KindList:
		if arr, ok := v.([]any); ok {
			for i, e := range arr {
				arr[i] = jsonText(sh.Member.Target, e, depth+1)
			}
		}
	case ir.KindMap:
		if obj, ok := v.(map[string]any); ok {
			for k, e := range obj {
				obj[k] = jsonText(sh.Value.Target, e, depth+1)
			}
		}
	}
	return v
}
