package snapshot

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/PaesslerAG/jsonpath"
)

// A path is a concrete location in a tree: string keys and int indexes.
type path []any

var reIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// formatPath writes p as a JSONPath that PaesslerAG/jsonpath parses back
// to the same location: $.a.b[0], or $["create-queue"] for keys that are
// not identifiers.
func formatPath(p path) string {
	var b strings.Builder
	b.WriteString("$")
	for _, seg := range p {
		switch s := seg.(type) {
		case int:
			b.WriteString("[" + strconv.Itoa(s) + "]")
		case string:
			if reIdent.MatchString(s) {
				b.WriteString("." + s)
			} else {
				b.WriteString("[" + strconv.Quote(s) + "]")
			}
		}
	}
	return b.String()
}

// leafMarker prefixes the strings that stand for leaves in a shadow tree.
const leafMarker = "\x00leaf:"

// locate returns the locations of every node the JSONPath expression
// matches in tree. The library returns matched values, not where they
// are, so it runs on a shadow of tree in which each leaf is replaced by a
// marker naming its location and each map or list is recognised by
// identity. Filter expressions would see those markers instead of the
// values, so they are refused rather than silently matching nothing.
func locate(expr string, tree any) ([]path, error) {
	if strings.Contains(expr, "?") {
		return nil, fmt.Errorf("%q: filter expressions are not supported; use a plain or wildcard path", expr)
	}
	eval, err := jsonpath.New(quoteHyphenKeys(expr))
	if err != nil {
		return nil, fmt.Errorf("%q: %w", expr, err)
	}
	s := shadower{containers: map[uintptr]path{}}
	root := s.shadow(tree, path{})
	got, err := eval(context.Background(), root)
	if err != nil {
		// The library reports a missing key as an error; for skipping and
		// transforming, a path that matches nothing is simply no match.
		return nil, nil
	}
	var out []path
	var collect func(v any, top bool)
	collect = func(v any, top bool) {
		if p, ok := s.find(v); ok {
			out = append(out, p)
			return
		}
		// An unrecognised list is the library's list of matches from a
		// wildcard or descent; only at the top level can that happen.
		if list, ok := v.([]any); ok && top {
			for _, e := range list {
				collect(e, false)
			}
		}
	}
	collect(got, true)
	return out, nil
}

// reHyphenKey finds a dotted key holding a hyphen, which the JSONPath
// library reads as a minus: $..HTTPHeaders.content-length.
var reHyphenKey = regexp.MustCompile(`\.([A-Za-z_][\w]*(?:-[\w]+)+)`)

// quoteHyphenKeys rewrites dotted keys with hyphens to bracket form,
// $..HTTPHeaders["content-length"], so LocalStack's skip paths (a fifth of
// them use such keys) work as written.
func quoteHyphenKeys(expr string) string {
	return reHyphenKey.ReplaceAllString(expr, `["$1"]`)
}

type shadower struct {
	containers map[uintptr]path
	leaves     []path
}

func (s *shadower) shadow(v any, at path) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = s.shadow(e, append(at[:len(at):len(at)], k))
		}
		s.containers[reflect.ValueOf(m).Pointer()] = at
		return m
	case []any:
		// One spare element of capacity gives even an empty list its own
		// backing array, hence a distinct identity.
		l := make([]any, len(x), len(x)+1)
		for i, e := range x {
			l[i] = s.shadow(e, append(at[:len(at):len(at)], i))
		}
		s.containers[reflect.ValueOf(l).Pointer()] = at
		return l
	default:
		s.leaves = append(s.leaves, at)
		return leafMarker + strconv.Itoa(len(s.leaves)-1)
	}
}

func (s *shadower) find(v any) (path, bool) {
	switch x := v.(type) {
	case string:
		if i, err := strconv.Atoi(strings.TrimPrefix(x, leafMarker)); err == nil && strings.HasPrefix(x, leafMarker) {
			return s.leaves[i], true
		}
	case map[string]any, []any:
		p, ok := s.containers[reflect.ValueOf(x).Pointer()]
		return p, ok
	}
	return nil, false
}

// setAt replaces the node at p with fn(node) and returns the (possibly
// new) root.
func setAt(root any, p path, fn func(any) any) any {
	if len(p) == 0 {
		return fn(root)
	}
	switch seg := p[0].(type) {
	case string:
		if m, ok := root.(map[string]any); ok {
			if e, ok := m[seg]; ok {
				m[seg] = setAt(e, p[1:], fn)
			}
		}
	case int:
		if l, ok := root.([]any); ok && seg < len(l) {
			l[seg] = setAt(l[seg], p[1:], fn)
		}
	}
	return root
}
