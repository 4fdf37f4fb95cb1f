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
				*out = append(*out, difference{sub, ev, absent{}})
			case !inE:
				*out = append(*out, difference{sub, absent{}, av})
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
				*out = append(*out, difference{sub, e[i], absent{}})
			case i >= len(e):
				*out = append(*out, difference{sub, absent{}, a[i]})
			default:
				diff(e[i], a[i], sub, out)
			}
		}
		return
	}
	if !leafEqual(expected, actual) {
		*out = append(*out, difference{at, expected, actual})
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

// skipped drops the differences at or below any location the skip paths
// match in either tree.
func skipped(diffs []difference, skips []string, expected, actual any) ([]difference, error) {
	if len(skips) == 0 || len(diffs) == 0 {
		return diffs, nil
	}
	matched := map[string]bool{}
	for _, expr := range skips {
		for _, tree := range []any{expected, actual} {
			paths, err := locate(expr, tree)
			if err != nil {
				return nil, fmt.Errorf("skip path %w", err)
			}
			for _, p := range paths {
				matched[formatPath(p)] = true
			}
		}
	}
	var kept []difference
	for _, d := range diffs {
		if !coveredBy(d.at, matched) {
			kept = append(kept, d)
		}
	}
	return kept, nil
}

func coveredBy(p path, matched map[string]bool) bool {
	for i := len(p); i >= 0; i-- {
		if matched[formatPath(p[:i])] {
			return true
		}
	}
	return false
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
func report(diffs []difference) string {
	var b strings.Builder
	quoted := make([]string, len(diffs))
	for i, d := range diffs {
		p := formatPath(d.at)
		fmt.Fprintf(&b, "  %s\n    expected: %s\n    actual:   %s\n", p, show(d.expected), show(d.actual))
		quoted[i] = goString(p)
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
