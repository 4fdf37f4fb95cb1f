package snapshot

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"reflect"
	"slices"
	"strings"
)

// absent marks a side of a difference that has no value at that path.
type absent struct{}

type difference struct {
	at               path
	expected, actual any
	skip             string // the skip path covering it, if any
}

// A Difference is one location where an actual snapshot value differs from
// the recorded one.
type Difference struct {
	// Path is the JSONPath of the location, rooted at the snapshot
	// content: $["create-queue"].Attributes.QueueArn.
	Path string
	// Expected and Actual are the JSON texts of the values there, or
	// "(absent)".
	Expected, Actual string
	// SkippedBy is the skip path that covers the location, if one does.
	SkippedBy string `json:",omitempty"`
}

// Compare compares the value recorded under key with the actual one, both
// already transformed (as stored in a snapshot file), and returns every
// difference, with SkippedBy naming the skip path that covers it, if any.
// It is Match's comparison, for tools that compare recorded files, such
// as a parity report; Match fails on those not skipped (all of them
// against AWS).
func Compare(key string, expected, actual any, skips []string) ([]Difference, error) {
	e, a := map[string]any{key: expected}, map[string]any{key: actual}
	var diffs []difference
	diff(e, a, nil, &diffs)
	if err := classify(diffs, skips, e, a); err != nil {
		return nil, err
	}
	out := make([]Difference, len(diffs))
	for i, d := range diffs {
		out[i] = Difference{Path: formatPath(d.at), Expected: show(d.expected), Actual: show(d.actual), SkippedBy: d.skip}
	}
	return out, nil
}

// unskipped are the differences Match fails on: those no skip path
// covers, or all of them against AWS, the reference.
func unskipped(diffs []Difference) []Difference {
	if onAWS() {
		return diffs
	}
	var out []Difference
	for _, d := range diffs {
		if d.SkippedBy == "" {
			out = append(out, d)
		}
	}
	return out
}

// diff walks both trees and lists every path where they differ; maps
// missing a key and lists of different length differ at that key or index.
func diff(expected, actual any, at path, out *[]difference) {
	switch e := expected.(type) {
	case map[string]any:
		a, ok := actual.(map[string]any)
		if !ok {
			break
		}
		keys := map[string]bool{}
		for k := range e {
			keys[k] = true
		}
		for k := range a {
			keys[k] = true
		}
		for _, k := range slices.Sorted(maps.Keys(keys)) {
			ev, inE := e[k]
			av, inA := a[k]
			sub := append(at[:len(at):len(at)], k)
			switch {
			case !inA:
				*out = append(*out, difference{at: sub, expected: ev, actual: absent{}})
			case !inE:
				*out = append(*out, difference{at: sub, expected: absent{}, actual: av})
			default:
				diff(ev, av, sub, out)
			}
		}
		return
	case []any:
		a, ok := actual.([]any)
		if !ok {
			break
		}
		for i := range max(len(e), len(a)) {
			sub := append(at[:len(at):len(at)], i)
			switch {
			case i >= len(a):
				*out = append(*out, difference{at: sub, expected: e[i], actual: absent{}})
			case i >= len(e):
				*out = append(*out, difference{at: sub, expected: absent{}, actual: a[i]})
			default:
				diff(e[i], a[i], sub, out)
			}
		}
		return
	}
	if !leafEqual(expected, actual) {
		*out = append(*out, difference{at: at, expected: expected, actual: actual})
	}
}

// leafEqual compares numbers by value, so a hand-edited "1.0" still
// matches 1.
func leafEqual(a, b any) bool {
	an, aok := a.(json.Number)
	bn, bok := b.(json.Number)
	if aok && bok {
		x, xok := new(big.Float).SetString(string(an))
		y, yok := new(big.Float).SetString(string(bn))
		return an == bn || xok && yok && x.Cmp(y) == 0
	}
	return reflect.DeepEqual(a, b)
}

// classify sets the skip of each difference at or below a location one of
// the skip paths matches in either tree.
func classify(diffs []difference, skips []string, expected, actual any) error {
	if len(skips) == 0 || len(diffs) == 0 {
		return nil
	}
	matched := map[string]string{} // location → skip path
	for _, expr := range skips {
		for _, tree := range []any{expected, actual} {
			paths, err := locate(expr, tree)
			if err != nil {
				return fmt.Errorf("skip path %w", err)
			}
			for _, p := range paths {
				if _, seen := matched[formatPath(p)]; !seen {
					matched[formatPath(p)] = expr
				}
			}
		}
	}
	for i := range diffs {
		diffs[i].skip = coveredBy(diffs[i].at, matched)
	}
	return nil
}

// coveredBy returns the skip path matching p or one of its ancestors.
func coveredBy(p path, matched map[string]string) string {
	for i := len(p); i >= 0; i-- {
		if expr, ok := matched[formatPath(p[:i])]; ok {
			return expr
		}
	}
	return ""
}

// maxShown keeps one huge value from drowning the rest of a report.
const maxShown = 300

func show(v any) string {
	if _, ok := v.(absent); ok {
		return "(absent)"
	}
	b, err := marshal(v)
	if err != nil {
		return fmt.Sprintf("%v", v)
	}
	if s := string(b); len(s) > maxShown {
		return s[:maxShown] + "…"
	}
	return string(b)
}

// report formats differences for a test failure: each path with expected
// and actual, then a skip list to paste into the test if the differences
// are accepted.
func report(diffs []Difference) string {
	var b strings.Builder
	quoted := make([]string, len(diffs))
	for i, d := range diffs {
		fmt.Fprintf(&b, "  %s\n    expected: %s\n    actual:   %s\n", d.Path, d.Expected, d.Actual)
		quoted[i] = goString(d.Path)
	}
	fmt.Fprintf(&b, "to accept these differences, add to the test:\n\tsnapshot.SkipVerify(%s)", strings.Join(quoted, ", "))
	return b.String()
}

// goString quotes s as Go source, preferring a raw string when s holds
// double quotes (as $["create-queue"] paths do).
func goString(s string) string {
	if strings.Contains(s, `"`) && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return fmt.Sprintf("%q", s)
}
